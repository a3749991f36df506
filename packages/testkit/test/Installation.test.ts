/**
 * Seeds: the schema of a seed file, its typed errors naming the path, the
 * default installation, and a seeded fake over real HTTP.
 */
import { addEqualityTesters, describe, expect, it } from "@effect/vitest"
import { FakeNetServer, FakeNetServerHttp, Installation } from "@so-chat/testkit"
import { ChatAgent } from "@so-chat/transport"
import { Duration, Effect, Either, Option, Redacted, TestClock } from "effect"

addEqualityTesters()

const seed = {
  users: [
    { associateId: 10, username: "kim", password: "pw", ticket: "7T:kim==", fullName: "Kim Agent" },
    { associateId: 11, username: "bo", password: "pw2", ticket: "7T:bo==", present: false }
  ],
  topics: [
    {
      topic: {
        chatTopicId: 5,
        name: "Returns",
        welcomeMessage: "Hi from Returns",
        openingHoursEnabled: true,
        openingHours: {
          tzLocation: { tZLocationCode: "America/New_York" },
          monEnabled: true,
          monStart: "PT9H",
          monStop: "PT17H"
        }
      },
      agents: [{ username: "kim" }, { username: "bo", canManage: true }]
    }
  ],
  sessions: [
    {
      chatSessionId: 40,
      topicId: 5,
      status: "InQueue",
      customerName: "Pat",
      whenRequested: "10 minutes ago",
      messages: [{ type: "ToUser", message: "Where is my parcel?" }]
    },
    {
      chatSessionId: 41,
      topicId: 5,
      status: "Closed",
      user: "bo",
      whenRequested: "2026-11-30T10:00:00Z",
      whenEnded: "2026-11-30T10:20:00Z",
      messages: [{ chatMessageId: 7, type: "ToCustomer", message: "Done", whenPosted: "2026-11-30T10:10:00Z" }]
    }
  ]
}

const problem = (json: unknown) => {
  const result = Installation.decodeSeed(json)
  expect(Either.isLeft(result)).toBe(true)
  const error = (result as Either.Left<Installation.InvalidSeed, unknown>).left
  expect(error).toBeInstanceOf(Installation.InvalidSeed)
  return error
}

describe("a seed file", () => {
  it.effect("is read whole: users, topics as entities, sessions with relative and fixed times", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(Date.UTC(2026, 11, 2, 12, 0, 0))
      const installation = Either.getOrThrow(Installation.parseSeed(JSON.stringify(seed)))
      expect(Redacted.value(installation.users[0]!.ticket)).toBe("7T:kim==")
      const server = yield* FakeNetServer.make({ installation })
      const [topic] = yield* server.topics
      const hours = topic!.topic.openingHours!
      expect([hours.monEnabled, hours.monStart, hours.monStop, hours.tueEnabled, hours.tzLocation?.tZLocationCode])
        .toEqual([true, Duration.hours(9), Duration.hours(17), false, "America/New_York"])
      expect(topic!.topic.widget).toBeNull()
      expect(topic!.agents.map((a) => [a.user?.name, a.canListen, a.canRespond, a.canManage])).toEqual([
        ["kim", true, true, false],
        ["bo", true, true, true]
      ])
      const [queued, closed] = yield* server.sessions
      expect(queued!.session.whenRequested.epochMillis).toBe(Date.UTC(2026, 11, 2, 11, 50, 0))
      expect(queued!.messages[0]).toMatchObject({ chatMessageId: 8, type: "ToUser", message: "Where is my parcel?" })
      expect(queued!.messages[0]!.whenPosted).toEqual(queued!.session.whenRequested)
      expect(closed!.session.whenEnded.epochMillis).toBe(Date.UTC(2026, 10, 30, 10, 20, 0))
      expect(closed!.transitions).toEqual([{
        status: "Closed",
        at: closed!.session.whenEnded,
        by: null,
        operation: "seed",
        user: "bo",
        transferTo: null
      }])
      expect((yield* server.presence).map((p) => [p.userId, p.present])).toEqual([[10, true], [11, false]])
    }))

  it("takes a topic given by its id and name alone: every other field, nested ones too, its default", () => {
    const minimal = Either.getOrThrow(Installation.parseSeed(JSON.stringify({
      users: [{ associateId: 1, username: "ada", password: "pw", ticket: "7T:ada==" }],
      topics: [{
        topic: { chatTopicId: 3, name: "Billing", openingHours: { monEnabled: true } },
        agents: [{ username: "ada" }]
      }]
    })))
    const topic = minimal.topics[0]!.topic
    expect([topic.chatTopicId, topic.name, topic.description, topic.secondsPrAccept]).toEqual([3, "Billing", null, 0])
    // A nested contract given in part is filled field by field.
    expect([topic.openingHours?.monEnabled, topic.openingHours?.tueEnabled]).toEqual([true, false])
    expect(topic.openingHours?.tzLocation).toBeNull()
    expect(
      Installation.parseSeed(JSON.stringify({
        users: [],
        topics: [{ topic: { chatTopicId: 3, nmae: "typo" } }]
      })).pipe(Either.flip, Either.getOrThrow).path
    ).toBe("topics[0].topic.nmae")
  })

  it("says where it is wrong", () => {
    expect(Installation.parseSeed("{").pipe(Either.flip, Either.getOrThrow).message).toMatch(/^Invalid seed: not JSON/)
    const badStatus = problem({ ...seed, sessions: [{ ...seed.sessions[0], status: "Waiting" }] })
    expect(badStatus.path).toBe("sessions[0].status")
    const badTopic = problem({ ...seed, sessions: [{ ...seed.sessions[0], topicId: 9 }] })
    expect([badTopic.path, badTopic.detail]).toEqual(["sessions[0].topicId", "no topic 9"])
    const badAgent = problem({ ...seed, topics: [{ ...seed.topics[0], agents: [{ username: "zed" }] }] })
    expect(badAgent.message).toBe("Invalid seed at topics[0].agents[0].username: no user zed")
    const badTime = problem({ ...seed, sessions: [{ ...seed.sessions[0], whenRequested: "yesterday" }] })
    expect(badTime.path).toBe("sessions[0].whenRequested")
    const twice = problem({ ...seed, sessions: [seed.sessions[0], seed.sessions[0]] })
    expect(twice.path).toBe("sessions[1].chatSessionId")
    const queuedOwned = problem({ ...seed, sessions: [{ ...seed.sessions[0], user: "kim" }] })
    expect(queuedOwned.path).toBe("sessions[0].user")
    const extra = problem({ ...seed, colour: "red" })
    expect(extra.path).toBe("colour")
    const deepTopic = problem({
      ...seed,
      topics: [{ ...seed.topics[0], topic: { ...seed.topics[0]!.topic, chatTopicId: "x" } }]
    })
    expect(deepTopic.path).toBe("topics[0].topic.chatTopicId")
    // no secret in the error
    const dupTicket = problem({ ...seed, users: [seed.users[0], { ...seed.users[1], ticket: "7T:kim==" }] })
    expect(dupTicket.path).toBe("users[1].ticket")
    expect(dupTicket.message).not.toContain("7T:kim==")
  })

  it("the default installation goes to a seed file and back", () => {
    const text = Installation.encodeSeed(Installation.defaultInstallation)
    const back = Either.getOrThrow(Installation.parseSeed(text))
    expect(Installation.encodeSeed(back)).toBe(text)
    expect(back.sessions?.map((s) => [s.chatSessionId, s.status])).toEqual([
      [1, "CustomerLast"],
      [2, "CustomerLast"],
      [3, "CustomerLast"],
      [4, "InQueue"],
      [5, "InQueue"],
      [6, "UserLast"],
      [7, "CustomerLast"],
      [8, "Closed"]
    ])
  })

  it.effect("a seed that does not hang together is an InvalidOptions of the fake", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(FakeNetServer.make({
        installation: { ...Installation.defaultInstallation, topics: [] }
      }))
      expect(error.option).toBe("installation")
      expect(error.detail).toBe("sessions[0].topicId: no topic 1")
    }))
})

