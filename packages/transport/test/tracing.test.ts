import { describe, expect, it } from "@effect/vitest"
import { AddChatMessage } from "@so-chat/core"
import { Effect, Exit, Fiber, FiberRef, Option } from "effect"
import { layers } from "./support/layers.js"
import { loopback, send, wcfResponse11 } from "./support/loopback.js"
import { recordingSpans } from "./support/observe.js"
import { withAgent } from "./support/suite.js"

const attributes = (span: { readonly attributes: ReadonlyMap<string, unknown> }) => Object.fromEntries(span.attributes)

describe("each call is a client span with OpenTelemetry attribute names", () => {
  for (const [name, layer] of Object.entries(layers)) {
    it.live(`${name}: success and failure`, () =>
      Effect.gen(function*() {
        let fail = false
        const server = yield* loopback((_q, res) =>
          fail
            ? send(res, 503, "text/html", "<h1>Service Unavailable</h1>")
            : send(res, 200, "text/xml", wcfResponse11({ chatMessageId: 31, chatSessionId: 7, message: "m" }))
        )
        const { spans } = yield* recordingSpans(
          withAgent(layer, server.url, {}, (agent) =>
            Effect.gen(function*() {
              yield* agent.addChatMessage(7, { message: "m" })
              fail = true
              yield* Effect.exit(agent.addChatMessage(7, { message: "m" }))
            }))
        )
        const ours = spans.filter((s) => s.name === "Chat/AddChatMessage")
        expect(ours).toHaveLength(2)
        const [ok, failed] = ours as [typeof ours[0], typeof ours[0]]
        const common = {
          "rpc.system": "soap",
          "rpc.service": "Chat",
          "rpc.method": "AddChatMessage",
          "server.address": "127.0.0.1",
          "server.port": server.port,
          "url.full": `${server.url}Remote/Services88/Chat.svc`,
          "soap.version": "1.1",
          "soap.action": AddChatMessage.operation.soapAction
        }
        expect(ok.kind).toBe("client")
        expect(attributes(ok)).toEqual({
          ...common,
          "http.response.status_code": 200,
          "so_chat.outcome": "Succeeded",
          "so_chat.chat_message_id": 31
        })
        expect(attributes(failed)).toEqual({
          ...common,
          "http.response.status_code": 503,
          "error.type": "UnexpectedStatus",
          "so_chat.outcome": "Unknown",
          "so_chat.attempts": 1
        })
        expect(ok.status._tag === "Ended" && Exit.isSuccess(ok.status.exit)).toBe(true)
        expect(failed.status._tag === "Ended" && Exit.isFailure(failed.status.exit)).toBe(true)
        // An HttpClient's own span, if the layer has one, is a child of ours.
        for (const child of spans.filter((s) => s.name !== "Chat/AddChatMessage")) {
          const parent = Option.getOrUndefined(child.parent)
          expect(parent === ok || parent === failed, child.name).toBe(true)
        }
      }).pipe(Effect.scoped))
  }
})

describe("trace context reaches the server through an HttpClient layer", () => {
  const httpLayers = Object.entries(layers).filter(([name]) => name.includes("HttpClient"))
  for (const [name, layer] of httpLayers) {
    it.live(`${name}: traceparent carries our span's trace id; none without a tracer`, () =>
      Effect.gen(function*() {
        const server = yield* loopback((_q, res) =>
          send(res, 200, "text/xml", wcfResponse11({ chatMessageId: 1, chatSessionId: 7, message: "m" }))
        )
        const call = withAgent(layer, server.url, {}, (agent) => agent.addChatMessage(7, { message: "m" }))
        const { spans } = yield* recordingSpans(call)
        const ours = spans.find((s) => s.name === "Chat/AddChatMessage")!
        expect(server.received[0]!.headers["traceparent"]).toContain(ours.traceId)
        // With Effect's built-in tracer nothing is collected, so nothing is made or sent.
        yield* call
        expect(server.received[1]!.headers["traceparent"]).toBeUndefined()
      }).pipe(Effect.scoped))
  }
})

describe("a call leaves the caller's fiber as it found it", () => {
  // An HttpClient layer puts the call's scope into the context and turns the
  // client's own span off for the call; both must be undone on every end.
  for (const [name, layer] of Object.entries(layers)) {
    it.live(`${name}: the same context and tracing after a success, a failure, a timeout and an interruption`, () =>
      Effect.gen(function*() {
        let answer: "ok" | "fail" | "stall" = "ok"
        const server = yield* loopback((_q, res) => {
          if (answer === "ok") {
            send(res, 200, "text/xml", wcfResponse11({ chatMessageId: 1, chatSessionId: 7, message: "m" }))
          } else if (answer === "fail") send(res, 503, "text/html", "<h1>Service Unavailable</h1>")
        })
        const seen: Array<{ readonly after: string; readonly sameContext: boolean; readonly tracing: boolean }> = []
        yield* withAgent(layer, server.url, { timeout: "300 millis" }, (agent) =>
          Effect.gen(function*() {
            const before = yield* Effect.context<never>()
            const look = (after: string) =>
              Effect.gen(function*() {
                const context = yield* Effect.context<never>()
                seen.push({
                  after,
                  sameContext: context === before,
                  tracing: yield* FiberRef.get(FiberRef.currentTracerEnabled)
                })
              })
            const post = agent.addChatMessage(7, { message: "m" })
            expect(Exit.isSuccess(yield* Effect.exit(post))).toBe(true)
            yield* look("a success")
            answer = "fail"
            expect(Exit.isFailure(yield* Effect.exit(post))).toBe(true)
            yield* look("a failure")
            answer = "stall"
            expect(Exit.isFailure(yield* Effect.exit(post))).toBe(true)
            yield* look("a timeout")
            // What runs after an interruption (a finalizer) runs on the interrupted fiber.
            const fiber = yield* Effect.fork(Effect.ensuring(post, look("an interruption")))
            while (server.posts() < 4) yield* Effect.sleep("5 millis")
            yield* Fiber.interrupt(fiber)
          }))
        expect(seen).toEqual(
          ["a success", "a failure", "a timeout", "an interruption"].map((after) => ({
            after,
            sameContext: true,
            tracing: true
          }))
        )
      }).pipe(Effect.scoped))
  }
})
