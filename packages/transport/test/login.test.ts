/**
 * Logging in: SoPrincipal, TicketSource and ChatAgent's re-login rule, on a
 * scripted NetServer over loopback HTTP (and end to end on the testkit's fake).
 */
import { describe, expect, it } from "@effect/vitest"
import {
  AddChatMessage,
  AuthenticateUsernamePassword,
  ChatMessage,
  GetChatMessages,
  NetServerHeaders,
  SoPrincipal as Core
} from "@so-chat/core"
import { FakeNetServer, FakeNetServerHttp } from "@so-chat/testkit"
import type { ChatAgentError } from "@so-chat/transport"
import { ChatAgent, NetServerConfig, SoPrincipal, TicketSource } from "@so-chat/transport"
import { Cause, Effect, Exit, Inspectable, Layer, Option, Redacted } from "effect"
import type { ConfigError } from "effect"
import * as util from "node:util"
import { loopback, wcfFault11 } from "./support/loopback.js"
import { capturingLogs, recordingSpans } from "./support/observe.js"
import type { Answer, Decoded, Seen } from "./support/scripted.js"
import { ok, page, refused, scriptedHandler } from "./support/scripted.js"

const PASSWORD = "pa&ss<w>rd-SECRET-77e1"
const APP_TOKEN = "app-token-for-login"

const principal = new Core.SoPrincipalCarrier({
  userType: "InternalAssociate",
  associate: "ADA",
  associateId: 5,
  isPerson: true,
  personId: 17,
  countryId: 47,
  homeCountryId: 47,
  contactId: 2,
  groupId: 3,
  businessId: 0,
  categoryId: 0,
  contactOwner: 5,
  roleId: 1,
  roleName: "User",
  roleDescription: null,
  roleType: "Employee",
  fullName: "Ada Lovelace",
  eMailAddress: "ada@example.com",
  ejUserId: 0,
  ejAccessLevel: 0,
  databaseContextIdentifier: null
})

interface Installation {
  /** Tickets Chat accepts. */
  readonly valid: Set<string>
  logins: number
  /** How Chat answers a valid ticket. */
  chat: "ok" | "SoException" | "fault"
  /** Refuse every ticket, even fresh ones. */
  refuseAll: boolean
  /** Fail the next n logins with an exception. */
  failLogins: number
  /** Answer logins with a fault that repeats the password. */
  echoPassword: boolean
  readonly seen: Array<Seen>
  posted: number
}

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

const ticketOf = (n: number) => `7T:tkt-${n}-SECRET-5d0c==`

const answer = (state: Installation) => (request: Decoded, seen: Seen): Answer => {
  switch (request.operation.name) {
    case "AuthenticateUsernamePassword": {
      const body = request.body as AuthenticateUsernamePassword.Request
      if (state.echoPassword) {
        const pw = body.password === null ? "" : Redacted.value(body.password)
        return { status: 500, xml: wcfFault11(`Password ${xmlEscape(pw)} is not accepted for ${body.userName}`) }
      }
      if (state.failLogins > 0) {
        state.failLogins--
        return refused(AuthenticateUsernamePassword.operation, "SoException", "The database is being upgraded")
      }
      if (body.userName !== "ada" || body.password === null || Redacted.value(body.password) !== PASSWORD) {
        return ok(AuthenticateUsernamePassword.operation, {
          response: null,
          credentials: null,
          authenticationSucceeded: false
        })
      }
      const ticket = ticketOf(++state.logins)
      state.valid.add(ticket)
      return ok(AuthenticateUsernamePassword.operation, {
        response: principal,
        credentials: new NetServerHeaders.SoCredentials({ ticket: Redacted.make(ticket) }),
        authenticationSucceeded: true
      })
    }
    default: {
      const operation = request.operation.name === "AddChatMessage"
        ? AddChatMessage.operation
        : GetChatMessages.operation
      if (state.refuseAll || seen.ticket === undefined || !state.valid.has(seen.ticket)) {
        // Real NetServer names the refused ticket in its text: the client must hide it.
        return refused(operation, "SoSessionException", `Ticket ${seen.ticket} is not valid`)
      }
      if (state.chat === "SoException") return refused(operation, "SoException", "No such chat session")
      if (state.chat === "fault") {
        return { status: 500, xml: wcfFault11("The server had a problem") }
      }
      if (operation === AddChatMessage.operation) {
        state.posted++
        return ok(AddChatMessage.operation, {
          response: new ChatMessage.ChatMessage({ ...(request.body as any).message, chatMessageId: state.posted })
        })
      }
      return page([])
    }
  }
}

