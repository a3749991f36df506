/**
 * Every Chat and SoPrincipal operation as a method (issue 12), on real
 * loopback HTTP and every transport layer: each method sends the documented
 * request's body and gives the documented response; reads are retried after
 * an unknown outcome and writes are not; the re-login on a refused ticket
 * applies to any operation.
 */
import { describe, expect, it } from "@effect/vitest"
import type { Operation } from "@so-chat/core"
import { Envelope, NetServerHeaders } from "@so-chat/core"
import * as ChatMessages from "@so-chat/core/generated/operations/ChatMessages"
import * as ChatPresence from "@so-chat/core/generated/operations/ChatPresence"
import * as ChatSessions from "@so-chat/core/generated/operations/ChatSessions"
import * as ChatTopicAgents from "@so-chat/core/generated/operations/ChatTopicAgents"
import * as ChatTopics from "@so-chat/core/generated/operations/ChatTopics"
import * as SoPrincipalOperations from "@so-chat/core/generated/operations/SoPrincipal"
import * as ChatService from "@so-chat/core/generated/services/Chat"
import * as SoPrincipalService from "@so-chat/core/generated/services/SoPrincipal"
import { ChatAgent, ChatAgentError, NetServerConfig, SoPrincipal, TicketSource } from "@so-chat/transport"
import { Cause, Context, Effect, Either, Exit, Layer, Option, Redacted } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import { layers, principalLayers } from "./support/layers.js"
import type { Handler } from "./support/loopback.js"
import { loopback, send } from "./support/loopback.js"

const documented = (name: string, kind: "request" | "response"): string =>
  fs.readFileSync(path.join(__dirname, "../../core/test/fixtures/documented", `${name}.${kind}.xml`), "utf8")

const SOAP12 = "application/soap+xml; charset=utf-8"
const table: ReadonlyArray<Operation.Method> = [...ChatService.methods, ...SoPrincipalService.methods]
const operations: ReadonlyArray<Operation.Operation.Any> = [
  ChatSessions,
  ChatMessages,
  ChatTopics,
  ChatTopicAgents,
  ChatPresence,
  SoPrincipalOperations
].flatMap((area) =>
  Object.values(area).filter((v): v is Operation.Operation.Any =>
    typeof v === "object" && v !== null && "soapAction" in v
  )
)
/** The operation of a table row (what the row's `operation()` loads). */
const opOf = (m: Operation.Method): Operation.Operation.Any => operations.find((o) => o.name === m.name)!
const CONVENIENCES = new Set(["addChatMessage", "getChatMessages"])
const byName = (name: string): Operation.Operation.Any => operations.find((o) => o.name === name)!

/** The documented request body and response of an operation (core decodes all 36 of each). */
const documentedPair = (operation: Operation.Operation.Any) => {
  const request = Envelope.decodeRequest([operation], documented(operation.name, "request"))
  const response = Envelope.decodeResponse(operation, documented(operation.name, "response"))
  return {
    request: Either.getOrThrow(request).body as Record<string, unknown>,
    response: Either.getOrThrow(response).body as any
  }
}

/** What the methods return for a response body, by the table's rule. */
const resultOf = (m: Operation.Method, body: Record<string, unknown>): unknown =>
  m.result._tag === "Field" ? body[m.result.field] : m.result._tag === "Void" ? undefined : body

/** NetServer's refusal of a ticket (SOAP 1.2): `Succeeded` false and a SoSessionException. */
const refusal = (operation: Operation.Operation.Any, friendlyText: string): string =>
  Either.getOrThrow(Envelope.encodeResponse(operation, { response: null }, {
    version: "1.2",
    headers: {
      succeeded: false,
      exceptionInfo: new NetServerHeaders.SoExceptionInfo({
        message: friendlyText,
        stackTrace: null,
        friendlyText,
        exceptionType: "SoSessionException",
        source: null,
        innerException: null,
        parameters: {}
      })
    }
  }))

interface Seen {
  readonly operation: string
  readonly soapAction: string | undefined
  readonly ticket: string | undefined
  readonly body: unknown
  /** The header blocks on the wire, by name, in order (as read from the raw request, not decoded). */
  readonly headerBlocks: ReadonlyArray<string>
  readonly raw: string
}

const SERVICES88 = "http://www.superoffice.net/ws/crm/NetServer/Services88"
/** The header blocks of a request our writer wrote: each top-level block declares the Services88 namespace. */
const headerBlocksOf = (raw: string): ReadonlyArray<string> => {
  const header = raw.match(/<s:Header>(.*)<\/s:Header>/s)?.[1] ?? ""
  return [...header.matchAll(new RegExp(`<(\\w+) xmlns="${SERVICES88}"`, "g"))].map((m) => m[1]!)
}

