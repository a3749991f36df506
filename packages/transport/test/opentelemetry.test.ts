/**
 * The spans as an application sees them: @effect/opentelemetry's `NodeSdk`
 * with the OpenTelemetry SDK's in-memory exporter, every ChatAgent and
 * SoPrincipal layer, against the testkit's fake NetServer over loopback HTTP.
 * Each call is one client span with the attributes docs/transport.md lists,
 * its outcome, under the application's span, and no secret anywhere in it.
 */
import { NodeSdk } from "@effect/opentelemetry"
import { describe, expect, it } from "@effect/vitest"
import { SpanKind, SpanStatusCode } from "@opentelemetry/api"
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base"
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base"
import { AddChatMessage, AuthenticateUsernamePassword, Envelope, GetChatMessages } from "@so-chat/core"
import * as ChatService from "@so-chat/core/generated/services/Chat"
import * as SoPrincipalService from "@so-chat/core/generated/services/SoPrincipal"
import type * as Operation from "@so-chat/core/Operation"
import { FakeNetServer, FakeNetServerHttp, Fixtures, Replay } from "@so-chat/testkit"
import { ChatAgent, NetServerConfig, SoPrincipal, TicketSource } from "@so-chat/transport"
import { Effect, Either, Exit, Layer, Redacted } from "effect"
import { layers, principalLayers } from "./support/layers.js"

// Unique strings, so finding one anywhere in a span is a leak, not a coincidence.
const PASSWORD = "pw-SECRET-41d7e0"
const TICKET = "7T:SECRET-c0ffee1=="
const LOGIN_TICKET = "7T:SECRET-9a1b2c3=="
const APP_TOKEN = "token-SECRET-5e2f88"
const SECRETS = [PASSWORD, TICKET, LOGIN_TICKET, APP_TOKEN, "SECRET"]

const fake = FakeNetServerHttp.layer({
  online: true,
  applicationTokens: [APP_TOKEN],
  users: [{ username: "ada", password: PASSWORD, ticket: TICKET }],
  issueTicket: () => LOGIN_TICKET,
  chatSessionIds: [7]
})

// A shut-down InMemorySpanExporter forgets its spans; this one keeps them for the test to read.
class KeepingExporter extends InMemorySpanExporter {
  override shutdown() {
    return Promise.resolve()
  }
}

/** Runs `effect` under an application span, with an OpenTelemetry SDK that keeps every finished span. */
const traced = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.gen(function*() {
    const exporter = new KeepingExporter()
    const value = yield* effect.pipe(
      Effect.withSpan("application"),
      Effect.provide(NodeSdk.layer(() => ({
        resource: { serviceName: "so-chat-test" },
        spanProcessor: new SimpleSpanProcessor(exporter)
      }))),
      Effect.exit
    )
    // The SDK has shut down with the layer's scope: every span is in, and the exporter kept them.
    return { value, spans: exporter.getFinishedSpans() }
  })

const byName = (spans: ReadonlyArray<ReadableSpan>, name: string) => spans.filter((s) => s.name === name)
const one = (spans: ReadonlyArray<ReadableSpan>, name: string): ReadableSpan => {
  const found = byName(spans, name)
  expect(found.map((s) => s.name), name).toEqual([name])
  return found[0]!
}
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId

/** Everything a span carries that an exporter sends, as one text. */
const exported = (span: ReadableSpan) =>
  JSON.stringify({
    name: span.name,
    attributes: span.attributes,
    events: span.events.map((e) => ({ name: e.name, attributes: e.attributes })),
    status: span.status,
    links: span.links,
    resource: span.resource.attributes
  })

const expectNoSecret = (spans: ReadonlyArray<ReadableSpan>) => {
  for (const span of spans) {
    const text = exported(span)
    for (const secret of SECRETS) expect(text.includes(secret), `${secret} in ${text}`).toBe(false)
  }
}

/** The attributes every call's span has, by the guide's table. */
const common = (
  url: URL,
  service: "Chat" | "SoPrincipal",
  operation: { readonly name: string; readonly soapAction: string }
) => ({
  "rpc.system": "soap",
  "rpc.service": service,
  "rpc.method": operation.name,
  "server.address": "127.0.0.1",
  "server.port": Number(url.port),
  "url.full": new URL(`Remote/Services88/${service}.svc`, url).href,
  "soap.version": "1.1",
  "soap.action": operation.soapAction
})

/** An HttpClient's own `http.client` span, where the layer has one, is a child of the call's span. */
const expectHttpSpansUnder = (spans: ReadonlyArray<ReadableSpan>, calls: ReadonlyArray<ReadableSpan>) => {
  const ids = new Set(calls.map((c) => c.spanContext().spanId))
  const http = spans.filter((s) => s.kind === SpanKind.CLIENT && !calls.includes(s))
  for (const span of http) expect(ids.has(parentOf(span)!), span.name).toBe(true)
  return http.length
}