describe("a seeded fake over real HTTP", () => {
  it.scoped("two users of the seed: one picks up, the other manages", () =>
    Effect.gen(function*() {
      const installation = Either.getOrThrow(Installation.decodeSeed(seed))
      const kim = FakeNetServerHttp.layerChatAgentFor({ ticket: Redacted.make("7T:kim==") })
      const bo = FakeNetServerHttp.layerChatAgentFor({ ticket: Redacted.make("7T:bo==") })
      const run = <A, E>(
        who: typeof kim,
        f: (agent: ChatAgent.ChatAgent["Type"]) => Effect.Effect<A, E>
      ) => Effect.provide(Effect.flatMap(ChatAgent.ChatAgent, f), who)
      const layer = FakeNetServerHttp.layer({ installation })
      yield* Effect.gen(function*() {
        const picked = yield* run(kim, (a) => a.pickUpFirstChatSession())
        expect(picked?.chatSessionId).toBe(40)
        expect(yield* run(bo, (a) => a.pickUpFirstChatSession())).toBeNull()
        yield* run(kim, (a) => a.addChatMessage(40, { type: "ToCustomer", message: "On its way" }))
        const transcript = yield* run(bo, (a) => a.getChatTranscript(40, false))
        expect(transcript!.split("\n").filter((l) => l !== "").map((l) => l.replace(/^\S+ /, ""))).toEqual([
          "Pat: Where is my parcel?",
          "* Hi from Returns",
          "Kim Agent: On its way"
        ])
        // bo manages Returns: bo may close kim's session
        const entity = (yield* run(bo, (a) => a.getChatSessionEntity(40)))!
        expect((yield* run(bo, (a) => a.saveChatSessionEntity({ ...entity, status: "Closed" })))?.status).toBe("Closed")
        const record = Option.getOrThrow(yield* FakeNetServer.session(40))
        expect(record.transitions.map((t) => `${t.operation}:${t.status}:${t.by}`)).toEqual([
          "seed:InQueue:null",
          "PickUpFirstChatSession:CustomerLast:kim",
          "AddChatMessage:UserLast:kim",
          "SaveChatSessionEntity:Closed:bo"
        ])
      }).pipe(Effect.provide(layer))
    }))

  it.scoped("over HTTP too, of ten pick-ups of one session by two users at once exactly one succeeds", () =>
    Effect.gen(function*() {
      const users = [
        FakeNetServerHttp.layerChatAgentFor({}),
        FakeNetServerHttp.layerChatAgentFor({
          ticket: Redacted.make("7T:5678graceExample==")
        })
      ]
      const results = yield* Effect.all(
        Array.from(
          { length: 10 },
          (_, i) =>
            Effect.either(
              Effect.provide(Effect.flatMap(ChatAgent.ChatAgent, (a) => a.pickUpChatSession(4)), users[i % 2]!)
            )
        ),
        { concurrency: "unbounded" }
      )
      expect(results.filter((r) => r._tag === "Right")).toHaveLength(1)
      const record = Option.getOrThrow(yield* FakeNetServer.session(4))
      expect(record.transitions.map((t) => t.operation)).toEqual(["seed", "PickUpChatSession"])
    }).pipe(Effect.provide(FakeNetServerHttp.layer())))
})
