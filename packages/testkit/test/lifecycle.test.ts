/**
 * A whole conversation on the fake's installation, through ChatAgent in
 * memory: each operation's rule, and that a refused call changes nothing.
 */
import { addEqualityTesters, describe, expect, it } from "@effect/vitest"
import { NetServerException } from "@so-chat/core"
import { FakeNetServer, Installation } from "@so-chat/testkit"
import { ChatAgent } from "@so-chat/transport"
import { Effect, Layer, Option, Redacted, TestClock } from "effect"

addEqualityTesters()

const GRACE = Redacted.make("7T:5678graceExample==")

const fake = FakeNetServer.layer()
const ada = FakeNetServer.layerChatAgentFor({})
const grace = FakeNetServer.layerChatAgentFor({ ticket: GRACE })

/** Runs `f` with the agent of a user, on the fake in the context. */
const as = <A, E>(
  who: Layer.Layer<ChatAgent.ChatAgent, unknown, FakeNetServer.FakeNetServer>,
  f: (agent: ChatAgent.ChatAgent["Type"]) => Effect.Effect<A, E>
) => Effect.provide(Effect.flatMap(ChatAgent.ChatAgent, f), who)

const refusal = <A, E>(effect: Effect.Effect<A, E, FakeNetServer.FakeNetServer>) =>
  Effect.map(Effect.flip(effect), (e) => {
    expect(e).toBeInstanceOf(NetServerException.NetServerException)
    return (e as unknown as NetServerException.NetServerException).exceptionType
  })

const statusOf = (id: number) => Effect.map(FakeNetServer.session(id), (s) => Option.getOrThrow(s).session.status)

