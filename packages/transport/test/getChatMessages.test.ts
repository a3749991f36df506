/**
 * GetChatMessages on real sockets, on every layer: the request sent, the
 * array decoded, the size limit enforced while the body streams in.
 */
import { describe, expect, it } from "@effect/vitest"
import { ChatMessage, GetChatMessages } from "@so-chat/core"
import { Cause, DateTime, Effect, Exit, Fiber, Option, Schedule, Stream } from "effect"
import type * as http from "node:http"
import { layers } from "./support/layers.js"
import { loopback } from "./support/loopback.js"
import type { Seen } from "./support/scripted.js"
import { page, scriptedHandler } from "./support/scripted.js"
import { TICKET, withAgent } from "./support/suite.js"

const messages = [
  new ChatMessage.ChatMessage({
    chatMessageId: 11,
    chatSessionId: 42,
    type: "ToUser",
    message: "Where is <my> order & why?",
    author: "Customer",
    readByCustomer: 1,
    specialType: "None",
    specialParam: null,
    whenPosted: DateTime.unsafeMake("2024-05-06T07:08:09.123Z")
  }),
  new ChatMessage.ChatMessage({
    chatMessageId: 12,
    chatSessionId: 42,
    type: "Special",
    message: "",
    author: null,
    specialType: "Options",
    specialParam: "[\"Yes\",\"No\"]",
    whenPosted: DateTime.unsafeMake("2024-05-06T07:09:00Z")
  })
]

const failureOf = <A, E>(exit: Exit.Exit<A, E>): E => {
  if (Exit.isSuccess(exit)) throw new Error("expected a failure")
  return Option.getOrThrow(Cause.failureOption(exit.cause))
}

/** Streams a well-formed start of a huge GetChatMessages answer, chunked, honouring back pressure. */
const endless =
  (state: { written: number; closed: boolean; finished: boolean }, total: number) =>
  (_q: unknown, res: http.ServerResponse, socket: import("node:net").Socket) => {
    socket.on("close", () => {
      state.closed = true
    })
    res.writeHead(200, { "content-type": "text/xml; charset=utf-8" }) // no length: chunked
    const one = page([messages[0]!]).xml
    const item = one.slice(one.indexOf("<ChatMessage>"), one.indexOf("</ChatMessage>") + "</ChatMessage>".length)
    const chunk = Buffer.from(item.repeat(Math.ceil(64 * 1024 / item.length)))
    const head = one.slice(0, one.indexOf("<ChatMessage>"))
    res.write(head)
    const pump = () => {
      while (!state.closed && state.written < total) {
        state.written += chunk.length
        if (!res.write(chunk)) return void res.once("drain", pump)
      }
      if (state.written >= total) {
        state.finished = true
        res.end(one.slice(one.indexOf("</ChatMessage>") + "</ChatMessage>".length))
      }
    }
    res.on("error", () => {})
    pump()
  }

