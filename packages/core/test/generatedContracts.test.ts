import { DateTime, Duration, Either, Option, Redacted } from "effect"
import { describe, expect, it } from "vitest"
import * as Envelope from "../src/Envelope.js"
import { Carrier, FieldProperty, FieldRight, TableRight } from "../src/generated/Carrier.js"
import { ChatSessionEntity } from "../src/generated/ChatSession.js"
import { ChatOpeningHours, ChatTopicEntity, TimeZoneData, TimeZoneRule } from "../src/generated/ChatTopic.js"
import { Address, Contact } from "../src/generated/Contact.js"
import { MDOListItem } from "../src/generated/MDOListItem.js"
import { GetChatSessionEntity } from "../src/generated/operations/ChatSessions.js"
import { GetChatTopicEntity } from "../src/generated/operations/ChatTopics.js"
import { GetSystemInfo } from "../src/generated/operations/SoPrincipal.js"
import { DSAParameters, LicenseInfo, SignedPublicKey, SoSystemInfoCarrier } from "../src/generated/SystemInfo.js"
import type * as Operation from "../src/Operation.js"

const roundTrip = <Res>(op: Operation.Operation<any, Res>, response: Res) => {
  const xml = Either.getOrThrow(Envelope.encodeResponse(op, response, { version: "1.1" }))
  const decoded = Envelope.decodeResponse(op, xml)
  if (Either.isLeft(decoded)) throw new Error(`${decoded.left._tag}: ${decoded.left.message}`)
  return { xml, body: decoded.right.body }
}

const invalidValue = (op: Operation.Operation.Any, xml: string) => {
  const r = Envelope.decodeResponse(op, xml)
  if (Either.isRight(r) || r.left._tag !== "InvalidValue") throw new Error(`expected InvalidValue, got ${String(r)}`)
  return r.left
}

describe("generated contracts on the wire", () => {
  it("a ChatSessionEntity keeps its base type's fields, flags, dictionaries, doubles and nested entities", () => {
    const session = new ChatSessionEntity({
      tableRight: new TableRight({ mask: ["Select", "Update", "Delete"], reason: "" }),
      fieldProperties: {
        customerName: new FieldProperty({
          fieldRight: new FieldRight({ mask: ["Read"], reason: null }),
          fieldLength: 80
        }),
        customerEmail: null
      },
      chatSessionId: 7,
      customerName: "Ada <&> Lovelace",
      customerEmail: "",
      status: "InQueue",
      flags: ["UserIsTyping"],
      whenRequested: DateTime.unsafeMake("2024-05-17T13:42:07.381Z"),
      contact: new Contact({
        contactId: 3,
        address: new Address({ wgs84Latitude: 59.9139, wgs84Longitude: -0, localizedAddress: [[null], []] })
      })
    })
    const { body, xml } = roundTrip(GetChatSessionEntity, { response: session })
    expect(body.response).toEqual(session)
    expect(body.response).toBeInstanceOf(Carrier)
    expect(Object.keys(body.response!.fieldProperties!)).toEqual(["customerName", "customerEmail"])
    expect(xml).toContain("<Mask>Select Update Delete</Mask>")
    expect(xml).toContain("<Wgs84Longitude>-0</Wgs84Longitude>")
    // An absent element decodes to the .NET default, nil to null.
    expect(body.response!.person).toBeNull()
    expect(body.response!.rank).toBe(0)
    expect(body.response!.whenEnded).toEqual(DateTime.unsafeMake("0001-01-01T00:00:00Z"))
  })

  it("doubles keep INF, -INF and NaN as XSD writes them", () => {
    const address = new Address({ wgs84Latitude: Infinity, wgs84Longitude: NaN })
    const session = new ChatSessionEntity({ contact: new Contact({ address }) })
    const { body, xml } = roundTrip(GetChatSessionEntity, { response: session })
    expect(xml).toContain("<Wgs84Latitude>INF</Wgs84Latitude><Wgs84Longitude>NaN</Wgs84Longitude>")
    expect(body.response!.contact!.address!.wgs84Latitude).toBe(Infinity)
    expect(body.response!.contact!.address!.wgs84Longitude).toBeNaN()
  })

  it("a ChatTopicEntity keeps durations and a dictionary keyed by dateTime", () => {
    const topic = new ChatTopicEntity({
      chatTopicId: 2,
      openingHours: new ChatOpeningHours({
        monEnabled: true,
        monStart: Duration.decode("8 hours"),
        monStop: Duration.sum(Duration.hours(16), Duration.millis(1500)),
        tzLocation: new TimeZoneData({
          timeZoneSTDRules: [{
            key: DateTime.unsafeMake("2021-03-28T01:00:00Z"),
            value: new TimeZoneRule({ tZOffset: 60, startRulePattern: "" })
          }]
        })
      })
    })
    const { body, xml } = roundTrip(GetChatTopicEntity, { response: topic })
    expect(body.response).toEqual(topic)
    expect(xml).toContain("<MonStart>PT8H</MonStart><MonStop>PT16H1.5S</MonStop>")
    expect(xml).toContain("<TueStart>PT0S</TueStart>")
  })

  it("a type of another namespace is written and read in its own (DSAParameters, ArrayOfint-style items)", () => {
    const info = new SoSystemInfoCarrier({
      license: new LicenseInfo({
        publicKey: new SignedPublicKey({
          key: new DSAParameters({ counter: 5, g: new Uint8Array([0, 1, 2, 250]), seed: null })
        })
      })
    })
    const { body, xml } = roundTrip(GetSystemInfo, { systemInfo: info })
    expect(body.systemInfo).toEqual(info)
    expect(xml).toContain(
      `<Counter xmlns="http://schemas.datacontract.org/2004/07/System.Security.Cryptography">5</Counter>`
    )
    expect(xml).toContain(`>AAEC+g==</G>`)
  })

  it("a recursive type (MDOListItem's sub-items) round trips", () => {
    const item = new MDOListItem({ id: 1, name: "a", childItems: [new MDOListItem({ id: 2, childItems: [] }), null] })
    expect(item.childItems![0]).toBeInstanceOf(MDOListItem)
  })
})

