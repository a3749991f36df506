/**
 * What an error of unknown outcome says, per operation (issue 12): after a
 * lost connection, a timeout, a 5xx page or an answer that cannot be read,
 * AddChatMessage's message says the message may have been posted, a read's
 * that nothing changed, any other operation's that it may have taken effect;
 * the error names the operation. On real loopback sockets, every layer.
 */
import { describe, expect, it } from "@effect/vitest"
import { ChatMessage } from "@so-chat/core"
import { ChatAgent, ChatAgentError, NetServerConfig, SoPrincipal } from "@so-chat/transport"
import { Cause, Context, Effect, Exit, Layer, Option, Redacted, Schedule } from "effect"
import { layers } from "./support/layers.js"
import type { Handler } from "./support/loopback.js"
import { loopback, send } from "./support/loopback.js"

const failureOf = <A>(exit: Exit.Exit<A, ChatAgentError.ChatAgentError>): ChatAgentError.ChatAgentError => {
  if (Exit.isSuccess(exit)) throw new Error("expected a failure")
  return Option.getOrThrow(Cause.failureOption(exit.cause))
}

const POSTED = "so the message may have been posted: check the chat session before sending it again."
const nothingChanged = (name: string) =>
  `${name} only reads, so nothing changed, whatever reached the server: it is safe to send again.`
const tookEffect = (name: string) =>
  `The request may have reached the server, so ${name} may have taken effect: check before sending it again.`

/** How the server fails a request, each an unknown outcome. */
const failures: Record<string, { readonly tag: ChatAgentError.ChatAgentError["_tag"]; readonly handler: Handler }> = {
  "the connection is reset after the request": {
    tag: "ConnectionLost",
    handler: (_req, _res, socket) => socket.resetAndDestroy()
  },
  "a 502 page": {
    tag: "UnexpectedStatus",
    handler: (_req, res) => send(res, 502, "text/html", "<h1>Bad gateway</h1>")
  },
  "an answer that is not XML": {
    tag: "UndecodableResponse",
    handler: (_req, res) => send(res, 200, "text/xml; charset=utf-8", "<oops")
  },
  "no answer within the timeout": { tag: "Timeout", handler: () => {} }
}

const config = (url: string) =>
  Layer.orDie(NetServerConfig.layer({
    url,
    ticket: Redacted.make("7T:ticket=="),
    timeout: "400 millis",
    // Reads would be retried after a lost connection or a timeout; here the first failure is the answer.
    retryReads: NetServerConfig.retryReadWhileUnknown(Schedule.stop)
  }))

const hello = new ChatMessage.ChatMessage({ chatSessionId: 42, type: "ToCustomer", message: "Hello" })

describe("an unknown outcome says what it means for the operation", () => {
  it("without an operation (a transport used on its own) it says only that the request may have taken effect", () => {
    const error = new ChatAgentError.ConnectionLost({ url: "http://x/", responseStarted: false, detail: "reset" })
    expect(error.operation).toBeUndefined()
    expect(error.message).toContain("so it may have taken effect: check before sending it again.")
    expect(error.message).not.toContain("message may have been posted")
  })

  for (const [name, layer] of Object.entries(layers)) {
    describe(name, () => {
      for (const [how, { handler, tag }] of Object.entries(failures)) {
        it.live(`${how}: AddChatMessage may have posted, a read changed nothing, a write may have taken effect`, () =>
          Effect.gen(function*() {
            const server = yield* loopback(handler)
            const context = yield* Layer.build(layer.pipe(Layer.provide(config(server.url))))
            const agent = Context.get(context, ChatAgent.ChatAgent)
            const cases = [
              ["AddChatMessage", agent.addChatMessage(42, hello), POSTED, false],
              ["GetChatMessages", agent.getChatMessages(42), nothingChanged("GetChatMessages"), true],
              ["GetChatSessionEntity", agent.getChatSessionEntity(42), nothingChanged("GetChatSessionEntity"), true],
              [
                "DeleteChatSessionEntity",
                agent.deleteChatSessionEntity(42),
                tookEffect("DeleteChatSessionEntity"),
                false
              ]
            ] as const
            for (const [operation, call, note, safeToRetry] of cases) {
              const error = failureOf(yield* Effect.exit(call as Effect.Effect<unknown, ChatAgentError.ChatAgentError>))
              expect([operation, error._tag]).toEqual([operation, tag])
              expect(ChatAgentError.outcome(error)).toBe("Unknown")
              expect(error.message, operation).toContain(note)
              expect((error as ChatAgentError.ConnectionLost).operation).toEqual({ name: operation, safeToRetry })
              if (operation !== "AddChatMessage") expect(error.message).not.toContain("message may have been posted")
              if (safeToRetry) expect(error.message).not.toContain("may have taken effect")
            }
          }).pipe(Effect.scoped))
      }
    })
  }

  it.live("a login whose connection is lost may have taken effect (it makes a ticket)", () =>
    Effect.gen(function*() {
      const server = yield* loopback((_req, _res, socket) => socket.resetAndDestroy())
      const context = yield* Layer.build(SoPrincipal.layerNode.pipe(Layer.provide(config(server.url))))
      const principal = Context.get(context, SoPrincipal.SoPrincipal)
      const error = failureOf(yield* Effect.exit(principal.authenticate("ada", Redacted.make("secret"))))
      expect(error._tag).toBe("ConnectionLost")
      expect(error.message).toContain(tookEffect("AuthenticateUsernamePassword"))
      const info = failureOf(yield* Effect.exit(principal.getSystemInfo()))
      expect(info.message).toContain(nothingChanged("GetSystemInfo"))
    }).pipe(Effect.scoped))
})
