import { describe, expect, it } from "@effect/vitest"
import { ChatMessage } from "@so-chat/core"
import type { ChatAgentError } from "@so-chat/transport"
import { ChatAgentError as E, NetServerConfig } from "@so-chat/transport"
import { Effect, Exit, Fiber, Schedule, TestClock } from "effect"
import * as http from "node:http"
import { layers } from "./support/layers.js"
import { loopback, refusedPort, send, wcfResponse11 } from "./support/loopback.js"
import { capturingLogs, recordingSpans } from "./support/observe.js"
import { withAgent } from "./support/suite.js"

const url = "https://sod.superoffice.com/Cust1/Remote/Services88/Chat.svc"

const errors: ReadonlyArray<readonly [ChatAgentError.ChatAgentError, number]> = [
  [new E.ConnectionFailed({ reason: "Refused", url, detail: "connect ECONNREFUSED" }), 4],
  [new E.ConnectionFailed({ reason: "DnsFailure", url, detail: "getaddrinfo ENOTFOUND" }), 4],
  [new E.ConnectionFailed({ reason: "Tls", url, detail: "certificate has expired" }), 1],
  [new E.ConnectionFailed({ reason: "Unreachable", url, detail: "EHOSTUNREACH" }), 1],
  [new E.ConnectionFailed({ reason: "ConnectTimeout", url, detail: "no connection" }), 1],
  [new E.Timeout({ url, timeoutMillis: 1000, responseStarted: false }), 1],
  [new E.ConnectionLost({ url, responseStarted: false, detail: "other side closed" }), 1],
  [new E.ConnectionLost({ url, responseStarted: true, detail: "read ECONNRESET" }), 1],
  [new E.UnexpectedStatus({ url, status: 503, contentType: null, excerpt: "" }), 1],
  [new E.ResponseTooLarge({ url, maxBytes: 1, declaredBytes: null }), 1]
]

describe("the default retry policy", () => {
  for (const [error, attempts] of errors) {
    it.effect(`${error._tag}${"reason" in error ? ` (${error.reason})` : ""}: ${attempts} attempt(s)`, () =>
      Effect.gen(function*() {
        let count = 0
        const fiber = yield* Effect.fork(
          Effect.retry(Effect.suspend(() => (count++, Effect.fail(error))), NetServerConfig.defaultRetry)
        )
        yield* TestClock.adjust("10 seconds")
        const exit = yield* Fiber.await(fiber)
        expect(exit).toEqual(Exit.fail(error))
        expect(count).toBe(attempts)
      }))
  }

  it.effect("backs off about 250 ms, 500 ms, 1 s (jittered) and then gives up", () =>
    Effect.gen(function*() {
      const at: Array<number> = []
      const refused = errors[0]![0]
      const fiber = yield* Effect.fork(
        Effect.retry(
          Effect.suspend(() => Effect.flatMap(TestClock.currentTimeMillis, (t) => (at.push(t), Effect.fail(refused)))),
          NetServerConfig.defaultRetry
        )
      )
      for (let i = 0; i < 100; i++) yield* TestClock.adjust("50 millis")
      yield* Fiber.await(fiber)
      const gaps = at.slice(1).map((t, i) => t - at[i]!)
      expect(gaps).toHaveLength(3)
      // jitter is ±20%, and the test clock advances in 50 ms steps
      expect(gaps[0]).toBeGreaterThanOrEqual(200)
      expect(gaps[0]).toBeLessThanOrEqual(350)
      expect(gaps[1]).toBeGreaterThanOrEqual(400)
      expect(gaps[1]).toBeLessThanOrEqual(650)
      expect(gaps[2]).toBeGreaterThanOrEqual(800)
      expect(gaps[2]).toBeLessThanOrEqual(1250)
    }))
})

const listenOn = (port: number, server: http.Server) =>
  Effect.acquireRelease(
    Effect.async<void>((resume) => {
      server.listen(port, "127.0.0.1", () => resume(Effect.void))
    }),
    () =>
      Effect.async<void>((resume) => {
        server.closeAllConnections()
        server.close(() => resume(Effect.void))
      })
  )

