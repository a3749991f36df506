/**
 * Replay over real HTTP: every one of the 36 operations called through
 * ChatAgent's and SoPrincipal's methods over a loopback socket, each
 * decoded answer checked against the operation's documented response.
 */
import { addEqualityTesters, describe, expect, it, layer } from "@effect/vitest"
import { Envelope, SoapVersion } from "@so-chat/core"
import * as ChatService from "@so-chat/core/generated/services/Chat"
import * as SoPrincipalService from "@so-chat/core/generated/services/SoPrincipal"
import type * as Operation from "@so-chat/core/Operation"
import { Fixtures, Replay } from "@so-chat/testkit"
import { ChatAgent, SoPrincipal } from "@so-chat/transport"
import { Effect, Either } from "effect"
import { SERVICES88 } from "./soap.js"

addEqualityTesters()

/** The documented request's and response's bodies of an operation, decoded straight from the files. */
const documented = (op: Operation.Operation.Any) => {
  const name = op.name as Fixtures.OperationName
  const request = Either.getOrThrow(Envelope.decodeRequest([op], Fixtures.documented(name, "request"))).body
  const response = Either.getOrThrow(Envelope.decodeResponse(op, Fixtures.documented(name, "response"))).body
  return { request: request as Record<string, unknown>, response: response as Record<string, unknown> }
}

/** What a method of the generated table returns for a response body. */
const resultOf = (method: Operation.Method, body: Record<string, unknown>): unknown =>
  method.result._tag === "Field" ? body[method.result.field] : method.result._tag === "Void" ? undefined : body

/** A class instance's own fields, so the hand-written and the generated ChatMessage compare by value. */
const fields = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(fields) : typeof value === "object" && value !== null ? { ...value } : value

const table = [
  ...ChatService.methods.map((m) => ["ChatAgent", m] as const),
  ...SoPrincipalService.methods.map((m) => ["SoPrincipal", m] as const)
]

describe("Replay.layerServer: the documented answers over a loopback socket", () => {
  it("covers the 36 operations, each once", () => {
    expect(table).toHaveLength(36)
    expect(new Set(table.map(([, m]) => m.name))).toEqual(
      new Set([...Fixtures.operations.Chat, ...Fixtures.operations.SoPrincipal])
    )
  })

  for (const soapVersion of ["1.1", "1.2"] as const) {
    // one server and one pair of clients for the 36 calls, as an application has them
    layer(Replay.layerServer({ client: { soapVersion } }))(`SOAP ${soapVersion}`, (it) => {
      it.effect.each(table.map(([service, m]) => [`${service}.${m.method}`, service, m] as const))(
        "%s, with the documented request's values, decodes to the documented response",
        ([, service, method]) =>
          Effect.gen(function*() {
            const op = yield* Effect.promise(method.operation)
            const { request, response } = documented(op)
            const args = method.parameters.map((p) => request[p])
            // The documented message has type Invalid (NetServer's 0), which
            // ChatAgent refuses to post; any other type gets the same answer.
            if (method.method === "addChatMessage") args[1] = { ...(args[1] as object), type: "ToCustomer" }
            const target: Record<string, (...args: ReadonlyArray<unknown>) => Effect.Effect<unknown, unknown>> =
              service === "ChatAgent"
                ? (yield* ChatAgent.ChatAgent) as any
                : (yield* SoPrincipal.SoPrincipal) as any
            const got = yield* target[method.method]!(...args)
            const expected = resultOf(method, response)
            if (method.method === "addChatMessage" || method.method === "getChatMessages") {
              // the conveniences give core's hand-written ChatMessage, field for field the generated one
              expect(fields(got)).toEqual(fields(expected))
            } else {
              expect(got).toEqual(expected)
            }
            const { port, url } = yield* Replay.ReplayServer
            expect(port).toBeGreaterThan(0)
            expect(url.hostname).toBe("127.0.0.1")
          })
      )
    })
  }

  it.scoped("answers any HTTP client: the documented bytes for a raw POST, in the version asked", () =>
    Effect.gen(function*() {
      const { chatUrl } = yield* Replay.ReplayServer
      for (const version of ["1.1", "1.2"] as const) {
        const action = `${SERVICES88}/Chat/GetChatTopicEntity`
        const response = yield* Effect.promise(() =>
          fetch(chatUrl, {
            method: "POST",
            headers: version === "1.1"
              ? { "content-type": "text/xml; charset=utf-8", soapaction: `"${action}"` }
              : { "content-type": `application/soap+xml; charset=utf-8; action="${action}"` },
            body: "<x/>"
          })
        )
        expect(response.status).toBe(200)
        expect(response.headers.get("content-type")).toBe(`${SoapVersion.mediaType[version]}; charset=utf-8`)
        expect(yield* Effect.promise(() => response.text())).toBe(
          Replay.documentedResponse(version, "GetChatTopicEntity")
        )
      }
    }).pipe(Effect.provide(Replay.serve())))

  it.scoped("serves recorded exchanges in order, bytes as recorded; past the last, a 500 saying so", () =>
    Effect.gen(function*() {
      const { chatUrl } = yield* Replay.ReplayServer
      const post = Effect.promise(() =>
        fetch(chatUrl, {
          method: "POST",
          headers: {
            "content-type": "text/xml; charset=utf-8",
            soapaction: `"${SERVICES88}/Chat/DeleteChatTopicEntity"`
          },
          body: "<x/>"
        }).then(async (r) => ({ status: r.status, type: r.headers.get("content-type"), body: await r.bytes() }))
      )
      expect(yield* post).toEqual({ status: 503, type: "text/html", body: new TextEncoder().encode("busy") })
      // not valid UTF-8: served as recorded, not re-encoded
      expect(yield* post).toEqual({ status: 200, type: "text/xml; charset=utf-8", body: new Uint8Array([0xff, 0xfe]) })
      const past = yield* post
      expect(past.status).toBe(500)
      expect(new TextDecoder().decode(past.body)).toMatch(/all 2 recorded exchange\(s\) for the action .*were used/)
    }).pipe(Effect.provide(Replay.serve({
      exchanges: [
        { action: "DeleteChatTopicEntity", status: 503, contentType: "text/html", body: "busy" },
        { action: "DeleteChatTopicEntity", body: new Uint8Array([0xff, 0xfe]) }
      ]
    }))))

  it.scoped("an action of no operation gets a 500 naming it, and the server goes on answering", () =>
    Effect.gen(function*() {
      const { chatUrl } = yield* Replay.ReplayServer
      const post = (action: string) =>
        Effect.promise(() =>
          fetch(chatUrl, {
            method: "POST",
            headers: { "content-type": "text/xml; charset=utf-8", soapaction: `"${action}"` },
            body: "<x/>"
          }).then(async (r) => ({ status: r.status, text: await r.text() }))
        )
      const refused = yield* post(`${SERVICES88}/Chat/GetChatMessage`)
      expect(refused.status).toBe(500)
      expect(refused.text).toContain(`no answer for the action "${SERVICES88}/Chat/GetChatMessage"`)
      expect((yield* post(`${SERVICES88}/SoPrincipal/GetSystemInfo`)).text).toBe(
        Replay.documentedResponse("1.1", "GetSystemInfo")
      )
    }).pipe(Effect.provide(Replay.serve())))
})
