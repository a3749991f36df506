/**
 * Everything `so-chat` prints goes through one `Output`. The command's own
 * words are printed as they are: secrets never reach them (they are
 * `Redacted` everywhere). Text that so-chat did not write (an error's text
 * from a server, which the library has already scrubbed; @effect/cli's
 * parse errors, which quote the command line; a defect) goes through
 * {@link Output.redact} as a second line of defence, which masks the
 * secrets it has been told about: the values of `--ticket`/`--app-token`,
 * `SO_TICKET`/`SO_APP_TOKEN`/`SO_PASSWORD`, the config file's secrets, the
 * password typed and the ticket got.
 *
 * @internal
 */
import { Redaction } from "@so-chat/transport"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import { format } from "node:util"

/** What a masked secret is shown as: the library's mask, so that there is one. */
export const MASK: string = Redaction.mask

/** Where text goes; `process.stdout` and `process.stderr` are such. */
export interface Sink {
  readonly write: (text: string) => unknown
}

/** @internal */
export interface Output {
  /** Writes a line of the command's own to stdout, as it is. */
  readonly out: (line: string) => void
  /** Writes a line of the command's own to stderr, as it is. */
  readonly err: (line: string) => void
  /**
   * Writes a line to stdout: for the one output that is a secret by request
   * (`so-chat login --print-ticket`), and nothing else.
   */
  readonly outSecret: (line: string) => void
  /** Adds a secret to those {@link Output.redact} masks. */
  readonly mask: (secret: string) => void
  /** The secrets told so far, for a second pass over a library error (`Redaction.redactError`). */
  readonly secrets: () => ReadonlyArray<string>
  /** Text so-chat did not write, with every secret told so far masked in any form it takes. */
  readonly redact: (text: string) => string
  /** Whether stderr is a terminal (a hint is worth printing, e.g. when reading stdin). */
  readonly stderrIsTty: boolean
}

/** @internal */
export const Output = Context.GenericTag<Output>("@so-chat/cli/Output")

/**
 * An `Output` over two sinks. Secrets shorter than 3 characters are not
 * masked: no real ticket or token is that short, and masking every "a" in
 * a parse error would garble it.
 */
export const make = (stdout: Sink, stderr: Sink, options?: { readonly stderrIsTty?: boolean }): Output => {
  const secrets = new Set<string>()
  let redactor: Redaction.Redactor | undefined
  return {
    out: (line) => void stdout.write(line + "\n"),
    err: (line) => void stderr.write(line + "\n"),
    outSecret: (line) => void stdout.write(line + "\n"),
    mask: (secret) => {
      if (secret.length < 3 || secrets.has(secret)) return
      secrets.add(secret)
      redactor = undefined
    },
    secrets: () => [...secrets],
    redact: (text) => {
      if (secrets.size === 0) return text
      redactor ??= Redaction.make(secrets)
      return redactor(text)
    },
    stderrIsTty: options?.stderrIsTty ?? false
  }
}

/** The values that follow `--ticket`/`--app-token` on a command line (`--ticket x` or `--ticket=x`). */
export const secretsInArgv = (argv: ReadonlyArray<string>): ReadonlyArray<string> => {
  const found: Array<string> = []
  const flags = ["--ticket", "--app-token"]
  argv.forEach((arg, i) => {
    for (const flag of flags) {
      if (arg === flag && i + 1 < argv.length) found.push(argv[i + 1]!)
      else if (arg.startsWith(`${flag}=`)) found.push(arg.slice(flag.length + 1))
    }
  })
  return found
}

/**
 * An Effect `Console` writing through an `Output`, for what `@effect/cli`
 * prints itself: help and completions go to stdout; its parse errors go to
 * stderr through `onError`, which turns them into one `so-chat: …` line.
 * Effect's loggers write through `unsafe`, which goes to stderr, so that
 * `--log-level debug` never mixes into a command's output (`--json`).
 */
export const console = (output: Output, onError: (text: string) => string): import("effect/Console").Console => {
  const log = (...args: ReadonlyArray<unknown>) => Effect.sync(() => output.out(format(...args)))
  // @effect/cli's errors quote the command line, which may hold a secret in the wrong place.
  const error = (...args: ReadonlyArray<unknown>) =>
    Effect.sync(() => output.err(output.redact(onError(format(...args)))))
  const unsafeLog = (...args: ReadonlyArray<unknown>) => output.err(format(...args))
  const unsafeError = (...args: ReadonlyArray<unknown>) => output.err(output.redact(onError(format(...args))))
  const noop = () => {}
  const unsafe = {
    assert: noop,
    clear: noop,
    count: noop,
    countReset: noop,
    debug: unsafeError,
    dir: unsafeLog,
    dirxml: unsafeLog,
    error: unsafeError,
    group: noop,
    groupCollapsed: noop,
    groupEnd: noop,
    info: unsafeLog,
    log: unsafeLog,
    table: unsafeLog,
    time: noop,
    timeEnd: noop,
    timeLog: noop,
    trace: unsafeError,
    warn: unsafeError
  }
  return {
    [Symbol.for("effect/Console")]: Symbol.for("effect/Console"),
    assert: () => Effect.void,
    clear: Effect.void,
    count: () => Effect.void,
    countReset: () => Effect.void,
    debug: error,
    dir: (item: unknown) => log(item),
    dirxml: log,
    error,
    group: () => Effect.void,
    groupEnd: Effect.void,
    info: log,
    log,
    table: (data: unknown) => log(data),
    time: () => Effect.void,
    timeEnd: () => Effect.void,
    timeLog: () => Effect.void,
    trace: error,
    warn: error,
    unsafe: unsafe as unknown as globalThis.Console
  } as unknown as import("effect/Console").Console
}
