/**
 * `TicketSource`: where `ChatAgent` gets the ticket it sends. Either the
 * fixed ticket of the configuration, or one got by logging in with a user
 * name and password, on first need, and again when NetServer refuses it.
 *
 * @since 0.1.0
 */
import * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import * as SynchronizedRef from "effect/SynchronizedRef"
import type { ChatAgentError, LoginFailed } from "./ChatAgentError.js"
import { NetServerConfig } from "./NetServerConfig.js"
import { SoPrincipal } from "./SoPrincipal.js"

/**
 * A source of tickets. `get` gives the ticket to send (logging in first if
 * need be); `invalidate(stale)` says NetServer refused `stale`, so the next
 * `get` gets a new one. Invalidating a ticket that is no longer the current
 * one does nothing, so many calls refused with the same ticket cause one
 * login, not one each.
 *
 * @since 0.1.0
 * @category tags
 */
export class TicketSource extends Context.Tag("@so-chat/transport/TicketSource")<TicketSource, {
  readonly get: Effect.Effect<Redacted.Redacted<string>, LoginFailed | ChatAgentError>
  readonly invalidate: (stale: Redacted.Redacted<string>) => Effect.Effect<void>
}>() {}

/**
 * The configured ticket (`NetServerConfig`'s `ticket`, `SO_TICKET`), as a
 * source: a fixed ticket cannot be renewed, so `invalidate` does nothing.
 * Fails to build with a `ConfigError` when no ticket is configured.
 *
 * @since 0.1.0
 * @category layers
 */
export const fromConfig: Layer.Layer<TicketSource, ConfigError.ConfigError, NetServerConfig> = Layer.effect(
  TicketSource,
  Effect.flatMap(NetServerConfig, (settings) =>
    Option.match(settings.ticket, {
      onNone: () =>
        Effect.fail(
          ConfigError.MissingData(["SO_TICKET"], "TicketSource.fromConfig needs a ticket in the configuration")
        ),
      onSome: (ticket) =>
        Effect.succeed(TicketSource.of({ get: Effect.succeed(ticket), invalidate: () => Effect.void }))
    }))
)

/**
 * What {@link login} logs in with.
 *
 * @since 0.1.0
 * @category models
 */
export interface LoginOptions {
  readonly userName: string
  readonly password: Redacted.Redacted<string>
}

type Login = Deferred.Deferred<Redacted.Redacted<string>, LoginFailed | ChatAgentError>

/**
 * A source that logs in through `SoPrincipal` on first need and keeps the
 * ticket. Concurrent callers wait for the same login. A failed login is not
 * kept: the next `get` tries again. A login runs in the source's own scope,
 * so interrupting the caller that started it does not abort it for the
 * others waiting.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeLogin = (
  options: LoginOptions
): Effect.Effect<TicketSource["Type"], never, SoPrincipal | Scope.Scope> =>
  Effect.gen(function*() {
    const principal = yield* SoPrincipal
    const scope = yield* Effect.scope
    const state = yield* SynchronizedRef.make<Option.Option<Login>>(Option.none())
    const start = Effect.gen(function*() {
      const login = yield* Deferred.make<Redacted.Redacted<string>, LoginFailed | ChatAgentError>()
      yield* principal.authenticate(options.userName, options.password).pipe(
        Effect.map((authenticated) => authenticated.ticket),
        Effect.exit,
        Effect.flatMap((exit) =>
          Effect.zipRight(
            Deferred.done(login, exit),
            Exit.isFailure(exit)
              // Forget a failed login, unless a newer one already replaced it.
              ? SynchronizedRef.update(
                state,
                (current) => Option.isSome(current) && current.value === login ? Option.none() : current
              )
              : Effect.void
          )
        ),
        Effect.withSpan("TicketSource/login", { kind: "internal", attributes: { "user.name": options.userName } }),
        Effect.forkIn(scope)
      )
      return login
    })
    const get = SynchronizedRef.modifyEffect(state, (current) =>
      Option.isSome(current)
        ? Effect.succeed([current.value, current] as const)
        : Effect.map(start, (login) => [login, Option.some(login)] as const)).pipe(Effect.flatMap(Deferred.await))
    const invalidate = (stale: Redacted.Redacted<string>) =>
      SynchronizedRef.updateEffect(state, (current) => {
        if (Option.isNone(current)) return Effect.succeed(current)
        // A login still running will give a new ticket: keep waiting for it.
        return Effect.map(Deferred.poll(current.value), (done) => {
          if (Option.isNone(done)) return current
          const exit = done.value as Exit.Exit<Redacted.Redacted<string>, unknown>
          return Exit.isExit(exit) && Exit.isSuccess(exit) && Redacted.value(exit.value) === Redacted.value(stale)
            ? Option.none()
            : current
        })
      })
    return TicketSource.of({ get, invalidate })
  })

/**
 * A source that logs in with a user name and password (see
 * {@link makeLogin}).
 *
 * @example
 * import { ChatAgent, NetServerConfig, SoPrincipal, TicketSource } from "@so-chat/transport"
 * import { Config, Effect, Layer } from "effect"
 *
 * const ChatAgentLive = Layer.unwrapEffect(
 *   Effect.map(
 *     Config.all({ userName: Config.string("SO_USER"), password: Config.redacted("SO_PASSWORD") }),
 *     (credentials) => ChatAgent.layerNode.pipe(Layer.provide(TicketSource.login(credentials)))
 *   )
 * ).pipe(Layer.provide(SoPrincipal.layerNode), Layer.provide(NetServerConfig.layerConfig()))
 *
 * @since 0.1.0
 * @category layers
 */
export const login = (options: LoginOptions): Layer.Layer<TicketSource, never, SoPrincipal> =>
  Layer.scoped(TicketSource, makeLogin(options))
