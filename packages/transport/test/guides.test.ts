/**
 * The examples of docs/reading.md and docs/authentication.md, run as tests
 * (following under the TestClock, logging in against the testkit's fake
 * NetServer over loopback HTTP), so the guides cannot rot.
 */
import { describe, expect, it } from "@effect/vitest"
import { ChatMessage } from "@so-chat/core"
import { FakeNetServerHttp } from "@so-chat/testkit"
import { ChatAgent, NetServerConfig, SoPrincipal, TicketSource } from "@so-chat/transport"
import {
  Config,
  ConfigProvider,
  Effect,
  Fiber,
  Layer,
  Logger,
  Option,
  Redacted,
  Schedule,
  Stream,
  TestClock
} from "effect"
import * as path from "node:path"
import { describeGuides } from "./support/docExamples.js"
import { capturingLogs } from "./support/observe.js"
import type { Seen } from "./support/scripted.js"
import { page, scriptedAgent, scriptedTransport } from "./support/scripted.js"

const msg = (id: number, message: string, type: ChatMessage.ChatMessage["type"] = "ToUser") =>
  new ChatMessage.ChatMessage({ chatMessageId: id, chatSessionId: 42, type, message, author: "Customer" })

/** A session whose messages the test adds to, served in memory. */
const session = (store: Array<ChatMessage.ChatMessage>, seen: Array<Seen> = []) =>
  scriptedAgent(
    scriptedTransport((request) => page(store.filter((m) => m.chatMessageId > (request.body as any).after)), seen)
  )

/** Lets a forked follower run until it waits on the TestClock. */
const settle = Effect.gen(function*() {
  for (let i = 0; i < 1000; i++) {
    if ((yield* TestClock.sleeps()).length > 0) return
    yield* Effect.yieldNow()
  }
})

const env = (url: string | URL) =>
  ConfigProvider.fromMap(new Map([["SO_URL", String(url)], ["SO_USER", "ada"], ["SO_PASSWORD", "lovelace"]]))

describe("docs/reading.md", () => {
  it.effect("read a session's messages", () =>
    Effect.gen(function*() {
      // --- example: read
      const transcript = Effect.gen(function*() {
        const agent = yield* ChatAgent.ChatAgent
        const messages = yield* agent.getChatMessages(42) // all; getChatMessages(42, 1234) for those after #1234
        for (const m of messages) {
          yield* Effect.log(`#${m.chatMessageId} ${m.author ?? "?"}: ${m.message ?? ""}`)
        }
        return messages
      })
      // --- end
      const { lines, value } = yield* capturingLogs(Effect.provide(transcript, session([msg(1, "hi"), msg(2, "help")])))
      expect(value.map((m) => m.chatMessageId)).toEqual([1, 2])
      expect(lines.filter((l) => l.includes("Customer:"))).toHaveLength(2)
    }))

  it.effect("follow a session", () =>
    Effect.gen(function*() {
      const store = [msg(1, "hi")]
      const logged: Array<string> = []
      // --- example: follow
      // Every message the customer writes, as it arrives, until interrupted.
      const customerMessages = Effect.gen(function*() {
        const agent = yield* ChatAgent.ChatAgent
        yield* agent.follow(42).pipe(
          Stream.filter((m) => m.type === "ToUser"),
          Stream.runForEach((m) => Effect.log(`customer: ${m.message}`))
        )
      })
      // --- end
      const fiber = yield* customerMessages.pipe(
        Effect.provide(session(store)),
        Effect.provide(
          Logger.replace(Logger.defaultLogger, Logger.make(({ message }) => logged.push(String(message))))
        ),
        Effect.fork
      )
      yield* settle
      store.push(msg(2, "hello?", "ToCustomer"), msg(3, "anyone?"))
      yield* TestClock.adjust("1 second")
      yield* settle
      yield* Fiber.interrupt(fiber)
      expect(logged).toEqual(["customer: hi", "customer: anyone?"])
    }))

  it.effect("a schedule of your own", () =>
    Effect.gen(function*() {
      const seen: Array<Seen> = []
      // --- example: schedule
      const steady = Effect.gen(function*() {
        const agent = yield* ChatAgent.ChatAgent
        // Poll every 5 seconds whatever happens, and stop after ten minutes.
        const messages = agent.follow(42, { schedule: Schedule.spaced("5 seconds").pipe(Schedule.upTo("10 minutes")) })
        yield* Stream.runForEach(messages, (m) => Effect.log(m.message))
      })
      // --- end
      const fiber = yield* Effect.fork(Effect.provide(steady, session([], seen)))
      for (let i = 0; i < 40 && Option.isNone(yield* Fiber.poll(fiber)); i++) {
        yield* settle
        yield* TestClock.adjust("2 minutes")
      }
      yield* Fiber.join(fiber)
      expect(seen.length).toBe(121)
      expect(seen[1]!.at - seen[0]!.at).toBe(5000)
    }))

  it.effect("stopping", () =>
    Effect.gen(function*() {
      const store = [msg(1, "hi"), msg(2, "thanks"), msg(3, "bye"), msg(4, "never read")]
      // --- example: stop
      const transcripts = Effect.gen(function*() {
        const agent = yield* ChatAgent.ChatAgent
        // Until the customer says bye (the stream then ends and polling stops) …
        const untilBye = yield* agent.follow(42).pipe(Stream.takeUntil((m) => m.message === "bye"), Stream.runCollect)
        // … or for ten minutes at most.
        const tenMinutes = yield* agent.follow(42).pipe(
          Stream.interruptWhen(Effect.sleep("10 minutes")),
          Stream.runCollect
        )
        return { untilBye, tenMinutes }
      })
      // --- end
      const fiber = yield* Effect.fork(transcripts.pipe(Effect.provide(session(store))))
      for (let i = 0; i < 80 && Option.isNone(yield* Fiber.poll(fiber)); i++) {
        yield* settle
        yield* TestClock.adjust("10 seconds")
      }
      const { tenMinutes, untilBye } = yield* Fiber.join(fiber)
      expect([...untilBye].map((m) => m.chatMessageId)).toEqual([1, 2, 3])
      expect(tenMinutes).toHaveLength(4)
    }))
})