describe("ChatAgent: each call is one client span under the application's", () => {
  for (const [name, layer] of Object.entries(layers)) {
    it.live(`${name}: a post, a read and a refused post`, () =>
      Effect.gen(function*() {
        const http = yield* FakeNetServerHttp.FakeNetServerHttp
        const agent = layer.pipe(Layer.provide(Layer.orDie(NetServerConfig.layer({
          url: http.url,
          ticket: Redacted.make(TICKET),
          applicationToken: Redacted.make(APP_TOKEN)
        }))))
        const { spans, value } = yield* traced(
          Effect.gen(function*() {
            const chat = yield* ChatAgent.ChatAgent
            const posted = yield* chat.addChatMessage(7, { type: "ToCustomer", message: "hello" })
            const read = yield* chat.getChatMessages(7)
            const refused = yield* Effect.exit(chat.addChatMessage(8, { type: "ToCustomer", message: "lost" }))
            return { posted, read, refused }
          }).pipe(Effect.provide(agent))
        )
        // The secrets did travel: finding none below means something.
        const sent = (yield* FakeNetServer.requests).map((r) => r.headers?.ticket && Redacted.value(r.headers.ticket))
        expect(sent).toEqual([TICKET, TICKET, TICKET])
        expect(Exit.isSuccess(value)).toBe(true)
        if (!Exit.isSuccess(value)) return
        expect(Exit.isFailure(value.value.refused)).toBe(true)

        const application = one(spans, "application")
        const posts = byName(spans, "Chat/AddChatMessage")
        expect(posts).toHaveLength(2)
        const [posted, refused] = posts as [ReadableSpan, ReadableSpan]
        const read = one(spans, "Chat/GetChatMessages")
        const calls = [posted, read, refused]
        for (const call of calls) {
          expect(call.kind, call.name).toBe(SpanKind.CLIENT)
          expect(parentOf(call), call.name).toBe(application.spanContext().spanId)
          expect(call.spanContext().traceId).toBe(application.spanContext().traceId)
        }
        expect(posted.attributes).toEqual({
          ...common(http.url, "Chat", AddChatMessage.operation),
          "http.response.status_code": 200,
          "so_chat.outcome": "Succeeded",
          "so_chat.chat_message_id": value.value.posted.chatMessageId
        })
        expect(posted.status.code).toBe(SpanStatusCode.OK)
        expect(read.attributes).toEqual({
          ...common(http.url, "Chat", GetChatMessages.operation),
          "http.response.status_code": 200,
          "so_chat.outcome": "Succeeded",
          "so_chat.message_count": 1
        })
        expect(read.status.code).toBe(SpanStatusCode.OK)
        // An unknown session: NetServer's ExceptionInfo, so nothing was posted.
        expect(refused.attributes).toEqual({
          ...common(http.url, "Chat", AddChatMessage.operation),
          "http.response.status_code": 200,
          "error.type": "NetServerException",
          "so_chat.outcome": "NotPosted",
          "so_chat.attempts": 1
        })
        expect(refused.status.code).toBe(SpanStatusCode.ERROR)
        expect(refused.events.map((e) => e.name)).toEqual(["exception"])
        // layerNode drives undici itself; every other layer's HttpClient makes one span per request.
        expect(expectHttpSpansUnder(spans, calls)).toBe(name.startsWith("ChatAgent.layerNode (") ? 0 : 3)
        expectNoSecret(spans)
      }).pipe(Effect.provide(fake), Effect.scoped))
  }
})

