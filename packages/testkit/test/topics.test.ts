/**
 * Topics, their agents, opening hours and presence on the fake's
 * installation, through ChatAgent in memory.
 */
import { addEqualityTesters, describe, expect, it } from "@effect/vitest"
import { ChatPresence } from "@so-chat/core/generated/ChatPresence"
import { ChatTopicAgent } from "@so-chat/core/generated/ChatTopicAgent"
import { FakeNetServer } from "@so-chat/testkit"
import { Effect, TestClock } from "effect"

import { ada, as, fake, grace, refusal } from "./support/agents.js"

addEqualityTesters()

describe("topics", () => {
  it.effect("stored and returned whole; a new one is its creator's to manage", () =>
    Effect.gen(function*() {
      const support = (yield* as(ada, (a) => a.getChatTopicEntity(1)))!
      expect(support.name).toBe("Support")
      expect(support.openingHours?.tzLocation?.tZLocationCode).toBe("Europe/Oslo")
      expect(support.widget?.theme).toBe("Modern")
      const renamed = yield* as(ada, (a) => a.saveChatTopicEntity({ ...support, name: "Help" }))
      expect(renamed).toEqual({ ...support, name: "Help" })
      expect(yield* as(ada, (a) => a.getChatTopicEntity(1))).toEqual(renamed)
      // grace does not manage Support
      expect(yield* refusal(as(grace, (a) => a.saveChatTopicEntity({ ...support, name: "Mine" }))))
        .toBe("SoAccessDeniedException")
      const created = (yield* as(grace, (a) => a.saveChatTopicEntity({ ...support, chatTopicId: 0, name: "Billing" })))!
      expect(created.chatTopicId).toBe(3)
      expect((yield* as(grace, (a) => a.chatTopicsForUser()))?.map((t) => t?.name)).toEqual([
        "Help",
        "Sales",
        "Billing"
      ])
      expect((yield* as(ada, (a) => a.chatTopicsForUser()))?.map((t) => t?.name)).toEqual(["Help", "Sales"])
      expect(yield* as(ada, (a) => a.getChatTopicEntity(99))).toBeNull()
    }).pipe(Effect.provide(fake)))

  it.effect("deleted only by a manager, and only with no session waiting or going on", () =>
    Effect.gen(function*() {
      expect(yield* refusal(as(ada, (a) => a.deleteChatTopicEntity(1)))).toBe("SoException")
      const blank = (yield* as(ada, (a) => a.createDefaultChatTopicEntity()))!
      const created = (yield* as(ada, (a) => a.saveChatTopicEntity({ ...blank, name: "Temp" })))!
      expect(yield* refusal(as(grace, (a) => a.deleteChatTopicEntity(created.chatTopicId)))).toBe(
        "SoAccessDeniedException"
      )
      yield* as(ada, (a) => a.deleteChatTopicEntity(created.chatTopicId))
      expect(yield* as(ada, (a) => a.getChatTopicEntity(created.chatTopicId))).toBeNull()
    }).pipe(Effect.provide(fake)))
})

describe("IsWithinOpeningHours: the topic's hours at the Clock's time in the topic's zone", () => {
  const at = (iso: string, topic: number) =>
    Effect.zipRight(TestClock.setTime(Date.parse(iso)), as(ada, (a) => a.isWithinOpeningHours(topic)))
  it.effect("Support: Monday to Friday 08:00–16:00 in Oslo", () =>
    Effect.gen(function*() {
      // 2026-12-02 is a Wednesday; Oslo is UTC+1 in winter
      expect(yield* at("2026-12-02T06:59:00Z", 1)).toBe(false)
      expect(yield* at("2026-12-02T07:00:00Z", 1)).toBe(true)
      expect(yield* at("2026-12-02T14:59:59Z", 1)).toBe(true)
      expect(yield* at("2026-12-02T15:00:00Z", 1)).toBe(false)
      // summer: UTC+2
      expect(yield* at("2026-06-03T06:30:00Z", 1)).toBe(true)
      expect(yield* at("2026-06-03T14:30:00Z", 1)).toBe(false)
      // Saturday
      expect(yield* at("2026-12-05T10:00:00Z", 1)).toBe(false)
      // Sales has no opening hours: always open
      expect(yield* at("2026-12-05T03:00:00Z", 2)).toBe(true)
      expect(yield* refusal(as(ada, (a) => a.isWithinOpeningHours(42)))).toBe("SoException")
    }).pipe(Effect.provide(fake)))
})

