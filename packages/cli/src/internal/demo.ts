/**
 * `so-chat demo`: a whole chat on one machine. Starts the testkit's fake
 * NetServer on 127.0.0.1 (or talks to the one `--url` names), and over real
 * HTTP, with the client the commands use: a customer opens a chat, an agent
 * picks it up, they write three messages each way, the agent transfers it,
 * the colleague accepts and closes it, and the transcript is printed. Each
 * agent step is shown as the command that does it.
 *
 * Loaded only when the command runs.
 *
 * @internal
 */
import type { ChatMessage } from "@so-chat/core"
import type { ChatSessionEntity } from "@so-chat/core/generated/ChatSession"
import { FakeNetServer, FakeNetServerHttp, Installation } from "@so-chat/testkit"
import { ChatAgent, NetServerConfig, SoapTransport } from "@so-chat/transport"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { Interrupted, InvalidFlag } from "../CliError.js"
import * as Agent from "./agent.js"
import { closeSession } from "./close.js"
import { checkText, isBlank } from "./messageText.js"
import { MASK, Output } from "./output.js"
import { toJson } from "./render.js"
import type { DemoArgs } from "./runtime.js"
import { stopOnSignal } from "./runtime.js"
import { sessionJson, who } from "./sessionView.js"

/** One step of the conversation, as shown: who, what (a message, or the command), and what came of it. */
interface Step {
  readonly actor: string
  readonly action: string
  readonly command: string | null
  readonly result: string
  readonly message?: ChatMessage.ChatMessage
  readonly session?: ChatSessionEntity
}

/** The conversation's cast: the topic it is in and the two agents, from the installation. */
const castOf = (installation: Installation.Installation) => {
  const responds = (t: Installation.SeedTopic, username: string) =>
    t.agents?.some((a) => a.username === username && a.canRespond !== false) ?? false
  // A topic without opening hours, so that the chat can be opened whatever the time; two agents who answer in it.
  for (
    const t of [...installation.topics].sort((a, b) =>
      Number(a.topic.openingHoursEnabled) - Number(b.topic.openingHoursEnabled)
    )
  ) {
    const agents = installation.users.filter((u) => responds(t, u.username))
    if (agents.length >= 2) return { topic: t.topic, first: agents[0]!, second: agents[1]! }
  }
  return undefined
}

const clip = (s: string, max = 46): string => {
  const one = s.replace(/\s+/g, " ")
  return one.length > max ? `${one.slice(0, max - 1)}…` : one
}

/** Around the transport: counts the calls and their time. */
const counting = (count: { calls: number; millis: number }) => (inner: SoapTransport.SoapTransport["Type"]) =>
  SoapTransport.SoapTransport.of({
    send: (request) => {
      const started = performance.now()
      return Effect.ensuring(
        inner.send(request),
        Effect.sync(() => {
          count.calls++
          count.millis += performance.now() - started
        })
      )
    }
  })

/** @internal */
export const demo = (args: DemoArgs) =>
  Effect.gen(function*() {
    const version = args.soapVersion.trim()
    if (version !== "1.1" && version !== "1.2") {
      return yield* new InvalidFlag({
        flag: "--soap-version",
        reason: `${JSON.stringify(args.soapVersion)} is not a SOAP version: give 1.1 or 1.2`
      })
    }
    // Checked before anything is encoded, so that an error names the flag, as add-message's do.
    const text = yield* checkText("--text", args.text)
    const customer = yield* checkText("--author", args.author)
    if (isBlank(text)) {
      return yield* new InvalidFlag({ flag: "--text", reason: "the message is empty; give the demo some text to post" })
    }
    if (Option.isSome(args.url)) {
      // Another fake (so-chat serve-fake): its installation is taken to be the default one.
      const url = args.url.value
      yield* NetServerConfig.make({ url }).pipe(
        Effect.mapError((e) => new InvalidFlag({ flag: "--url", reason: e.message }))
      )
      return yield* converse(args, version, text, customer, url, Installation.defaultInstallation)
    }
    // The fake starts only once the flags are known to be good.
    return yield* Effect.gen(function*() {
      const server = yield* FakeNetServerHttp.FakeNetServerHttp
      const fake = yield* FakeNetServer.FakeNetServer
      return yield* converse(args, version, text, customer, server.url.href, fake.installation)
    }).pipe(
      // The default installation's users and topics, without its history: the demo's chat is the one session,
      // and the fake starts sooner (it builds each seeded session as it starts).
      Effect.provide(FakeNetServerHttp.layer({ installation: { ...Installation.defaultInstallation, sessions: [] } }))
    )
  })

