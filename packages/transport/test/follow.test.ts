/**
 * `follow` under the TestClock: no real sleeps. The transport is in memory
 * (a scripted one, or the testkit's fake NetServer), so every poll happens at
 * an exact test time.
 */
import { describe, expect, it } from "@effect/vitest"
import { ChatMessage } from "@so-chat/core"
import { GetChatMessages } from "@so-chat/core"
import { FakeNetServer } from "@so-chat/testkit"
import { ChatAgent, NetServerConfig, SoapTransport } from "@so-chat/transport"
import { Cause, Effect, Exit, Fiber, Layer, Option, Schedule, Stream, TestClock } from "effect"
import type { Seen } from "./support/scripted.js"
import { page, refused, scriptedAgent, scriptedTransport } from "./support/scripted.js"

const msg = (id: number) =>
  new ChatMessage.ChatMessage({ chatMessageId: id, chatSessionId: 7, type: "ToUser", message: `#${id}` })

/** Yields until the followed fiber waits on the TestClock (or has ended). */
const settled = (fiber: Fiber.RuntimeFiber<unknown, unknown>) =>
  Effect.gen(function*() {
    for (let i = 0; i < 10_000; i++) {
      if ((yield* TestClock.sleeps()).length > 0) return
      if (Option.isSome(yield* Fiber.poll(fiber))) return
      yield* Effect.yieldNow()
    }
    throw new Error("the follow fiber neither slept nor ended")
  })

/** Starts following session 7, collecting what is emitted. */
const start = (agent: ChatAgent.ChatAgent["Type"], options?: ChatAgent.FollowOptions) =>
  Effect.gen(function*() {
    const emitted: Array<number> = []
    const fiber = yield* agent.follow(7, options).pipe(
      Stream.runForEach((m) => Effect.sync(() => emitted.push(m.chatMessageId))),
      Effect.fork
    )
    yield* settled(fiber)
    return { emitted, fiber }
  })

/** Advances the TestClock in steps, letting the fiber poll at each wake-up. */
const advance = (
  fiber: Fiber.RuntimeFiber<unknown, unknown>,
  millis: number,
  step = 100,
  each?: (now: number) => void
) =>
  Effect.gen(function*() {
    for (let t = 0; t < millis; t += step) {
      yield* TestClock.adjust(step)
      yield* settled(fiber)
      each?.(yield* TestClock.currentTimeMillis)
    }
  })

const withAgent = <A, E>(
  answer: Parameters<typeof scriptedTransport>[0],
  f: (agent: ChatAgent.ChatAgent["Type"], seen: Array<Seen>) => Effect.Effect<A, E>
) => {
  const seen: Array<Seen> = []
  return Effect.flatMap(ChatAgent.ChatAgent, (agent) => f(agent, seen)).pipe(
    Effect.provide(scriptedAgent(scriptedTransport(answer, seen)))
  )
}