const installation = (overrides: Partial<Installation> = {}, delayMillis = 0) =>
  Effect.gen(function*() {
    const state: Installation = {
      valid: new Set(),
      logins: 0,
      chat: "ok",
      refuseAll: false,
      failLogins: 0,
      echoPassword: false,
      seen: [],
      posted: 0,
      ...overrides
    }
    const handler = scriptedHandler(answer(state), state.seen)
    const server = yield* loopback((req, res, socket) =>
      delayMillis === 0 ? handler(req, res, socket) : void setTimeout(() => handler(req, res, socket), delayMillis)
    )
    return { state, url: server.url }
  })

const config = (url: string) =>
  Layer.orDie(NetServerConfig.layer({ url, applicationToken: Redacted.make(APP_TOKEN), timeout: "3 seconds" }))

/** A ChatAgent logging in as ada, with the ticket source and SoPrincipal beside it. */
const loggedIn = (url: string, password = PASSWORD) =>
  ChatAgent.layerNode.pipe(
    Layer.provideMerge(TicketSource.login({ userName: "ada", password: Redacted.make(password) })),
    Layer.provideMerge(SoPrincipal.layerNode),
    Layer.provide(config(url))
  )

const failureOf = <A, E extends ChatAgentError.ChatAgentError | ConfigError.ConfigError>(exit: Exit.Exit<A, E>): E => {
  if (Exit.isSuccess(exit)) throw new Error("expected a failure")
  return Option.getOrThrow(Cause.failureOption(exit.cause))
}

const calls = (seen: ReadonlyArray<Seen>) => seen.map((s) => `${s.operation}(${s.ticket ?? "-"})`)

const hello = { type: "ToCustomer", message: "Hello" } as const

describe("SoPrincipal.authenticate", () => {
  for (
    const [name, layer] of Object.entries({
      layerNode: SoPrincipal.layerNode,
      layerNodeHttpClient: SoPrincipal.layerNodeHttpClient,
      layerFetch: SoPrincipal.layerFetch
    })
  ) {
    it.live(`${name}: a ticket and the principal; sent to SoPrincipal.svc with the token and no ticket`, () =>
      Effect.gen(function*() {
        const { state, url } = yield* installation()
        const result = yield* Effect.flatMap(
          SoPrincipal.SoPrincipal,
          (p) => p.authenticate("ada", Redacted.make(PASSWORD))
        )
          .pipe(Effect.provide(layer.pipe(Layer.provide(config(url)))))
        expect(Redacted.value(result.ticket)).toBe(ticketOf(1))
        expect(result.principal).toEqual(principal)
        expect(state.seen).toHaveLength(1)
        expect(state.seen[0]!.path).toBe("/Remote/Services88/SoPrincipal.svc")
        expect(state.seen[0]!.ticket).toBeUndefined()
        expect(state.seen[0]!.body.userName).toBe("ada")
        expect(JSON.stringify(result)).not.toContain("SECRET")
      }).pipe(Effect.scoped))
  }

  it.live("a wrong password is LoginFailed, which names the user and not the password", () =>
    Effect.gen(function*() {
      const { url } = yield* installation()
      const exit = yield* Effect.flatMap(SoPrincipal.SoPrincipal, (p) =>
        p.authenticate("ada", Redacted.make("wrong-SECRET-77e1")))
        .pipe(Effect.provide(SoPrincipal.layerNode.pipe(Layer.provide(config(url)))), Effect.exit)
      const error = failureOf(exit)
      expect(error._tag).toBe("LoginFailed")
      expect(error).toBeInstanceOf(SoPrincipal.LoginFailed)
      expect(error.message).toBe(
        `Could not log in as "ada" at ${url}Remote/Services88/SoPrincipal.svc: the user name or password is wrong.`
      )
      expect(JSON.stringify(error) + String(error) + Cause.pretty(Cause.fail(error))).not.toContain("SECRET")
    }).pipe(Effect.scoped))
})

