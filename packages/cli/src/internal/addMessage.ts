/**
 * `so-chat add-message`: validate the flags, resolve the connection, post (or,
 * with `--dry-run`, show what would be posted), print the result.
 *
 * Loaded only when the command runs.
 *
 * @internal
 */
import type { Operation } from "@so-chat/core"
import { AddChatMessage, ChatMessage, ChatMessageSpecialType, Envelope } from "@so-chat/core"
import { ChatAgent, NetServerConfig, SoapTransport } from "@so-chat/transport"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { Interrupted, InvalidFlag, InvalidSetting, MissingTicket } from "../CliError.js"
import * as Settings from "../Settings.js"
import * as Agent from "./agent.js"
import { checkOptions, checkText, isBlank } from "./messageText.js"
import { messageTypes } from "./names.js"
import { MASK, Output } from "./output.js"
import { pretty } from "./prettyXml.js"
import { toJson, toLines } from "./render.js"
import type { AddMessageArgs, ConnectionArgs } from "./runtime.js"
import { Environment, stopOnSignal } from "./runtime.js"

const INT32_MAX = 2147483647

/** A chat session id: a positive xs:int (the parser has made sure it is a whole number). */
export const parseSession = (n: number, flag = "--session"): Either.Either<number, InvalidFlag> =>
  n >= 1 && n <= INT32_MAX
    ? Either.right(n)
    : Either.left(new InvalidFlag({ flag, reason: `${n} is out of range: a chat session id is 1 to ${INT32_MAX}` }))

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
    // A special type says the message is Special; any other type given with it is a contradiction.
    const type = Option.isSome(args.type)
      ? yield* parseType(args.type.value)
      : Option.isSome(args.specialType)
      ? "Special"
      : "ToCustomer"
    if (type !== "Special") {
      for (
        const [flag, value] of [["--special-type", args.specialType], ["--special-param", args.specialParam]] as const
      ) {
        if (Option.isSome(value)) {
          return yield* new InvalidFlag({
            flag,
            reason: `only a Special message has one, and --type is ${type}: leave out --type, or give --type Special`
          })
        }
      }
    }
    const specialType = Option.isSome(args.specialType) ? yield* parseSpecialType(args.specialType.value) : "None"
    const author = yield* checkText("--author", Option.getOrNull(args.author))
    let specialParam = yield* checkText("--special-param", Option.getOrNull(args.specialParam))
    if (specialType === "Options") specialParam = yield* checkOptions(specialParam)
    const fromStdin = args.text === "-"
    const flag = fromStdin ? "--text -" : "--text"
    const message = yield* checkText(flag, fromStdin ? yield* readStdin : args.text)
    if (isBlank(message) && !args.allowEmpty) {
      return yield* new InvalidFlag({
        flag,
        reason: `${fromStdin ? "what came on stdin is" : "the message is"} ${
          message === "" ? "empty" : "white space alone"
        }, which a chat shows as nothing; to post it anyway, add --allow-empty`
      })
    }
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

const howToGetATicket = "run so-chat login, or set SO_TICKET"

/**
 * Fails with `MissingTicket` when no ticket is configured: every Chat call
 * needs one, and NetServer can only refuse a call without it.
 */
export const requireTicket = (resolved: Settings.Resolved) =>
  Option.match(resolved.url, {
    onNone: () => Effect.void,
    onSome: (url) =>
      Option.isSome(resolved.ticket)
        ? Effect.void
        : Effect.fail(new MissingTicket({ url: NetServerConfig.displayUrl(url.value) }))
  })

/** The request as it would go out, secrets replaced by a mask. */
export const describeRequest = (
  message: ChatMessage.ChatMessage,
  options: DescribeOptions
) => describeCall(AddChatMessage.operation, { chatSessionId: message.chatSessionId, message }, options)

/** Where and how a request would go, for {@link describeCall}. */
export interface DescribeOptions {
  readonly version: "1.1" | "1.2"
  /** `null` when no URL is configured (a dry run needs none). */
  readonly url: string | null
  readonly ticket: boolean
  readonly appToken: boolean
}

/**
 * A stand-in that XML leaves as it is, shown as the mask once the envelope is pretty:
 * the secrets themselves are never put in. A request's own secret fields may hold it too.
 */
export const maskedSecret = "so-chat-masked-secret"

/** Any operation's request as it would go out, secrets replaced by a mask. */
export const describeCall = <Req, Res>(
  operation: Operation.Operation<Req, Res>,
  request: Req,
  options: DescribeOptions
) => {
  const placeholder = maskedSecret
  const masked = Redacted.make(placeholder)
  const envelope = Envelope.encodeRequest(operation, request, {
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
      new RegExp(`(<(?:\\w+:)?\\w+\\b[^>]*>)${placeholder}<`, "g"),
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
            onNone: () => null,
            onSome: (u) => NetServerConfig.displayUrl(u.value)
          }),
          ticket: Option.isSome(resolved.ticket),
          appToken: Option.isSome(resolved.appToken)
        }),
        unencodable
      )
      // The missing URL is said on stderr: stdout carries the request alone, and in JSON `null` is the value.
      if (request.url === null) {
        output.err("so-chat: no URL configured, so the request has none; to send it, pass --url or set SO_URL")
      }
      if (args.json) {
        output.out(JSON.stringify({ dryRun: true, method: "POST", ...request }))
      } else {
        output.out(`POST ${request.url ?? "(no URL configured)"}`)
        for (const [name, value] of Object.entries(request.headers)) output.out(`${name}: ${value}`)
        output.out("")
        output.out(request.envelope)
      }
      if (args.verbose) output.err("so-chat: dry run: nothing was sent")
      if (Option.isNone(resolved.ticket)) {
        output.err(`so-chat: note: no ticket is configured, so NetServer would refuse this request; ${howToGetATicket}`)
      }
      return
    }

    const options = yield* Settings.toOptions(resolved)
    yield* requireTicket(resolved)
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
