/**
 * From a command's connection flags to the `ChatAgent` it calls NetServer
 * with: the settings resolved (and, with `--verbose`, described), a ticket
 * required, the agent on the commands' transport. And running a call with
 * the agent, stopped by a signal with a line that says what may have been
 * done.
 *
 * @internal
 */
import type { ChatAgentError } from "@so-chat/transport"
import { ChatAgent, NetServerConfig } from "@so-chat/transport"
import * as Effect from "effect/Effect"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import { Interrupted, InvalidSetting } from "../CliError.js"
import * as Settings from "../Settings.js"
import { requireTicket, resolveSettings } from "./addMessage.js"
import * as Agent from "./agent.js"
import { Output } from "./output.js"
import type { ConnectionArgs } from "./runtime.js"
import { stopOnSignal } from "./runtime.js"

/** The agent the flags, environment and config file configure; fails before sending when no ticket is. */
export const connect = (args: ConnectionArgs & { readonly verbose: boolean }) =>
  Effect.gen(function*() {
    const output = yield* Output
    const resolved = yield* resolveSettings(args)
    if (args.verbose) { for (const line of Settings.describe(resolved)) output.err(`so-chat: ${line}`) }
    const options = yield* Settings.toOptions(resolved)
    yield* requireTicket(resolved)
    const settings = yield* NetServerConfig.make(options).pipe(
      Effect.mapError((e) => new InvalidSetting({ source: "settings", reason: e.message }))
    )
    return Agent.layer(settings)
  })

/** The transport logs each failed attempt at debug level: with --verbose, they are shown. */
export const withLogs = (verbose: boolean) => <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  verbose ? Logger.withMinimumLogLevel(effect, LogLevel.Debug) : effect

/**
 * Runs `use` with the agent the flags configure. A signal stops it; for a
 * call that changes something, `change` says what may have been done
 * anyway (`"the session may have been picked up"`).
 */
export const withAgent = <A, E = ChatAgentError.ChatAgentError>(
  args: ConnectionArgs & { readonly verbose: boolean },
  change: string | undefined,
  use: (agent: ChatAgent.ChatAgent["Type"]) => Effect.Effect<A, E>
) =>
  Effect.gen(function*() {
    const layer = yield* connect(args)
    return yield* stopOnSignal(
      Effect.flatMap(ChatAgent.ChatAgent, use).pipe(Effect.provide(layer), withLogs(args.verbose)),
      (signal) =>
        new Interrupted({
          signal,
          mayHaveBeenPosted: false,
          readOnly: true,
          ...(change === undefined ? {} : { note: `the request may have reached NetServer, so ${change}` })
        })
    )
  })
