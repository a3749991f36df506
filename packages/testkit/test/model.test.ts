/**
 * Model-based: random sequences of what three users do on one fake
 * NetServer (open chats on topics as customers, pick up, pick up the first,
 * write as customer or agent, transfer, accept, reject, reset, close,
 * delete, read transcripts, chat lists and presence), through ChatAgent's
 * methods, against the small model of the rules in support/chatModel.ts.
 * After every step: each answer is the one the rules give (a refusal where
 * they refuse), and the fake's whole state agrees with the model: each
 * session in exactly one state, with its owner and transfer target, no
 * message lost or doubled, ids unique. The same sequences in memory and
 * over HTTP on loopback.
 *
 * Replay a failure with FC_SEED=<seed> (and FC_RUNS=1); fast-check prints
 * the seed and the shrunk sequence.
 */
import { describe, expect, it } from "@effect/vitest"
import { NetServerException } from "@so-chat/core"
import { ChatPresence } from "@so-chat/core/generated/ChatPresence"
import { FakeNetServer, FakeNetServerHttp } from "@so-chat/testkit"
import { ChatAgent } from "@so-chat/transport"
import { Context, Effect, Either, FastCheck as fc, Layer, Option, Redacted, type Scope } from "effect"
import * as M from "./support/chatModel.js"

interface Real {
  readonly fake: FakeNetServer.FakeNetServer
  readonly agents: Record<M.User, ChatAgent.ChatAgent["Type"]>
}

const run = <A, E>(effect: Effect.Effect<A, E>) => Effect.runPromise(Effect.either(effect))

/** The fake's answer held against the model's: a refusal is NetServer's ExceptionInfo, nothing else. */
const outcome = <A, E>(answer: Either.Either<A, E>, expected: M.Expected, what: string): A | undefined => {
  if (Either.isLeft(answer)) {
    expect(answer.left, `${what}: only a NetServer refusal may fail`).toBeInstanceOf(
      NetServerException.NetServerException
    )
    expect(expected, `${what} was refused: ${String((answer.left as any).message)}`).not.toBe("ok")
    return undefined
  }
  expect(expected, `${what} succeeded, where the rules refuse it`).not.toBe("refused")
  return answer.right
}

/** The fake's whole state against the model's, after every step. */
const agree = async (model: M.Model, real: Real) => {
  const records = await Effect.runPromise(real.fake.sessions)
  expect(records.map((r) => r.session.chatSessionId), "the sessions").toEqual(
    [...model.sessions.keys()].sort((a, b) => a - b)
  )
  const messageIds = new Set<number>()
  for (const record of records) {
    const id = record.session.chatSessionId
    const expected = model.sessions.get(id)!
    // exactly one state: the entity's status is the last transition's
    expect(record.session.status, `session ${id}'s status`).toBe(expected.status)
    expect(record.transitions.at(-1)?.status, `session ${id}'s last transition`).toBe(expected.status)
    if (expected.status !== "Deleted") {
      expect(record.session.user?.name ?? null, `session ${id}'s owner`).toBe(expected.owner)
      expect(record.session.transferTo?.name ?? null, `session ${id}'s transfer target`).toBe(expected.transferTo)
    }
    // no message lost, doubled or reordered
    expect(
      record.messages.map((m) => m.type === "Special" ? `* ${m.specialType}` : `${m.type}: ${m.message}`),
      `session ${id}'s messages`
    ).toEqual(expected.messages.map((m) => m.type === "Special" ? `* ${m.special}` : `${m.type}: ${m.text}`))
    for (const m of record.messages) {
      expect(m.chatSessionId, `message ${m.chatMessageId}'s session`).toBe(id)
      expect(messageIds.has(m.chatMessageId), `message id ${m.chatMessageId} twice`).toBe(false)
      messageIds.add(m.chatMessageId)
    }
  }
  const presence = await Effect.runPromise(real.fake.presence)
  expect(Object.fromEntries(presence.map((p) => [p.displayName, p.present]))).toEqual(
    Object.fromEntries(M.users.map((u) => [M.fullNames[u], model.present[u]]))
  )
}

const user = fc.constantFrom(...M.users)
/**
 * Who acts: a user, or a role resolved against the session as it is then
 * (its owner, its transfer target, a manager of its topic, someone else who
 * responds in it), so the later steps are reached often.
 */
