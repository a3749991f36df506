/**
 * The end-to-end suite: calls per second of one AddChatMessage round trip to
 * a loopback server that answers with a fixed response, at concurrency 1 and
 * 16, for so-chat on each of its layers beside a bare `@effect/platform`
 * HttpClient POST, node-soap's client, and a raw keep-alive undici POST of a
 * prebuilt envelope (the floor).
 *
 * The server runs in a worker thread, so it does not share the clients' event
 * loop. Implementations run interleaved, round by round in a rotating order;
 * each row is the median of its rounds. On a machine shared with other work
 * the numbers are noisy: compare ratios within one run, not runs.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as HttpBody from "@effect/platform/HttpBody"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { AddChatMessage, ChatMessage, Envelope } from "@so-chat/core"
import { ChatAgent, NetServerConfig } from "@so-chat/transport"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Redacted from "effect/Redacted"
import { fileURLToPath } from "node:url"
import { Worker } from "node:worker_threads"
import * as soap from "soap"
import { Agent, request } from "undici"

/** One row of this suite. */
export interface E2eRow {
  readonly suite: "e2e"
  readonly case: "c1" | "c16"
  readonly impl: string
  readonly unit: "calls/s"
  readonly value: number
}

/** The bars this suite is held to, all at concurrency 16. */
export const bars = [
  { impl: "so-chat/node", than: "floor", atLeast: 0.8, label: "throughput layer ≥80% of the floor" },
  { impl: "so-chat/http-client", than: "platform", atLeast: 0.9, label: "HttpClient layer ≥90% of platform" },
  { impl: "so-chat/node", than: "node-soap", atLeast: 5, label: "throughput layer ≥5× node-soap" },
  { impl: "so-chat/http-client", than: "node-soap", atLeast: 5, label: "HttpClient layer ≥5× node-soap" }
].map((bar) => ({ suite: "e2e", case: "c16", unit: "calls/s", ...bar }))

const WSDL = fileURLToPath(new URL("../fixtures/Services88-Chat.wsdl", import.meta.url))
const TICKET = "7T:1234abcxyzExample=="
const APP_TOKEN = "1234567-1234-9876"
const NS = "http://www.superoffice.net/ws/crm/NetServer/Services88"
const SOAP_ACTION = AddChatMessage.operation.soapAction

const message = new ChatMessage.ChatMessage({
  chatSessionId: 42,
  type: "ToCustomer",
  message: "Hello, thanks for waiting. How can I help you today?",
  author: "Ada Lovelace",
  whenPosted: DateTime.unsafeMake("2024-05-06T07:08:09.123Z")
})

const fixedResponse = Envelope.encodeResponse(AddChatMessage.operation, {
  response: new ChatMessage.ChatMessage({ ...message, chatMessageId: 4711 })
}, { version: "1.1" }).pipe(Either.getOrThrow)

const prebuiltRequest = Envelope.encodeRequest(AddChatMessage.operation, { chatSessionId: 42, message }, {
  version: "1.1",
  headers: { ticket: Redacted.make(TICKET), applicationToken: Redacted.make(APP_TOKEN) }
}).pipe(Either.getOrThrow)

// Plain JavaScript, evaluated in the worker: a keep-alive node:http server
// that reads each request and answers with the fixed response.
const serverSource = `
const { parentPort, workerData } = require("node:worker_threads")
const http = require("node:http")
const body = Buffer.from(workerData.body, "utf8")
const headers = { "content-type": "text/xml; charset=utf-8", "content-length": String(body.length) }
const server = http.createServer((req, res) => {
  req.on("data", () => {})
  req.on("end", () => { res.writeHead(200, headers); res.end(body) })
})
server.keepAliveTimeout = 60000
server.listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port))
parentPort.on("message", () => { server.closeAllConnections(); server.close(() => parentPort.close()) })
`

const startServer = (): Promise<{ readonly url: string; readonly close: () => Promise<void> }> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(serverSource, { eval: true, workerData: { body: fixedResponse } })
    worker.once("error", reject)
    worker.once("message", (port: number) =>
      resolve({
        url: `http://127.0.0.1:${port}/Remote/Services88/Chat.svc`,
        close: async () => {
          worker.postMessage("close")
          await new Promise((r) => setTimeout(r, 50))
          await worker.terminate()
        }
      }))
  })

/** A started implementation: counts the calls it completes in `ms` at a concurrency. */
interface Driver {
  readonly measure: (concurrency: number, ms: number) => Promise<number>
  readonly close: () => Promise<void>
}

interface Candidate {
  readonly impl: string
  readonly start: (url: string) => Promise<Driver>
}

const promiseDriver = (call: () => Promise<unknown>, close: () => Promise<void>): Driver => ({
  measure: async (concurrency, ms) => {
    let calls = 0
    const deadline = performance.now() + ms
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await call()
        calls++
      }
    }))
    return calls
  },
  close
})

const effectDriver = async <R>(
  layer: Layer.Layer<R, unknown>,
  makeCall: Effect.Effect<Effect.Effect<unknown, unknown>, never, R>
): Promise<Driver> => {
  const runtime = ManagedRuntime.make(layer)
  const call = await runtime.runPromise(makeCall)
  return {
    measure: (concurrency, ms) =>
      runtime.runPromise(Effect.suspend(() => {
        let calls = 0
        const deadline = performance.now() + ms
        const loop = Effect.whileLoop({
          while: () => performance.now() < deadline,
          body: () => call,
          step: () => {
            calls++
          }
        })
        return Effect.map(
          Effect.all(Array.from({ length: concurrency }, () => loop), { concurrency: "unbounded", discard: true }),
          () => calls
        )
      })),
    close: () => runtime.dispose()
  }
}

