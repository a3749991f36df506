/**
 * 200 whole conversations at once against the HTTP fake, through ChatAgent
 * as a consumer drives it: a customer opens a chat, an agent picks it up,
 * ten messages each way, the agent closes it. No error, no message lost or
 * doubled, each transcript complete, and the heap back near its start once
 * the fake is gone.
 */
import { describe, expect, it } from "@effect/vitest"
import { FakeNetServer, FakeNetServerHttp } from "@so-chat/testkit"
import { ChatAgent } from "@so-chat/transport"
import { Context, Effect, Layer, Option, Redacted } from "effect"
import * as v8 from "node:v8"
import * as vm from "node:vm"

const CONVERSATIONS = Number(process.env["LOAD_CONVERSATIONS"] ?? 200)
const EACH_WAY = 10
const MiB = 1024 * 1024

// `gc` without a flag on the command line: vitest's workers start without it.
v8.setFlagsFromString("--expose-gc")
const gc: () => void = vm.runInNewContext("gc")
const heapAfterGc = () => {
  gc()
  gc()
  return v8.getHeapStatistics().used_heap_size
}

/** On the default installation: grace writes as the customer in Support, ada (who responds there) answers. */
const conversations = (count: number, eachWay: number) =>
  Effect.scoped(Effect.gen(function*() {
    const context = yield* Layer.build(FakeNetServerHttp.layer({ maxRecordedRequests: 0 }))
    const agentOf = (ticket: Redacted.Redacted<string>) =>
      Effect.map(
        Layer.build(Layer.provide(FakeNetServerHttp.layerChatAgentFor({ ticket }), Layer.succeedContext(context))),
        (built) => Context.get(built, ChatAgent.ChatAgent)
      )
    const ada = yield* agentOf(FakeNetServer.defaultTicket)
    const customer = yield* agentOf(Redacted.make("7T:5678graceExample=="))
    const fake = Context.get(context, FakeNetServer.FakeNetServer)

    const conversation = (n: number) =>
      Effect.gen(function*() {
        const opened = yield* customer.createChatSessionForTopic(1)
        const id = opened!.chatSessionId
        const picked = yield* ada.pickUpChatSession(id)
        const written: Array<string> = []
        for (let k = 0; k < eachWay; k++) {
          const question = `customer ${n} asks #${k} <?>`
          yield* customer.addChatMessage(id, { type: "ToUser", message: question })
          const answer = `agent ${n} answers #${k} & more`
          yield* ada.addChatMessage(id, { type: "ToCustomer", message: answer })
          written.push(question, answer)
        }
        const closed = yield* ada.saveChatSessionEntity({ ...picked!, status: "Closed" })
        expect(closed?.status).toBe("Closed")
        return { id, written, transcript: yield* ada.getChatTranscript(id, false) }
      })

    const started = performance.now()
    const done = yield* Effect.forEach(Array.from({ length: count }, (_, n) => n), conversation, {
      concurrency: "unbounded"
    })
    const seconds = (performance.now() - started) / 1000

    expect(new Set(done.map((d) => d.id)).size, "a session id each").toBe(count)
    for (const { id, transcript, written } of done) {
      const record = Option.getOrThrow(yield* fake.session(id))
      expect(record.session.status).toBe("Closed")
      // every message once, in the order written; the fake's own around them
      expect(record.messages.filter((m) => m.type !== "Special").map((m) => m.message), `session ${id}`).toEqual(
        written
      )
      expect(record.messages.map((m) => m.specialType).filter((s) => s !== "None")).toEqual([
        "NewSession",
        "Welcome",
        "ClosedByUser"
      ])
      let from = 0
      for (const text of written) {
        const at = transcript!.indexOf(text, from)
        expect(at, `"${text}" in the transcript of ${id}, after what came before it`).toBeGreaterThanOrEqual(0)
        from = at + text.length
      }
    }
    const ids = (yield* fake.sessions).flatMap((s) => s.messages.map((m) => m.chatMessageId))
    expect(new Set(ids).size, "message ids unique").toBe(ids.length)
    return { seconds, calls: count * (5 + 2 * eachWay) }
  }))

describe("load: whole conversations", () => {
  it(`${CONVERSATIONS} conversations at once over HTTP`, async () => {
    // The same load once first, on its own fake: what is measured is then not the JIT, the lazily loaded
    // operations, or what fills up once and stays (with a first round of 20 conversations, or of 200 with
    // one message each way, the heap ends 3-6 MiB above; after a first round like the second, flat).
    await Effect.runPromise(conversations(CONVERSATIONS, EACH_WAY))
    const start = heapAfterGc()
    const { calls, seconds } = await Effect.runPromise(conversations(CONVERSATIONS, EACH_WAY))
    const end = heapAfterGc()
    console.log(
      `load: ${CONVERSATIONS} conversations (${calls} calls) in ${seconds.toFixed(1)} s, ` +
        `${(calls / seconds).toFixed(0)} calls/s; heap after gc ${(start / MiB).toFixed(1)} → ${
          (end / MiB).toFixed(1)
        } MiB`
    )
    // the fake, its 4,600 messages and the clients are gone with their scope
    expect(end - start).toBeLessThan(2 * MiB)
  }, 120_000)
})
