import { describe, expect, it } from "@effect/vitest"
import * as Envelope from "@so-chat/core/Envelope"
import { ChatSessionsForUser, GetChatSessionEntity } from "@so-chat/core/generated/operations/ChatSessions"
import { ChatTopicsForUser, GetChatTopicEntity } from "@so-chat/core/generated/operations/ChatTopics"
import * as DateTime from "effect/DateTime"
import * as Duration from "effect/Duration"
import * as Either from "effect/Either"
import { documentedResponse, repair, repairs, sessionsForUser, toSoap11 } from "../src/documented.js"

const sessions = () => toSoap11(documentedResponse("ChatSessionsForUser"))

describe("toSoap11", () => {
  it("gives the documented SOAP 1.2 envelope as a SOAP 1.1 one that decodes to the same body", () => {
    const documented = documentedResponse("GetChatSessionEntity")
    const over11 = Either.getOrThrow(Envelope.decodeResponse(GetChatSessionEntity, toSoap11(documented)))
    const over12 = Either.getOrThrow(Envelope.decodeResponse(GetChatSessionEntity, documented))
    expect(over12.version).toBe("1.2")
    expect(over11.version).toBe("1.1")
    expect(over11.body).toEqual(over12.body)
  })

  it("refuses what is not a SOAP 1.2 envelope", () => {
    expect(() => toSoap11(toSoap11(documentedResponse("GetChatSessionEntity")))).toThrow(/not a SOAP 1\.2/)
  })
})

describe("repair", () => {
  it("makes the documented ChatSessionsForUser answer decode, with the nil int as 0", () => {
    expect(Either.getLeft(Envelope.decodeResponse(ChatSessionsForUser, sessions())).pipe((e) => e._tag)).toBe("Some")
    const { made, xml } = repair(sessions(), [repairs.nilInt])
    expect(made).toEqual(["1 × xsi:nil on a non-nillable int → 0"])
    const body = Either.getOrThrow(Envelope.decodeResponse(ChatSessionsForUser, xml)).body
    const field = body.response?.[0]?.contact?.address?.localizedAddress?.[0]?.[0]
    expect(field?.valueLength).toBe(0)
  })

  it("makes the documented ChatTopicEntity decode, empty dateTimes and durations given their default", () => {
    const documented = toSoap11(documentedResponse("GetChatTopicEntity"))
    expect(Either.isLeft(Envelope.decodeResponse(GetChatTopicEntity, documented))).toBe(true)
    const { made, xml } = repair(documented, [repairs.emptyDateTime, repairs.emptyDuration])
    expect(made).toEqual(["2 × empty xs:dateTime → 0001-01-01T00:00:00Z", "16 × empty xs:duration → PT0S"])
    const topic = Either.getOrThrow(Envelope.decodeResponse(GetChatTopicEntity, xml)).body.response
    expect(topic?.openingHours?.monStart).toEqual(Duration.zero)
    expect(DateTime.formatIso(topic!.lastAccept)).toBe("2025-11-26T12:06:56.000Z")
  })

  it("makes the documented ChatTopicsForUser answer decode", () => {
    const documented = toSoap11(documentedResponse("ChatTopicsForUser"))
    const { xml } = repair(documented, [repairs.nilInt, repairs.emptyDateTime, repairs.emptyDuration])
    expect(Either.getOrThrow(Envelope.decodeResponse(ChatTopicsForUser, xml)).body.response).toHaveLength(1)
  })

  it("throws when the document no longer holds what a repair is for", () => {
    expect(() => repair(documentedResponse("GetChatSessionEntity"), [repairs.nilInt])).toThrow(/no longer holds/)
  })
})

describe("sessionsForUser", () => {
  it("repeats the documented session n times, numbered 1 to n, in an envelope that decodes", () => {
    const valid = repair(sessions(), [repairs.nilInt]).xml
    const body = Either.getOrThrow(Envelope.decodeResponse(ChatSessionsForUser, sessionsForUser(valid, 3))).body
    expect(body.response?.map((s) => s?.chatSessionId)).toEqual([1, 2, 3])
    const one = Either.getOrThrow(Envelope.decodeResponse(ChatSessionsForUser, valid)).body.response![0]!
    expect(body.response?.[2]).toEqual({ ...one, chatSessionId: 3 })
  })

  it("keeps the rest of the documented answer as it is", () => {
    const valid = repair(sessions(), [repairs.nilInt]).xml
    const id = (n: number) => `<Chat:ChatSessionId xsi:type="xsd:int">${n}</Chat:ChatSessionId>`
    expect(sessionsForUser(valid, 1)).toBe(valid.replace(id(0), id(1)))
  })
})