describe("bad values in generated contracts fail with the element path", () => {
  const systemInfo = (key: string) =>
    `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>
      <GetSystemInfoResponse xmlns="http://www.superoffice.net/ws/crm/NetServer/Services88"><SystemInfo><License>
        <PublicKey><Key xmlns:c="http://schemas.datacontract.org/2004/07/System.Security.Cryptography">${key}</Key></PublicKey>
      </License></SystemInfo></GetSystemInfoResponse></s:Body></s:Envelope>`

  it("malformed base64, and a required element missing", () => {
    const base = "GetSystemInfoResponse/SystemInfo/License/PublicKey/Key"
    const bad = invalidValue(GetSystemInfo, systemInfo("<c:Counter>1</c:Counter><c:G>AB=C</c:G>"))
    expect(bad.path).toBe(`Envelope/Body/${base}/G`)
    expect(bad.detail).toMatch(/not xs:base64Binary/)
    const missing = invalidValue(GetSystemInfo, systemInfo("<c:G>AAEC</c:G>"))
    expect(missing.path).toBe(`Envelope/Body/${base}/Counter`)
    expect(missing.detail).toMatch(/missing/)
  })

  const topic = (hours: string) =>
    `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>
      <GetChatTopicEntityResponse xmlns="http://www.superoffice.net/ws/crm/NetServer/Services88"><Response>
        <OpeningHours>${hours}</OpeningHours></Response></GetChatTopicEntityResponse></s:Body></s:Envelope>`

  it.each([
    ["P1Y", /not a duration/],
    ["-PT1H", /negative/],
    ["PT1.00000001S", /100 ns/],
    // An empty MonStart is a NotGiven (decision 20: test/documentedEnvelopes.test.ts).
    ["P10675200D", /longer than a TimeSpan/]
  ])("duration %j", (text, detail) => {
    const bad = invalidValue(GetChatTopicEntity, topic(`<MonStart>${text}</MonStart>`))
    expect(bad.path).toBe("Envelope/Body/GetChatTopicEntityResponse/Response/OpeningHours/MonStart")
    expect(bad.detail).toMatch(detail)
  })

  it("a flags value with a name twice, and a dictionary key given twice", () => {
    const session = (inner: string) =>
      `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>
        <GetChatSessionEntityResponse xmlns="http://www.superoffice.net/ws/crm/NetServer/Services88"><Response>${inner}</Response>
        </GetChatSessionEntityResponse></s:Body></s:Envelope>`
    expect(invalidValue(GetChatSessionEntity, session("<Flags>UserIsTyping UserIsTyping</Flags>")).detail).toMatch(
      /twice/
    )
    const pair = "<FieldPropertyDictionaryKeyValuePair><Key>a</Key><Value/></FieldPropertyDictionaryKeyValuePair>"
    const dup = invalidValue(GetChatSessionEntity, session(`<FieldProperties>${pair}${pair}</FieldProperties>`))
    expect(dup.path).toBe(
      "Envelope/Body/GetChatSessionEntityResponse/Response/FieldProperties/FieldPropertyDictionaryKeyValuePair[1]/Key"
    )
    // "__proto__" is a key like any other, not the object's prototype.
    const proto =
      "<FieldPropertyDictionaryKeyValuePair><Key>__proto__</Key><Value/></FieldPropertyDictionaryKeyValuePair>"
    const decoded = Envelope.decodeResponse(
      GetChatSessionEntity,
      session(`<FieldProperties>${proto}</FieldProperties>`)
    )
    const properties = Either.getOrThrow(decoded).body.response!.fieldProperties!
    expect(Object.keys(properties)).toEqual(["__proto__"])
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype)
  })
})