const converse = (
  args: DemoArgs,
  version: "1.1" | "1.2",
  text: string,
  customerName: string,
  url: string,
  installation: Installation.Installation
) =>
  Effect.scoped(Effect.gen(function*() {
    const output = yield* Output
    const cast = castOf(installation)
    if (cast === undefined) return yield* Effect.dieMessage("the fake's installation has no topic with two agents")
    const { first, second, topic } = cast
    for (const u of installation.users) output.mask(Redacted.value(u.ticket))
    const count = { calls: 0, millis: 0 }
    const agentFor = (user: Installation.SeedUser) =>
      Effect.gen(function*() {
        const settings = yield* NetServerConfig.make({ url, ticket: user.ticket, soapVersion: version })
        return Context.get(yield* Layer.build(Agent.layer(settings, counting(count))), ChatAgent.ChatAgent)
      })
    const one = yield* agentFor(first)
    const two = yield* agentFor(second)
    const name = (u: Installation.SeedUser) => u.username

    const steps: Array<Step> = []
    const shown = (step: Step) => {
      steps.push(step)
      if (args.verbose) output.err(`so-chat: ${step.actor}: ${step.command ?? step.action} -> ${step.result}`)
    }
    const said = (
      actor: string,
      agent: ChatAgent.ChatAgent["Type"],
      id: number,
      message: string,
      toCustomer: boolean
    ) =>
      Effect.map(
        agent.addChatMessage(id, {
          type: toCustomer ? "ToCustomer" : "ToUser",
          message,
          author: toCustomer
            ? (actor === name(first) ? first.fullName ?? actor : second.fullName ?? actor)
            : customerName
        }),
        (m) =>
          shown({
            actor,
            action: `"${clip(message)}"`,
            command: null,
            result: `message ${m.chatMessageId}`,
            message: m
          })
      )
    const owner = (s: ChatSessionEntity) => `${s.status}, now ${s.user?.userName ?? who(s.user)}'s`

    const conversation = Effect.gen(function*() {
      // The customer's side (the chat widget) goes through the same API, as an integration writes for a customer.
      const opened = yield* one.createChatSessionForTopic(topic.chatTopicId)
      if (opened === null || opened.chatSessionId === 0) {
        return yield* Effect.dieMessage("the fake opened no chat session")
      }
      const id = opened.chatSessionId
      shown({
        actor: "customer",
        action: `opens a chat in ${topic.name ?? `topic ${topic.chatTopicId}`}`,
        command: null,
        result: `chat session ${id}, ${opened.status}`,
        session: opened
      })
      yield* said("customer", one, id, text, false)
      const picked = yield* one.pickUpChatSession(id)
      shown({
        actor: name(first),
        action: "picks it up",
        command: `so-chat pick-up --session ${id}`,
        result: owner(picked!),
        session: picked!
      })
      yield* said(name(first), one, id, "Hello! Happy to help. Which edition would you like?", true)
      yield* said("customer", one, id, "The Online edition, please.", false)
      yield* said(name(first), one, id, `${second.fullName ?? name(second)} handles Online: I will pass you on.`, true)
      const offered = yield* one.transferChatSession(id, name(second))
      shown({
        actor: name(first),
        action: `offers it to ${name(second)}`,
        command: `so-chat transfer --session ${id} --to ${name(second)}`,
        result: `offered to ${name(second)}`,
        session: offered!
      })
      const accepted = yield* two.acceptChatSessionTransfer(id)
      shown({
        actor: name(second),
        action: "accepts it",
        command: `so-chat accept --session ${id}`,
        result: owner(accepted!),
        session: accepted!
      })
      yield* said("customer", two, id, "Thank you!", false)
      yield* said(name(second), two, id, "Your quote is on its way to your inbox. Goodbye!", true)
      const closed = yield* closeSession(two, id)
      shown({
        actor: name(second),
        action: "closes it",
        command: `so-chat close --session ${id}`,
        result: closed.status,
        session: closed
      })
      const transcript = (yield* two.getChatTranscript(id, false)) ?? ""
      return { id, transcript }
    })
    const started = performance.now()
    const { id, transcript } = yield* stopOnSignal(
      conversation,
      (signal) =>
        new Interrupted({ signal, mayHaveBeenPosted: false, readOnly: true, note: "the chat was left where it was" })
    )
    const millis = Math.round(performance.now() - started)

    if (args.json) {
      output.out(JSON.stringify({
        server: url,
        chatSessionId: id,
        steps: steps.map((s) => ({
          actor: s.actor,
          action: s.action,
          command: s.command,
          result: s.result,
          message: s.message === undefined ? null : toJson(s.message),
          session: s.session === undefined ? null : sessionJson(s.session)
        })),
        transcript,
        calls: count.calls
      }))
      return
    }
    const actorWidth = Math.max(...steps.map((s) => s.actor.length))
    const actionWidth = Math.max(...steps.map((s) => (s.command ?? s.action).length))
    const lines = [
      "so-chat demo: a whole chat, over HTTP, with a fake NetServer on this machine; nothing leaves it.",
      `The fake (the one so-chat serve-fake runs) is at ${url}, with agents ${name(first)} and ${name(second)}.`,
      "",
      ...steps.map((s) =>
        `  ${s.actor.padEnd(actorWidth)}  ${(s.command ?? s.action).padEnd(actionWidth)}  -> ${s.result}`
      ),
      "",
      `so-chat transcript --session ${id}:`,
      ...transcript.replace(/\r?\n$/, "").split(/\r?\n/).map((l) => `    ${l}`),
      "",
      `${count.calls} calls (SOAP ${version}) in ${millis} ms. To go on by hand: so-chat serve-fake, then`,
      `    export SO_URL=<the URL it prints> SO_TICKET=${MASK}   # ${name(first)}'s ticket: serve-fake prints it`,
      "    so-chat sessions"
    ]
    for (const line of lines) output.out(output.redact(line))
  }))
