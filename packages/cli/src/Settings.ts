/**
 * Where `so-chat` gets its connection settings: flags, then the environment
 * (`SO_URL`, `SO_TICKET`, `SO_APP_TOKEN`, `SO_SOAP_VERSION`, `SO_TIMEOUT`), then
 * a JSON config file in the user's config directory. The first that sets a
 * value wins, and every value remembers where it came from, so that an error
 * can say which flag, variable or file entry to fix.
 *
 * @since 0.1.0
 */
import type { NetServerConfig as NetServerConfigModule } from "@so-chat/transport"
import { NetServerConfig } from "@so-chat/transport"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import { InvalidFlag, InvalidSetting, MissingUrl } from "./CliError.js"
import * as TicketStore from "./internal/ticketStore.js"

/**
 * The connection flags, as given on the command line (all optional).
 *
 * @since 0.1.0
 * @category models
 */
export interface Flags {
  readonly url?: string | undefined
  readonly ticket?: Redacted.Redacted<string> | undefined
  readonly appToken?: Redacted.Redacted<string> | undefined
  readonly soapVersion?: string | undefined
  readonly timeout?: string | undefined
  /** A config file to read instead of the default one. */
  readonly config?: string | undefined
  /** The user name `so-chat login` logs in as. */
  readonly user?: string | undefined
}

/**
 * A value and where it came from, e.g. `--url`, `SO_URL in the environment`,
 * `"url" in /home/ada/.config/so-chat/config.json`, `default`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Sourced<A> {
  readonly value: A
  readonly source: string
}

/**
 * The settings after merging flags, environment and config file.
 *
 * @since 0.1.0
 * @category models
 */
export interface Resolved {
  /** The endpoint as configured (validated), if any. */
  readonly url: Option.Option<Sourced<URL>>
  readonly ticket: Option.Option<Sourced<Redacted.Redacted<string>>>
  readonly appToken: Option.Option<Sourced<Redacted.Redacted<string>>>
  readonly soapVersion: Sourced<"1.1" | "1.2">
  readonly timeout: Sourced<Duration.Duration>
  /** The user name to log in as (`so-chat login`). */
  readonly user: Option.Option<Sourced<string>>
  /** Where `so-chat login` stores the ticket it gets, and later commands look for it. */
  readonly ticketStore: string
  /** The config file looked at, and whether it was there. */
  readonly configFile: { readonly path: string; readonly found: boolean }
  /** Things worth telling the user that are not errors (a config file others can read). */
  readonly warnings: ReadonlyArray<string>
}

/**
 * The environment variables read, in the names `@so-chat/transport` uses.
 *
 * @since 0.1.0
 * @category constants
 */
export const environmentVariables = {
  url: "SO_URL",
  ticket: "SO_TICKET",
  appToken: "SO_APP_TOKEN",
  soapVersion: "SO_SOAP_VERSION",
  timeout: "SO_TIMEOUT",
  config: "SO_CONFIG",
  user: "SO_USER"
} as const

/**
 * The keys a config file may hold. `$schema` is allowed and ignored.
 *
 * @since 0.1.0
 * @category constants
 */
export const configFileKeys = ["url", "ticket", "appToken", "soapVersion", "timeout", "user"] as const

type Env = Readonly<Record<string, string | undefined>>

/**
 * The default config file: `$XDG_CONFIG_HOME/so-chat/config.json` when
 * `XDG_CONFIG_HOME` is set, `%APPDATA%\so-chat\config.json` on Windows,
 * `~/.config/so-chat/config.json` otherwise.
 *
 * @since 0.1.0
 * @category config file
 */
export const defaultConfigFile = (env: Env, platform: NodeJS.Platform = process.platform): string => {
  const xdg = env.XDG_CONFIG_HOME
  if (xdg !== undefined && Path.isAbsolute(xdg)) return Path.join(xdg, "so-chat", "config.json")
  if (platform === "win32" && env.APPDATA) return Path.win32.join(env.APPDATA, "so-chat", "config.json")
  return Path.join(env.HOME || Os.homedir(), ".config", "so-chat", "config.json")
}

const nonEmpty = (s: string | undefined): string | undefined => s === undefined || s.trim() === "" ? undefined : s

/**
 * Reads a timeout as `@so-chat/transport` reads `SO_TIMEOUT`
 * (`NetServerConfig.parseTimeout`): seconds (`30`, `2.5`), a short form
 * (`500ms`, `30s`, `2m`, `1h`, `1d`) or a duration (`500 millis`,
 * `2 hours`). Any positive, finite length is honoured.
 *
 * @since 0.1.0
 * @category parsing
 */
export const parseTimeout = (input: string | number): Either.Either<Duration.Duration, string> =>
  NetServerConfig.parseTimeout(input)

const parseSoapVersion = (input: string | number): Either.Either<"1.1" | "1.2", string> => {
  const s = String(input).trim()
  return s === "1.1" || s === "1.2"
    ? Either.right(s)
    : Either.left(`${JSON.stringify(input)} is not a SOAP version: give 1.1 or 1.2`)
}

