/** The fake's GetChatMessages and SoPrincipal, consistent with AddChatMessage. */
import { addEqualityTesters, describe, expect, it } from "@effect/vitest"
import {
  AddChatMessage,
  AuthenticateUsernamePassword,
  Envelope,
  GetChatMessages,
  NetServerException,
  SoapVersion
} from "@so-chat/core"
import type { NetServerHeaders, Operation } from "@so-chat/core"
import { FakeNetServer, FakeNetServerHttp } from "@so-chat/testkit"
import { Effect, Either, Redacted } from "effect"
import { hello } from "./soap.js"

addEqualityTesters()

const ticket = FakeNetServer.defaultTicket

/** One call to the in-memory fake, encoded and decoded by core, as a client would. */
const call = <Req, Res>(
  server: FakeNetServer.FakeNetServer,
  operation: Operation.Operation<Req, Res>,
  body: Req,
  headers: NetServerHeaders.RequestHeaders = { ticket },
  version: SoapVersion.SoapVersion = "1.1"
) =>
  Effect.gen(function*() {
    const xml = yield* Envelope.encodeRequest(operation, body, { version, headers })
    const response = yield* server.handle({
      method: "POST",
      url: `/Cust12345/${operation.endpointPath}`,
      headers: version === "1.1"
        ? {
          "content-type": SoapVersion.contentType("1.1", operation.soapAction),
          soapaction: `"${operation.soapAction}"`
        }
        : { "content-type": SoapVersion.contentType("1.2", operation.soapAction) },
      body: new TextEncoder().encode(xml)
    })
    return Envelope.decodeResponse(operation, response.body)
  })

const ok = <A, E extends { message: string }>(either: Either.Either<A, E>): A => {
  if (Either.isLeft(either)) throw new Error(either.left.message)
  return either.right
}

describe("GetChatMessages on the fake", () => {
  it.effect("returns what was added, in order, after the given id", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make()
      const posted = []
      for (const text of ["one", "two", "three"]) {
        const r = ok(yield* call(server, AddChatMessage.operation, { chatSessionId: 2, message: hello(2, text) }))
        posted.push(r.body.response!)
      }
      // another session's message is not in this one
      yield* call(server, AddChatMessage.operation, { chatSessionId: 3, message: hello(3, "elsewhere") })
      for (const version of ["1.1", "1.2"] as const) {
        const all = ok(
          yield* call(server, GetChatMessages.operation, { chatSessionId: 2, after: 0 }, { ticket }, version)
        )
        expect(all.body.response).toEqual(posted)
        const later = ok(
          yield* call(server, GetChatMessages.operation, { chatSessionId: 2, after: posted[0]!.chatMessageId })
        )
        expect(later.body.response?.map((m) => m!.message)).toEqual(["two", "three"])
        const none = ok(
          yield* call(server, GetChatMessages.operation, { chatSessionId: 2, after: posted[2]!.chatMessageId })
        )
        expect(none.body.response).toEqual([])
      }
    }))

  it.effect("refuses an unknown session and a bad ticket as NetServer does", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make()
      const unknown = yield* call(server, GetChatMessages.operation, { chatSessionId: 99, after: 0 })
      expect(Either.isLeft(unknown) && unknown.left).toBeInstanceOf(NetServerException.NetServerException)
      expect(Either.isLeft(unknown) && (unknown.left as NetServerException.NetServerException).exceptionType).toBe(
        "SoException"
      )
      const badTicket = yield* call(server, GetChatMessages.operation, { chatSessionId: 1, after: 0 }, {
        ticket: Redacted.make("7T:not-a-ticket")
      })
      expect(Either.isLeft(badTicket) && (badTicket.left as NetServerException.NetServerException).exceptionType).toBe(
        "SoSessionException"
      )
    }))
})

describe("SoPrincipal on the fake", () => {
  it.effect("logs a configured user in and gives a ticket the fake accepts", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make({
        users: [{
          username: "grace",
          password: Redacted.make("hopper"),
          ticket: "7T:grace==",
          fullName: "Grace Hopper"
        }]
      })
      const login = ok(
        yield* call(server, AuthenticateUsernamePassword.operation, {
          userName: "grace",
          password: Redacted.make("hopper")
        }, {})
      )
      expect(login.body.authenticationSucceeded).toBe(true)
      expect(Redacted.value(login.body.credentials!.ticket!)).toMatch(/^7T:[A-Za-z0-9+/]+=*$/)
      expect(login.body.response?.associate).toBe("grace")
      expect(login.body.response?.fullName).toBe("Grace Hopper")
      expect(login.body.response?.associateId).toBe(1)
      // the ticket works for Chat
      const posted = yield* call(server, AddChatMessage.operation, { chatSessionId: 1, message: hello(1) }, {
        ticket: login.body.credentials!.ticket!
      })
      expect(Either.isRight(posted)).toBe(true)
    }))

  it.effect("answers wrong credentials with AuthenticationSucceeded false and no ticket", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make()
      for (const [userName, password] of [["ada", "wrong"], ["nobody", "lovelace"], [null, null]] as const) {
        const login = ok(
          yield* call(server, AuthenticateUsernamePassword.operation, {
            userName,
            password: password === null ? null : Redacted.make(password)
          }, {})
        )
        expect(login.body).toEqual({ response: null, credentials: null, authenticationSucceeded: false })
      }
    }))

  it.effect("requires the application token on Online, as for Chat", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make({ online: true })
      const login = yield* call(server, AuthenticateUsernamePassword.operation, {
        userName: "ada",
        password: Redacted.make("lovelace")
      }, {})
      expect(Either.isLeft(login) && (login.left as NetServerException.NetServerException).exceptionType).toBe(
        "SoSecurityException"
      )
    }))

  it.scoped("is served over HTTP at SoPrincipal.svc", () =>
    Effect.gen(function*() {
      const fake = yield* FakeNetServerHttp.FakeNetServerHttp
      const xml = Either.getOrThrow(Envelope.encodeRequest(AuthenticateUsernamePassword.operation, {
        userName: "ada",
        password: Redacted.make("lovelace")
      }, { version: "1.2" }))
      const response = yield* Effect.promise(() =>
        fetch(new URL(AuthenticateUsernamePassword.operation.endpointPath, fake.url), {
          method: "POST",
          headers: {
            "content-type": SoapVersion.contentType("1.2", AuthenticateUsernamePassword.operation.soapAction)
          },
          body: xml
        }).then(async (r) => ({ status: r.status, body: await r.text() }))
      )
      expect(response.status).toBe(200)
      const decoded = ok(Envelope.decodeResponse(AuthenticateUsernamePassword.operation, response.body))
      expect(decoded.version).toBe("1.2")
      expect(Redacted.value(decoded.body.credentials!.ticket!)).toMatch(/^7T:/)
    }).pipe(Effect.provide(FakeNetServerHttp.layer())))
})