describe("ChatAgent.follow", () => {
  it.effect("emits each message once, in id order, across overlapping and out-of-order pages", () => {
    const pages = [[1, 2, 3], [2, 3, 4], [6, 5], [5, 6, 7, 7], [], [1, 2]]
    let poll = 0
    return withAgent(() => page((pages[poll++] ?? []).map(msg)), (agent, seen) =>
      Effect.gen(function*() {
        const { emitted, fiber } = yield* start(agent)
        yield* advance(fiber, 20_000)
        yield* Fiber.interrupt(fiber)
        expect(emitted).toEqual([1, 2, 3, 4, 5, 6, 7])
        // each poll asks for what comes after the last id seen
        expect(seen.slice(0, 6).map((s) => s.body.after)).toEqual([0, 3, 4, 6, 7, 7])
        expect(seen.every((s) => s.operation === "GetChatMessages" && s.body.chatSessionId === 7)).toBe(true)
      }))
  })

  it.effect("starts after the given id", () =>
    withAgent(() => page([3, 4, 5].map(msg)), (agent, seen) =>
      Effect.gen(function*() {
        const { emitted, fiber } = yield* start(agent, { after: 4 })
        yield* Fiber.interrupt(fiber)
        expect(seen[0]!.body.after).toBe(4)
        expect(emitted).toEqual([5])
      })))

  it.effect("backs off while idle (500 ms doubling, capped at 10 s) and resets when messages arrive", () => {
    const store = [msg(1), msg(2)]
    return withAgent(
      (request) => page(store.filter((m) => m.chatMessageId > (request.body as any).after)),
      (agent, seen) =>
        Effect.gen(function*() {
          const { emitted, fiber } = yield* start(agent)
          yield* advance(fiber, 50_000, 100, (now) => {
            if (now === 36_000) store.push(msg(3), msg(4))
          })
          yield* Fiber.interrupt(fiber)
          expect(emitted).toEqual([1, 2, 3, 4])
          expect(seen.map((s) => s.at)).toEqual([
            0, // messages: back to the fastest poll
            500,
            1_500,
            3_500,
            7_500,
            15_500,
            25_500, // capped at 10 s
            35_500,
            45_500, // messages 3 and 4 arrived at 36 s: reset
            46_000,
            47_000,
            49_000
          ])
        })
    )
  })

  it.effect("the schedule is replaceable, and the stream ends when it does", () =>
    withAgent(() => page([]), (agent, seen) =>
      Effect.gen(function*() {
        const { fiber } = yield* start(agent, {
          schedule: Schedule.spaced("2 seconds").pipe(Schedule.intersect(Schedule.recurs(3)))
        })
        yield* advance(fiber, 10_000, 500)
        const exit = yield* Fiber.await(fiber)
        expect(Exit.isSuccess(exit)).toBe(true)
        expect(seen.map((s) => s.at)).toEqual([0, 2_000, 4_000, 6_000])
      })))

  it.effect("interrupting it stops polling: no request and no timer left", () =>
    withAgent(() => page([]), (agent, seen) =>
      Effect.gen(function*() {
        const { fiber } = yield* start(agent, { schedule: Schedule.spaced("1 second") })
        yield* advance(fiber, 3_000)
        const before = seen.length
        expect(before).toBe(4)
        yield* Fiber.interrupt(fiber)
        const exit = yield* Fiber.poll(fiber)
        expect(Option.isSome(exit) && Exit.isInterrupted(exit.value)).toBe(true)
        yield* TestClock.adjust("1 hour")
        expect(seen.length).toBe(before)
      })))

  it.effect("a failed poll fails the stream after what was emitted", () => {
    let poll = 0
    return withAgent(
      () => (poll++ === 0 ? page([msg(1)]) : refused(GetChatMessages.operation, "SoException", "No such chat session")),
      (agent) =>
        Effect.gen(function*() {
          const { emitted, fiber } = yield* start(agent)
          yield* advance(fiber, 1_000)
          const exit = yield* Fiber.await(fiber)
          expect(emitted).toEqual([1])
          const error = Exit.isFailure(exit) ? Cause.failureOption(exit.cause) : Option.none()
          expect(Option.map(error, (e: any) => e._tag)).toEqual(Option.some("NetServerException"))
        })
    )
  })

  it.effect("against the fake NetServer: what is added while following comes out once, in order", () =>
    Effect.gen(function*() {
      const fake = yield* FakeNetServer.make({ chatSessionIds: [7] })
      const transport = SoapTransport.SoapTransport.of({
        send: (request) =>
          Effect.map(
            fake.handle({
              method: "POST",
              url: request.url.pathname,
              headers: { ...SoapTransport.framingHeaders(request.version, request.soapAction) },
              body: typeof request.body === "string" ? new TextEncoder().encode(request.body) : request.body
            }),
            (response) => ({
              status: response.status,
              headers: response.headers,
              body: new TextEncoder().encode(response.body)
            })
          )
      })
      const layer = ChatAgent.layer.pipe(
        Layer.provide(Layer.succeed(SoapTransport.SoapTransport, transport)),
        Layer.provide(Layer.orDie(NetServerConfig.layer(FakeNetServer.clientOptions("http://fake.invalid/Cust12345/"))))
      )
      const agent = yield* Effect.provide(ChatAgent.ChatAgent, layer)
      yield* agent.addChatMessage(7, { type: "ToUser", message: "before" })
      const { emitted, fiber } = yield* start(agent)
      for (const text of ["a", "b", "c"]) {
        yield* agent.addChatMessage(7, { type: "ToCustomer", message: text })
        yield* advance(fiber, 2_000)
      }
      yield* agent.addChatMessage(7, { type: "ToCustomer", message: "d" })
      yield* agent.addChatMessage(7, { type: "ToCustomer", message: "e" })
      yield* advance(fiber, 12_000)
      yield* Fiber.interrupt(fiber)
      const stored = yield* fake.messages(7)
      expect(emitted).toEqual(stored.map((m) => m.chatMessageId))
      expect(stored.map((m) => m.message)).toEqual(["before", "a", "b", "c", "d", "e"])
      const polls = (yield* fake.requests).filter((r) => r.operation === "GetChatMessages")
      expect(polls.every((r) => r.outcome._tag === "Succeeded")).toBe(true)
    }))
})