describe("topic agents", () => {
  it.effect("listed, read, added, updated, replaced and removed by a manager", () =>
    Effect.gen(function*() {
      const list = (yield* as(ada, (a) => a.getChatTopicUserAgentList(1)))!
      expect(list.map((a) => [a?.user?.name, a?.canManage])).toEqual([["ada", true], ["grace", false]])
      expect((yield* as(ada, (a) => a.getChatTopicUserAgent(1, "GRACE")))?.canRespond).toBe(true)
      const removed = yield* as(ada, (a) => a.deleteChatTopicUserAgent(1, "grace"))
      expect(removed).toBeUndefined()
      expect(yield* as(ada, (a) => a.getChatTopicUserAgent(1, "grace"))).toBeNull()
      // grace is no agent of Support now: she cannot pick up its sessions
      expect(yield* refusal(as(grace, (a) => a.pickUpChatSession(4)))).toBe("SoAccessDeniedException")
      const graceInSales = (yield* as(ada, (a) => a.getChatTopicUserAgent(2, "grace")))!
      const added = (yield* as(ada, (a) =>
        a.addChatTopicUserAgent(
          1,
          new ChatTopicAgent({ user: graceInSales.user, canListen: true, canRespond: true })
        )))!
      expect([added.topicId, added.user?.name, added.canRespond, added.canManage]).toEqual([1, "grace", true, false])
      expect(
        yield* refusal(as(ada, (a) => a.addChatTopicUserAgent(1, added)))
      ).toBe("SoException")
      const managing = yield* as(ada, (a) =>
        a.updateChatTopicUserAgent(1, "grace", new ChatTopicAgent({ ...added, canManage: true })))
      expect(managing?.canManage).toBe(true)
      // grace, a manager now, replaces the whole list
      const replaced = yield* as(grace, (a) =>
        a.updateChatTopicUserAgents(1, [managing!]))
      expect(
        replaced?.map((a) => a?.user?.name)
      ).toEqual(["grace"])
      expect(
        yield* refusal(as(ada, (a) => a.getChatTopicUserAgentList(1)))
      ).toBe("SoAccessDeniedException")
    }).pipe(Effect.provide(fake)))

  it.effect("GetUserAgentList: flat or by topic, present or all", () =>
    Effect.gen(function*() {
      const flat = yield* as(ada, (a) => a.getUserAgentList(true, false))
      expect(flat?.map((i) => [i?.id, i?.name])).toEqual([[1, "Ada Lovelace"], [2, "Grace Hopper"]])
      const byTopic = yield* as(ada, (a) => a.getUserAgentList(false, false))
      expect(byTopic?.map((i) => [i?.name, i?.childItems?.map((c) => c?.id)])).toEqual([
        ["Support", [1, 2]],
        ["Sales", [1, 2]]
      ])
      yield* as(grace, (a) => a.saveChatPresence([new ChatPresence({ userId: 0, present: false })]))
      expect((yield* as(ada, (a) => a.getUserAgentList(true, true)))?.map((i) => i?.id)).toEqual([1])
    }).pipe(Effect.provide(fake)))
})

describe("presence", () => {
  it.effect("every user's, with chats going on; each sets only its own", () =>
    Effect.gen(function*() {
      const before = (yield* as(ada, (a) => a.getChatPresence()))!
      expect(before.map((p) => [p?.userId, p?.displayName, p?.present, p?.ongoingChats, p?.chatTopics])).toEqual([
        [1, "Ada Lovelace", true, 3, [1, 2]],
        [2, "Grace Hopper", true, 2, [1, 2]]
      ])
      yield* as(ada, (a) => a.saveChatPresence([{ ...before[0]!, present: false, chatTopics: [1] }]))
      expect(yield* refusal(as(ada, (a) => a.saveChatPresence([{ ...before[1]!, present: false }])))).toBe(
        "SoAccessDeniedException"
      )
      const after = yield* FakeNetServer.presence
      expect(after.map((p) => [p.present, p.chatTopics])).toEqual([[false, [1]], [true, [1, 2]]])
    }).pipe(Effect.provide(fake)))
})