const parseUrl = (input: string): Either.Either<URL, string> => NetServerConfig.resolveEndpoint(input.trim())

/** Turns JSON.parse's "at position N" into a line and column, without echoing the text (it may hold a secret). */
const jsonErrorPlace = (text: string, error: unknown): string => {
  const m = error instanceof Error ? /position (\d+)/.exec(error.message) : null
  if (m === null) return ""
  const before = text.slice(0, Number(m[1]))
  const line = before.split("\n").length
  const column = before.length - before.lastIndexOf("\n")
  return ` (line ${line}, column ${column})`
}

interface FileValues {
  readonly url?: string
  readonly ticket?: string
  readonly appToken?: string
  readonly soapVersion?: string | number
  readonly timeout?: string | number
  readonly user?: string
}

const readConfigFile = (
  path: string,
  required: boolean,
  platform: NodeJS.Platform
): Effect.Effect<{ values: FileValues; found: boolean; warnings: Array<string> }, InvalidSetting> =>
  Effect.try({
    try: () => {
      let text: string
      try {
        text = Fs.readFileSync(path, "utf8")
      } catch (e) {
        const code = (e as { code?: unknown }).code
        if (code === "ENOENT" && !required) return { values: {}, found: false, warnings: [] }
        throw new InvalidSetting({
          source: path,
          reason: code === "ENOENT"
            ? "no such config file"
            : code === "EACCES"
            ? "the config file cannot be read (permission denied)"
            : code === "EISDIR"
            ? "this is a directory, not a config file"
            : `the config file cannot be read (${String(code)})`
        })
      }
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch (e) {
        throw new InvalidSetting({ source: path, reason: `not valid JSON${jsonErrorPlace(text, e)}` })
      }
      if (typeof json !== "object" || json === null || Array.isArray(json)) {
        throw new InvalidSetting({ source: path, reason: "expected a JSON object such as {\"url\": \"https://…\"}" })
      }
      const values: Record<string, string | number> = {}
      for (const [key, value] of Object.entries(json)) {
        if (key === "$schema") continue
        const where = `"${key}" in ${path}`
        if (!(configFileKeys as ReadonlyArray<string>).includes(key)) {
          throw new InvalidSetting({
            source: path,
            reason: `unknown key ${JSON.stringify(key)}; the keys are ${configFileKeys.join(", ")}`
          })
        }
        const numberAllowed = key === "timeout" || key === "soapVersion"
        if (typeof value === "string" || (numberAllowed && typeof value === "number")) {
          values[key] = value
        } else if (value !== null) {
          throw new InvalidSetting({
            source: where,
            reason: `expected a ${numberAllowed ? "string or number" : "string"}, got ${
              Array.isArray(value) ? "an array" : typeof value
            }`
          })
        }
      }
      const warnings: Array<string> = []
      const holdsSecret = nonEmpty(values.ticket as string | undefined) !== undefined ||
        nonEmpty(values.appToken as string | undefined) !== undefined
      if (holdsSecret && platform !== "win32") {
        const mode = Fs.statSync(path).mode
        if ((mode & 0o077) !== 0) {
          warnings.push(
            `${path} holds a secret and other users can read it; restrict it with: chmod 600 ${path}`
          )
        }
      }
      return { values: values as FileValues, found: true, warnings }
    },
    catch: (e) => {
      if (e instanceof InvalidSetting) return e
      throw e
    }
  })

const pick = <A>(
  candidates: ReadonlyArray<readonly [raw: string | number | undefined, source: string]>,
  parse: (raw: string | number) => Either.Either<A, string>
): Effect.Effect<Option.Option<Sourced<A>>, InvalidSetting | InvalidFlag> => {
  for (const [raw, source] of candidates) {
    if (raw === undefined || (typeof raw === "string" && raw.trim() === "")) continue
    const parsed = parse(raw)
    return Either.isRight(parsed)
      ? Effect.succeed(Option.some({ value: parsed.right, source }))
      : Effect.fail(
        source.startsWith("--")
          ? new InvalidFlag({ flag: source, reason: parsed.left })
          : new InvalidSetting({ source, reason: parsed.left })
      )
  }
  return Effect.succeed(Option.none())
}

// A secret's own text must never be part of a reason; only its source is named.
const secret = (raw: string | number): Either.Either<Redacted.Redacted<string>, string> =>
  Either.right(Redacted.make(String(raw)))

/**
 * Where `so-chat login` stores its ticket: `ticket.json` beside the default
 * config file (whichever file `--config` names), e.g.
 * `~/.config/so-chat/ticket.json`.
 *
 * @since 0.1.0
 * @category config file
 */
export const ticketStoreFile = (env: Env, platform: NodeJS.Platform = process.platform): string =>
  TicketStore.pathFor(defaultConfigFile(env, platform))

/**
 * Merges flags, environment and config file, flags first; a ticket comes
 * last from what `so-chat login` stored, and only when it was obtained for
 * the URL in use. Fails with
 * `InvalidFlag` naming the flag, or `InvalidSetting` naming the variable or
 * file entry, whose value is unusable (a secret's value is never quoted).
 *
 * @since 0.1.0
 * @category resolving
 */
