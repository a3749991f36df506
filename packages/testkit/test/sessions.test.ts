/**
 * The session rules the conversation test does not walk through: each
 * operation's edge, through ChatAgent in memory on the default installation.
 */
import { addEqualityTesters, describe, expect, it } from "@effect/vitest"
import { FakeNetServer } from "@so-chat/testkit"
import { Effect, Option, TestClock } from "effect"

import { ada, as, fake, grace, refusal } from "./support/agents.js"

addEqualityTesters()

const record = (id: number) => Effect.map(FakeNetServer.session(id), Option.getOrThrow)

describe("session rules", () => {
  it.effect("an agent's message waits for the pick-up; a customer's does not, and keeps the queue", () =>
    Effect.gen(function*() {
      expect(yield* refusal(as(ada, (a) => a.addChatMessage(4, { type: "ToCustomer", message: "early" }))))
        .toBe("SoException")
      yield* as(ada, (a) => a.addChatMessage(4, { type: "ToUser", message: "still there?" }))
      const four = yield* record(4)
      expect(four.session.status).toBe("InQueue")
      expect(four.session.lastMessage).toBe("still there?")
      expect(four.transitions).toHaveLength(1)
    }).pipe(Effect.provide(fake)))

  it.effect("a transfer of a session not the caller's: nothing happens; to a user the installation does not have: refused", () =>
    Effect.gen(function*() {
      const six = (yield* record(6)).session
      expect(yield* as(ada, (a) => a.transferChatSession(6, "ada"))).toEqual(six)
      const installation = yield* FakeNetServer.FakeNetServer
      expect((yield* record(6)).transitions).toHaveLength(1)
      // grace to a user the installation does not have
      expect(yield* refusal(as(grace, (a) => a.transferChatSession(6, "nobody")))).toBe("SoException")
      expect(installation.installation.users.map((u) => u.username)).toEqual(["ada", "grace"])
      // by associate id
      expect((yield* as(grace, (a) => a.transferChatSession(6, "1")))?.transferTo?.name).toBe("ada")
    }).pipe(Effect.provide(fake)))

  it.effect("reset by one who neither owns nor manages: refused; of a waiting session: nothing happens", () =>
    Effect.gen(function*() {
      expect(yield* refusal(as(grace, (a) => a.resetChatSession(1)))).toBe("SoAccessDeniedException")
      const four = (yield* record(4)).session
      expect(yield* as(ada, (a) => a.resetChatSession(4))).toEqual(four)
      expect(yield* refusal(as(ada, (a) => a.resetChatSession(8)))).toBe("SoException")
    }).pipe(Effect.provide(fake)))

  it.effect("a save with id 0 queues a new session with its customer fields; a save changes no other status", () =>
    Effect.gen(function*() {
      const blank = (yield* as(ada, (a) => a.createDefaultChatSessionEntity()))!
      expect(blank.status).toBe("InQueue")
      expect(yield* FakeNetServer.session(blank.chatSessionId)).toEqual(Option.none())
      const saved = (yield* as(ada, (a) =>
        a.saveChatSessionEntity({ ...blank, topicId: 1, customerName: "Ida", customerEmail: "ida@example.com" })))!
      expect([saved.chatSessionId, saved.status, saved.customerName, saved.initialQueuePos]).toEqual([
        9,
        "InQueue",
        "Ida",
        2
      ])
      expect(
        yield* refusal(as(ada, (a) =>
          a.saveChatSessionEntity({ ...saved, status: "UserLast" })))
      )
        .toBe("SoException")
      // customer fields of an open session, by its owner: no transition
      const one = (yield* record(1)).session
      const renamed = yield* as(ada, (a) =>
        a.saveChatSessionEntity({ ...one, customerName: "Renamed", user: null }))
      expect(renamed?.customerName).toBe("Renamed")
      expect(renamed?.user?.name).toBe("ada")
      expect((yield* record(1)).transitions).toHaveLength(1)
    }).pipe(Effect.provide(fake)))

  it.effect("the chat list: what the caller sees, waiting or going on, and its own ended in the last 8 hours", () =>
    Effect.gen(function*() {
      const ids = (who: typeof ada) =>
        Effect.map(as(who, (a) => a.chatSessionsForUser()), (list) => list?.map((s) => s?.chatSessionId))
      expect(yield* ids(ada)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
      expect(yield* ids(grace)).toEqual([1, 2, 3, 4, 5, 6, 7])
      yield* TestClock.adjust("6 hours")
      expect(yield* ids(ada)).not.toContain(8)
    }).pipe(Effect.provide(fake)))

  it.effect("the owner's read sets WhenFetched; another's does not", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(Date.UTC(2026, 11, 2, 10, 0, 0))
      yield* as(ada, (a) => a.getChatMessages(6, 0))
      expect((yield* record(6)).session.whenFetched.epochMillis).toBeLessThan(0)
      yield* as(grace, (a) => a.getChatMessages(6, 0))
      expect((yield* record(6)).session.whenFetched.epochMillis).toBe(Date.UTC(2026, 11, 2, 10, 0, 0))
    }).pipe(Effect.provide(fake)))
})