describe("a conversation on the default installation", () => {
  it.effect("opened, queued, picked up, answered, transferred, accepted, closed, transcribed", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(Date.UTC(2026, 11, 2, 9, 0, 0))
      const opened = yield* as(ada, (a) => a.createChatSessionForTopic(2))
      const id = opened!.chatSessionId
      expect(id).toBe(9)
      expect(opened!.status).toBe("InQueue")
      expect(opened!.initialQueuePos).toBe(2) // session 5 waits in Sales already
      yield* TestClock.adjust("1 minute")
      yield* as(ada, (a) => a.addChatMessage(id, { type: "ToUser", message: "Hello?", author: "Customer" }))
      expect(yield* statusOf(id)).toBe("InQueue")

      // grace's first is session 4, the oldest waiting in her topics; then she takes this one
      expect((yield* as(grace, (a) => a.pickUpFirstChatSession()))?.chatSessionId).toBe(4)
      const picked = yield* as(grace, (a) => a.pickUpChatSession(id))
      expect(picked!.status).toBe("CustomerLast")
      expect(picked!.user?.name).toBe("grace")
      expect(picked!.whenStarted.epochMillis).toBe(Date.UTC(2026, 11, 2, 9, 1, 0))

      yield* as(grace, (a) => a.addChatMessage(id, { type: "ToCustomer", message: "Hi, <grace> here" }))
      expect(yield* statusOf(id)).toBe("UserLast")
      yield* as(ada, (a) => a.addChatMessage(id, { type: "ToUser", message: "I want a quote" }))
      expect(yield* statusOf(id)).toBe("CustomerLast")

      const sent = yield* as(grace, (a) => a.transferChatSession(id, "ADA"))
      expect(sent!.transferTo?.name).toBe("ada")
      expect(sent!.user?.name).toBe("grace")
      const accepted = yield* as(ada, (a) => a.acceptChatSessionTransfer(id))
      expect(accepted!.user?.name).toBe("ada")
      expect(accepted!.transferTo).toBeNull()

      const closed = yield* as(ada, (a) => a.saveChatSessionEntity({ ...accepted!, status: "Closed" }))
      expect(closed!.status).toBe("Closed")
      expect(closed!.whenEnded.epochMillis).toBe(Date.UTC(2026, 11, 2, 9, 1, 0))

      const record = Option.getOrThrow(yield* FakeNetServer.session(id))
      expect(record.transitions.map((t) => [t.operation, t.status, t.by, t.user, t.transferTo])).toEqual([
        ["CreateChatSessionForTopic", "InQueue", "ada", null, null],
        ["PickUpChatSession", "CustomerLast", "grace", "grace", null],
        ["AddChatMessage", "UserLast", "grace", "grace", null],
        ["AddChatMessage", "CustomerLast", "ada", "grace", null],
        ["TransferChatSession", "CustomerLast", "grace", "grace", "ada"],
        ["AcceptChatSessionTransfer", "CustomerLast", "ada", "ada", null],
        ["SaveChatSessionEntity", "Closed", "ada", "ada", null]
      ])
      expect(record.messages.map((m) => [m.type, m.specialType, m.message])).toEqual([
        ["Special", "NewSession", "New chat session"],
        ["ToUser", "None", "Hello?"],
        ["ToCustomer", "None", "Hi, <grace> here"],
        ["ToUser", "None", "I want a quote"],
        ["Special", "TransferedSession", "The chat was transferred from Grace Hopper to Ada Lovelace"],
        ["Special", "ClosedByUser", "Ada Lovelace closed the chat"]
      ])
      // one id sequence for the whole installation: 3 went to Support's welcome in session 4
      expect(record.messages.map((m) => m.chatMessageId)).toEqual([1, 2, 4, 5, 6, 7])
      expect((yield* FakeNetServer.messages(4)).at(-1)).toMatchObject({ chatMessageId: 3, specialType: "Welcome" })

      const text = yield* as(ada, (a) => a.getChatTranscript(id, false))
      expect(text).toContain("2026-12-02T09:01:00Z Grace Hopper: Hi, <grace> here\n")
      expect(text).toContain("2026-12-02T09:01:00Z * Ada Lovelace closed the chat\n")
      const html = yield* as(ada, (a) => a.getChatTranscript(id, true))
      expect(html).toContain("Hi, &lt;grace&gt; here")
      expect(html).not.toContain("<grace>")

      // closed: no more messages, no pick-up
      expect(yield* refusal(as(ada, (a) => a.addChatMessage(id, { type: "ToUser", message: "late" })))).toBe(
        "SoException"
      )
      expect(yield* refusal(as(grace, (a) => a.pickUpChatSession(id)))).toBe("SoException")
      expect((yield* FakeNetServer.session(id)).pipe(Option.getOrThrow).messages).toHaveLength(6)
    }).pipe(Effect.provide(fake)))
})