export const resolve = (
  flags: Flags,
  env: Env,
  platform: NodeJS.Platform = process.platform
): Effect.Effect<Resolved, InvalidSetting | InvalidFlag> =>
  Effect.gen(function*() {
    const v = environmentVariables
    const explicit = nonEmpty(flags.config) ?? nonEmpty(env[v.config])
    const path = explicit ?? defaultConfigFile(env, platform)
    const file = yield* readConfigFile(path, explicit !== undefined, platform)
    const inFile = (key: string) => `"${key}" in ${path}`
    const inEnv = (name: string) => `${name} in the environment`
    const url = yield* pick([
      [flags.url, "--url"],
      [env[v.url], inEnv(v.url)],
      [file.values.url, inFile("url")]
    ], (raw) => parseUrl(String(raw)))
    const ticket = yield* pick([
      [flags.ticket === undefined ? undefined : Redacted.value(flags.ticket), "--ticket"],
      [env[v.ticket], inEnv(v.ticket)],
      [file.values.ticket, inFile("ticket")]
    ], secret)
    const appToken = yield* pick([
      [flags.appToken === undefined ? undefined : Redacted.value(flags.appToken), "--app-token"],
      [env[v.appToken], inEnv(v.appToken)],
      [file.values.appToken, inFile("appToken")]
    ], secret)
    const soapVersion = yield* pick([
      [flags.soapVersion, "--soap-version"],
      [env[v.soapVersion], inEnv(v.soapVersion)],
      [file.values.soapVersion, inFile("soapVersion")]
    ], parseSoapVersion)
    const timeout = yield* pick([
      [flags.timeout, "--timeout"],
      [env[v.timeout], inEnv(v.timeout)],
      [file.values.timeout, inFile("timeout")]
    ], parseTimeout)
    const user = yield* pick([
      [flags.user, "--user"],
      [env[v.user], inEnv(v.user)],
      [file.values.user, inFile("user")]
    ], (raw) => Either.right(String(raw).trim()))
    const ticketStore = ticketStoreFile(env, platform)
    const warnings = [...file.warnings]
    let stored: Option.Option<Sourced<Redacted.Redacted<string>>> = Option.none()
    if (Option.isNone(ticket) && Option.isSome(url)) {
      const found = TicketStore.read(ticketStore, platform)
      if (found._tag === "Unusable") warnings.push(found.warning)
      // A ticket is only ever sent to the installation that issued it.
      const forUrl = TicketStore.lookup(found, url.value.value)
      if (found._tag === "Found" && forUrl !== undefined) {
        warnings.push(...found.warnings)
        stored = Option.some({
          value: Redacted.make(forUrl.ticket),
          source: `so-chat login as ${forUrl.user} (${ticketStore})`
        })
      }
    }
    return {
      url,
      ticket: Option.orElse(ticket, () => stored),
      appToken,
      soapVersion: Option.getOrElse(soapVersion, () => ({ value: "1.1" as const, source: "default" })),
      timeout: Option.getOrElse(timeout, () => ({ value: NetServerConfig.defaultTimeout, source: "default" })),
      user,
      ticketStore,
      configFile: { path, found: file.found },
      warnings
    }
  })

/**
 * The options `NetServerConfig.make` takes. Fails with `MissingUrl` when no
 * URL is configured.
 *
 * @since 0.1.0
 * @category resolving
 */
export const toOptions = (resolved: Resolved): Either.Either<NetServerConfigModule.Options, MissingUrl> =>
  Option.match(resolved.url, {
    onNone: () => Either.left(new MissingUrl({ configFile: resolved.configFile.path })),
    onSome: (url) =>
      Either.right({
        url: url.value,
        ticket: Option.getOrUndefined(Option.map(resolved.ticket, (s) => s.value)),
        applicationToken: Option.getOrUndefined(Option.map(resolved.appToken, (s) => s.value)),
        soapVersion: resolved.soapVersion.value,
        timeout: resolved.timeout.value
      })
  })

/**
 * One line per setting saying what is used and where it came from, secrets
 * shown only as "set", for `--verbose`.
 *
 * @since 0.1.0
 * @category resolving
 */
export const describe = (resolved: Resolved): ReadonlyArray<string> => {
  const from = (source: string) => source === "default" ? "(default)" : `(from ${source})`
  const opt = <A>(name: string, o: Option.Option<Sourced<A>>, show: (a: A) => string) =>
    Option.match(o, {
      onNone: () => `${name}: not set`,
      onSome: (s) => `${name}: ${show(s.value)} ${from(s.source)}`
    })
  return [
    `config file: ${resolved.configFile.path}${resolved.configFile.found ? "" : " (not found)"}`,
    opt("url", resolved.url, (u) => NetServerConfig.displayUrl(u)),
    opt("ticket", resolved.ticket, () => "set"),
    opt("app token", resolved.appToken, () => "set"),
    `SOAP version: ${resolved.soapVersion.value} ${from(resolved.soapVersion.source)}`,
    `timeout: ${Duration.format(resolved.timeout.value)} ${from(resolved.timeout.source)}`
  ]
}
