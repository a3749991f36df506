import { addEqualityTesters, describe, expect, it } from "@effect/vitest"
import { AddChatMessage, ChatMessage, Envelope } from "@so-chat/core"
import { DateTime, Either, Redacted } from "effect"
import { fixture, SERVICES88, SOAP11, XSI } from "./fixtures.js"

addEqualityTesters()

// What the seed page's examples say, field by field.
const documentedMessage = new ChatMessage.ChatMessage({
  chatMessageId: 0,
  chatSessionId: 0,
  type: "Invalid",
  message: "",
  author: "",
  readByCustomer: 0,
  specialType: "None",
  specialParam: "",
  whenPosted: DateTime.unsafeMake("2021-03-25T21:36:53Z")
})

const decodeResponse = (xml: string | Uint8Array) => Envelope.decodeResponse(AddChatMessage.operation, xml)
const decodeRequest = (xml: string | Uint8Array) => Envelope.decodeRequest([AddChatMessage.operation], xml)

const responseBody = (xml: string | Uint8Array) => {
  const result = decodeResponse(xml)
  if (Either.isLeft(result)) throw new Error(`expected a decoded response, got ${result.left.message}`)
  return result.right
}

describe("the documented AddChatMessage examples", () => {
  it("decodes the documented response to the documented values", () => {
    const decoded = responseBody(new TextEncoder().encode(fixture("AddChatMessage.response")))
    expect(decoded.version).toBe("1.2")
    expect(decoded.headers).toEqual({})
    expect(decoded.body.response).toEqual(documentedMessage)
    // empty elements are empty strings, not nil
    expect(decoded.body.response?.message).toBe("")
    expect(decoded.body.response?.whenPosted.epochMillis).toBe(Date.UTC(2021, 2, 25, 21, 36, 53))
  })

  it("decodes the documented request, its headers directly in <Envelope>", () => {
    const result = decodeRequest(fixture("AddChatMessage.request"))
    if (Either.isLeft(result)) throw new Error(result.left.message)
    const request = result.right
    expect(request.version).toBe("1.2")
    expect(request.operation).toBe(AddChatMessage.operation)
    expect(request.body.chatSessionId).toBe(0)
    expect(request.body.message).toEqual(documentedMessage)
    expect(Redacted.value(request.headers.applicationToken!)).toBe("1234567-1234-9876")
    expect(Redacted.value(request.headers.ticket!)).toBe("7T:1234abcxyzExample==")
    expect(request.headers.timeZone).toBeUndefined()
  })
})

/** The documented response rewritten the way a WCF server writes it. */
const wcfResponse = (options: { envelope: string; version?: "1.1" | "1.2"; body: "default" | string; xsi: string }) => {
  const env = options.envelope
  const envNs = options.version === "1.1" ? SOAP11 : "http://www.w3.org/2003/05/soap-envelope"
  const q = (local: string) => (options.body === "default" ? local : `${options.body}:${local}`)
  const bodyNs = options.body === "default" ? `xmlns="${SERVICES88}"` : `xmlns:${options.body}="${SERVICES88}"`
  const field = (name: string, value: string) => `<${q(name)}>${value}</${q(name)}>`
  return `<${env}:Envelope xmlns:${env}="${envNs}"><${env}:Header><ActivityId xmlns="http://schemas.microsoft.com/2004/09/ServiceModel/Diagnostics">abc</ActivityId></${env}:Header><${env}:Body>` +
    `<${q("AddChatMessageResponse")} ${bodyNs}><${q("Response")} xmlns:${options.xsi}="${XSI}">` +
    field("ChatMessageId", "0") + field("ChatSessionId", "0") + field("Type", "Invalid") + field("Message", "") +
    `<${q("Author")}/>` + field("ReadByCustomer", "0") + field("SpecialType", "None") + field("SpecialParam", "") +
    field("WhenPosted", "2021-03-25T21:36:53Z") +
    `</${q("Response")}></${q("AddChatMessageResponse")}></${env}:Body></${env}:Envelope>`
}