describe("GetChatMessages on a real socket", () => {
  for (const [name, layer] of Object.entries(layers)) {
    it.live(`${name}: sends the session and the id, decodes every field of every message`, () =>
      Effect.gen(function*() {
        const seen: Array<Seen> = []
        const server = yield* loopback(scriptedHandler(() => page(messages), seen))
        const got = yield* withAgent(
          layer,
          server.url,
          {},
          (agent) => Effect.all([agent.getChatMessages(42, 10), agent.getChatMessages(42)])
        )
        expect(got[0]).toEqual(messages)
        expect(got[1]).toEqual(messages)
        expect(seen.map((s) => [s.operation, s.path, s.ticket, s.body])).toEqual([
          ["GetChatMessages", "/Remote/Services88/Chat.svc", TICKET, { chatSessionId: 42, after: 10 }],
          ["GetChatMessages", "/Remote/Services88/Chat.svc", TICKET, { chatSessionId: 42, after: 0 }]
        ])
        expect(server.received[0]!.headers["soapaction"]).toBe(`"${GetChatMessages.operation.soapAction}"`)
      }).pipe(Effect.scoped))

    it.live(`${name}: an empty array is no messages; a nil one is MissingResult`, () =>
      Effect.gen(function*() {
        let nil = false
        const server = yield* loopback(scriptedHandler(() =>
          nil
            ? {
              status: 200,
              xml: page([]).xml.replace(
                /<Response[^>]*\/>|<Response[^>]*><\/Response>/,
                "<Response xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\" i:nil=\"true\"/>"
              )
            }
            : page([])
        ))
        const empty = yield* withAgent(layer, server.url, {}, (agent) => agent.getChatMessages(42, 0))
        expect(empty).toEqual([])
        nil = true
        const exit = yield* withAgent(layer, server.url, {}, (agent) => agent.getChatMessages(42, 0)).pipe(Effect.exit)
        const error = failureOf(exit)
        expect(error._tag === "UndecodableResponse" && error.reason).toBe("MissingResult")
      }).pipe(Effect.scoped))

    it.live(`${name}: a nil item is UndecodableResponse naming it; the generic call gives it as null`, () =>
      Effect.gen(function*() {
        const server = yield* loopback(scriptedHandler(() => ({
          status: 200,
          xml: page(messages).xml.replace(
            "</Response>",
            "<ChatMessage xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\" i:nil=\"true\"/></Response>"
          )
        })))
        const exit = yield* withAgent(layer, server.url, {}, (agent) => agent.getChatMessages(42, 0)).pipe(Effect.exit)
        const error = failureOf(exit)
        expect(error._tag === "UndecodableResponse" && [error.reason, error.status]).toEqual(["InvalidValue", 200])
        expect(error.message).toContain("Response/ChatMessage[2] is nil")
        const raw = yield* withAgent(
          layer,
          server.url,
          {},
          (agent) => agent.call(GetChatMessages.operation, { chatSessionId: 42, after: 0 })
        )
        expect(raw.response).toEqual([...messages, null])
      }).pipe(Effect.scoped))

    it.live(
      `${name}: a streamed answer past maxResponseBytes is refused without reading it whole`,
      () =>
        Effect.gen(function*() {
          const state = { written: 0, closed: false, finished: false }
          const total = 256 * 1024 * 1024
          const server = yield* loopback(endless(state, total))
          const exit = yield* withAgent(
            layer,
            server.url,
            { maxResponseBytes: 1024 * 1024, timeout: "20 seconds" },
            (agent) => agent.getChatMessages(42, 0)
          ).pipe(Effect.exit)
          const error = failureOf(exit)
          expect(error._tag).toBe("ResponseTooLarge")
          if (error._tag === "ResponseTooLarge") {
            expect(error.maxBytes).toBe(1024 * 1024)
            expect(error.declaredBytes).toBeNull()
          }
          // The client closed the connection: the server never got to write it all.
          for (let i = 0; i < 200 && !state.closed; i++) yield* Effect.sleep("10 millis")
          expect(state.closed).toBe(true)
          expect(state.finished).toBe(false)
          expect(state.written).toBeLessThan(total / 4)
        }).pipe(Effect.scoped),
      30_000
    )
  }

  it.live("follow over a real socket: interrupting it stops the requests", () =>
    Effect.gen(function*() {
      const seen: Array<Seen> = []
      let next = 0
      const server = yield* loopback(scriptedHandler(() =>
        page(next < 3 ? [new ChatMessage.ChatMessage({ ...messages[0]!, chatMessageId: ++next })] : []), seen))
      const emitted = yield* withAgent(layers["ChatAgent.layerNode (undici, throughput)"], server.url, {}, (agent) =>
        Effect.gen(function*() {
          const out: Array<number> = []
          const fiber = yield* agent.follow(42, { schedule: Schedule.spaced("20 millis") }).pipe(
            Stream.runForEach((m) =>
              Effect.sync(() =>
                out.push(m.chatMessageId)
              )
            ),
            Effect.fork
          )
          while (seen.length < 6) {
            yield* Effect.sleep("5 millis")
          }
          yield* Fiber.interrupt(fiber)
          const count = seen.length
          yield* Effect.sleep("200 millis")
          expect(seen.length).toBe(count)
          return out
        }))
      expect(emitted).toEqual([1, 2, 3])
    }).pipe(Effect.scoped))
})