describe("ChatAgent with TicketSource.login", () => {
  it.live("logs in on first need, then reuses the ticket", () =>
    Effect.gen(function*() {
      const { state, url } = yield* installation()
      yield* Effect.flatMap(ChatAgent.ChatAgent, (agent) =>
        Effect.zipRight(agent.getChatMessages(1), agent.addChatMessage(1, hello))).pipe(Effect.provide(loggedIn(url)))
      const t1 = ticketOf(1)
      expect(calls(state.seen)).toEqual([
        "AuthenticateUsernamePassword(-)",
        `GetChatMessages(${t1})`,
        `AddChatMessage(${t1})`
      ])
    }).pipe(Effect.scoped))

  it.live("a wrong password fails the call with LoginFailed, and Chat is never called", () =>
    Effect.gen(function*() {
      const { state, url } = yield* installation()
      const exit = yield* Effect.flatMap(ChatAgent.ChatAgent, (agent) => agent.getChatMessages(1)).pipe(
        Effect.provide(loggedIn(url, "nope")),
        Effect.exit
      )
      expect(failureOf(exit)._tag).toBe("LoginFailed")
      expect(calls(state.seen)).toEqual(["AuthenticateUsernamePassword(-)"])
    }).pipe(Effect.scoped))

  it.live("a refused ticket (SoSessionException): logs in again once and posts the message once", () =>
    Effect.gen(function*() {
      const { state, url } = yield* installation()
      const posted = yield* Effect.gen(function*() {
        const agent = yield* ChatAgent.ChatAgent
        yield* agent.getChatMessages(1)
        state.valid.delete(ticketOf(1)) // the ticket expires
        return yield* agent.addChatMessage(1, hello)
      }).pipe(Effect.provide(loggedIn(url)))
      expect(posted.chatMessageId).toBe(1)
      expect(state.posted).toBe(1)
      expect(calls(state.seen)).toEqual([
        "AuthenticateUsernamePassword(-)",
        `GetChatMessages(${ticketOf(1)})`,
        `AddChatMessage(${ticketOf(1)})`,
        "AuthenticateUsernamePassword(-)",
        `AddChatMessage(${ticketOf(2)})`
      ])
    }).pipe(Effect.scoped))

  it.live("refused again with the new ticket: no second re-login, the refusal is the error", () =>
    Effect.gen(function*() {
      const { state, url } = yield* installation({ refuseAll: true })
      const exit = yield* Effect.flatMap(ChatAgent.ChatAgent, (agent) => agent.addChatMessage(1, hello)).pipe(
        Effect.provide(loggedIn(url)),
        Effect.exit
      )
      const error = failureOf(exit)
      expect(error._tag === "NetServerException" && error.exceptionType).toBe("SoSessionException")
      expect(calls(state.seen)).toEqual([
        "AuthenticateUsernamePassword(-)",
        `AddChatMessage(${ticketOf(1)})`,
        "AuthenticateUsernamePassword(-)",
        `AddChatMessage(${ticketOf(2)})`
      ])
    }).pipe(Effect.scoped))

  for (const chat of ["SoException", "fault"] as const) {
    it.live(`any other failure (${chat}) is not retried and logs in no more`, () =>
      Effect.gen(function*() {
        const { state, url } = yield* installation({ chat })
        const exit = yield* Effect.flatMap(ChatAgent.ChatAgent, (agent) => agent.addChatMessage(1, hello)).pipe(
          Effect.provide(loggedIn(url)),
          Effect.exit
        )
        expect(failureOf(exit)._tag).toBe(chat === "fault" ? "SoapFault" : "NetServerException")
        expect(calls(state.seen)).toEqual(["AuthenticateUsernamePassword(-)", `AddChatMessage(${ticketOf(1)})`])
      }).pipe(Effect.scoped))
  }

  it.live("concurrent calls share one login, and one re-login when all are refused with the same ticket", () =>
    Effect.gen(function*() {
      const { state, url } = yield* installation({}, 30)
      yield* Effect.gen(function*() {
        const agent = yield* ChatAgent.ChatAgent
        yield* Effect.all(Array.from({ length: 12 }, () => agent.getChatMessages(1)), { concurrency: "unbounded" })
        expect(state.logins).toBe(1)
        state.valid.clear()
        yield* Effect.all(Array.from({ length: 12 }, () => agent.getChatMessages(1)), { concurrency: "unbounded" })
      }).pipe(Effect.provide(loggedIn(url)))
      expect(state.logins).toBe(2)
      expect(state.seen.filter((s) => s.operation === "AuthenticateUsernamePassword")).toHaveLength(2)
      expect(state.seen.filter((s) => s.ticket === ticketOf(2))).toHaveLength(12)
    }).pipe(Effect.scoped))

  it.live("a failed login is not kept: the next call logs in again", () =>
    Effect.gen(function*() {
      const { state, url } = yield* installation({ failLogins: 1 })
      const [first, second] = yield* Effect.flatMap(ChatAgent.ChatAgent, (agent) =>
        Effect.all([Effect.exit(agent.getChatMessages(1)), Effect.exit(agent.getChatMessages(1))])).pipe(
          Effect.provide(loggedIn(url))
        )
      expect(failureOf(first!)._tag).toBe("NetServerException")
      expect(Exit.isSuccess(second!)).toBe(true)
      expect(calls(state.seen)).toEqual([
        "AuthenticateUsernamePassword(-)",
        "AuthenticateUsernamePassword(-)",
        `GetChatMessages(${ticketOf(1)})`
      ])
    }).pipe(Effect.scoped))
})

