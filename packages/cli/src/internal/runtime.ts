/**
 * What every command runs with: the `Output`, the signal that asks it to stop,
 * and the arguments each command's (lazily loaded) implementation receives.
 *
 * @internal
 */
import * as Context from "effect/Context"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import type * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"

/** Completed with the signal's name (`SIGINT`, `SIGTERM`) when one arrives. */
export interface Signal {
  readonly received: Deferred.Deferred<string>
}

/** @internal */
export const Signal = Context.GenericTag<Signal>("@so-chat/cli/Signal")

/** The signal's name, once one arrives. */
export const awaitSignal: Effect.Effect<string, never, Signal> = Effect.flatMap(
  Signal,
  (s) => Deferred.await(s.received)
)

/** Runs `effect` until it ends or a signal arrives, failing with `onSignal(name)` then. */
export const stopOnSignal = <A, E, R, E2>(
  effect: Effect.Effect<A, E, R>,
  onSignal: (signal: string) => E2
): Effect.Effect<A, E | E2, R | Signal> =>
  Effect.raceFirst(effect, Effect.flatMap(awaitSignal, (name) => Effect.fail(onSignal(name))))

/** The flags every command that talks to a server takes. */
export interface ConnectionArgs {
  readonly url: Option.Option<string>
  readonly ticket: Option.Option<Redacted.Redacted<string>>
  readonly appToken: Option.Option<Redacted.Redacted<string>>
  readonly soapVersion: Option.Option<string>
  readonly timeout: Option.Option<string>
  readonly config: Option.Option<string>
}

/** `so-chat add-message`'s flags, as parsed. */
export interface AddMessageArgs extends ConnectionArgs {
  readonly session: number
  readonly text: string
  readonly allowEmpty: boolean
  readonly type: Option.Option<string>
  readonly author: Option.Option<string>
  readonly specialType: Option.Option<string>
  readonly specialParam: Option.Option<string>
  readonly dryRun: boolean
  readonly json: boolean
  readonly verbose: boolean
}

/** `so-chat messages`'s flags, as parsed. */
export interface MessagesArgs extends ConnectionArgs {
  readonly session: number
  readonly after: Option.Option<number>
  readonly follow: boolean
  readonly json: boolean
  readonly verbose: boolean
}

/** `so-chat call`'s operation and flags, as parsed. */
export interface CallArgs extends ConnectionArgs {
  readonly operation: Option.Option<string>
  readonly arg: ReadonlyArray<string>
  readonly bodyJson: Option.Option<string>
  readonly list: boolean
  readonly dryRun: boolean
  readonly json: boolean
  readonly verbose: boolean
}

/** The flags of a command that acts on one chat session (`accept`, `reject`, `close`), as parsed. */
export interface SessionArgs extends ConnectionArgs {
  readonly session: number
  readonly json: boolean
  readonly verbose: boolean
}

/** The flags of a command that lists (`sessions`, `topics`), as parsed. */
export interface ListArgs extends ConnectionArgs {
  readonly json: boolean
  readonly verbose: boolean
}

/** `so-chat pick-up`'s flags, as parsed: `--session` or `--first`. */
export interface PickUpArgs extends ConnectionArgs {
  readonly session: Option.Option<number>
  readonly first: boolean
  readonly json: boolean
  readonly verbose: boolean
}

/** `so-chat transfer`'s flags, as parsed. */
export interface TransferArgs extends SessionArgs {
  readonly to: string
}

/** `so-chat transcript`'s flags, as parsed. */
export interface TranscriptArgs extends SessionArgs {
  readonly html: boolean
}

/** `so-chat presence`'s flags, as parsed. */
export interface PresenceArgs extends ConnectionArgs {
  readonly set: Option.Option<string>
  readonly json: boolean
  readonly verbose: boolean
}

/** `so-chat login`'s flags, as parsed: the connection's, but no ticket (that is what it gets). */
export interface LoginArgs extends Omit<ConnectionArgs, "ticket"> {
  readonly user: Option.Option<string>
  readonly printTicket: boolean
  readonly verbose: boolean
}

/** `so-chat demo`'s flags. */
export interface DemoArgs {
  readonly text: string
  readonly author: string
  /** A fake NetServer to talk to instead of starting one. */
  readonly url: Option.Option<string>
  readonly soapVersion: string
  readonly json: boolean
  readonly verbose: boolean
}

/** `so-chat serve-fake`'s flags. */
export interface ServeFakeArgs {
  readonly port: number
  readonly host: string
  readonly online: boolean
  /** A seed file: the installation to start with. */
  readonly seed: Option.Option<string>
  readonly verbose: boolean
}

/** The environment a command reads (`process.env`, or a test's). */
export interface Environment {
  readonly env: Readonly<Record<string, string | undefined>>
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean }
}

/** @internal */
export const Environment = Context.GenericTag<Environment>("@so-chat/cli/Environment")