describe("generated enumerations", () => {
  it("a number two names share reads as the first name", async () => {
    const { ETableRightEnumeration } = await import("../src/generated/Carrier.js")
    expect(ETableRightEnumeration.values.R).toBe(1)
    expect(ETableRightEnumeration.fromNumber(1)).toEqual(Option.some("Select"))
    expect(ETableRightEnumeration.fromNumber(16)).toEqual(Option.some("Filtering"))
  })
})

describe("generated flags", () => {
  it("hold each name at most once: the constructor and the encoder refuse a name twice", () => {
    expect(() => new TableRight({ mask: ["Select", "Select"] })).toThrow(/Select appears twice in a ETableRight list/)
    const session = { response: new ChatSessionEntity({}) }
    const twice = { response: { ...session.response, flags: ["UserIsTyping", "UserIsTyping"] } } as any
    const r = Envelope.encodeResponse(GetChatSessionEntity, twice, { version: "1.1" })
    expect(Either.isLeft(r) && r.left.path).toBe("GetChatSessionEntityResponse/Response/Flags")
  })
})

describe("generated secrets", () => {
  it("a password and a ticket travel as Redacted and never print", async () => {
    const { AuthenticateUsernamePassword } = await import("../src/generated/operations/SoPrincipal.js")
    const request = { userName: "ada", password: Redacted.make("s3cret <&>") }
    const xml = Either.getOrThrow(Envelope.encodeRequest(AuthenticateUsernamePassword, request, { version: "1.1" }))
    expect(xml).toContain("<Password>s3cret &lt;&amp;&gt;</Password>")
    const decoded = Either.getOrThrow(Envelope.decodeRequest([AuthenticateUsernamePassword], xml)).body
    expect(Redacted.value(decoded.password!)).toBe("s3cret <&>")
    expect(`${String(decoded.password)} ${JSON.stringify(decoded)}`).not.toContain("s3cret")
    const response = Either.getOrThrow(Envelope.decodeResponse(
      AuthenticateUsernamePassword,
      `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>
        <AuthenticateResponse xmlns="http://www.superoffice.net/ws/crm/NetServer/Services88">
          <Credentials><Ticket>7T:abc==</Ticket></Credentials><AuthenticationSucceeded>true</AuthenticationSucceeded>
        </AuthenticateResponse></s:Body></s:Envelope>`
    )).body
    expect(Redacted.value(response.credentials!.ticket!)).toBe("7T:abc==")
    expect(JSON.stringify(response)).not.toContain("7T:abc")
  })
})