type Actor = M.User | "owner" | "target" | "manager" | "colleague"
const actor: fc.Arbitrary<Actor> = fc.oneof(
  { weight: 2, arbitrary: user },
  {
    weight: 3,
    arbitrary: fc.constantFrom("owner" as const, "target" as const, "manager" as const, "colleague" as const)
  }
)
const responders = (s: M.Session) => M.users.filter((u) => M.rights[s.topic]?.[u]?.respond)
const resolve = (a: Actor, s: M.Session | undefined): M.User => {
  if (s === undefined) return a === "owner" || a === "target" || a === "manager" || a === "colleague" ? "ada" : a
  switch (a) {
    case "owner":
      return s.owner ?? responders(s)[0]!
    case "target":
      return s.transferTo ?? s.owner ?? responders(s)[0]!
    case "manager":
      return M.users.find((u) => M.rights[s.topic]?.[u]?.manage)!
    case "colleague":
      return responders(s).find((u) => u !== s.owner) ?? "cy"
    default:
      return a
  }
}

/**
 * A session: one in a given state as the model has it then (the newest), so
 * the later steps are reached often; or the n-th of the model's (modulo
 * their number); or one that does not exist.
 */
type Target = number | "missing" | "waiting" | "open" | "transferring" | "ended"
const target: fc.Arbitrary<Target> = fc.oneof(
  { weight: 3, arbitrary: fc.nat(5) },
  { weight: 1, arbitrary: fc.constant("missing" as const) },
  {
    weight: 6,
    arbitrary: fc.constantFrom("waiting" as const, "open" as const, "transferring" as const, "ended" as const)
  }
)
const inState: Record<Exclude<Target, number | "missing">, (s: M.Session) => boolean> = {
  waiting: (s) => s.status === "InQueue",
  open: (s) => s.status === "CustomerLast" || s.status === "UserLast",
  transferring: (s) => s.transferTo !== null,
  ended: (s) => s.status === "Closed" || s.status === "Deleted"
}
const pick = (model: M.Model, n: Target) => {
  const all = [...model.sessions.values()]
  if (n === "missing" || all.length === 0) return { id: 987_654, session: undefined }
  const session = typeof n === "number" ? all[n % all.length]! : all.filter(inState[n]).at(-1) ?? all.at(-1)!
  return { id: session.id, session }
}

type Cmd = fc.AsyncCommand<M.Model, Real>

/** One step: what it does to the fake, and to the model. */
const step = (label: string, act: (model: M.Model, real: Real) => Promise<void>): Cmd => ({
  check: () => true,
  run: async (model, real) => {
    await act(model, real)
    await agree(model, real)
  },
  toString: () => label
})

const open = fc.tuple(user, fc.constantFrom(1, 2, 1, 2, 99)).map(([u, topic]) =>
  step(`${u} opens a chat on topic ${topic}`, async (model, real) => {
    const opened = outcome(
      await run(real.agents[u].createChatSessionForTopic(topic)),
      M.create(model, topic, 0).expected,
      "CreateChatSessionForTopic"
    )
    if (opened === undefined) return
    expect(opened?.status).toBe("InQueue")
    expect(model.sessions.has(opened!.chatSessionId), `session id ${opened!.chatSessionId} given twice`).toBe(false)
    M.create(model, topic, opened!.chatSessionId).apply!()
  })
)