const soChat = (layer: Layer.Layer<ChatAgent.ChatAgent, never, NetServerConfig.NetServerConfig>) => (url: string) =>
  effectDriver(
    layer.pipe(Layer.provide(NetServerConfig.layer({
      url,
      ticket: Redacted.make(TICKET),
      applicationToken: Redacted.make(APP_TOKEN)
    }))),
    Effect.map(ChatAgent.ChatAgent, (agent) => agent.addChatMessage(42, message))
  )

const candidates: ReadonlyArray<Candidate> = [
  {
    impl: "floor",
    start: async (url) => {
      const dispatcher = new Agent({ keepAliveTimeout: 60_000 })
      const headers = { "content-type": "text/xml; charset=utf-8", soapaction: `"${SOAP_ACTION}"` }
      return promiseDriver(async () => {
        const response = await request(url, { method: "POST", headers, body: prebuiltRequest, dispatcher })
        await response.body.arrayBuffer()
        if (response.statusCode !== 200) throw new Error(`floor: HTTP ${response.statusCode}`)
      }, () => dispatcher.destroy())
    }
  },
  {
    impl: "platform",
    start: (url) =>
      effectDriver(
        NodeHttpClient.layerUndici,
        Effect.map(HttpClient.HttpClient, (client) => {
          const req = HttpClientRequest.post(url, {
            headers: { soapaction: `"${SOAP_ACTION}"` },
            body: HttpBody.text(prebuiltRequest, "text/xml; charset=utf-8")
          })
          return Effect.flatMap(client.execute(req), (response) => response.arrayBuffer)
        })
      )
  },
  { impl: "so-chat/node", start: soChat(ChatAgent.layerNode) },
  { impl: "so-chat/http-client", start: soChat(ChatAgent.layerNodeHttpClient) },
  { impl: "so-chat/fetch", start: soChat(ChatAgent.layerFetch) },
  {
    impl: "node-soap",
    start: async (url) => {
      const client = await soap.createClientAsync(WSDL, { endpoint: url })
      client.addSoapHeader(
        `<ApplicationToken xmlns="${NS}">${APP_TOKEN}</ApplicationToken>` +
          `<Credentials xmlns="${NS}"><Ticket>${TICKET}</Ticket></Credentials>`
      )
      const args = {
        ChatSessionId: 42,
        Message: {
          ChatMessageId: 0,
          ChatSessionId: 42,
          Type: "ToCustomer",
          Message: message.message,
          Author: message.author,
          ReadByCustomer: 0,
          SpecialType: "None",
          SpecialParam: "",
          // node-soap sends a Date as an empty element; give it the text.
          WhenPosted: "2024-05-06T07:08:09.123Z"
        }
      }
      return promiseDriver(async () => {
        const [result] = await client.AddChatMessageAsync(args)
        if (result?.Response?.ChatMessageId !== 4711) throw new Error("node-soap: unexpected answer")
      }, async () => {})
    }
  }
]

const median = (values: ReadonlyArray<number>): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const cases = [{ name: "c1", concurrency: 1 }, { name: "c16", concurrency: 16 }] as const

/**
 * Runs the suite. In smoke mode, one short round: it proves every
 * implementation still completes calls, in a few seconds.
 */
export const run = async (options: { smoke: boolean }): Promise<Array<E2eRow>> => {
  // Many short rounds rather than a few long ones: load from other work comes
  // and goes, and a round's implementations run within seconds of each other.
  const rounds = options.smoke ? 1 : 15
  const sampleMs = options.smoke ? 100 : 300
  const warmupMs = options.smoke ? 50 : 500
  const server = await startServer()
  const drivers: Array<{ readonly impl: string; readonly driver: Driver }> = []
  try {
    for (const candidate of candidates) {
      drivers.push({ impl: candidate.impl, driver: await candidate.start(server.url) })
    }
    for (const { driver } of drivers) {
      for (const c of cases) await driver.measure(c.concurrency, warmupMs)
    }
    const samples = new Map<string, Array<number>>()
    for (let round = 0; round < rounds; round++) {
      for (const c of cases) {
        // A rotating order, so no implementation always runs first or last.
        for (let i = 0; i < drivers.length; i++) {
          const { driver, impl } = drivers[(i + round) % drivers.length]!
          const started = performance.now()
          const calls = await driver.measure(c.concurrency, sampleMs)
          const rate = calls / ((performance.now() - started) / 1000)
          const key = `${c.name} ${impl}`
          samples.set(key, [...(samples.get(key) ?? []), rate])
        }
      }
    }
    // The bars take the ratio of two medians (so results.json can recompute
    // them); each round's own ratio, of samples seconds apart, shows how far
    // the machine moved the rates within the run.
    for (const bar of bars) {
      const ours = samples.get(`${bar.case} ${bar.impl}`)!
      const theirs = samples.get(`${bar.case} ${bar.than}`)!
      const ratios = ours.map((rate, round) => rate / theirs[round]!).sort((a, b) => a - b)
      const shown = (r: number) => bar.atLeast >= 2 ? `${r.toFixed(2)}×` : `${(r * 100).toFixed(0)}%`
      console.log(
        `  ${bar.impl} / ${bar.than} at ${bar.case}: median of per-round ratios ${shown(median(ratios))}` +
          ` (rounds ${shown(ratios[0]!)}–${shown(ratios[ratios.length - 1]!)})`
      )
    }
    return cases.flatMap((c) =>
      drivers.map(({ impl }) => ({
        suite: "e2e" as const,
        case: c.name,
        impl,
        unit: "calls/s" as const,
        value: Math.round(median(samples.get(`${c.name} ${impl}`)!))
      }))
    )
  } finally {
    for (const { driver } of drivers) await driver.close()
    await server.close()
  }
}
