/**
 * The documented envelopes of all 36 operations (copied byte for byte from
 * SuperOffice's reference pages into `fixtures/documented/`) against the
 * generated operations: every one decodes, and what it decodes to survives
 * encode and decode. The golden, field-by-field checks are in their own
 * tests; this file also holds the values the WSDL does not allow (decision 20).
 */
import { addEqualityTesters, describe, expect, it } from "@effect/vitest"
import { Duration, Either } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import * as Envelope from "../src/Envelope.js"
import * as ChatTopic from "../src/generated/ChatTopic.js"
import * as ChatSessions from "../src/generated/operations/ChatSessions.js"
import * as ChatTopics from "../src/generated/operations/ChatTopics.js"
import type * as Operation from "../src/Operation.js"
import * as XsdExtended from "../src/XsdExtended.js"
import { documented, operations } from "./support/documented.js"

addEqualityTesters()

describe("the documented envelopes of every operation", () => {
  it("cover all 36 operations, each with a request and a response", () => {
    expect(operations).toHaveLength(36)
    const files = fs.readdirSync(path.join(__dirname, "fixtures", "documented")).sort()
    expect(files).toEqual(operations.flatMap((o) => [`${o.name}.request.xml`, `${o.name}.response.xml`]).sort())
  })

  describe.each(operations.map((o) => [o.name, o] as const))("%s", (name, op) => {
    it("response: decodes, and what it decodes to survives encode and decode", () => {
      const decoded = Envelope.decodeResponse(op, documented(name, "response"))
      const body = Either.getOrThrow(decoded).body
      const again = Envelope.decodeResponse(
        op,
        Either.getOrThrow(Envelope.encodeResponse(op, body, { version: "1.2" }))
      )
      expect(Either.getOrThrow(again).body).toEqual(body)
    })

    it("request: decodes as a forward-compatible reader reads it, and survives encode and decode", () => {
      const decoded = Envelope.decodeRequest([op], documented(name, "request"))
      const body = Either.getOrThrow(decoded).body
      const again = Envelope.decodeRequest(
        [op],
        Either.getOrThrow(Envelope.encodeRequest(op, body, { version: "1.1" }))
      )
      expect(Either.getOrThrow(again).body).toEqual(body)
    })
  })
})

/**
 * The values the documented envelopes hold that the WSDL does not allow
 * (issue 12, "Exact values"; decision 20): each decodes to a `NotGiven` that
 * says how it was sent, and is written back the same way.
 */