// opening chats twice as likely as any other step, so the sequences reach the later steps
const commands: ReadonlyArray<fc.Arbitrary<Cmd>> = [
  open,
  open,
  fc.tuple(actor, target).map(([a, n]) =>
    step(`${a} picks up session #${n}`, async (model, real) => {
      const { id, session } = pick(model, n)
      const u = resolve(a, session)
      const rule = M.pickUp(u, session)
      const picked = outcome(await run(real.agents[u].pickUpChatSession(id)), rule.expected, `PickUpChatSession ${id}`)
      if (picked !== undefined && rule.expected === "ok") {
        expect(picked?.user?.name).toBe(u)
        rule.apply!()
      }
    })
  ),
  user.map((u) =>
    step(`${u} picks up the first waiting`, async (model, real) => {
      const first = M.firstWaiting(model, u)
      const picked = outcome(await run(real.agents[u].pickUpFirstChatSession()), "ok", "PickUpFirstChatSession")
      expect(picked?.chatSessionId ?? null, "the oldest waiting session in the caller's topics").toBe(first?.id ?? null)
      M.pickUpFirst(model, u).apply?.()
    })
  ),
  fc.tuple(actor, target, fc.constantFrom("customer" as const, "agent" as const)).map(([a, n, as]) =>
    step(`${a} writes as ${as} in session #${n}`, async (model, real) => {
      const { id, session } = pick(model, n)
      const u = resolve(a, session)
      const text = `${as} ${u} #${++model.written} <&>`
      const rule = M.addMessage(u, session, as, text)
      const posted = outcome(
        await run(
          real.agents[u].addChatMessage(id, { type: as === "customer" ? "ToUser" : "ToCustomer", message: text })
        ),
        rule.expected,
        `AddChatMessage ${id} as ${as}`
      )
      if (posted !== undefined && rule.expected === "ok") {
        expect(posted.message).toBe(text)
        rule.apply!()
      }
    })
  ),
  fc.tuple(actor, target, actor).map(([a, n, b]) =>
    step(`${a} transfers session #${n} to ${b}`, async (model, real) => {
      const { id, session } = pick(model, n)
      const u = resolve(a, session)
      const to = resolve(b === "owner" || b === "target" ? "colleague" : b, session)
      const rule = M.transfer(u, session, to)
      outcome(
        await run(real.agents[u].transferChatSession(id, to)),
        rule.expected,
        `TransferChatSession ${id} to ${to}`
      )
      rule.apply?.()
    })
  ),
  // a hand-over as agents do it: the owner of the newest open session asks a colleague, who answers
  fc.tuple(fc.constantFrom("accepts" as const, "rejects" as const, "ignores" as const)).map(([answer]) =>
    step(`the owner of the newest open session transfers it to a colleague, who ${answer}`, async (model, real) => {
      const { id, session } = pick(model, "open")
      if (session === undefined) return
      const from = resolve("owner", session)
      const to = resolve("colleague", session)
      const asked = M.transfer(from, session, to)
      outcome(await run(real.agents[from].transferChatSession(id, to)), asked.expected, `TransferChatSession ${id}`)
      asked.apply?.()
      await agree(model, real)
      if (answer === "ignores") return
      const rule = M.answerTransfer(to, session, answer === "accepts")
      const agent = real.agents[to]
      outcome(
        await run(answer === "accepts" ? agent.acceptChatSessionTransfer(id) : agent.rejectChatSessionTransfer(id)),
        rule.expected,
        `${answer === "accepts" ? "Accept" : "Reject"}ChatSessionTransfer ${id}`
      )
      rule.apply?.()
    })
  ),
  fc.tuple(actor, target, fc.boolean()).map(([a, n, accept]) =>
    step(`${a} ${accept ? "accepts" : "rejects"} the transfer of session #${n}`, async (model, real) => {
      const { id, session } = pick(model, n)
      const u = resolve(a, session)
      const rule = M.answerTransfer(u, session, accept)
      const agent = real.agents[u]
      outcome(
        await run(accept ? agent.acceptChatSessionTransfer(id) : agent.rejectChatSessionTransfer(id)),
        rule.expected,
        `${accept ? "Accept" : "Reject"}ChatSessionTransfer ${id}`
      )
      rule.apply?.()
    })
  ),
  fc.tuple(actor, target, fc.constantFrom("reset" as const, "close" as const, "delete" as const)).map(([a, n, how]) =>
    step(`${a} ${how}s session #${n}`, async (model, real) => {
      const { id, session } = pick(model, n)
      const u = resolve(a, session)
      const agent = real.agents[u]
      if (how === "reset") {
        const rule = M.reset(u, session)
        outcome(await run(agent.resetChatSession(id)), rule.expected, `ResetChatSession ${id}`)
        return rule.apply?.()
      }
      if (how === "delete") {
        const rule = M.remove(u, session)
        outcome(await run(agent.deleteChatSessionEntity(id)), rule.expected, `DeleteChatSessionEntity ${id}`)
        return rule.apply?.()
      }
      // closing is a save of the entity as stored, with the status Closed
      const stored = await Effect.runPromise(real.fake.session(id))
      if (Option.isNone(stored)) return
      const rule = M.close(u, session)
      outcome(
        await run(agent.saveChatSessionEntity({ ...stored.value.session, status: "Closed" })),
        rule.expected,
        `SaveChatSessionEntity ${id} as Closed`
      )
      rule.apply?.()
    })
  ),
  fc.tuple(actor, target, fc.boolean()).map(([a, n, html]) =>
    step(`${a} reads session #${n}: entity and ${html ? "HTML" : "text"} transcript`, async (model, real) => {
      const { id, session } = pick(model, n)
      const u = resolve(a, session)
      const visible = session !== undefined && session.status !== "Deleted" && M.sees(u, session)
      const entity = await run(real.agents[u].getChatSessionEntity(id))
      if (session === undefined || session.status === "Deleted") {
        expect(Either.getOrUndefined(entity) ?? null, `GetChatSessionEntity ${id}: no such session`).toBeNull()
        return
      }
      expect(Either.isRight(entity), `GetChatSessionEntity ${id} by ${u}: answered iff the rights let it see`).toBe(
        visible
      )
      const transcript = outcome(
        await run(real.agents[u].getChatTranscript(id, html)),
        visible ? "ok" : "refused",
        `GetChatTranscript ${id}`
      )
      if (transcript === undefined) return
      // every written message once, in order, escaped in HTML
      let from = 0
      for (const m of session.messages) {
        if (m.type === "Special") continue
        const text = html ? m.text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : m.text
        const at = transcript!.indexOf(text, from)
        expect(at, `"${m.text}" in the transcript of ${id}, after what came before it`).toBeGreaterThanOrEqual(0)
        expect(transcript!.indexOf(text, at + text.length), `"${m.text}" once`).toBe(-1)
        from = at + text.length
      }
    })
  ),
  user.map((u) =>
    step(`${u} lists its sessions`, async (model, real) => {
      const listed = outcome(await run(real.agents[u].chatSessionsForUser()), "ok", "ChatSessionsForUser")
      expect((listed ?? []).map((s) => s!.chatSessionId), `${u}'s chat list`).toEqual(M.chatList(model, u))
    })
  ),
  fc.tuple(user, fc.boolean()).map(([u, present]) =>
    step(`${u} sets itself ${present ? "present" : "away"}`, async (model, real) => {
      outcome(
        await run(real.agents[u].saveChatPresence([new ChatPresence({ userId: 0, present })])),
        "ok",
        "SaveChatPresence"
      )
      model.present[u] = present
      const seen = outcome(await run(real.agents[u].getChatPresence()), "ok", "GetChatPresence")
      expect(seen?.find((p) => p?.displayName === M.fullNames[u])?.present).toBe(present)
    })
  )
]

