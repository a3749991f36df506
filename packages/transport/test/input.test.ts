/**
 * What `addChatMessage` (and the other operations) make of their input: the
 * message type when none is given, a refused `Invalid`, and for every field
 * that cannot be sent, an `UnencodableValue` naming the field's element path
 * with a one-line reason, before anything leaves.
 */
import { describe, expect, it } from "@effect/vitest"
import { AddChatMessage, ChatMessage, CodecError, Envelope } from "@so-chat/core"
import type { ChatAgentError } from "@so-chat/transport"
import { ChatAgent, NetServerConfig, SoPrincipal } from "@so-chat/transport"
import { Cause, DateTime, Effect, Either, Exit, Layer, Redacted } from "effect"
import type { Loopback } from "./support/loopback.js"
import { loopback, send, wcfResponse11 } from "./support/loopback.js"
import { withAgent } from "./support/suite.js"

const answer = loopback((req, res) => {
  const decoded = Envelope.decodeRequest([AddChatMessage.operation], req.body)
  if (Either.isLeft(decoded)) return send(res, 400, "text/plain", decoded.left.message)
  send(res, 200, "text/xml; charset=utf-8", wcfResponse11({ chatMessageId: 77, chatSessionId: 42, message: "ok" }))
})

/** Runs `f` on an agent talking to a recording loopback server. */
const onServer = <A>(f: (agent: ChatAgent.ChatAgent["Type"]) => Effect.Effect<A, ChatAgentError.ChatAgentError>) =>
  Effect.scoped(Effect.gen(function*() {
    const server = yield* answer
    const exit = yield* withAgent(ChatAgent.layerNode, server.url, {}, f).pipe(Effect.exit)
    return { exit, server }
  }))

/** The Type element of the AddChatMessage request the server received. */
const typeOnTheWire = (server: Loopback): string => {
  expect(server.posts()).toBe(1)
  const body = server.received[0]!.body
  const sent = Envelope.decodeRequest([AddChatMessage.operation], body).pipe(Either.getOrThrow)
  const raw = /<Type>([^<]*)<\/Type>/.exec(body)?.[1]
  expect(raw).toBe(sent.body.message?.type)
  return raw!
}

const unencodable = <A>(exit: Exit.Exit<A, ChatAgentError.ChatAgentError>): CodecError.UnencodableValue => {
  if (Exit.isSuccess(exit)) throw new Error("expected a failure, got a success")
  const error = Cause.failureOption(exit.cause)
  if (error._tag === "None") throw new Error(`expected a typed failure, got ${Cause.pretty(exit.cause)}`)
  expect(error.value._tag, error.value.message).toBe("UnencodableValue")
  const e = error.value as CodecError.UnencodableValue
  // One line, in the message too.
  expect(e.detail).not.toMatch(/[\r\n]/)
  expect(e.message).not.toMatch(/[\r\n]/)
  expect(e.message).toBe(`Cannot encode ${e.path}: ${e.detail}`)
  return e
}

describe("the message type", () => {
  it.live("the transport guide's example posts ToCustomer when no type is given", () =>
    Effect.gen(function*() {
      const { exit, server } = yield* onServer((agent) =>
        agent.addChatMessage(42, { message: "Your order has shipped" })
      )
      expect(Exit.isSuccess(exit)).toBe(true)
      expect(typeOnTheWire(server)).toBe("ToCustomer")
    }))

  it.live("a type given is the type sent", () =>
    Effect.gen(function*() {
      for (const type of ["ToCustomer", "ToUser", "Special"] as const) {
        const { exit, server } = yield* onServer((agent) => agent.addChatMessage(42, { type, message: "hi" }))
        expect(Exit.isSuccess(exit)).toBe(true)
        expect(typeOnTheWire(server)).toBe(type)
      }
    }))

  it.live("type Invalid is refused, given or left at a ChatMessage's default, and nothing is sent", () =>
    Effect.gen(function*() {
      const inputs = [
        { type: "Invalid", message: "hi" } as const,
        new ChatMessage.ChatMessage({ chatSessionId: 42, message: "hi" }),
        new ChatMessage.ChatMessage({ chatSessionId: 42, type: "Invalid", message: "hi" })
      ]
      for (const input of inputs) {
        const { exit, server } = yield* onServer((agent) => agent.addChatMessage(42, input))
        const e = unencodable(exit)
        expect(e.path).toBe("AddChatMessage/Message/Type")
        expect(e.detail).toContain("Invalid")
        expect(e.detail).toContain("ToCustomer")
        expect(server.posts()).toBe(0)
      }
    }))
})

