/**
 * The codec suite: @so-chat/core encoding the AddChatMessage request and
 * decoding its response, beside node-soap doing the same work on the same
 * envelopes and a floor that does only what no implementation can skip.
 *
 * The envelopes are the documented ones (core's test fixtures), with the
 * documented empty message replaced by a realistic support reply.
 */
import { AddChatMessage, ChatMessage, Envelope } from "@so-chat/core"
import * as DateTime from "effect/DateTime"
import * as Either from "effect/Either"
import * as Redacted from "effect/Redacted"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { SaxesParser } from "saxes"
import * as Soap from "soap"
import { create } from "xmlbuilder2"
import { runShapes, shapeBars } from "./codecShapes.js"
import type { Bar, Row, RunOptions } from "./suite.js"
import { compare, pairedSpeedup } from "./timing.js"
import type { Timing, TimingOptions } from "./timing.js"

const SUITE = "codec"
const DECODE = "decode response"
const ENCODE = "encode request"

/**
 * The bars of issue 2 (AddChatMessage) and of issue 12 (every documented
 * response shape), as ratios of this suite's rows (medians of the same run).
 */
export const bars: ReadonlyArray<Bar> = [
  {
    suite: SUITE,
    case: DECODE,
    unit: "us",
    impl: "so-chat",
    than: "node-soap",
    atLeast: 3,
    label: "decode ≥3× node-soap"
  },
  {
    suite: SUITE,
    case: ENCODE,
    unit: "us",
    impl: "so-chat",
    than: "node-soap",
    atLeast: 2,
    label: "encode ≥2× node-soap"
  },
  ...shapeBars
]

const repo = new URL("../../", import.meta.url)
const fixture = (name: string): string => readFileSync(new URL(`packages/core/test/fixtures/${name}`, repo), "utf8")
// The Services88 Chat contract, copied from the reference material so that a
// fresh clone (CI) can build node-soap's client.
const wsdlPath = fileURLToPath(new URL("../fixtures/Services88-Chat.wsdl", import.meta.url))

// A support reply as an agent would write it: 300-odd characters with the
// characters XML must escape, quotes, non-ASCII and an emoji (a surrogate pair).
const text = "Hi Maria, thanks for waiting! I've checked order #48213 & the invoice: the refund of €129.90 " +
  "was issued on 3 May, so it should reach your account within 3–5 business days. If it hasn't arrived by " +
  "then, reply here with \"<refund>\" in the subject and I'll escalate it to our finance team right away. " +
  "Have a great weekend 😊"
const author = "Jonas Bergström (Support)"
const whenPosted = "2024-05-17T13:42:07.381Z"
const chatSessionId = 4211
const chatMessageId = 73105