/** The agents of the three users on one fake, in memory or over loopback HTTP. */
const world = (transport: "memory" | "http"): Effect.Effect<Real, unknown, Scope.Scope> =>
  Effect.gen(function*() {
    const ticket = (u: M.User) => ({ ticket: Redacted.make(M.tickets[u]) })
    const agents = {} as Record<M.User, ChatAgent.ChatAgent["Type"]>
    let fake: FakeNetServer.FakeNetServer
    if (transport === "memory") {
      const context = yield* Layer.build(FakeNetServer.layer({ installation: M.installation }))
      fake = Context.get(context, FakeNetServer.FakeNetServer)
      for (const u of M.users) {
        const built = yield* Layer.build(
          Layer.provide(FakeNetServer.layerChatAgentFor(ticket(u)), Layer.succeedContext(context))
        )
        agents[u] = Context.get(built, ChatAgent.ChatAgent)
      }
    } else {
      const context = yield* Layer.build(FakeNetServerHttp.layer({ installation: M.installation }))
      fake = Context.get(context, FakeNetServer.FakeNetServer)
      for (const u of M.users) {
        const built = yield* Layer.build(
          Layer.provide(FakeNetServerHttp.layerChatAgentFor(ticket(u)), Layer.succeedContext(context))
        )
        agents[u] = Context.get(built, ChatAgent.ChatAgent)
      }
    }
    return { fake, agents }
  })

// one seed for both transports, so HTTP runs the first of the very sequences run in memory
const seed = process.env["FC_SEED"] === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(process.env["FC_SEED"])
const runs = (n: number) => (process.env["FC_RUNS"] === undefined ? n : Number(process.env["FC_RUNS"]))

const property = (transport: "memory" | "http", numRuns: number) =>
  fc.assert(
    fc.asyncProperty(fc.commands(commands as Array<fc.Arbitrary<Cmd>>, { maxCommands: 50, size: "max" }), (cmds) =>
      Effect.runPromise(Effect.scoped(Effect.gen(function*() {
        const real = yield* world(transport)
        yield* Effect.promise(() =>
          fc.asyncModelRun(() => ({ model: M.initial(), real }), cmds)
        )
      })))),
    { numRuns: runs(numRuns), seed }
  )

describe("the fake against a model of the chat rules", () => {
  it("in memory: random days of three users", () => property("memory", 30), 60_000)
  it("over HTTP on loopback: the same sequences", () => property("http", 10), 60_000)
})
