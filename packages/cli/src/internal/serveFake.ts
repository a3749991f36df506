/**
 * `so-chat serve-fake`: the testkit's fake NetServer over HTTP until SIGINT or
 * SIGTERM. The endpoint goes to stdout when it listens; then one line per
 * request, secrets masked.
 *
 * Loaded only when the command runs.
 *
 * @internal
 */
import { AddChatMessage, AuthenticateUsernamePassword, Envelope, GetChatMessages } from "@so-chat/core"
import type { Operation } from "@so-chat/core"
import { FakeNetServer, FakeNetServerHttp, Installation } from "@so-chat/testkit"
import * as Context from "effect/Context"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { InvalidFlag, InvalidSetting } from "../CliError.js"
import { MASK, Output } from "./output.js"
import type { ServeFakeArgs } from "./runtime.js"
import { awaitSignal } from "./runtime.js"

const header = (headers: FakeNetServer.HttpRequest["headers"], name: string): string | undefined => {
  const v = headers[name]
  return Array.isArray(v) ? v[0] : (v as string | undefined)
}

/** The SOAPAction's last segment, from the 1.1 header or the 1.2 content type's `action`. */
const actionName = (headers: FakeNetServer.HttpRequest["headers"]): string | undefined => {
  const action = header(headers, "soapaction") ?? /action="?([^";]+)"?/.exec(header(headers, "content-type") ?? "")?.[1]
  if (action === undefined) return undefined
  const clean = action.replace(/^"|"$/g, "")
  return clean.slice(clean.lastIndexOf("/") + 1) || clean
}

const clip = (s: string, max = 120): string => {
  const one = s.replace(/\s+/g, " ").trim()
  return one.length > max ? `${one.slice(0, max - 1)}…` : one
}

/** What each operation's line says of its request and of its success, never a secret. */
const summaries = {
  AddChatMessage: {
    request: (body: AddChatMessage.Request) => [`session=${body.chatSessionId}`],
    success: (body: AddChatMessage.Response) =>
      body.response === null ? "ok" : `posted ChatMessageId=${body.response.chatMessageId}`
  },
  GetChatMessages: {
    request: (body: GetChatMessages.Request) => [`session=${body.chatSessionId}`, `after=${body.after}`],
    success: (body: GetChatMessages.Response) => {
      const n = body.response?.length ?? 0
      return `${n} message${n === 1 ? "" : "s"}`
    }
  },
  AuthenticateUsernamePassword: {
    request: (body: AuthenticateUsernamePassword.Request) => [`user=${JSON.stringify(body.userName ?? "")}`],
    success: (body: AuthenticateUsernamePassword.Response) =>
      body.authenticationSucceeded ? `logged in, new ticket ${MASK}` : "not logged in: wrong user name or password"
  }
} as const

const operations = [
  AddChatMessage.operation,
  GetChatMessages.operation,
  AuthenticateUsernamePassword.operation
] as const

/**
 * One line describing a request and its answer: the operation, SOAP version,
 * what it was asked, the ticket (masked), the status and the outcome. Never a
 * secret: tickets, tokens and passwords show as the mask or not at all.
 */
export const describeExchange = (
  request: FakeNetServer.HttpRequest,
  response: FakeNetServer.HttpResponse,
  millis: number
): string => {
  const parts = [request.method, request.url.replace(/^https?:\/\/[^/]+/, "")]
  const decoded = Envelope.decodeRequest(operations, request.body)
  const summary = Either.isRight(decoded)
    ? summaries[decoded.right.operation.name as keyof typeof summaries]
    : undefined
  if (Either.isRight(decoded) && summary !== undefined) {
    const { body, headers, version } = decoded.right
    parts.push(
      `${decoded.right.operation.name} SOAP ${version}`,
      ...summary.request(body as never),
      `ticket=${headers.ticket === undefined ? "none" : MASK}`
    )
    if (headers.applicationToken !== undefined) parts.push(`app-token=${MASK}`)
  } else {
    const name = actionName(request.headers)
    if (name !== undefined) parts.push(name)
  }
  parts.push("->", String(response.status))
  if (Either.isRight(decoded) && summary !== undefined) {
    const operation: Operation.Operation.Any = decoded.right.operation
    const answer = Envelope.decodeResponse(operation, response.body)
    if (Either.isRight(answer)) {
      parts.push(summary.success(answer.right.body as never))
    } else {
      const e = answer.left
      parts.push(
        e._tag === "NetServerException"
          ? `refused: ${clip(e.friendlyText)}`
          : e._tag === "SoapFault"
          ? `fault: ${clip(e.reason)}`
          : "answer not decodable"
      )
    }
  } else if (response.status >= 400) {
    const reason = /<(?:\w+:)?(?:Text|faultstring)[^>]*>([^<]*)</.exec(response.body)?.[1]
    if (reason !== undefined) parts.push(`fault: ${clip(reason)}`)
  }
  parts.push(`(${millis < 1 ? millis.toFixed(1) : Math.round(millis)} ms)`)
  return parts.join(" ")
}