describe("TicketSource.fromConfig", () => {
  it.live("the configured ticket; a refusal is not retried (there is no other ticket to send)", () =>
    Effect.gen(function*() {
      const { state, url } = yield* installation()
      const layer = ChatAgent.layerNode.pipe(
        Layer.provide(TicketSource.fromConfig),
        Layer.provide(Layer.orDie(NetServerConfig.layer({ url, ticket: Redacted.make("7T:fixed==") })))
      )
      const exit = yield* Effect.flatMap(ChatAgent.ChatAgent, (agent) => agent.addChatMessage(1, hello)).pipe(
        Effect.provide(layer),
        Effect.exit
      )
      expect(failureOf(exit)._tag).toBe("NetServerException")
      expect(calls(state.seen)).toEqual(["AddChatMessage(7T:fixed==)"])
    }).pipe(Effect.scoped))

  it.effect("without a configured ticket it is a ConfigError", () =>
    Effect.gen(function*() {
      const exit = yield* Effect.flatMap(TicketSource.TicketSource, (s) => s.get).pipe(
        Effect.provide(TicketSource.fromConfig.pipe(Layer.provide(config("https://example.invalid/")))),
        Effect.exit
      )
      expect(Exit.isFailure(exit) && Cause.pretty(exit.cause)).toContain("SO_TICKET")
    }))
})

