/**
 * Where NetServer is and how to talk to it: the endpoint, the ticket and
 * application token (always `Redacted`), the TimeZone header, the SOAP
 * version, the timeout, the response size limit and the retry policy.
 *
 * @since 0.1.0
 */
import type { NetServerHeaders, Operation } from "@so-chat/core"
import { SoapVersion } from "@so-chat/core"
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Inspectable from "effect/Inspectable"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import type { ChatAgentError } from "./ChatAgentError.js"
import { isRetryable, isRetryableRead } from "./ChatAgentError.js"
import * as endpointUrl from "./internal/endpointUrl.js"
import { fromEither, isBlank, optional, parseSoapVersion, secret } from "./internal/environment.js"
import * as timeouts from "./internal/timeout.js"

/**
 * A retry policy: a `Schedule` fed with each failure, deciding whether and
 * when to try again. It replaces the whole decision, so a policy of your own
 * should keep to errors that prove nothing was posted (see
 * {@link retryWhileNotSent}).
 *
 * @since 0.1.0
 * @category models
 */
export type RetryPolicy = Schedule.Schedule<unknown, ChatAgentError>

/**
 * Turns a timing schedule into a retry policy that only ever retries failures
 * proving the request never left (connection refused, host name not
 * resolved): AddChatMessage is not idempotent, and a retry after a timeout or
 * a reset could post the message twice.
 *
 * @example
 * import { NetServerConfig } from "@so-chat/transport"
 * import { Schedule } from "effect"
 *
 * // up to 5 retries, 1 second apart, still only when nothing was sent
 * const retry = NetServerConfig.retryWhileNotSent(Schedule.spaced("1 second").pipe(Schedule.intersect(Schedule.recurs(5))))
 *
 * @since 0.1.0
 * @category retry
 */
export const retryWhileNotSent = (timing: Schedule.Schedule<unknown, unknown>): RetryPolicy =>
  Schedule.whileInput(timing as Schedule.Schedule<unknown, ChatAgentError>, isRetryable)

/**
 * Turns a timing schedule into the retry policy of an operation that only
 * reads (`Operation.safeToRetry`: `Get*`, `*ForUser`, `IsWithinOpeningHours`,
 * `CreateDefault*`): besides what {@link retryWhileNotSent} retries, it
 * retries after an unknown outcome where no answer came (a timeout, a lost
 * connection), since sending a read twice changes nothing. An answer is not
 * retried (see `ChatAgentError.isRetryableRead`).
 *
 * @since 0.2.0
 * @category retry
 */
export const retryReadWhileUnknown = (timing: Schedule.Schedule<unknown, unknown>): RetryPolicy =>
  Schedule.whileInput(timing as Schedule.Schedule<unknown, ChatAgentError>, isRetryableRead)

/**
 * The default policy of operations that only read: up to 3 retries, after
 * about 250 ms, 500 ms and 1 s (jittered), of what
 * {@link retryReadWhileUnknown} retries.
 *
 * @since 0.2.0
 * @category retry
 */
export const defaultRetryReads: RetryPolicy = retryReadWhileUnknown(
  Schedule.exponential("250 millis", 2).pipe(Schedule.jittered, Schedule.intersect(Schedule.recurs(3)))
)

/**
 * The default policy: up to 3 retries of a refused connection or a failed DNS
 * lookup, after about 250 ms, 500 ms and 1 s (jittered). Such failures are
 * often a server restarting or a resolver hiccup, gone within a second or two;
 * nothing else is retried.
 *
 * @since 0.1.0
 * @category retry
 */
export const defaultRetry: RetryPolicy = retryWhileNotSent(
  Schedule.exponential("250 millis", 2).pipe(Schedule.jittered, Schedule.intersect(Schedule.recurs(3)))
)

/**
 * The resolved configuration `ChatAgent` reads.
 *
 * @since 0.1.0
 * @category models
 */
export interface Settings {
  /** The Chat service's endpoint, e.g. `https://sod.superoffice.com/Cust12345/Remote/Services88/Chat.svc`. */
  readonly endpoint: URL
  /** The `Credentials/Ticket` header. */
  readonly ticket: Option.Option<Redacted.Redacted<string>>
  /** The `ApplicationToken` header (required by SuperOffice Online, ignored on-site). */
  readonly applicationToken: Option.Option<Redacted.Redacted<string>>
  /** The `TimeZone` header. */
  readonly timeZone: Option.Option<NetServerHeaders.SoTimeZone>
  /** SOAP 1.1 (the WSDL's binding) or 1.2. */
  readonly soapVersion: SoapVersion.SoapVersion
  /** How long one attempt may take, from sending to the last byte of the answer. */
  readonly timeout: Duration.Duration
  /** The largest answer read; a larger one fails as `ResponseTooLarge`. */
  readonly maxResponseBytes: number
  /** When to try again after a failure of an operation that changes state. */
  readonly retry: RetryPolicy
  /** When to try again after a failure of an operation that only reads (`Operation.safeToRetry`). */
  readonly retryReads: RetryPolicy
}