describe("values the WSDL does not allow, in the documented envelopes", () => {
  const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "lunch"] as const
  const hoursOf = (hours: ChatTopic.ChatOpeningHours) => DAYS.flatMap((d) => [hours[`${d}Start`], hours[`${d}Stop`]])
  const RULE_INTS = ["tZOffset", "startDay", "startMonth", "endDay", "endMonth"] as const
  const topicResponse = (op: Operation.Operation.Any, name: string) =>
    Either.getOrThrow(Envelope.decodeResponse(op, documented(name, "response"))).body as {
      readonly response: ChatTopic.ChatTopicEntity
    }
  const rulesOf = (topic: ChatTopic.ChatTopicEntity) => {
    const tz = topic.openingHours!.tzLocation!
    return [...tz.timeZoneSTDRules!, ...tz.timeZoneDSTRules!]
  }
  const count = (xml: string, part: string) => xml.split(part).length - 1

  it("nil on LocalizedField/ValueLength (xs:int) in ChatSessionsForUser is NotGiven.nil, written back as nil", () => {
    const body = Either.getOrThrow(
      Envelope.decodeResponse(ChatSessions.ChatSessionsForUser, documented("ChatSessionsForUser", "response"))
    ).body
    const field = body.response![0]!.contact!.address!.localizedAddress![0]![0]!
    expect(field.valueLength).toEqual(XsdExtended.NotGiven.nil)
    expect(XsdExtended.isNotGiven(field.valueLength)).toBe(true)
    const xml = Either.getOrThrow(Envelope.encodeResponse(ChatSessions.ChatSessionsForUser, body, { version: "1.1" }))
    expect(count(xml, `<ValueLength i:nil="true"/>`)).toBe(1)
    expect(count(xml, "<ValueLength")).toBe(1)
  })

  const topicOperations: ReadonlyArray<readonly [string, Operation.Operation.Any, "nil" | 0]> = [
    ["ChatTopicsForUser", ChatTopics.ChatTopicsForUser, "nil"],
    ["CreateDefaultChatTopicEntity", ChatTopics.CreateDefaultChatTopicEntity, 0],
    ["GetChatTopicEntity", ChatTopics.GetChatTopicEntity, 0],
    ["SaveChatTopicEntity", ChatTopics.SaveChatTopicEntity, 0]
  ]
  it.each(topicOperations)(
    "%s: empty durations and empty dateTime keys are NotGiven.empty; the rules' ints are as sent",
    (name, op, ints) => {
      const body = topicResponse(op, name)
      const response: unknown = body.response
      const topics = (Array.isArray(response) ? response : [response]) as ReadonlyArray<ChatTopic.ChatTopicEntity>
      expect(topics).toHaveLength(1)
      const topic = topics[0]!
      expect(hoursOf(topic.openingHours!)).toEqual(Array(16).fill(XsdExtended.NotGiven.empty))
      const rules = rulesOf(topic)
      expect(rules).toHaveLength(2)
      for (const rule of rules) {
        expect(rule.key).toEqual(XsdExtended.NotGiven.empty)
        expect(RULE_INTS.map((k) => rule.value![k])).toEqual(
          Array(5).fill(ints === "nil" ? XsdExtended.NotGiven.nil : 0)
        )
      }
      // Written back as read: empty elements, and nil where nil was sent.
      const xml = Either.getOrThrow(Envelope.encodeResponse(op, body, { version: "1.1" }))
      expect(count(xml, "<MonStart></MonStart>")).toBe(1)
      expect(count(xml, "<LunchStop></LunchStop>")).toBe(1)
      expect(count(xml, "<Key></Key>")).toBe(2)
      expect(count(xml, `<TZOffset i:nil="true"/>`)).toBe(ints === "nil" ? 2 : 0)
      expect(count(xml, "<TZOffset>0</TZOffset>")).toBe(ints === "nil" ? 0 : 2)
    }
  )

  it("SaveChatTopicEntity re-sends what it read: the documented request, encoded again, keeps every NotGiven", () => {
    const request = Either.getOrThrow(
      Envelope.decodeRequest([ChatTopics.SaveChatTopicEntity], documented("SaveChatTopicEntity", "request"))
    ).body as ChatTopics.SaveChatTopicEntityRequest
    const topic = request.chatTopicEntity!
    expect(hoursOf(topic.openingHours!)).toEqual(Array(16).fill(XsdExtended.NotGiven.empty))
    for (const rule of rulesOf(topic)) {
      expect(rule.key).toEqual(XsdExtended.NotGiven.empty)
      expect(RULE_INTS.map((k) => rule.value![k])).toEqual(Array(5).fill(XsdExtended.NotGiven.nil))
    }
    const xml = Either.getOrThrow(Envelope.encodeRequest(ChatTopics.SaveChatTopicEntity, request, { version: "1.1" }))
    expect(count(xml, "<Key></Key>")).toBe(2)
    expect(count(xml, `<EndMonth i:nil="true"/>`)).toBe(2)
    expect(count(xml, "<SunStop></SunStop>")).toBe(1)
  })

  it("a server reading strictly, as WCF does, refuses them with the path (ValueTypeCannotBeNull, FormatException)", () => {
    const save = Envelope.decodeRequest(
      [ChatTopics.SaveChatTopicEntity],
      documented("SaveChatTopicEntity", "request"),
      {
        strict: true
      }
    )
    expect(Either.isLeft(save) && save.left._tag === "InvalidValue" && save.left.path).toBe(
      "Envelope/Body/SaveChatTopicEntity/ChatTopicEntity/OpeningHours/TzLocation/TimeZoneSTDRules/TimeZoneRuleKeyValuePair[0]/Key"
    )
    const session = Envelope.decodeRequest(
      [ChatSessions.SaveChatSessionEntity],
      documented("SaveChatSessionEntity", "request"),
      { strict: true }
    )
    expect(Either.isLeft(session) && session.left._tag === "InvalidValue" && session.left.path).toBe(
      "Envelope/Body/SaveChatSessionEntity/ChatSessionEntity/Contact/Address/LocalizedAddress/ArrayOfLocalizedField[0]/LocalizedField[0]/ValueLength"
    )
  })

  it("an element not listed keeps its type exactly: nil or empty there fails with the path", () => {
    const xml = documented("GetChatTopicEntity", "response").replace(
      `<Chat:SecondsPrAccept xsi:type="xsd:int">0</Chat:SecondsPrAccept>`,
      `<Chat:SecondsPrAccept xsi:nil="true"></Chat:SecondsPrAccept>`
    )
    const decoded = Envelope.decodeResponse(ChatTopics.GetChatTopicEntity, xml)
    expect(Either.isLeft(decoded) && decoded.left._tag === "InvalidValue" && decoded.left.path).toBe(
      "Envelope/Body/GetChatTopicEntityResponse/Response/SecondsPrAccept"
    )
    const empty = Envelope.decodeResponse(
      ChatTopics.GetChatTopicEntity,
      documented("GetChatTopicEntity", "response").replace(
        `<Chat:LastAccept xsi:type="xsd:dateTime">2025-11-26T12:06:56Z</Chat:LastAccept>`,
        `<Chat:LastAccept xsi:type="xsd:dateTime"></Chat:LastAccept>`
      )
    )
    expect(Either.isLeft(empty) && empty.left._tag === "InvalidValue" && empty.left.path).toBe(
      "Envelope/Body/GetChatTopicEntityResponse/Response/LastAccept"
    )
  })

  it("a NotGiven made by hand is written in its form; a value is written as the type writes it", () => {
    const rule = new ChatTopic.TimeZoneRule({ tZOffset: XsdExtended.NotGiven.nil, startDay: 3 })
    const hours = new ChatTopic.ChatOpeningHours({ monStart: XsdExtended.NotGiven.empty, monStop: Duration.hours(17) })
    const topic = new ChatTopic.ChatTopicEntity({
      openingHours: new ChatTopic.ChatOpeningHours({
        ...hours,
        tzLocation: new ChatTopic.TimeZoneData({ timeZoneSTDRules: [{ key: XsdExtended.NotGiven.empty, value: rule }] })
      })
    })
    const xml = Either.getOrThrow(
      Envelope.encodeRequest(ChatTopics.SaveChatTopicEntity, { chatTopicEntity: topic }, { version: "1.1" })
    )
    expect(count(xml, `<TZOffset i:nil="true"/>`)).toBe(1)
    expect(count(xml, "<StartDay>3</StartDay>")).toBe(1)
    expect(count(xml, "<MonStart></MonStart><MonStop>PT17H</MonStop>")).toBe(1)
    expect(count(xml, "<Key></Key>")).toBe(1)
    const again = Either.getOrThrow(Envelope.decodeRequest([ChatTopics.SaveChatTopicEntity], xml)).body
    expect(again).toEqual({ chatTopicEntity: topic })
  })
})
