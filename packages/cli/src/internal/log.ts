/**
 * Effect's log lines, as so-chat prints its own: `so-chat: …` on stderr,
 * through the `Output` (so masked as everything else), instead of Effect's
 * logfmt (`timestamp=… level=DEBUG fiber=#19 message="…"`). They are what
 * `--verbose` and `--log-level` show: the client's retries, a ticket renewed.
 *
 * @internal
 */
import * as Cause from "effect/Cause"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import { format } from "node:util"
import type { Output } from "./output.js"

const text = (message: unknown): string =>
  (Array.isArray(message) ? message : [message]).map((m) => typeof m === "string" ? m : format(m)).join(" ")

/** A logger writing each line as `so-chat: [warning: |error: ]message`, then its cause, if any, indented. */
export const make = (output: Output): Logger.Logger<unknown, void> =>
  Logger.make(({ cause, logLevel, message }) => {
    const level = LogLevel.greaterThanEqual(logLevel, LogLevel.Error)
      ? "error: "
      : LogLevel.greaterThanEqual(logLevel, LogLevel.Warning)
      ? "warning: "
      : ""
    output.err(`so-chat: ${level}${text(message)}`)
    if (!Cause.isEmpty(cause)) { for (const line of Cause.pretty(cause).split("\n")) output.err(`  ${line}`) }
  })

/** The layer replacing Effect's default logger with {@link make}. */
export const layer = (output: Output) => Logger.replace(Logger.defaultLogger, make(output))