describe("a value that cannot be sent names its field, in one line", () => {
  const cases: ReadonlyArray<
    readonly [field: string, input: ChatAgent.MessageInput, path: string, detail: string]
  > = [
    ["message", { message: "bad \x01" }, "Message/Message", "contains U+0001 at index 4, which XML 1.0 cannot carry"],
    ["author", { message: "hi", author: "A\x02" }, "Message/Author", "contains U+0002 at index 1"],
    ["specialParam", { type: "Special", specialParam: "\x01[]" }, "Message/SpecialParam", "contains U+0001 at index 0"],
    ["message (lone surrogate)", { message: "x\uD800" }, "Message/Message", "contains U+D800 at index 1"],
    ["message (U+FFFE)", { message: "\uFFFE" }, "Message/Message", "contains U+FFFE at index 0"],
    ["chatMessageId", { chatMessageId: 2 ** 31, message: "hi" }, "Message/ChatMessageId", "2147483648"],
    ["chatSessionId", { chatSessionId: -(2 ** 31) - 1, message: "hi" }, "Message/ChatSessionId", "-2147483649"],
    ["readByCustomer (range)", { readByCustomer: 40_000, message: "hi" }, "Message/ReadByCustomer", "40000"],
    ["readByCustomer (integer)", { readByCustomer: 1.5, message: "hi" }, "Message/ReadByCustomer", "integer"],
    ["type", { type: "To Customer" as any, message: "hi" }, "Message/Type", "\"To Customer\" is not a ChatMessageType"],
    [
      "specialType",
      { type: "Special", specialType: "Not valid!" as any },
      "Message/SpecialType",
      "\"Not valid!\" is not a ChatMessageSpecialType"
    ],
    [
      "whenPosted",
      { message: "hi", whenPosted: DateTime.unsafeMake(Date.UTC(10000, 0, 1)) },
      "Message/WhenPosted",
      "must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z"
    ],
    ["message (not a string)", { message: 42 as any }, "Message/Message", "Expected string, actual 42"]
  ]
  for (const [field, input, path, detail] of cases) {
    it.live(`${field}: AddChatMessage/${path}`, () =>
      Effect.gen(function*() {
        const { exit, server } = yield* onServer((agent) => agent.addChatMessage(42, input))
        const e = unencodable(exit)
        expect(e.path).toBe(`AddChatMessage/${path}`)
        expect(e.detail).toContain(detail)
        expect(server.posts()).toBe(0)
      }))
  }

  it.live("of several, the first field is named", () =>
    Effect.gen(function*() {
      const { exit } = yield* onServer((agent) => agent.addChatMessage(42, { message: "\x01", author: "\x02" }))
      expect(unencodable(exit).path).toBe("AddChatMessage/Message/Message")
    }))

  it.live("the session posted into: AddChatMessage/ChatSessionId", () =>
    Effect.gen(function*() {
      for (const id of [2 ** 31, 1.5]) {
        const { exit, server } = yield* onServer((agent) => agent.addChatMessage(id, { message: "hi" }))
        const e = unencodable(exit)
        expect(e.path).toBe("AddChatMessage/ChatSessionId")
        expect(e.detail).toContain(String(id))
        expect(server.posts()).toBe(0)
      }
    }))

  it.live("GetChatMessages: its session and its after", () =>
    Effect.gen(function*() {
      const cases = [
        [2 ** 31, 0, "GetChatMessages/ChatSessionId", "2147483648 is not an xs:int"],
        [1, -(2 ** 31) - 1, "GetChatMessages/After", "-2147483649 is not an xs:int"],
        [1, 0.5, "GetChatMessages/After", "0.5 is not an xs:int"]
      ] as const
      for (const [session, after, path, detail] of cases) {
        const { exit, server } = yield* onServer((agent) => agent.getChatMessages(session, after))
        const e = unencodable(exit)
        expect(e.path).toBe(path)
        expect(e.detail).toContain(detail)
        expect(server.posts()).toBe(0)
      }
    }))

  it.live("AuthenticateUsernamePassword: the user name, and the password without showing it", () =>
    Effect.gen(function*() {
      const password = "se\x01cret-password-7f"
      const cases = [
        ["ada\x01", "lovelace", "AuthenticateUsernamePassword/UserName", "contains U+0001 at index 3"],
        ["ada", password, "AuthenticateUsernamePassword/Password", "the password holds a character XML cannot carry"]
      ] as const
      for (const [user, pass, path, detail] of cases) {
        const { exit, server } = yield* Effect.scoped(Effect.gen(function*() {
          const server = yield* answer
          const exit = yield* Effect.flatMap(
            SoPrincipal.SoPrincipal,
            (principal) => principal.authenticate(user, Redacted.make(pass))
          ).pipe(
            Effect.provide(SoPrincipal.layerNode.pipe(Layer.provide(Layer.orDie(NetServerConfig.layer({
              url: server.url
            }))))),
            Effect.exit
          )
          return { exit, server }
        }))
        const e = unencodable(exit)
        expect(e.path).toBe(path)
        expect(e.detail).toContain(detail)
        expect(e.message).not.toContain("cret-password")
        expect(server.posts()).toBe(0)
      }
    }))
})
