/**
 * The codec suite's documented response shapes: each documented response,
 * served over SOAP 1.1, decoded by the generated operation
 * (`Envelope.decodeResponse`), by node-soap's client built from the same WSDL
 * and by a bare saxes scan, interleaved, on the same bytes.
 */
import * as Envelope from "@so-chat/core/Envelope"
import * as ChatMessages from "@so-chat/core/generated/operations/ChatMessages"
import * as ChatPresence from "@so-chat/core/generated/operations/ChatPresence"
import * as ChatSessions from "@so-chat/core/generated/operations/ChatSessions"
import * as ChatTopicAgents from "@so-chat/core/generated/operations/ChatTopicAgents"
import * as ChatTopics from "@so-chat/core/generated/operations/ChatTopics"
import * as SoPrincipal from "@so-chat/core/generated/operations/SoPrincipal"
import type * as Operation from "@so-chat/core/Operation"
import * as Either from "effect/Either"
import { SaxesParser } from "saxes"
import * as Soap from "soap"
import { documentedResponse, toSoap11, wsdlPath } from "./documented.js"
import type { Bar, Row } from "./suite.js"
import { compare, pairedSpeedup } from "./timing.js"
import type { Timing, TimingOptions } from "./timing.js"

const SUITE = "codec"

/** One documented response shape, and the operation whose documented response shows it. */
interface Shape {
  /** The response's type, as the WSDL names it. */
  readonly shape: string
  readonly operation: Operation.Operation.Any
  readonly service: "Chat" | "SoPrincipal"
}

// Every shape of the 36 documented responses of more than a kilobyte; the
// others (a bool, a string, an empty body) are the envelope and little else.
const shapes: ReadonlyArray<Shape> = [
  { shape: "ChatSessionEntity", operation: ChatSessions.GetChatSessionEntity, service: "Chat" },
  { shape: "ArrayOfChatSessionEntity", operation: ChatSessions.ChatSessionsForUser, service: "Chat" },
  { shape: "ChatTopicEntity", operation: ChatTopics.GetChatTopicEntity, service: "Chat" },
  { shape: "ArrayOfChatTopicEntity", operation: ChatTopics.ChatTopicsForUser, service: "Chat" },
  { shape: "ChatTopicAgent", operation: ChatTopicAgents.GetChatTopicUserAgent, service: "Chat" },
  { shape: "ArrayOfChatTopicAgent", operation: ChatTopicAgents.GetChatTopicUserAgentList, service: "Chat" },
  { shape: "ArrayOfMDOListItem", operation: ChatTopicAgents.GetUserAgentList, service: "Chat" },
  { shape: "ArrayOfChatMessage", operation: ChatMessages.GetChatMessages, service: "Chat" },
  { shape: "ChatPresence", operation: ChatPresence.GetChatPresence, service: "Chat" },
  { shape: "SoPrincipalCarrier", operation: SoPrincipal.AuthenticateUsernamePassword, service: "SoPrincipal" },
  { shape: "SoSystemInfoCarrier", operation: SoPrincipal.GetSystemInfo, service: "SoPrincipal" }
]

/** The case of a shape's rows. */
const caseOf = (s: Shape): string => `decode ${s.shape} (${s.operation.name})`

/**
 * Issue 12's bars for every shape: at least 10× as fast as node-soap, and
 * within 1.5× of the saxes scan (as a speed: at least 1/1.5 of it).
 */
export const shapeBars: ReadonlyArray<Bar> = shapes.flatMap((s): ReadonlyArray<Bar> => [
  {
    suite: SUITE,
    case: caseOf(s),
    unit: "us",
    impl: "so-chat",
    than: "node-soap",
    atLeast: 10,
    label: `${s.shape} decode ≥10× node-soap`
  },
  {
    suite: SUITE,
    case: caseOf(s),
    unit: "us",
    impl: "so-chat",
    than: "floor",
    atLeast: 1 / 1.5,
    label: `${s.shape} decode within 1.5× of the saxes scan`
  }
])

const fail = (what: string): never => {
  throw new Error(`codec suite: ${what}`)
}

const us = (ns: number): number => Math.round(ns / 10) / 100

/** The bytes of a shape's documented response, over SOAP 1.1. */
const bytesOf = (s: Shape): Uint8Array => Buffer.from(toSoap11(documentedResponse(s.operation.name)), "utf8")

/**
 * Times every shape. Before timing, so-chat must decode the bytes to a
 * response with a value, and node-soap must find the same response element
 * with its first child: a decoder that gave up cannot be timed as fast.
 */
export const runShapes = async (timing: TimingOptions): Promise<ReadonlyArray<Row>> => {
  const clients = {
    Chat: await Soap.createClientAsync(wsdlPath("Chat")),
    SoPrincipal: await Soap.createClientAsync(wsdlPath("SoPrincipal"))
  }
  const utf8 = new TextDecoder("utf-8")
  const rows: Array<Row> = []
  for (const s of shapes) {
    const bytes = bytesOf(s)
    const op = s.operation
    const client = clients[s.service]
    const decodeSoChat = () => Envelope.decodeResponse(op, bytes)
    // What node-soap's client does with a response body (its `parseSync`):
    // the bytes as a string, `xmlToObject`, the output element out of `Body`.
    const decodeNodeSoap = () => client.wsdl.xmlToObject(utf8.decode(bytes)).Body[op.responseElement]
    const decodeFloor = () => new SaxesParser().write(utf8.decode(bytes)).close()

    const ours = decodeSoChat()
    if (Either.isLeft(ours)) fail(`so-chat could not decode ${s.shape}: ${ours.left.message}`)
    else if (Object.values(ours.right.body as object).some((v) => v === null || v === undefined)) {
      fail(`so-chat decoded ${s.shape} to a response without its value`)
    }
    const theirs = decodeNodeSoap() as Record<string, unknown> | undefined
    if (theirs === undefined || Object.keys(theirs).length === 0) fail(`node-soap decoded ${s.shape} to nothing`)

    const timings = compare([
      { impl: "so-chat", run: decodeSoChat },
      { impl: "node-soap", run: decodeNodeSoap },
      { impl: "floor", run: decodeFloor }
    ], timing)
    const kase = caseOf(s)
    rows.push(...timings.map((t) => ({ suite: SUITE, case: kase, impl: t.impl, unit: "us", value: us(t.medianNs) })))
    console.log(describe(s, bytes.length, timings))
  }
  return rows
}

const describe = (s: Shape, size: number, timings: ReadonlyArray<Timing>): string => {
  const [ours, soap, floor] = timings
  const line = `  ${s.shape} (${s.operation.name}, ${size.toLocaleString("en-US")} bytes over SOAP 1.1)`
  if (ours === undefined || soap === undefined || floor === undefined) return line
  return `${line}\n    so-chat ${us(ours.medianNs)} µs, node-soap ${us(soap.medianNs)} µs, saxes scan ` +
    `${us(floor.medianNs)} µs: ${(soap.medianNs / ours.medianNs).toFixed(1)}× node-soap, ` +
    `${(ours.medianNs / floor.medianNs).toFixed(2)}× the scan's time; medians of per-round ratios ` +
    `${pairedSpeedup(ours, soap).toFixed(1)}× and ${(1 / pairedSpeedup(ours, floor)).toFixed(2)}× ` +
    `(rounds: so-chat ${us(ours.minNs)}–${us(ours.maxNs)} µs)`
}