describe("what the installation refuses, and that a refusal changes nothing", () => {
  it.effect("unknown ids", () =>
    Effect.gen(function*() {
      const before = yield* FakeNetServer.sessions
      expect(yield* refusal(as(ada, (a) => a.pickUpChatSession(77)))).toBe("SoException")
      expect(yield* refusal(as(ada, (a) => a.createChatSessionForTopic(77)))).toBe("SoException")
      expect(yield* refusal(as(ada, (a) => a.transferChatSession(1, "nobody")))).toBe("SoException")
      expect(yield* as(ada, (a) => a.getChatSessionEntity(77))).toBeNull()
      expect(yield* FakeNetServer.sessions).toEqual(before)
    }).pipe(Effect.provide(fake)))

  it.effect("a transfer meant for someone else; one to oneself; a second transfer", () =>
    Effect.gen(function*() {
      // session 7 is on its way from grace to ada
      expect(yield* refusal(as(grace, (a) => a.acceptChatSessionTransfer(7)))).toBe("SoAccessDeniedException")
      expect(yield* refusal(as(grace, (a) => a.transferChatSession(7, "ada")))).toBe("SoException")
      expect(yield* refusal(as(ada, (a) => a.transferChatSession(1, "1")))).toBe("SoException")
      const s7 = Option.getOrThrow(yield* FakeNetServer.session(7))
      expect(s7.session.transferTo?.name).toBe("ada")
      expect(s7.transitions).toHaveLength(1)
      // rejected: back with grace, and the customer is told
      const back = yield* as(ada, (a) => a.rejectChatSessionTransfer(7))
      expect(back!.transferTo).toBeNull()
      expect(back!.user?.name).toBe("grace")
      expect((yield* FakeNetServer.messages(7)).at(-1)?.specialType).toBe("TransferRejected")
      // not being transferred: nothing happens
      const again = yield* as(ada, (a) => a.rejectChatSessionTransfer(7))
      expect(again).toEqual(back)
    }).pipe(Effect.provide(fake)))

  it.effect("no right on the topic; not the session's owner", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make({
        installation: {
          ...Installation.defaultInstallation,
          topics: Installation.defaultInstallation.topics.map((t) =>
            t.topic.chatTopicId === 2 ? { ...t, agents: t.agents?.filter((a) => a.username !== "ada") } : t
          )
        }
      })
      const run = <A, E>(e: Effect.Effect<A, E, FakeNetServer.FakeNetServer>) =>
        Effect.provideService(e, FakeNetServer.FakeNetServer, server)
      expect(yield* run(refusal(as(ada, (a) => a.pickUpChatSession(5))))).toBe("SoAccessDeniedException")
      expect(yield* run(refusal(as(ada, (a) => a.getChatSessionEntity(5))))).toBe("SoAccessDeniedException")
      // ada's first is in Support only
      expect((yield* run(as(ada, (a) => a.pickUpFirstChatSession())))?.chatSessionId).toBe(4)
      expect(yield* run(as(ada, (a) => a.pickUpFirstChatSession()))).toBeNull()
      // grace is no manager of Support: she may not write in ada's session
      expect(yield* run(refusal(as(grace, (a) => a.addChatMessage(1, { type: "ToCustomer", message: "x" })))))
        .toBe("SoAccessDeniedException")
      // nor close it
      const one = Option.getOrThrow(yield* run(FakeNetServer.session(1))).session
      expect(yield* run(refusal(as(grace, (a) => a.saveChatSessionEntity({ ...one, status: "Closed" })))))
        .toBe("SoAccessDeniedException")
      expect(yield* run(statusOf(1))).toBe("CustomerLast")
    }))

  it.effect("reset puts a session back in the queue; delete ends it", () =>
    Effect.gen(function*() {
      const reset = yield* as(grace, (a) => a.resetChatSession(6))
      expect(reset!.status).toBe("InQueue")
      expect(reset!.user).toBeNull()
      expect((yield* as(ada, (a) => a.pickUpFirstChatSession()))?.chatSessionId).toBe(6)
      yield* as(ada, (a) => a.deleteChatSessionEntity(6))
      expect(yield* statusOf(6)).toBe("Deleted")
      expect(yield* as(ada, (a) => a.getChatSessionEntity(6))).toBeNull()
      expect((yield* as(ada, (a) => a.chatSessionsForUser()))?.map((s) => s?.chatSessionId)).not.toContain(6)
    }).pipe(Effect.provide(fake)))
})

describe("concurrency", () => {
  it.effect("two agents picking up the same session: exactly one gets it", () =>
    Effect.gen(function*() {
      const results = yield* Effect.all(
        Array.from(
          { length: 20 },
          (_, i) => Effect.either(as(i % 2 === 0 ? ada : grace, (a) => a.pickUpChatSession(4)))
        ),
        { concurrency: "unbounded" }
      )
      expect(results.filter((r) => r._tag === "Right")).toHaveLength(1)
      const record = Option.getOrThrow(yield* FakeNetServer.session(4))
      expect(record.transitions.filter((t) => t.operation === "PickUpChatSession")).toHaveLength(1)
      expect(record.messages.filter((m) => m.specialType === "Welcome")).toHaveLength(1)
    }).pipe(Effect.provide(fake)))
})