/**
 * What {@link make} accepts. Only `url` is required.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** An installation's base URL (`https://sod.superoffice.com/Cust12345/`) or the full `Chat.svc` URL. */
  readonly url: string | URL
  readonly ticket?: Redacted.Redacted<string> | undefined
  readonly applicationToken?: Redacted.Redacted<string> | undefined
  readonly timeZone?: NetServerHeaders.SoTimeZone | undefined
  /** Default `"1.1"`. */
  readonly soapVersion?: SoapVersion.SoapVersion | undefined
  /** Default 30 seconds. */
  readonly timeout?: Duration.DurationInput | undefined
  /** Default 8 MiB. */
  readonly maxResponseBytes?: number | undefined
  /** For operations that change state; default {@link defaultRetry}. */
  readonly retry?: RetryPolicy | undefined
  /** For operations that only read; default {@link defaultRetryReads}. */
  readonly retryReads?: RetryPolicy | undefined
}

/**
 * @since 0.1.0
 * @category constants
 */
export const defaultTimeout: Duration.Duration = Duration.seconds(30)

/**
 * 8 MiB: a Chat answer is a few KiB; a transcript of a long session stays far
 * below this.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultMaxResponseBytes = 8 * 1024 * 1024

/**
 * The configuration as a service.
 *
 * @since 0.1.0
 * @category tags
 */
export class NetServerConfig extends Context.Tag("@so-chat/transport/NetServerConfig")<NetServerConfig, Settings>() {}

/**
 * Resolves what a person configures to the Chat endpoint: a base URL gets
 * `Remote/Services88/Chat.svc` appended (a missing trailing slash is added
 * first, so `…/Cust12345` keeps its last segment); a URL ending in `.svc` is
 * kept. Fails with a reason when the URL is not absolute http(s) (suggesting
 * the URL meant, for `localhost:8080`), its port is out of range, or it
 * carries credentials, a query or a fragment: the Chat endpoint takes none, and
 * a query would otherwise be dropped from a base URL, or sent unseen to a `.svc`.
 *
 * @example
 * import { NetServerConfig } from "@so-chat/transport"
 *
 * NetServerConfig.resolveEndpoint("https://sod.superoffice.com/Cust12345")
 * // Right(https://sod.superoffice.com/Cust12345/Remote/Services88/Chat.svc)
 *
 * @since 0.1.0
 * @category endpoints
 */
export const resolveEndpoint: (input: string | URL) => Either.Either<URL, string> = endpointUrl.resolveEndpoint

/**
 * The endpoint of any operation's service: the configured endpoint for Chat,
 * the sibling `.svc` (e.g. `…/Remote/Services88/SoPrincipal.svc`) for others.
 *
 * @since 0.1.0
 * @category endpoints
 */
export const endpointFor = (settings: Pick<Settings, "endpoint">, operation: Operation.Operation.Any): URL =>
  operation.service === "Chat"
    ? settings.endpoint
    : new URL(operation.endpointPath.slice(operation.endpointPath.lastIndexOf("/") + 1), settings.endpoint)

/**
 * The URL as it may be shown in errors, logs and spans: without credentials,
 * query or fragment.
 *
 * @since 0.1.0
 * @category endpoints
 */
export const displayUrl = (url: URL): string => `${url.protocol}//${url.host}${url.pathname}`

class SettingsImpl extends Inspectable.Class implements Settings {
  constructor(
    readonly endpoint: URL,
    readonly ticket: Option.Option<Redacted.Redacted<string>>,
    readonly applicationToken: Option.Option<Redacted.Redacted<string>>,
    readonly timeZone: Option.Option<NetServerHeaders.SoTimeZone>,
    readonly soapVersion: SoapVersion.SoapVersion,
    readonly timeout: Duration.Duration,
    readonly maxResponseBytes: number,
    readonly retry: RetryPolicy,
    readonly retryReads: RetryPolicy
  ) {
    super()
  }
  toJSON(): unknown {
    return {
      _id: "@so-chat/transport/NetServerConfig",
      endpoint: displayUrl(this.endpoint),
      ticket: Option.isSome(this.ticket) ? "<redacted>" : null,
      applicationToken: Option.isSome(this.applicationToken) ? "<redacted>" : null,
      timeZone: Option.getOrNull(this.timeZone),
      soapVersion: this.soapVersion,
      timeout: Duration.format(this.timeout),
      maxResponseBytes: this.maxResponseBytes,
      retry: this.retry === defaultRetry ? "default" : "custom",
      retryReads: this.retryReads === defaultRetryReads ? "default" : "custom"
    }
  }
}

const invalid = (name: string, message: string) => ConfigError.InvalidData([name], message)

