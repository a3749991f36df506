/**
 * `so-chat add-message`: validate the flags, resolve the connection, post (or,
 * with `--dry-run`, show what would be posted), print the result.
 *
 * Loaded only when the command runs.
 *
 * @internal
 */
import { AddChatMessage, ChatMessage, ChatMessageSpecialType, Envelope, Xsd } from "@so-chat/core"
import { ChatAgent, NetServerConfig, SoapTransport } from "@so-chat/transport"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import { Interrupted, InvalidFlag, InvalidSetting } from "../CliError.js"
import * as Settings from "../Settings.js"
import * as Agent from "./agent.js"
import { messageTypes } from "./names.js"
import { MASK, Output } from "./output.js"
import { pretty } from "./prettyXml.js"
import { toJson, toLines } from "./render.js"
import type { AddMessageArgs, ConnectionArgs } from "./runtime.js"
import { Environment, stopOnSignal } from "./runtime.js"

const INT32_MAX = 2147483647

/** A chat session id: a positive xs:int. */
export const parseSession = (raw: string, flag = "--session"): Either.Either<number, InvalidFlag> => {
  const s = raw.trim()
  if (!/^\d+$/.test(s)) {
    return Either.left(
      new InvalidFlag({ flag, reason: `${JSON.stringify(raw)} is not a chat session id (a positive whole number)` })
    )
  }
  const n = Number(s)
  return n >= 1 && n <= INT32_MAX
    ? Either.right(n)
    : Either.left(new InvalidFlag({ flag, reason: `${s} is out of range: a chat session id is 1 to ${INT32_MAX}` }))
}

const parseType = (raw: string): Either.Either<(typeof messageTypes)[number], InvalidFlag> => {
  const found = messageTypes.find((t) => t.toLowerCase() === raw.trim().toLowerCase())
  return found !== undefined
    ? Either.right(found)
    : Either.left(
      new InvalidFlag({
        flag: "--type",
        reason: `${JSON.stringify(raw)} is not a message type; give ${messageTypes.join(", ")}`
      })
    )
}

const parseSpecialType = (
  raw: string
): Either.Either<ChatMessageSpecialType.KnownChatMessageSpecialType, InvalidFlag> => {
  const s = raw.trim()
  const names = Object.keys(ChatMessageSpecialType.values) as Array<ChatMessageSpecialType.KnownChatMessageSpecialType>
  const byName = names.find((n) => n.toLowerCase() === s.toLowerCase())
  const byNumber = /^\d+$/.test(s) ? Option.getOrUndefined(ChatMessageSpecialType.fromNumber(Number(s))) : undefined
  const found = byName ?? byNumber
  return found !== undefined
    ? Either.right(found)
    : Either.left(
      new InvalidFlag({
        flag: "--special-type",
        reason: `${JSON.stringify(raw)} is not a special type; give one of ${names.join(", ")}, or its number`
      })
    )
}

const decodeXmlString = Schema.decodeUnknownEither(Xsd.XmlString)

/** A text the envelope can carry (XML 1.0 cannot carry most control characters). */
const checkText = (flag: string, value: string | null): Either.Either<string | null, InvalidFlag> => {
  if (value === null) return Either.right(null)
  return Either.mapLeft(decodeXmlString(value), (e) => {
    const issue = ParseResult.ArrayFormatter.formatErrorSync(e)[0]
    return new InvalidFlag({ flag, reason: issue?.message ?? "cannot be sent in XML" })
  })
}

/** Reads all of stdin as UTF-8, dropping one trailing newline (as `echo` and here-docs add one). */
const readStdin = Effect.gen(function*() {
  const { stdin } = yield* Environment
  const output = yield* Output
  if (stdin.isTTY === true && output.stderrIsTty) {
    output.err("so-chat: reading the message from stdin; end it with Ctrl-D")
  }
  const bytes = yield* Effect.async<Buffer, InvalidFlag>((resume) => {
    const chunks: Array<Buffer> = []
    const onData = (chunk: Buffer | string) => chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk)
    const onEnd = () => resume(Effect.succeed(Buffer.concat(chunks)))
    const onError = (e: Error) =>
      resume(Effect.fail(new InvalidFlag({ flag: "--text -", reason: `stdin could not be read (${e.message})` })))
    stdin.on("data", onData)
    stdin.once("end", onEnd)
    stdin.once("error", onError)
    stdin.resume()
    return Effect.sync(() => {
      stdin.off("data", onData)
      stdin.off("end", onEnd)
      stdin.off("error", onError)
      stdin.pause()
    })
  })
  let text: string
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes)
  } catch {
    return yield* new InvalidFlag({ flag: "--text -", reason: "what came on stdin is not UTF-8 text" })
  }
  return text.replace(/\r?\n$/, "")
})

/** The message the flags describe. */
const messageFromArgs = (args: AddMessageArgs) =>
  Effect.gen(function*() {
    const chatSessionId = yield* parseSession(args.session)
    const type = yield* parseType(args.type)
    const specialType = Option.isSome(args.specialType) ? yield* parseSpecialType(args.specialType.value) : "None"
    const author = yield* checkText("--author", Option.getOrNull(args.author))
    const specialParam = yield* checkText("--special-param", Option.getOrNull(args.specialParam))
    const raw = args.text === "-" ? yield* readStdin : args.text
    const message = yield* checkText(args.text === "-" ? "--text -" : "--text", raw)
    return new ChatMessage.ChatMessage({ chatSessionId, type, message, author, specialType, specialParam })
  })