describe("docs/authentication.md", () => {
  it.live("log in", () =>
    Effect.gen(function*() {
      const { url } = yield* FakeNetServerHttp.FakeNetServerHttp
      // --- example: login
      const whoAmI = Effect.gen(function*() {
        const soPrincipal = yield* SoPrincipal.SoPrincipal
        const password = yield* Config.redacted("SO_PASSWORD") // Redacted from here on
        const { principal, ticket } = yield* soPrincipal.authenticate("ada", password)
        yield* Effect.log(`logged in as ${principal.fullName} (associate ${principal.associateId})`)
        return ticket // Redacted<string>: prints as <redacted>
      }).pipe(Effect.provide(SoPrincipal.layerNode.pipe(Layer.provide(NetServerConfig.layerConfig()))))
      // --- end
      const ticket = yield* Effect.withConfigProvider(whoAmI, env(url))
      expect(String(ticket)).toBe("<redacted>")
      // a fresh ticket of the login's own, as NetServer issues
      expect(Redacted.value(ticket)).toMatch(/^7T:[A-Za-z0-9+/]+=*$/)
      expect(Redacted.value(ticket)).not.toBe("7T:1234abcxyzExample==")
    }).pipe(Effect.provide(FakeNetServerHttp.layer()), Effect.scoped))

  it.live("a ChatAgent that logs in", () =>
    Effect.gen(function*() {
      const { url } = yield* FakeNetServerHttp.FakeNetServerHttp
      // --- example: ticket-source
      // SO_URL, SO_USER and SO_PASSWORD from the environment: logs in on the first call,
      // and again (once) if NetServer later refuses the ticket.
      const ChatAgentLive = Layer.unwrapEffect(
        Effect.map(
          Config.all({ userName: Config.string("SO_USER"), password: Config.redacted("SO_PASSWORD") }),
          (credentials) => ChatAgent.layerNode.pipe(Layer.provide(TicketSource.login(credentials)))
        )
      ).pipe(
        Layer.provide(SoPrincipal.layerNode),
        Layer.provide(NetServerConfig.layerConfig())
      )
      // --- end
      const messages = yield* Effect.gen(function*() {
        const agent = yield* ChatAgent.ChatAgent
        yield* agent.addChatMessage(1, { type: "ToCustomer", message: "hi" })
        return yield* agent.getChatMessages(1)
      }).pipe(Effect.provide(ChatAgentLive), Effect.withConfigProvider(env(url)))
      expect(messages.map((m) => m.message)).toEqual(["hi"])
    }).pipe(Effect.provide(FakeNetServerHttp.layer()), Effect.scoped))

  it.live("a wrong password", () =>
    Effect.gen(function*() {
      const { url } = yield* FakeNetServerHttp.FakeNetServerHttp
      const layer = SoPrincipal.layerNode.pipe(Layer.provide(NetServerConfig.layerConfig()))
      // --- example: login-failed
      const greeting = (userName: string, password: Redacted.Redacted) =>
        Effect.gen(function*() {
          const soPrincipal = yield* SoPrincipal.SoPrincipal
          return yield* soPrincipal.authenticate(userName, password).pipe(
            Effect.map(({ principal }) => `welcome, ${principal.fullName}`),
            Effect.catchTag("LoginFailed", (e) => Effect.succeed(`${e.message} Try again.`))
          )
        })
      // --- end
      const result = yield* greeting("ada", Redacted.make("wrong")).pipe(
        Effect.provide(layer),
        Effect.withConfigProvider(env(url))
      )
      expect(result).toBe(
        `Could not log in as "ada" at ${url}Remote/Services88/SoPrincipal.svc: the user name or password is wrong. Try again.`
      )
    }).pipe(Effect.provide(FakeNetServerHttp.layer()), Effect.scoped))
})

describeGuides(
  "the reading and authentication guides show only tested code",
  __filename,
  ["reading.md", "authentication.md"].map((name) => path.join(__dirname, "../../../docs", name))
)
