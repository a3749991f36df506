/**
 * `so-chat login`: log in with a user name and password (SoPrincipal
 * `AuthenticateUsernamePassword`), then store the ticket for later commands,
 * or with `--print-ticket` print it alone.
 *
 * The password comes from `SO_PASSWORD` or, on a terminal, from a prompt
 * that does not echo it. It is `Redacted` from the moment it is read, masked
 * in all output, and never stored.
 *
 * Loaded only when the command runs.
 *
 * @internal
 */
import * as Prompt from "@effect/cli/Prompt"
import * as NodeTerminal from "@effect/platform-node/NodeTerminal"
import * as Terminal from "@effect/platform/Terminal"
import { NetServerConfig, SoPrincipal } from "@so-chat/transport"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { Interrupted, InvalidFlag, InvalidSetting, MissingPassword } from "../CliError.js"
import * as Settings from "../Settings.js"
import { resolveSettings } from "./addMessage.js"
import * as Agent from "./agent.js"
import { Output } from "./output.js"
import type { LoginArgs } from "./runtime.js"
import { Environment, stopOnSignal } from "./runtime.js"
import { colours, withoutStyles } from "./streams.js"
import * as TicketStore from "./ticketStore.js"

/** What a stop of `login` leaves undone. */
const NOT_STORED = "no ticket was stored"

/**
 * Asks for the password on the `Terminal`, echoing nothing (not even one
 * `*` per character, which would tell its length). Ctrl-C or Ctrl-D stop
 * the command.
 */
export const promptPassword = (message: string) =>
  Prompt.hidden({ message }).pipe(
    Effect.catchTag(
      "QuitException",
      () =>
        Effect.fail(new Interrupted({ signal: "Ctrl-C", mayHaveBeenPosted: false, readOnly: true, note: NOT_STORED }))
    )
  )

/**
 * The terminal the prompt talks to: Node's, but writing to stderr, so that
 * `so-chat login --print-ticket` in `$(…)` keeps stdout for the ticket alone,
 * and without colours where stderr gets none (`NO_COLOR`, `TERM=dumb`).
 */
const stderrTerminal = (env: Environment["env"]): Layer.Layer<Terminal.Terminal> =>
  Layer.scoped(
    Terminal.Terminal,
    Effect.map(NodeTerminal.make(), (terminal) => {
      const styled = colours(process.stderr, env)
      return Terminal.Terminal.of({
        ...terminal,
        columns: Effect.sync(() => process.stderr.columns ?? 0),
        display: (text) =>
          Effect.async<void>((resume) => {
            process.stderr.write(styled ? text : withoutStyles(text), () => resume(Effect.void))
          })
      })
    })
  )

const readPassword = (user: string, where: string) =>
  Effect.gen(function*() {
    const { env, stdin } = yield* Environment
    const output = yield* Output
    const fromEnv = env.SO_PASSWORD
    if (fromEnv !== undefined && fromEnv !== "") {
      output.mask(fromEnv)
      return Redacted.make(fromEnv)
    }
    if (stdin.isTTY !== true) return yield* new MissingPassword()
    const password = yield* stopOnSignal(
      promptPassword(`Password for ${user} at ${where}`),
      (signal) => new Interrupted({ signal, mayHaveBeenPosted: false, readOnly: true, note: NOT_STORED })
    ).pipe(
      // The prompt ends its line only when answered: what follows a stop starts on a line of its own.
      Effect.tapError(() => Effect.sync(() => output.err(""))),
      Effect.provide(stderrTerminal(env))
    )
    output.mask(Redacted.value(password))
    return password
  })

/** @internal */
export const login = (args: LoginArgs) =>
  Effect.gen(function*() {
    const output = yield* Output
    const resolved = yield* resolveSettings({ ...args, ticket: Option.none() })
    if (args.verbose) {
      for (const line of Settings.describe(resolved)) output.err(`so-chat: ${line}`)
      output.err(
        `so-chat: user: ${
          Option.match(resolved.user, { onNone: () => "not set", onSome: (u) => `${u.value} (from ${u.source})` })
        }`
      )
    }
    const user = yield* Option.match(resolved.user, {
      onNone: () =>
        Effect.fail(
          new InvalidFlag({
            flag: "--user",
            reason: "no user name: pass --user NAME, set SO_USER, or put \"user\" in the config file"
          })
        ),
      onSome: (u) => Effect.succeed(u.value)
    })
    const options = yield* Settings.toOptions(resolved)
    // Logging in needs no ticket, and must not send one it may have found.
    const settings = yield* NetServerConfig.make({ ...options, ticket: undefined }).pipe(
      Effect.mapError((e) => new InvalidSetting({ source: "settings", reason: e.message }))
    )
    const endpoint = Option.getOrThrow(resolved.url).value
    const password = yield* readPassword(user, NetServerConfig.displayUrl(endpoint).replace(/Chat\.svc$/, ""))

    const started = performance.now()
    const { principal, ticket } = yield* stopOnSignal(
      Effect.flatMap(SoPrincipal.SoPrincipal, (p) => p.authenticate(user, password)).pipe(
        Effect.provide(SoPrincipal.layer.pipe(
          Layer.provide(Agent.transportLayer((transport) => transport)),
          Layer.provide(Layer.succeed(NetServerConfig.NetServerConfig, settings))
        )),
        args.verbose ? Logger.withMinimumLogLevel(LogLevel.Debug) : (effect) => effect
      ),
      (signal) => new Interrupted({ signal, mayHaveBeenPosted: false, readOnly: true, note: NOT_STORED })
    )
    output.mask(Redacted.value(ticket))
    const name = principal.fullName !== null && principal.fullName !== "" && principal.fullName !== user
      ? `${principal.fullName}, `
      : ""
    const who = `${user} (${name}associate ${principal.associateId})`
    if (args.verbose) output.err(`so-chat: logged in as ${who} in ${Math.round(performance.now() - started)} ms`)

    if (args.printTicket) {
      output.outSecret(Redacted.value(ticket))
      return
    }

    const path = resolved.ticketStore
    const now = yield* DateTime.now
    yield* Effect.try({
      try: () =>
        TicketStore.write(path, {
          url: endpoint.href,
          user,
          ticket: Redacted.value(ticket),
          obtained: DateTime.formatIso(now)
        }),
      catch: (e) =>
        new InvalidSetting({
          source: path,
          reason: `logged in, but the ticket cannot be stored (${String((e as { code?: unknown }).code ?? e)})`
        })
    })
    output.out(`logged in as ${who} at ${NetServerConfig.displayUrl(endpoint)}`)
    output.out(`ticket stored in ${path} (readable by you alone); add-message and messages use it for this URL`)
    // A ticket set elsewhere wins over the stored one: say so, or the login would seem to do nothing.
    const winning = Option.filter(resolved.ticket, (t) => !t.source.startsWith("so-chat login"))
    if (Option.isSome(winning)) {
      output.err(
        `so-chat: warning: the ticket from ${winning.value.source} still wins over the stored one; remove it to use the new ticket`
      )
    }
  })