/** The fake, with each request it answers written as one line. */
const logged = (options: FakeNetServer.Options, log: (line: string) => void) =>
  Layer.effect(
    FakeNetServer.FakeNetServer,
    Effect.map(FakeNetServer.make(options), (fake) => ({
      ...fake,
      handle: (request: FakeNetServer.HttpRequest) => {
        const started = performance.now()
        return Effect.tap(fake.handle(request), (response) =>
          Effect.sync(() => {
            const at = DateTime.formatIso(DateTime.unsafeNow())
            log(`${at} ${describeExchange(request, response, performance.now() - started)}`)
          }))
      }
    }))
  )

const columns = (rows: ReadonlyArray<ReadonlyArray<string>>): ReadonlyArray<string> => {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]!.length))) ?? []
  return rows.map((r) => `  ${r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd()}`)
}

/**
 * What the fake holds as it starts: its users with their tickets (valid from
 * the start), its topics with their agents, its chat sessions.
 */
export const describeInstallation = (fake: FakeNetServer.FakeNetServer) =>
  Effect.gen(function*() {
    const users = fake.installation.users
    const topics = yield* fake.topics
    const sessions = yield* fake.sessions
    const nameOf = (a: { readonly userName: string | null; readonly name: string | null } | null) =>
      a === null ? "-" : a.userName ?? a.name ?? "-"
    return [
      `so-chat: ${users.length} user${users.length === 1 ? "" : "s"}, with the tickets they may call with:`,
      ...columns(users.map((u) => [
        u.username,
        `associate ${u.associateId}`,
        u.fullName ?? u.username,
        `ticket ${Redacted.value(u.ticket)}`,
        u.present === false ? "away" : "present"
      ])),
      `so-chat: ${topics.length} chat topic${topics.length === 1 ? "" : "s"}:`,
      ...columns(topics.map(({ agents, topic }) => [
        String(topic.chatTopicId),
        topic.name ?? "-",
        topic.openingHoursEnabled ? "opening hours" : "always open",
        `agents ${agents.map((a) => nameOf(a.user)).join(", ") || "none"}`
      ])),
      `so-chat: ${sessions.length} chat session${sessions.length === 1 ? "" : "s"}:`,
      ...columns(sessions.map(({ messages, session: s }) => [
        String(s.chatSessionId),
        s.status,
        `topic ${s.topicId}`,
        s.user === null
          ? "no agent"
          : `${nameOf(s.user)}'s${s.transferTo === null ? "" : `, offered to ${nameOf(s.transferTo)}`}`,
        s.customerName ?? s.customerAlias ?? "-",
        `${messages.length} message${messages.length === 1 ? "" : "s"}`
      ]))
    ]
  })

const listenError = (host: string, port: number, e: NodeJS.ErrnoException) =>
  new InvalidSetting({
    source: `--host ${host} --port ${port}`,
    reason: e.code === "EADDRINUSE"
      ? `cannot listen on ${host}:${port}: the port is in use`
      : e.code === "EACCES"
      ? `cannot listen on ${host}:${port}: permission denied (ports below 1024 need privileges)`
      : `cannot listen on ${host}:${port}: ${e.message}`
  })

/** @internal */
export const serveFake = (args: ServeFakeArgs) =>
  Effect.gen(function*() {
    const output = yield* Output
    if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) {
      return yield* new InvalidFlag({
        flag: "--port",
        reason: `${args.port} is not a port (0 to 65535; 0 picks a free one)`
      })
    }
    const seed = Option.getOrUndefined(args.seed)
    const installation = seed === undefined ? undefined : yield* Installation.readSeedFile(seed).pipe(
      Effect.mapError((e) => new InvalidSetting({ source: `--seed ${seed}`, reason: e.message }))
    )
    const options: FakeNetServer.Options = { online: args.online, installation }
    const serve = FakeNetServerHttp.serve({ host: args.host, port: args.port }).pipe(
      Layer.provideMerge(logged(options, output.out)),
      Layer.catchAll((e) =>
        Layer.fail(e._tag === "ServeError" ? listenError(args.host, args.port, e.cause as NodeJS.ErrnoException) : e)
      )
    )
    yield* Effect.scoped(Effect.gen(function*() {
      const built = yield* Layer.build(serve)
      const server = Context.get(built, FakeNetServerHttp.FakeNetServerHttp)
      const fake = Context.get(built, FakeNetServer.FakeNetServer)
      output.out(server.url.href)
      output.err(`so-chat: fake NetServer listening; Chat endpoint ${server.chatUrl.href}`)
      for (const line of yield* describeInstallation(fake)) output.err(line)
      // The fake's credentials are the seed's (the default one's are documented), not the user's: shown even
      // when SO_TICKET holds them.
      if (args.online) {
        output.err(`so-chat: application token ${Redacted.value(FakeNetServer.defaultApplicationToken)}`)
      }
      output.err("so-chat: Ctrl-C stops it")
      const signal = yield* awaitSignal
      output.err(`so-chat: ${signal}: stopping`)
    }))
    output.err("so-chat: stopped")
  })