/** A server answering every operation with its documented response (SOAP 1.2, as documented). */
const documentedServer = (seen: Array<Seen>, before?: (operation: Operation.Operation.Any, n: number) => boolean) => {
  const handler: Handler = (req, res, socket) => {
    const decoded = Envelope.decodeRequest(operations, req.body)
    if (Either.isLeft(decoded)) return send(res, 400, "text/plain", decoded.left.message)
    const { body, headers, operation } = decoded.right
    seen.push({
      operation: operation.name,
      soapAction: req.headers["content-type"]?.match(/action="([^"]*)"/)?.[1],
      ticket: headers.ticket === undefined ? undefined : Redacted.value(headers.ticket),
      body,
      headerBlocks: headerBlocksOf(req.body),
      raw: req.body
    })
    if (before !== undefined && !before(operation, seen.filter((s) => s.operation === operation.name).length)) {
      return socket.resetAndDestroy()
    }
    send(res, 200, SOAP12, documented(operation.name, "response"))
  }
  return loopback(handler)
}

const config = (url: string) =>
  Layer.orDie(NetServerConfig.layer({
    url,
    soapVersion: "1.2",
    ticket: Redacted.make("7T:ticket-under-test=="),
    applicationToken: Redacted.make("app-token-under-test"),
    timeZone: new NetServerHeaders.SoTimeZone({ soTimeZoneId: 17, soTimeZoneLocationCode: "NO" }),
    timeout: "3 seconds"
  }))

/** A service from its layer, kept for the test's scope (a transport's connections live as long as it). */
const built = <I, S>(layer: Layer.Layer<I>, tag: Context.Tag<I, S>) =>
  Effect.map(Layer.build(layer), (context) => Context.get(context, tag))

const failure = <A>(exit: Exit.Exit<A, ChatAgentError.ChatAgentError>): ChatAgentError.ChatAgentError => {
  if (Exit.isSuccess(exit)) throw new Error(`expected a failure, got ${String(exit.value)}`)
  return Option.getOrThrow(Cause.failureOption(exit.cause))
}

describe("the operation table", () => {
  it("has the 31 Chat and 5 SoPrincipal operations, each a method named as it in camelCase", () => {
    expect(ChatService.methods.length).toBe(31)
    expect(SoPrincipalService.methods.map((m) => m.name).sort()).toEqual([
      "AuthenticateGeneric",
      "AuthenticateImplicit",
      "AuthenticateUsernamePassword",
      "AuthenticateWithAccessToken",
      "GetSystemInfo"
    ])
    for (const m of table) expect(m.method).toBe(m.name.charAt(0).toLowerCase() + m.name.slice(1))
    expect(new Set(table.map((m) => opOf(m).soapAction)).size).toBe(36)
  })

  it("each row loads its own operation, on first use", async () => {
    for (const m of table) {
      const operation = await m.operation()
      expect(operation, m.name).toBe(opOf(m))
      expect([operation.service, operation.safeToRetry], m.name).toEqual([m.service, m.safeToRetry])
    }
  })

  it("says which operations are safe to retry: the reads by name, nothing else", () => {
    const reads = table.filter((m) => m.safeToRetry).map((m) => m.name).sort()
    expect(reads).toEqual([
      "ChatSessionsForUser",
      "ChatTopicsForUser",
      "CreateDefaultChatSessionEntity",
      "CreateDefaultChatTopicAgent",
      "CreateDefaultChatTopicEntity",
      "GetChatMessages",
      "GetChatPresence",
      "GetChatSessionEntity",
      "GetChatTopicEntity",
      "GetChatTopicUserAgent",
      "GetChatTopicUserAgentList",
      "GetChatTranscript",
      "GetSystemInfo",
      "GetUserAgentList",
      "IsWithinOpeningHours"
    ])
  })
})

describe("which failures of a read are retried", () => {
  const url = "http://127.0.0.1:1/Remote/Services88/Chat.svc"
  const failed = (reason: ChatAgentError.ConnectionFailed["reason"]) =>
    new ChatAgentError.ConnectionFailed({ reason, url, detail: "x" })
  it("no answer came: retried; an answer came, or TLS failed: not", () => {
    const cases: ReadonlyArray<readonly [ChatAgentError.ChatAgentError, boolean, boolean]> = [
      // [error, retried for a read, retried for a write]
      [failed("Refused"), true, true],
      [failed("DnsFailure"), true, true],
      [failed("Unreachable"), true, false],
      [failed("ConnectTimeout"), true, false],
      [failed("Tls"), false, false],
      [new ChatAgentError.Timeout({ url, timeoutMillis: 10, responseStarted: false }), true, false],
      [new ChatAgentError.ConnectionLost({ url, responseStarted: true, detail: "reset" }), true, false],
      [new ChatAgentError.UnexpectedStatus({ url, status: 502, contentType: null, excerpt: "" }), false, false],
      [new ChatAgentError.ResponseTooLarge({ url, maxBytes: 1, declaredBytes: null }), false, false]
    ]
    for (const [error, read, write] of cases) {
      expect([ChatAgentError.isRetryableRead(error), ChatAgentError.isRetryable(error)], error.message).toEqual([
        read,
        write
      ])
    }
  })
})