describe("SoPrincipal: a login is one client span, inside TicketSource's", () => {
  for (const [name, principal] of Object.entries(principalLayers)) {
    it.live(`${name}: a login, a call with its ticket, a wrong password`, () =>
      Effect.gen(function*() {
        const http = yield* FakeNetServerHttp.FakeNetServerHttp
        const config = Layer.orDie(NetServerConfig.layer({ url: http.url, applicationToken: Redacted.make(APP_TOKEN) }))
        const loggedIn = (password: string) =>
          ChatAgent.layerNode.pipe(
            Layer.provide(TicketSource.login({ userName: "ada", password: Redacted.make(password) })),
            Layer.provide(principal),
            Layer.provide(config)
          )
        const post = Effect.flatMap(ChatAgent.ChatAgent, (chat) => chat.addChatMessage(7, { message: "hi" }))
        const good = yield* traced(Effect.provide(post, loggedIn(PASSWORD)))
        const bad = yield* traced(Effect.provide(post, loggedIn(`${PASSWORD}-wrong`)))
        const sent = (yield* FakeNetServer.requests).map((r) => r.operation)
        expect(sent).toEqual(["AuthenticateUsernamePassword", "AddChatMessage", "AuthenticateUsernamePassword"])
        expect(Exit.isSuccess(good.value)).toBe(true)
        expect(Exit.isFailure(bad.value)).toBe(true)

        for (const [{ spans }, ok] of [[good, true], [bad, false]] as const) {
          const application = one(spans, "application")
          const login = one(spans, "TicketSource/login")
          const authenticate = one(spans, "SoPrincipal/AuthenticateUsernamePassword")
          const posts = byName(spans, "Chat/AddChatMessage")
          expect(login.kind).toBe(SpanKind.INTERNAL)
          expect(login.attributes).toEqual({ "user.name": "ada" })
          expect(authenticate.kind).toBe(SpanKind.CLIENT)
          // The ticket is got before the call's span starts: the login is the call's sibling, under the
          // application's span, and the SoPrincipal call is the login's child.
          expect(parentOf(login)).toBe(application.spanContext().spanId)
          expect(parentOf(authenticate)).toBe(login.spanContext().spanId)
          for (const span of [login, authenticate, ...posts]) {
            expect(span.spanContext().traceId, span.name).toBe(application.spanContext().traceId)
          }
          const attributes = common(http.url, "SoPrincipal", AuthenticateUsernamePassword.operation)
          if (ok) {
            expect(authenticate.attributes).toEqual({
              ...attributes,
              "http.response.status_code": 200,
              "so_chat.outcome": "Succeeded"
            })
            expect(authenticate.status.code).toBe(SpanStatusCode.OK)
            expect(posts).toHaveLength(1)
            expect(parentOf(posts[0]!)).toBe(application.spanContext().spanId)
          } else {
            expect(authenticate.attributes).toEqual({
              ...attributes,
              "http.response.status_code": 200,
              "error.type": "LoginFailed",
              "so_chat.outcome": "NotPosted",
              "so_chat.attempts": 1
            })
            expect(authenticate.status.code).toBe(SpanStatusCode.ERROR)
          }
          expect(expectHttpSpansUnder(spans, [authenticate, ...posts])).toBe(
            name.startsWith("SoPrincipal.layerNode") && !name.includes("HttpClient") ? 0 : 1
          )
          expectNoSecret(spans)
        }
      }).pipe(Effect.provide(fake), Effect.scoped))
  }
})

describe("every operation of both services: one client span each, with the guide's attributes", () => {
  const table = [
    ...ChatService.methods.map((m) => ["Chat", m] as const),
    ...SoPrincipalService.methods.map((m) => ["SoPrincipal", m] as const)
  ]
  const replay = Replay.serve()

  it.live("covers the 36 operations", () => Effect.sync(() => expect(table).toHaveLength(36)))

  it.live.each(table.map(([service, method]) => [`${service}/${method.name}`, service, method] as const))(
    "%s over loopback HTTP (Replay's documented answer), under the application's span, no secret in it",
    ([spanName, service, method]: readonly [string, "Chat" | "SoPrincipal", Operation.Method]) =>
      Effect.gen(function*() {
        const { url } = yield* Replay.ReplayServer
        const op = yield* Effect.promise(method.operation)
        const request = Either.getOrThrow(
          Envelope.decodeRequest([op], Fixtures.documented(op.name as Fixtures.OperationName, "request"))
        ).body as Record<string, unknown>
        const args = method.parameters.map((p) => request[p])
        // The documented message has type Invalid (NetServer's 0), which ChatAgent refuses to post.
        if (method.method === "addChatMessage") args[1] = { ...(args[1] as object), type: "ToCustomer" }
        const config = Layer.orDie(NetServerConfig.layer({
          url,
          ticket: Redacted.make(TICKET),
          applicationToken: Redacted.make(APP_TOKEN)
        }))
        const { spans, value } = yield* traced(
          Effect.gen(function*() {
            const target: Record<string, (...a: ReadonlyArray<unknown>) => Effect.Effect<unknown, unknown>> =
              service === "Chat" ? (yield* ChatAgent.ChatAgent) as any : (yield* SoPrincipal.SoPrincipal) as any
            return yield* target[method.method]!(...args)
          }).pipe(Effect.provide(Layer.merge(ChatAgent.layerNode, SoPrincipal.layerNode).pipe(Layer.provide(config))))
        )
        expect(Exit.isSuccess(value), String(value)).toBe(true)
        const application = one(spans, "application")
        const call = one(spans, spanName)
        expect(call.kind).toBe(SpanKind.CLIENT)
        expect(parentOf(call)).toBe(application.spanContext().spanId)
        expect(call.attributes).toMatchObject({
          ...common(url, service, op),
          "http.response.status_code": 200,
          "so_chat.outcome": "Succeeded"
        })
        expect(call.status.code).toBe(SpanStatusCode.OK)
        // layerNode makes no HttpClient spans: the call's is the only client span.
        expect(spans.filter((s) => s.kind === SpanKind.CLIENT).map((s) => s.name)).toEqual([spanName])
        expectNoSecret(spans)
      }).pipe(Effect.provide(replay), Effect.scoped)
  )
})
