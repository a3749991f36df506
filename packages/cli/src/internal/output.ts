/**
 * Everything `so-chat` prints goes through one `Output`, which masks every
 * secret it has been told about: the values of `--ticket`/`--app-token`,
 * `SO_TICKET`/`SO_APP_TOKEN` and the config file's secrets. Secrets are kept
 * `Redacted` everywhere else; this is the last line of defence, so that not
 * even an error message quoting a server's echo can print one.
 *
 * @internal
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import { format } from "node:util"

/** What a masked secret is shown as. */
export const MASK = "********"

/** Where text goes; `process.stdout` and `process.stderr` are such. */
export interface Sink {
  readonly write: (text: string) => unknown
}

/** @internal */
export interface Output {
  /** Writes a line to stdout. */
  readonly out: (line: string) => void
  /** Writes a line to stderr. */
  readonly err: (line: string) => void
  /**
   * Writes a line to stdout without masking: for the one output that is a
   * secret by request (`so-chat login --print-ticket`), and nothing else.
   */
  readonly outSecret: (line: string) => void
  /**
   * Writes a line to stderr without masking: for values that are public by
   * design and may equal a configured secret by chance (`serve-fake`'s
   * documented example ticket, when `SO_TICKET` holds it), and nothing else.
   */
  readonly errPublic: (line: string) => void
  /** Masks this value (and its escaped forms) in all later output. */
  readonly mask: (secret: string) => void
  /** Whether stderr is a terminal (a hint is worth printing, e.g. when reading stdin). */
  readonly stderrIsTty: boolean
}

/** @internal */
export const Output = Context.GenericTag<Output>("@so-chat/cli/Output")

// The forms a secret takes when it passes through XML (a server echoing it,
// escaped once or twice), JSON (an error's details) or a URL, and their
// combinations, as each may quote what the one before produced.
const escapes = (secret: string): ReadonlyArray<string> => {
  const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
  const xmlAttr = (s: string) => xml(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;")
  const json = (s: string) => JSON.stringify(s).slice(1, -1)
  const xmlForms = [secret, xml(secret), xmlAttr(secret), xml(xml(secret)), xmlAttr(xmlAttr(secret))]
  const forms = xmlForms.flatMap((s) => [s, json(s), json(json(s)), encodeURIComponent(s)])
  return [...new Set(forms)]
}

/**
 * An `Output` over two sinks. Secrets shorter than 3 characters are not
 * masked: no real ticket or token is that short, and masking every "a" would
 * garble everything.
 */
export const make = (stdout: Sink, stderr: Sink, options?: { readonly stderrIsTty?: boolean }): Output => {
  const secrets = new Set<string>()
  let sorted: ReadonlyArray<string> = []
  const maskText = (text: string): string => {
    let out = text
    for (const s of sorted) if (out.includes(s)) out = out.split(s).join(MASK)
    return out
  }
  return {
    out: (line) => void stdout.write(maskText(line) + "\n"),
    err: (line) => void stderr.write(maskText(line) + "\n"),
    outSecret: (line) => void stdout.write(line + "\n"),
    errPublic: (line) => void stderr.write(line + "\n"),
    mask: (secret) => {
      if (secret.length < 3) return
      for (const form of escapes(secret)) secrets.add(form)
      // Longest first, so a secret containing another is masked whole.
      sorted = [...secrets].sort((a, b) => b.length - a.length)
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
  const error = (...args: ReadonlyArray<unknown>) => Effect.sync(() => output.err(onError(format(...args))))
  const unsafeLog = (...args: ReadonlyArray<unknown>) => output.err(format(...args))
  const unsafeError = (...args: ReadonlyArray<unknown>) => output.err(onError(format(...args)))
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