for (const [name, layer] of Object.entries(layers)) {
  describe(name, () => {
    it.live("every Chat method sends the documented request and gives the documented response", () =>
      Effect.gen(function*() {
        const seen: Array<Seen> = []
        const server = yield* documentedServer(seen)
        const agent = yield* built(layer.pipe(Layer.provide(config(server.url))), ChatAgent.ChatAgent)
        for (const m of ChatService.methods) {
          expect(typeof (agent as any)[m.method], m.method).toBe("function")
          const { request, response } = documentedPair(opOf(m))
          const args = m.parameters.map((p) => request[p])
          if (m.method === "getChatMessages") {
            // The convenience: same name and parameters, the hand-written ChatMessage out.
            const got = yield* agent.getChatMessages(request.chatSessionId as number, request.after as number)
            expect(got.map((c) => c.chatMessageId)).toEqual(response.response.map((c: any) => c.chatMessageId))
          } else if (!CONVENIENCES.has(m.method)) {
            const got = yield* (agent as any)[m.method](...args) as Effect.Effect<
              unknown,
              ChatAgentError.ChatAgentError
            >
            expect(got, m.method).toEqual(resultOf(m, response))
          }
          // The generic call gives the whole response body.
          expect(yield* agent.call(opOf(m), request), m.method).toEqual(response)
          const sent = seen.slice(m.method === "addChatMessage" ? -1 : -2)
          for (const s of sent) {
            expect(s.operation).toBe(m.name)
            expect(s.soapAction).toBe(opOf(m).soapAction)
            expect(s.ticket).toBe("7T:ticket-under-test==")
            // Every Chat operation declares all three request header blocks.
            expect(s.headerBlocks, m.method).toEqual(["ApplicationToken", "Credentials", "TimeZone"])
          }
          // What the method sent is the documented body (in the WSDL's order, or it would not decode).
          if (m.method !== "getChatMessages") expect(sent[0]!.body, m.method).toEqual(request)
        }
        // At least one call per family: sessions, messages, topics, topic agents, presence.
        expect(seen.map((s) => s.operation)).toEqual(
          expect.arrayContaining([
            "GetChatSessionEntity",
            "AddChatMessage",
            "IsWithinOpeningHours",
            "GetChatTopicUserAgentList",
            "GetChatPresence"
          ])
        )
        // Every one of the 31: the method and `call` (AddChatMessage's convenience is the method itself).
        expect(seen.length).toBe(2 * 31 - 1)
      }).pipe(Effect.scoped))

    it.live("every SoPrincipal method sends the documented request, with no ticket, and gives the response", () =>
      Effect.gen(function*() {
        const seen: Array<Seen> = []
        const server = yield* documentedServer(seen)
        const principal = yield* built(
          Object.values(principalLayers)[Object.keys(layers).indexOf(name)]!.pipe(Layer.provide(config(server.url))),
          SoPrincipal.SoPrincipal
        )
        let called = 0
        for (const m of SoPrincipalService.methods) {
          const { request, response } = documentedPair(opOf(m))
          const got = yield* (principal as any)[m.method](...m.parameters.map((p) => request[p])) as Effect.Effect<
            unknown,
            ChatAgentError.ChatAgentError
          >
          expect(got, m.method).toEqual(resultOf(m, response))
          const last = seen[seen.length - 1]!
          expect(last.operation).toBe(m.name)
          expect(last.ticket).toBeUndefined()
          // A SoPrincipal operation declares only the application token: the configured
          // ticket and time zone are not sent.
          expect(last.headerBlocks, m.method).toEqual(["ApplicationToken"])
          expect(last.raw).not.toContain("7T:ticket-under-test==")
          expect(last.raw).not.toContain("SoTimeZoneId")
          expect(last.raw).toContain("app-token-under-test")
          expect(last.body, m.method).toEqual(request)
          called++
        }
        expect(called).toBe(5)
      }).pipe(Effect.scoped))

    it.live("a read whose connection drops after the request is sent again and succeeds", () =>
      Effect.gen(function*() {
        const seen: Array<Seen> = []
        const server = yield* documentedServer(seen, (_, n) => n > 1)
        const agent = yield* built(layer.pipe(Layer.provide(config(server.url))), ChatAgent.ChatAgent)
        const session = yield* agent.getChatSessionEntity(0)
        expect(session).toEqual(
          Either.getOrThrow(
            Envelope.decodeResponse(byName("GetChatSessionEntity"), documented("GetChatSessionEntity", "response"))
          ).body.response
        )
        expect(seen.map((s) => s.operation)).toEqual(["GetChatSessionEntity", "GetChatSessionEntity"])
      }).pipe(Effect.scoped))

    it.live("a write whose connection drops after the request is an unknown outcome, sent once", () =>
      Effect.gen(function*() {
        const seen: Array<Seen> = []
        const server = yield* documentedServer(seen, (_, n) => n > 1)
        const agent = yield* built(layer.pipe(Layer.provide(config(server.url))), ChatAgent.ChatAgent)
        const error = failure(yield* Effect.exit(agent.deleteChatSessionEntity(0)))
        expect(error._tag).toBe("ConnectionLost")
        expect(ChatAgentError.outcome(error)).toBe("Unknown")
        // A generic call of a write keeps the same rule.
        const viaCall = failure(
          yield* Effect.exit(agent.call(byName("DeleteChatTopicEntity"), { chatTopicEntityId: 0 }))
        )
        expect(viaCall._tag).toBe("ConnectionLost")
        expect(seen.map((s) => s.operation)).toEqual(["DeleteChatSessionEntity", "DeleteChatTopicEntity"])
      }).pipe(Effect.scoped))
  })
}