describe("retries on a real socket", () => {
  for (const [name, layer] of Object.entries(layers)) {
    it.live(`${name}: a server that comes up after refusals gets the message exactly once`, () =>
      Effect.gen(function*() {
        const port = yield* refusedPort
        let posts = 0
        const server = http.createServer((req, res) => {
          req.resume()
          req.on("end", () => {
            posts++
            send(res, 200, "text/xml", wcfResponse11({ chatMessageId: 8, chatSessionId: 1, message: "m" }))
          })
        })
        const { spans, value: fiber } = yield* recordingSpans(
          Effect.fork(
            withAgent(layer, `http://127.0.0.1:${port}/`, {
              retry: NetServerConfig.retryWhileNotSent(Schedule.spaced("20 millis").pipe(Schedule.upTo("5 seconds")))
            }, (agent) => agent.addChatMessage(1, new ChatMessage.ChatMessage({ type: "ToCustomer", message: "once" })))
          )
        )
        yield* Effect.sleep("100 millis")
        yield* listenOn(port, server)
        const posted = yield* Fiber.join(fiber)
        expect(posted.chatMessageId).toBe(8)
        expect(posts).toBe(1)
        const span = spans.find((s) => s.name === "Chat/AddChatMessage")!
        expect(span.attributes.get("so_chat.attempts")).toBeGreaterThan(1)
      }).pipe(Effect.scoped))
  }

  it.live("a policy replaces the default: one that retries everything doubles posts, as it says", () =>
    Effect.gen(function*() {
      const server = yield* loopback(() => {}) // stalls
      const layer = layers["ChatAgent.layerNode (undici, throughput)"]
      const unsafe = yield* withAgent(
        layer,
        server.url,
        { timeout: "100 millis", retry: Schedule.recurs(2) },
        (agent) => Effect.exit(agent.addChatMessage(1, { message: "m" }))
      )
      expect(Exit.isFailure(unsafe)).toBe(true)
      expect(server.posts()).toBe(3)
      const safe = yield* withAgent(
        layer,
        server.url,
        { timeout: "100 millis", retry: NetServerConfig.retryWhileNotSent(Schedule.recurs(2)) },
        (agent) => Effect.exit(agent.addChatMessage(1, { message: "m" }))
      )
      expect(Exit.isFailure(safe)).toBe(true)
      expect(server.posts()).toBe(4)
    }).pipe(Effect.scoped))
})

describe("the retry log", () => {
  const layer = layers["ChatAgent.layerNode (undici, throughput)"]

  it.live("has a line for each failure that is tried again, saying when, and none for the last", () =>
    Effect.gen(function*() {
      const port = yield* refusedPort
      const { lines, value: exit } = yield* capturingLogs(
        withAgent(layer, `http://127.0.0.1:${port}/`, {
          retry: NetServerConfig.retryWhileNotSent(
            Schedule.spaced("30 millis").pipe(Schedule.intersect(Schedule.recurs(2)))
          )
        }, (agent) => Effect.exit(agent.addChatMessage(1, { message: "m" })))
      )
      expect(Exit.isFailure(exit)).toBe(true)
      const attempts = lines.filter((l) => l.includes("attempt"))
      expect(attempts).toHaveLength(2)
      attempts.forEach((line, i) => {
        expect(line).toContain(`AddChatMessage attempt ${i + 1} failed: Could not connect`)
        expect(line).toMatch(/Retrying in \d+ ms\./)
      })
    }))

  it.live("is empty when nothing is retried (a timeout)", () =>
    Effect.gen(function*() {
      const server = yield* loopback(() => {}) // stalls
      const { lines, value: exit } = yield* capturingLogs(
        withAgent(layer, server.url, { timeout: "100 millis" }, (agent) =>
          Effect.exit(agent.addChatMessage(1, { message: "m" })))
      )
      expect(Exit.isFailure(exit)).toBe(true)
      expect(lines.filter((l) =>
        l.includes("attempt") || l.includes("etry")
      )).toEqual([])
    }).pipe(Effect.scoped))
})
