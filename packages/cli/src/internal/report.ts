/**
 * Turns a failure into one clear line on stderr and an exit code; with
 * `--verbose`, the error's details follow on further lines. Stack traces only
 * for defects (bugs), and only with `--verbose`.
 *
 * @internal
 */
import { ChatAgentError, Redaction } from "@so-chat/transport"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as ExitCode from "../ExitCode.js"
import { Output } from "./output.js"

/** The command failed and said so; exit with `code`. */
export class Exit extends Schema.TaggedError<Exit>("@so-chat/cli/Exit")("Exit", { code: Schema.Number }) {}

const describeValue = (value: unknown): string => {
  if (typeof value === "string") return JSON.stringify(value)
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

const mayHaveBeenPosted = (error: unknown, code: ExitCode.ExitCode): string | undefined => {
  switch (code) {
    case ExitCode.Timeout:
    case ExitCode.OutcomeUnknown:
      return "may have been posted"
    case ExitCode.BadResponse: {
      const status = (error as { readonly status?: unknown }).status
      return typeof status === "number" && status >= 400 && status < 500 ? "not posted" : "may have been posted"
    }
    case ExitCode.Connection:
    case ExitCode.Refused:
    case ExitCode.SoapFault:
    case ExitCode.Usage:
    case ExitCode.Configuration:
      return "not posted"
    default:
      return undefined
  }
}

/** The line for an error: its `message`, which each error of so-chat writes for people. */
const lineFor = (error: unknown): string => {
  const message = (error as { readonly message?: unknown }).message
  return typeof message === "string" && message !== "" ? message : String(error)
}

/**
 * The transport's messages warn that a message may have been posted, or that
 * an operation may have taken effect; a command that only reads (`messages`,
 * `login`) drops that sentence, and one that changes something says what in
 * its own words.
 */
const withoutPostingNote = (line: string, change?: string): string =>
  line.replace(
    // The transport's note names the operation (`so PickUpChatSession may have taken effect`); a command says it
    // in its own words.
    /\s*(?:[^.:]*(?:[,:][^.:]*)*the message may have been posted[^.]*|The request may have reached the server, so \w+ may have taken effect:[^.]*)\./gi,
    change === undefined
      ? ""
      : ` The request may have reached NetServer, so ${change}: look (so-chat sessions) before trying again.`
  ).trim()

/**
 * What a command says about a failure's outcome: `true` for one that posts
 * (the transport's words), `false` for one that only reads (nothing), or
 * what a command that changes something may have done (`"the session may
 * have been picked up"`), in place of the posting note.
 */
export type Posts = boolean | string

/**
 * The command's own errors quote what was typed (in double quotes, as JSON
 * strings); a quoted value that holds a secret (`--session $SO_TICKET`) is
 * masked, and the command's words around it are left alone.
 */
export const redactQuoted = (output: Output, text: string): string =>
  text.replace(/"(?:[^"\\]|\\.)*"/g, (quoted) => {
    let value: unknown
    try {
      value = JSON.parse(quoted)
    } catch {
      return quoted
    }
    if (typeof value !== "string") return quoted
    const redacted = output.redact(value)
    return redacted === value ? quoted : JSON.stringify(redacted)
  })

/**
 * The error as it may be shown: a library error with what the server said
 * scrubbed once more with every secret the command knows (the library's own
 * words, URL and user name stay as they are), the command's own errors with
 * their quoted values checked.
 */
const shownError = (
  output: Output,
  error: unknown
): { readonly error: unknown; readonly text: (s: string) => string } =>
  ChatAgentError.isChatAgentError(error)
    ? { error: Redaction.redactError(error, output.secrets()), text: (s) => s }
    : { error, text: (s) => redactQuoted(output, s) }

/** Writes the error and returns its exit code. */
export const reportError = (
  output: Output,
  original: unknown,
  verbose: boolean,
  posts: Posts = true
): ExitCode.ExitCode => {
  const code = ExitCode.fromError(original)
  if (code === ExitCode.Internal) {
    // A defect's text is nobody's words in particular: all of it is masked.
    output.err(
      output.redact(
        `so-chat: internal error: ${lineFor(original)}${verbose ? "" : " (run with --verbose for details)"}`
      )
    )
    if (verbose && original instanceof Error && original.stack) output.err(output.redact(original.stack))
    return code
  }
  const { error, text } = shownError(output, original)
  const shown = posts === true
    ? lineFor(error)
    : withoutPostingNote(lineFor(error), typeof posts === "string" ? posts : undefined)
  output.err(text(`so-chat: ${shown}`))
  if (verbose) {
    const tag = (error as { readonly _tag?: unknown })._tag
    output.err(`  error: ${String(tag)} (exit code ${code})`)
    // Only add-message (and the demo) post; a command that changes state says whether it may have; the rest only read.
    const outcome = posts === false ? undefined : mayHaveBeenPosted(error, code)
    if (outcome !== undefined) {
      output.err(
        posts === true
          ? `  message: ${outcome}`
          : `  change: ${outcome === "not posted" ? "not made" : "may have been made"}`
      )
    }
    const line = lineFor(error)
    for (const [key, value] of Object.entries(error as object)) {
      if (key === "_tag" || key === "message" || key === "stack" || value === undefined) continue
      // The operation an unknown outcome was about: its name is what a person needs.
      if (key === "operation" && typeof value === "object" && value !== null && "name" in value) {
        output.err(`  operation: ${String(value.name)}`)
        continue
      }
      // Already in the line above: say it once.
      if (typeof value === "string" && value.length > 3 && line.includes(value)) continue
      output.err(text(`  ${key}: ${describeValue(value)}`))
    }
  }
  return code
}

/**
 * Runs a command's effect, reporting its failure: a typed error or a defect
 * becomes its line(s) on stderr and an `Exit` with its code. Interruption
 * passes through.
 */
export const reporting =
  (verbose: boolean, posts: Posts = true) =>
  <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, Exit, R | Output> =>
    Effect.catchAllCause(effect, (cause) =>
      Effect.flatMap(Output, (output) => {
        if (Cause.isInterruptedOnly(cause)) return Effect.failCause(cause as Cause.Cause<never>)
        const failure = Cause.failureOption(cause)
        if (Option.isSome(failure)) {
          if (failure.value instanceof Exit) return Effect.fail(failure.value)
          return Effect.fail(new Exit({ code: reportError(output, failure.value, verbose, posts) }))
        }
        const defect = Cause.dieOption(cause)
        const error = Option.getOrElse(defect, () => new Error(Cause.pretty(cause)))
        return Effect.fail(new Exit({ code: reportError(output, error, verbose, posts) }))
      }))