/** Resolves the connection settings and masks every secret found. */
export const resolveSettings = (args: ConnectionArgs & { readonly user?: Option.Option<string> }) =>
  Effect.gen(function*() {
    const { env } = yield* Environment
    const output = yield* Output
    const resolved = yield* Settings.resolve({
      url: Option.getOrUndefined(args.url),
      ticket: Option.getOrUndefined(args.ticket),
      appToken: Option.getOrUndefined(args.appToken),
      soapVersion: Option.getOrUndefined(args.soapVersion),
      timeout: Option.getOrUndefined(args.timeout),
      config: Option.getOrUndefined(args.config),
      user: args.user === undefined ? undefined : Option.getOrUndefined(args.user)
    }, env)
    for (const s of [resolved.ticket, resolved.appToken]) {
      if (Option.isSome(s)) output.mask(Redacted.value(s.value.value))
    }
    for (const warning of resolved.warnings) output.err(`so-chat: warning: ${warning}`)
    return resolved
  })

/** The request as it would go out, secrets replaced by a mask. */
export const describeRequest = (
  message: ChatMessage.ChatMessage,
  options: {
    readonly version: "1.1" | "1.2"
    readonly url: string
    readonly ticket: boolean
    readonly appToken: boolean
  }
) => {
  const operation = AddChatMessage.operation
  // A stand-in that XML leaves as it is, shown as the mask once the envelope is pretty:
  // the secrets themselves are never put in.
  const placeholder = "so-chat-masked-secret"
  const masked = Redacted.make(placeholder)
  const envelope = Envelope.encodeRequest(operation, { chatSessionId: message.chatSessionId, message }, {
    version: options.version,
    headers: {
      ...(options.ticket ? { ticket: masked } : {}),
      ...(options.appToken ? { applicationToken: masked } : {})
    }
  })
  return Either.map(envelope, (xml) => ({
    url: options.url,
    headers: SoapTransport.framingHeaders(options.version, operation.soapAction),
    envelope: pretty(xml).replace(
      new RegExp(`(<(?:\\w+:)?(?:Ticket|ApplicationToken)\\b[^>]*>)${placeholder}<`, "g"),
      `$1${MASK}<`
    )
  }))
}

const unencodable = (e: { readonly path: string; readonly detail: string }) => {
  const p = e.path.toLowerCase()
  const flag = p.includes("author")
    ? "--author"
    : p.includes("specialparam")
    ? "--special-param"
    : p.includes("session")
    ? "--session"
    : "--text"
  return new InvalidFlag({ flag, reason: e.detail })
}

/** @internal */
export const addMessage = (args: AddMessageArgs) =>
  Effect.gen(function*() {
    const output = yield* Output
    const message = yield* stopOnSignal(
      messageFromArgs(args),
      (signal) => new Interrupted({ signal, mayHaveBeenPosted: false })
    )
    const resolved = yield* resolveSettings(args)
    if (args.verbose) { for (const line of Settings.describe(resolved)) output.err(`so-chat: ${line}`) }

    if (args.dryRun) {
      const request = yield* Either.mapLeft(
        describeRequest(message, {
          version: resolved.soapVersion.value,
          url: Option.match(resolved.url, {
            onNone: () => "(no URL configured: pass --url or set SO_URL)",
            onSome: (u) => NetServerConfig.displayUrl(u.value)
          }),
          ticket: Option.isSome(resolved.ticket),
          appToken: Option.isSome(resolved.appToken)
        }),
        unencodable
      )
      if (args.json) {
        output.out(JSON.stringify({ dryRun: true, method: "POST", ...request }))
      } else {
        output.out(`POST ${request.url}`)
        for (const [name, value] of Object.entries(request.headers)) output.out(`${name}: ${value}`)
        output.out("")
        output.out(request.envelope)
      }
      if (args.verbose) output.err("so-chat: dry run: nothing was sent")
      return
    }

    const options = yield* Settings.toOptions(resolved)
    const settings = yield* NetServerConfig.make(options).pipe(
      Effect.mapError((e) => new InvalidSetting({ source: "settings", reason: e.message }))
    )
    const started = performance.now()
    const posted = yield* stopOnSignal(
      Effect.flatMap(ChatAgent.ChatAgent, (a) => a.addChatMessage(message.chatSessionId, message)).pipe(
        Effect.provide(Agent.layer(settings)),
        // The transport logs each failed attempt at debug level: with --verbose, show them.
        args.verbose ? Logger.withMinimumLogLevel(LogLevel.Debug) : (effect) => effect,
        Effect.mapError((e) => e._tag === "UnencodableValue" ? unencodable(e) : e)
      ),
      (signal) => new Interrupted({ signal, mayHaveBeenPosted: true })
    )
    if (args.verbose) output.err(`so-chat: posted in ${Math.round(performance.now() - started)} ms`)
    if (args.json) output.out(JSON.stringify(toJson(posted)))
    else for (const line of toLines(posted)) output.out(line)
  })