describe("WCF-style variants decode to the same values", () => {
  const variants = {
    "s: envelope, default namespace body": wcfResponse({ envelope: "s", body: "default", xsi: "i" }),
    "SOAP 1.1, s: envelope, default namespace": wcfResponse({
      envelope: "s",
      version: "1.1",
      body: "default",
      xsi: "i"
    }),
    "other prefixes everywhere": wcfResponse({ envelope: "soapenv", body: "ns0", xsi: "x" }),
    "the Chat prefix bound to something else on the envelope": wcfResponse({ envelope: "Chat", body: "a", xsi: "b" })
  }
  for (const [name, xml] of Object.entries(variants)) {
    it(name, () => {
      expect(responseBody(xml).body.response).toEqual(documentedMessage)
    })
  }

  it("tells SOAP 1.1 from SOAP 1.2", () => {
    expect(responseBody(variants["SOAP 1.1, s: envelope, default namespace"]).version).toBe("1.1")
    expect(responseBody(variants["s: envelope, default namespace body"]).version).toBe("1.2")
  })

  it("reads xsi:type with any prefix and ignores it", () => {
    const xml = fixture("AddChatMessage.response").replaceAll("xsi:", "i:").replace("xmlns:i=", "xmlns:xsi=").replace(
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
      "xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\""
    )
    expect(xml).toContain("i:type=")
    expect(responseBody(xml).body.response).toEqual(documentedMessage)
  })

  it("keeps xsi:nil apart from the empty string, whatever the xsi prefix", () => {
    const xml = wcfResponse({ envelope: "s", body: "default", xsi: "i" })
      .replace("<Message></Message>", "<Message i:nil=\"true\"/>")
      .replace("<Author/>", "<Author></Author>")
    const message = responseBody(xml).body.response!
    expect(message.message).toBeNull()
    expect(message.author).toBe("")
  })

  it("does not take a nil attribute in another namespace for xsi:nil", () => {
    const xml = wcfResponse({ envelope: "s", body: "default", xsi: "i" }).replace(
      "<Message></Message>",
      "<Message xmlns:n=\"urn:not-xsi\" n:nil=\"true\" nil=\"true\" xnil=\"true\"></Message>"
    )
    expect(responseBody(xml).body.response!.message).toBe("")
  })

  it("gives absent elements the values WCF gives them", () => {
    const xml = `<s:Envelope xmlns:s="${SOAP11}"><s:Body><AddChatMessageResponse xmlns="${SERVICES88}">` +
      `<Response><ChatMessageId>7</ChatMessageId><Message>hi</Message></Response></AddChatMessageResponse></s:Body></s:Envelope>`
    expect(responseBody(xml).body.response).toEqual(
      new ChatMessage.ChatMessage({ chatMessageId: 7, message: "hi" })
    )
  })

  it("ignores elements a newer contract added to ChatMessage", () => {
    const xml = wcfResponse({ envelope: "s", body: "default", xsi: "i" }).replace(
      "<ChatMessageId>0</ChatMessageId>",
      "<ChatMessageId>0</ChatMessageId><Attachments><Item>x</Item></Attachments>"
    )
    expect(responseBody(xml).body.response).toEqual(documentedMessage)
  })

  it("ignores header blocks it does not know that are not mustUnderstand", () => {
    const xml = fixture("AddChatMessage.response").replace(
      "<SOAP-ENV:Body>",
      "<SOAP-ENV:Header><a:Action xmlns:a=\"http://www.w3.org/2005/08/addressing\">x</a:Action></SOAP-ENV:Header><SOAP-ENV:Body>"
    )
    expect(responseBody(xml).body.response).toEqual(documentedMessage)
  })

  it("reads NetServer's response headers inside <Header> and directly in <Envelope>", () => {
    const headers = `<Succeeded xmlns="${SERVICES88}">true</Succeeded>` +
      `<ExtraInfo xmlns="${SERVICES88}"><ExtraInfoNameValuePair><Key>k</Key><Value>v</Value></ExtraInfoNameValuePair></ExtraInfo>` +
      `<TimeZone xmlns="${SERVICES88}"><SoTimeZoneId>7</SoTimeZoneId><SoTimeZoneLocationCode>NO</SoTimeZoneLocationCode></TimeZone>`
    const inHeader = fixture("AddChatMessage.response").replace(
      "<SOAP-ENV:Body>",
      `<SOAP-ENV:Header>${headers}</SOAP-ENV:Header><SOAP-ENV:Body>`
    )
    const direct = fixture("AddChatMessage.response").replace("<SOAP-ENV:Body>", `${headers}<SOAP-ENV:Body>`)
    for (const xml of [inHeader, direct]) {
      const decoded = responseBody(xml)
      expect(decoded.headers.succeeded).toBe(true)
      expect(decoded.headers.extraInfo).toEqual({ k: "v" })
      expect(decoded.headers.timeZone?.soTimeZoneId).toBe(7)
      expect(decoded.headers.timeZone?.soTimeZoneLocationCode).toBe("NO")
    }
  })
})