describe("end to end on the testkit's fake NetServer over HTTP", () => {
  it.live("log in as ada, post, read back; a wrong password is LoginFailed", () =>
    Effect.gen(function*() {
      const http = yield* FakeNetServerHttp.FakeNetServerHttp
      const layer = (password: string) =>
        ChatAgent.layerNode.pipe(
          Layer.provide(TicketSource.login({ userName: "ada", password: Redacted.make(password) })),
          Layer.provide(SoPrincipal.layerNode),
          Layer.provide(
            Layer.orDie(NetServerConfig.layer(FakeNetServer.clientOptions(http.url, { ticket: undefined })))
          )
        )
      const messages = yield* Effect.gen(function*() {
        const agent = yield* ChatAgent.ChatAgent
        yield* agent.addChatMessage(1, { type: "ToCustomer", message: "logged in" })
        return yield* agent.getChatMessages(1)
      }).pipe(Effect.provide(layer("lovelace")))
      expect(messages.map((m) => m.message)).toEqual(["logged in"])
      const chat = (yield* FakeNetServer.requests).filter((r) => r.operation !== "AuthenticateUsernamePassword")
      // one login, its own fresh ticket (not the configured one) sent with both calls
      const sent = chat.map((r) => r.headers?.ticket && Redacted.value(r.headers.ticket))
      expect(sent).toHaveLength(2)
      expect(sent[0]).toMatch(/^7T:/)
      expect(sent[0]).not.toBe(Redacted.value(FakeNetServer.defaultTicket))
      expect(sent[1]).toBe(sent[0])
      const exit = yield* Effect.flatMap(ChatAgent.ChatAgent, (agent) => agent.getChatMessages(1)).pipe(
        Effect.provide(layer("Lovelace")),
        Effect.exit
      )
      expect(failureOf(exit)._tag).toBe("LoginFailed")
    }).pipe(Effect.provide(FakeNetServerHttp.layer()), Effect.scoped))
})

describe("the password and the tickets never reach errors, logs or spans", () => {
  const MARKERS = ["SECRET-77e1", "SECRET-5d0c"]
  const leaks = (text: string) => MARKERS.filter((m) => text.includes(m))

  for (
    const [scenario, overrides] of Object.entries({
      "a login fault that repeats the password": { echoPassword: true },
      "every ticket refused, with the ticket in NetServer's text": { refuseAll: true }
    })
  ) {
    it.live(scenario, () =>
      Effect.gen(function*() {
        const { state, url } = yield* installation(overrides)
        const { lines, value: { spans, value: exit } } = yield* capturingLogs(recordingSpans(
          Effect.flatMap(ChatAgent.ChatAgent, (agent) => agent.addChatMessage(1, hello)).pipe(
            Effect.tapErrorCause((cause) => Effect.logError("posting failed", cause)),
            Effect.provide(loggedIn(url)),
            Effect.exit
          )
        ))
        // The secrets did travel, so their absence below means something.
        expect(state.seen.length).toBeGreaterThan(0)
        const error = failureOf(exit)
        const shown = [
          error.message,
          String(error),
          JSON.stringify(error),
          Inspectable.format(error),
          util.inspect(error, { depth: null }),
          Cause.pretty(Cause.fail(error)),
          error.stack ?? ""
        ]
        for (const text of shown) expect(leaks(text), text).toEqual([])
        expect(lines.length).toBeGreaterThan(0)
        for (const line of lines) expect(leaks(line), line).toEqual([])
        expect(spans.map((s) => s.name)).toContain("SoPrincipal/AuthenticateUsernamePassword")
        for (const span of spans) {
          const text = JSON.stringify([span.name, [...span.attributes].map(([k, v]) => [k, String(v)])])
          expect(leaks(text), text).toEqual([])
        }
        if (error._tag === "SoapFault") expect(error.reason).toBe("Password <redacted> is not accepted for ada")
        if (error._tag === "NetServerException") expect(error.friendlyText).toBe("Ticket <redacted> is not valid")
      }).pipe(Effect.scoped))
  }
})