/**
 * Reads a timeout as a person writes it (`SO_TIMEOUT`, the CLI's `--timeout`
 * and config file): seconds (`30`, `2.5`, or a JSON number), a short form
 * (`500ms`, `30s`, `2m`, `1h`, `1d`), or an Effect duration (`500 millis`,
 * `1 minute`, `2 hours`, `30 days`). It must be positive and finite; a long
 * one is honoured, however long. Fails with a reason quoting the input.
 *
 * @example
 * import { NetServerConfig } from "@so-chat/transport"
 *
 * NetServerConfig.parseTimeout("1h") // Right(Duration.hours(1))
 *
 * @since 0.1.0
 * @category config
 */
export const parseTimeout: (input: string | number) => Either.Either<Duration.Duration, string> = timeouts.parseTimeout

const checkMaxBytes = (n: number): Either.Either<number, string> =>
  Number.isSafeInteger(n) && n > 0
    ? Either.right(n)
    : Either.left(`the size limit must be a positive integer, not ${n}`)

/**
 * Validates and resolves options. Fails with a `ConfigError` naming the
 * option (`url`, `timeout`, `maxResponseBytes`) when one is unusable.
 *
 * @example
 * import { NetServerConfig } from "@so-chat/transport"
 * import { Redacted } from "effect"
 *
 * const settings = NetServerConfig.make({
 *   url: "https://sod.superoffice.com/Cust12345/",
 *   ticket: Redacted.make("7T:1234abcxyzExample=="),
 *   applicationToken: Redacted.make("1234567-1234-9876")
 * })
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options): Effect.Effect<Settings, ConfigError.ConfigError> =>
  Effect.suspend(() => {
    const endpoint = resolveEndpoint(options.url)
    if (Either.isLeft(endpoint)) return Effect.fail(invalid("url", endpoint.left))
    const timeout = timeouts.checkTimeout(options.timeout ?? defaultTimeout)
    if (Either.isLeft(timeout)) return Effect.fail(invalid("timeout", timeout.left))
    const maxBytes = checkMaxBytes(options.maxResponseBytes ?? defaultMaxResponseBytes)
    if (Either.isLeft(maxBytes)) return Effect.fail(invalid("maxResponseBytes", maxBytes.left))
    const soapVersion = options.soapVersion ?? "1.1"
    if (!SoapVersion.envelopeNamespace[soapVersion]) {
      return Effect.fail(invalid("soapVersion", `the SOAP version must be "1.1" or "1.2", not ${soapVersion}`))
    }
    return Effect.succeed(
      new SettingsImpl(
        endpoint.right,
        Option.fromNullable(options.ticket),
        Option.fromNullable(options.applicationToken),
        Option.fromNullable(options.timeZone),
        soapVersion,
        timeout.right,
        maxBytes.right,
        options.retry ?? defaultRetry,
        options.retryReads ?? defaultRetryReads
      )
    )
  })

/**
 * The configuration from options.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<NetServerConfig, ConfigError.ConfigError> =>
  Layer.effect(NetServerConfig, make(options))

/**
 * Options from the environment (or whatever `ConfigProvider` is current):
 *
 * - `SO_URL` (required): base URL or full `Chat.svc` URL;
 * - `SO_TICKET`, `SO_APP_TOKEN` (optional, read as `Redacted`);
 * - `SO_SOAP_VERSION`: `1.1` (default) or `1.2`;
 * - `SO_TIMEOUT`: seconds (`30`) or a duration (`500ms`, `2m`, `1h`, `1 minute`),
 *   see {@link parseTimeout}; default 30 seconds.
 *
 * A variable that is empty (or only blanks) counts as unset, as in the CLI:
 * an empty `SO_URL` is missing, an empty `SO_TIMEOUT` is the default. A bad
 * value fails with a `ConfigError` naming the variable.
 *
 * @since 0.1.0
 * @category config
 */
export const config: Config.Config<Options> = Config.all({
  url: Config.string("SO_URL").pipe(
    Config.mapOrFail((s) =>
      isBlank(s)
        ? Either.left(ConfigError.MissingData([], "SO_URL is empty; set it to the installation's URL"))
        : fromEither(resolveEndpoint(s.trim()))
    )
  ),
  ticket: secret("SO_TICKET"),
  applicationToken: secret("SO_APP_TOKEN"),
  soapVersion: optional("SO_SOAP_VERSION", parseSoapVersion, "1.1"),
  timeout: optional("SO_TIMEOUT", parseTimeout, defaultTimeout)
})

/**
 * The configuration from a `Config` (by default {@link config}, the `SO_*`
 * environment variables).
 *
 * @example
 * import { NetServerConfig } from "@so-chat/transport"
 * import { Config, Schedule } from "effect"
 *
 * // from SO_URL, SO_TICKET, …, with a policy of your own
 * const ConfigLive = NetServerConfig.layerConfig(
 *   NetServerConfig.config.pipe(
 *     Config.map((options) => ({ ...options, retry: NetServerConfig.retryWhileNotSent(Schedule.recurs(1)) }))
 *   )
 * )
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  options: Config.Config<Options> = config
): Layer.Layer<NetServerConfig, ConfigError.ConfigError> => Layer.effect(NetServerConfig, Effect.flatMap(options, make))