describe("re-login on a refused ticket, for any operation", () => {
  const ticketOf = (n: number) => `7T:relogin-${n}-SECRET==`
  /** Logins hand out ticket 1, 2, …; Chat refuses ticket 1 (it expired) and accepts the later ones. */
  const installation = (seen: Array<Seen>) => {
    let logins = 0
    const handler: Handler = (req, res) => {
      const decoded = Envelope.decodeRequest(operations, req.body)
      if (Either.isLeft(decoded)) return send(res, 400, "text/plain", decoded.left.message)
      const { headers, operation } = decoded.right
      const ticket = headers.ticket === undefined ? undefined : Redacted.value(headers.ticket)
      seen.push({
        operation: operation.name,
        soapAction: undefined,
        ticket,
        body: decoded.right.body,
        headerBlocks: headerBlocksOf(req.body),
        raw: req.body
      })
      if (operation.service === "SoPrincipal") {
        const body = documented("AuthenticateUsernamePassword", "response")
          .replace(
            /<SoPrincipal:Ticket xsi:type="xsd:string"><\/SoPrincipal:Ticket>/,
            () => `<SoPrincipal:Ticket xsi:type="xsd:string">${ticketOf(++logins)}</SoPrincipal:Ticket>`
          )
          .replace(/(<SoPrincipal:AuthenticationSucceeded[^>]*>)false/, "$1true")
        return send(res, 200, SOAP12, body)
      }
      if (ticket !== ticketOf(2)) return send(res, 200, SOAP12, refusal(operation, `Ticket ${ticket} is not valid`))
      send(res, 200, SOAP12, documented(operation.name, "response"))
    }
    return loopback(handler)
  }
  const loggedIn = (url: string) =>
    ChatAgent.layerNode.pipe(
      Layer.provideMerge(TicketSource.login({ userName: "ada", password: Redacted.make("pw-SECRET") })),
      Layer.provideMerge(SoPrincipal.layerNode),
      Layer.provide(Layer.orDie(NetServerConfig.layer({ url, soapVersion: "1.2", timeout: "3 seconds" })))
    )

  for (
    const [kind, run] of [
      ["a read (GetChatSessionEntity)", (agent) => agent.getChatSessionEntity(0)],
      ["a write (DeleteChatSessionEntity)", (agent) => agent.deleteChatSessionEntity(0)]
    ] satisfies ReadonlyArray<
      readonly [string, (agent: ChatAgent.Service) => Effect.Effect<unknown, ChatAgentError.ChatAgentError>]
    >
  ) {
    it.live(`${kind}: logs in again once and is sent once more with the new ticket`, () =>
      Effect.gen(function*() {
        const seen: Array<Seen> = []
        const server = yield* installation(seen)
        yield* Effect.flatMap(ChatAgent.ChatAgent, run).pipe(Effect.provide(loggedIn(server.url)))
        const op = kind.includes("read") ? "GetChatSessionEntity" : "DeleteChatSessionEntity"
        expect(seen.map((s) => `${s.operation}(${s.ticket ?? "-"})`)).toEqual([
          "AuthenticateUsernamePassword(-)",
          `${op}(${ticketOf(1)})`,
          "AuthenticateUsernamePassword(-)",
          `${op}(${ticketOf(2)})`
        ])
      }).pipe(Effect.scoped))
  }
})
