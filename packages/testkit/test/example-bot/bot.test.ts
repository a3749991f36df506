import { describe, expect, it, layer } from "@effect/vitest"
import { FakeNetServer, FakeNetServerHttp, Installation } from "@so-chat/testkit"
import { ChatAgent } from "@so-chat/transport"
import { Effect, Option } from "effect"
import { answerFirst } from "./bot.js"

const reply = (question: string) => `You asked: ${question}`

/** What the bot must do on any fake: the oldest waiting session answered and closed. */
const answersTheOldest = Effect.gen(function*() {
  const waiting = (yield* FakeNetServer.sessions).filter((s) => s.session.status === "InQueue")
  const oldest = waiting.sort((a, b) => a.session.whenRequested.epochMillis - b.session.whenRequested.epochMillis)[0]!
  const question = oldest.messages.filter((m) => m.type === "ToUser").at(-1)?.message ?? ""

  const closed = Option.getOrThrow(yield* answerFirst(reply))

  expect(closed.chatSessionId).toBe(oldest.session.chatSessionId)
  expect(closed.status).toBe("Closed")
  const after = Option.getOrThrow(yield* FakeNetServer.session(closed.chatSessionId))
  expect(after.messages.filter((m) => m.type === "ToCustomer").map((m) => m.message)).toEqual([reply(question)])
  const transcript = yield* Effect.flatMap(ChatAgent.ChatAgent, (a) => a.getChatTranscript(closed.chatSessionId, false))
  expect(transcript).toContain(reply(question))
})

describe("the bot, in memory", () => {
  it.effect("answers the oldest waiting chat and closes it", () =>
    answersTheOldest.pipe(Effect.provide(FakeNetServer.layerChatAgent())))

  it.effect("does nothing when nobody waits", () =>
    Effect.gen(function*() {
      const before = yield* FakeNetServer.sessions
      expect(yield* answerFirst(reply)).toEqual(Option.none())
      expect(yield* FakeNetServer.sessions).toEqual(before)
    }).pipe(Effect.provide(FakeNetServer.layerChatAgent({
      server: {
        installation: {
          ...Installation.defaultInstallation,
          sessions: (Installation.defaultInstallation.sessions ?? []).filter((s) => s.status !== "InQueue")
        }
      }
    }))))
})

layer(FakeNetServerHttp.layerChatAgent())("the bot, over HTTP", (it) => {
  it.effect("answers the oldest waiting chat, then the next, then finds nobody", () =>
    Effect.gen(function*() {
      yield* answersTheOldest
      yield* answersTheOldest
      expect(yield* answerFirst(reply)).toEqual(Option.none())
    }))
})