const escape = (s: string): string => s.replace(/[&<>]/g, (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;")

/** Replaces one element's text in a fixture, failing if the fixture no longer has that element. */
const substitute = (xml: string, element: string, value: string): string => {
  const pattern = new RegExp(`(<Chat:${element} xsi:type="[^"]*">)[^<]*(</Chat:${element}>)`)
  if (!pattern.test(xml)) throw new Error(`the response fixture has no <Chat:${element}> to fill in`)
  return xml.replace(pattern, (_, open: string, close: string) => open + escape(value) + close)
}

const responseXml = (): string => {
  let xml = fixture("AddChatMessage.response.xml")
  const values: ReadonlyArray<readonly [string, string]> = [
    ["ChatMessageId", String(chatMessageId)],
    ["ChatSessionId", String(chatSessionId)],
    ["Type", "ToCustomer"],
    ["Message", text],
    ["Author", author],
    ["WhenPosted", whenPosted]
  ]
  for (const [element, value] of values) xml = substitute(xml, element, value)
  return xml
}

const NS = "http://www.superoffice.net/ws/crm/NetServer/Services88"
const SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/"
const XSI = "http://www.w3.org/2001/XMLSchema-instance"
const XMLNS = "http://www.w3.org/2000/xmlns/"

const fail = (what: string): never => {
  throw new Error(`codec suite: ${what}`)
}

/**
 * node-soap's client built from the Chat WSDL, with an HTTP client that keeps
 * the envelope instead of sending it: calling `AddChatMessage` then runs
 * exactly node-soap's request path up to the network.
 */
const nodeSoap = async (headers: { readonly applicationToken: string; readonly ticket: string }) => {
  const sent: { xml: string } = { xml: "" }
  const client = await Soap.createClientAsync(wsdlPath, {
    httpClient: {
      request: (_url, data: string) => {
        sent.xml = data
        return undefined as never
      }
    }
  })
  // As a node-soap user sets headers: once per client, serialized when added.
  client.addSoapHeader({ ApplicationToken: headers.applicationToken }, "", "tns", NS)
  client.addSoapHeader({ Credentials: { Ticket: headers.ticket } }, "", "tns", NS)
  const outputName: string = client.wsdl.definitions.services["WcfChatService"]?.ports["BasicHttpBinding_Chat"]
    ?.binding.methods["AddChatMessage"]?.output.$name ?? fail("node-soap found no AddChatMessage output")
  const addChatMessage = client["AddChatMessage"] as (args: unknown, callback: () => void) => void
  return { client, sent, outputName, addChatMessage }
}

const noop = () => {}

/**
 * The same envelope so-chat writes, built with xmlbuilder2's DOM builder (the
 * builder DESIGN.md names), for the record in docs/benchmarks.md.
 */
const xmlbuilder2Envelope = (token: string, ticket: string, m: ChatMessage.ChatMessage): string => {
  const doc = create()
  const envelope = doc.ele(SOAP11, "s:Envelope").att(XMLNS, "xmlns:i", XSI)
  const header = envelope.ele(SOAP11, "s:Header")
  header.ele(NS, "ApplicationToken").txt(token)
  header.ele(NS, "Credentials").ele(NS, "Ticket").txt(ticket)
  const request = envelope.ele(SOAP11, "s:Body").ele(NS, "AddChatMessage")
  request.ele(NS, "ChatSessionId").txt(String(chatSessionId))
  const message = request.ele(NS, "Message")
  message.ele(NS, "ChatMessageId").txt(String(m.chatMessageId))
  message.ele(NS, "ChatSessionId").txt(String(m.chatSessionId))
  message.ele(NS, "Type").txt(m.type)
  message.ele(NS, "Message").txt(m.message ?? "")
  message.ele(NS, "Author").txt(m.author ?? "")
  message.ele(NS, "ReadByCustomer").txt(String(m.readByCustomer))
  message.ele(NS, "SpecialType").txt(m.specialType)
  message.ele(NS, "SpecialParam").att(XSI, "i:nil", "true")
  message.ele(NS, "WhenPosted").txt(DateTime.formatIso(m.whenPosted))
  return doc.end({ headless: true })
}

const us = (ns: number): number => Math.round(ns / 10) / 100

const rowsOf = (kase: string, timings: ReadonlyArray<Timing>): Array<Row> =>
  timings.flatMap((t) => [
    { suite: SUITE, case: kase, impl: t.impl, unit: "us", value: us(t.medianNs) },
    { suite: SUITE, case: kase, impl: t.impl, unit: "ops/s", value: Math.round(1e9 / t.medianNs) }
  ])

const spread = (kase: string, timings: ReadonlyArray<Timing>): string => {
  const [ours, ...others] = timings
  const lines = timings.map((t) =>
    `    ${t.impl.padEnd(20)} median ${us(t.medianNs)} µs, rounds ${us(t.minNs)}–${us(t.maxNs)} µs, ` +
    `${t.callsPerSample} calls per round`
  )
  const ratios = ours === undefined ? [] : others.map((t) => {
    const speedup = pairedSpeedup(ours, t)
    return speedup >= 1
      ? `    ${ours.impl} ${speedup.toFixed(2)}× as fast as ${t.impl} (median of per-round ratios)`
      : `    ${ours.impl} takes ${(1 / speedup).toFixed(2)}× the time of ${t.impl} (median of per-round ratios)`
  })
  return [`  ${kase}:`, ...lines, ...ratios].join("\n")
}

/**
 * Runs the suite. Before timing anything it checks that every implementation
 * does the work it is timed for (decodes the reply text, writes an envelope
 * that decodes back to the message), so a fast wrong answer cannot pass.
 */
export const run = async (options: RunOptions): Promise<ReadonlyArray<Row>> => {
  const timing: TimingOptions = options.smoke
    ? { warmupMs: 20, rounds: 3, sampleMs: 5 }
    : { warmupMs: 500, rounds: 41, sampleMs: 20 }
  const applicationToken = "1234567-1234-9876"
  const ticket = "7T:1234abcxyzExample=="

  // --- decode -------------------------------------------------------------
  const bytes: Uint8Array = Buffer.from(responseXml(), "utf8")
  const soap = await nodeSoap({ applicationToken, ticket })
  const utf8 = new TextDecoder("utf-8")

  const decodeSoChat = () => Envelope.decodeResponse(AddChatMessage.operation, bytes)
  // node-soap's client: the body as a string, `xmlToObject`, then the output
  // element picked out of `Body`, as its `parseSync` and `finish` do.
  const decodeNodeSoap = () => soap.client.wsdl.xmlToObject(utf8.decode(bytes)).Body[soap.outputName]
  const decodeFloor = () => new SaxesParser().write(utf8.decode(bytes)).close()

  const decoded = decodeSoChat()
  if (Either.isLeft(decoded)) fail(`so-chat could not decode the response: ${decoded.left.message}`)
  else {
    const m = decoded.right.body.response ?? fail("so-chat decoded a nil response")
    if (m.message !== text || m.author !== author || DateTime.formatIso(m.whenPosted) !== whenPosted) {
      fail("so-chat decoded other values than the response holds")
    }
  }
  const soapDecoded = decodeNodeSoap()
  if (soapDecoded?.Response?.Message?.$value !== text || soapDecoded?.Response?.Author?.$value !== author) {
    fail("node-soap decoded other values than the response holds")
  }

  const decodeTimings = compare([
    { impl: "so-chat", run: decodeSoChat },
    { impl: "node-soap", run: decodeNodeSoap },
    { impl: "floor", run: decodeFloor }
  ], timing)

  // --- encode -------------------------------------------------------------
  const message = new ChatMessage.ChatMessage({
    chatSessionId,
    type: "ToCustomer",
    message: text,
    author,
    whenPosted: DateTime.unsafeMake(whenPosted)
  })
  const headers = { applicationToken: Redacted.make(applicationToken), ticket: Redacted.make(ticket) }
  const encodeSoChat = () =>
    Envelope.encodeRequest(AddChatMessage.operation, { chatSessionId, message }, { version: "1.1", headers })
  // The same values as node-soap takes them: WhenPosted as a string, since
  // node-soap writes a `Date` as an empty element.
  const soapArgs = {
    ChatSessionId: chatSessionId,
    Message: {
      ChatMessageId: 0,
      ChatSessionId: chatSessionId,
      Type: "ToCustomer",
      Message: text,
      Author: author,
      ReadByCustomer: 0,
      SpecialType: "None",
      SpecialParam: null,
      WhenPosted: whenPosted
    }
  }
  const encodeNodeSoap = () => {
    soap.addChatMessage(soapArgs, noop)
    return soap.sent.xml
  }

  const ours = Either.getOrElse(encodeSoChat(), (e) => fail(`so-chat could not encode the request: ${e.message}`))
  const escapedText = escape(text)
  const at = ours.indexOf(escapedText)
  if (at === -1) fail("so-chat's envelope does not hold the escaped message")
  const before = ours.slice(0, at)
  const after = ours.slice(at + escapedText.length)
  const encodeFloor = () => `${before}${escape(text)}${after}`
  if (encodeFloor() !== ours) fail("the floor's envelope differs from so-chat's")

  const decodesBack = (xml: string, who: string) => {
    const back = Envelope.decodeRequest([AddChatMessage.operation], xml)
    if (Either.isLeft(back)) return fail(`${who}'s envelope does not decode: ${back.left.message}`)
    const m = back.right.body.message
    if (
      m?.message !== text || m.author !== author || DateTime.formatIso(m.whenPosted) !== whenPosted ||
      back.right.headers.ticket === undefined || Redacted.value(back.right.headers.ticket) !== ticket
    ) {
      fail(`${who}'s envelope decodes to other values than were encoded`)
    }
  }
  decodesBack(ours, "so-chat")
  decodesBack(encodeNodeSoap(), "node-soap")

  const encodeTimings = compare([
    { impl: "so-chat", run: encodeSoChat },
    { impl: "node-soap", run: encodeNodeSoap },
    { impl: "floor", run: encodeFloor }
  ], timing)

  // --- for the record (docs/benchmarks.md), not rows ------------------------
  const built = xmlbuilder2Envelope(applicationToken, ticket, message)
  decodesBack(built, "xmlbuilder2")
  const inputElement = soap.client.wsdl.definitions.services["WcfChatService"]?.ports["BasicHttpBinding_Chat"]
    ?.binding.methods["AddChatMessage"]?.input ?? fail("node-soap found no AddChatMessage input")
  const inputName = inputElement.$name ?? fail("node-soap found no AddChatMessage input name")
  const inputAlias = inputElement.targetNSAlias ?? fail("node-soap found no namespace alias for AddChatMessage")
  // What `_invoke` calls to serialize the body alone, with the same arguments.
  const soapBodyOnly = () =>
    soap.client.wsdl.objectToDocumentXML(
      inputName,
      soapArgs,
      inputAlias,
      inputElement.targetNamespace,
      inputElement.$type || inputElement.$lookupType,
      {}
    )
  const recordTimings = compare([
    { impl: "so-chat", run: encodeSoChat },
    { impl: "xmlbuilder2 DOM", run: () => xmlbuilder2Envelope(applicationToken, ticket, message) },
    { impl: "node-soap body only", run: soapBodyOnly }
  ], timing)

  console.log(
    `codec: response ${bytes.length} bytes, request ${Buffer.byteLength(ours)} bytes (so-chat), ` +
      `${Buffer.byteLength(soap.sent.xml)} bytes (node-soap); message ${[...text].length} characters`
  )
  console.log(spread(DECODE, decodeTimings))
  console.log(spread(ENCODE, encodeTimings))
  console.log(spread("record only: build the request envelope", recordTimings))
  console.log(
    built === ours
      ? "  xmlbuilder2 writes the very string so-chat writes"
      : "  xmlbuilder2 writes another string than so-chat, which decodes to the same values"
  )

  console.log("\n  the documented response shapes (generated operations):")
  const shapeRows = await runShapes(timing)
  return [...rowsOf(DECODE, decodeTimings), ...rowsOf(ENCODE, encodeTimings), ...shapeRows]
}
