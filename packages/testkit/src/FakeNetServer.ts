/**
 * A fake NetServer: stateful, in memory, no sockets. It answers the Chat
 * service's SOAP requests the way a real NetServer does, checks what a real
 * one checks, and remembers what it was sent so a test can look.
 *
 * @since 0.1.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import type { ChatMessage, NetServerHeaders, Operation, SoapFault, SoapVersion } from "@so-chat/core"
import type { ChatPresence } from "@so-chat/core/generated/ChatPresence"
import { ChatAgent, NetServerConfig } from "@so-chat/transport"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import type * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import type * as Installation from "./Installation.js"
import * as internal from "./internal/fakeServer.js"
import * as httpClient from "./internal/httpClient.js"
import * as fakeOptions from "./internal/options.js"

/**
 * A user of the fake installation: the user name and password a login takes
 * (the user name without regard to case), and a ticket that is valid from the
 * start and never expires, for tests that do not log in. A login issues a new
 * ticket each time, which expires (see `ticketLifetime`).
 *
 * @since 0.1.0
 * @category models
 */
export interface User {
  readonly username: string
  readonly password: string | Redacted.Redacted<string>
  readonly ticket: string | Redacted.Redacted<string>
  /** The associate id SoPrincipal reports. Default: the user's position in `users`, from 1. */
  readonly associateId?: number | undefined
  /** The full name SoPrincipal reports. Default: the username. */
  readonly fullName?: string | undefined
}

/**
 * How a fake NetServer is set up. Everything has a default.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /**
   * The installation the fake starts with: users, topics with their agents,
   * sessions with their messages (see the `Installation` module; a seed file
   * is read with `Installation.readSeedFile`). Default
   * `Installation.defaultInstallation`.
   */
  readonly installation?: Installation.Installation | undefined
  /**
   * Replaces the installation's sessions with these, each open (`CustomerLast`)
   * in the first topic, the first user's, with no messages. Default (when
   * `users` is given) {@link defaultChatSessionIds}: 1, 2 and 3.
   */
  readonly chatSessionIds?: Iterable<number> | undefined
  /**
   * Replaces the installation's users (and so the valid tickets), each an
   * agent of every topic with every right, and its sessions with
   * `chatSessionIds`'. Default: the installation's users.
   */
  readonly users?: ReadonlyArray<User> | undefined
  /**
   * `true` behaves as a SuperOffice Online installation, which requires one of
   * `applicationTokens`; `false` (the default) as an on-site one, which does
   * not look at the application token at all.
   */
  readonly online?: boolean | undefined
  /** The application tokens an Online installation accepts. Default: {@link defaultApplicationToken}. */
  readonly applicationTokens?: ReadonlyArray<string | Redacted.Redacted<string>> | undefined
  /** The ChatMessageId the first message gets; later ones count up by 1. Default 1. */
  readonly firstChatMessageId?: number | undefined
  /** The largest request read, in bytes; a larger one gets a fault and is not read. Default 1 MiB. */
  readonly maxRequestBytes?: number | undefined
  /** How many of the latest requests {@link requests} keeps. Default 10 000; 0 keeps none. */
  readonly maxRecordedRequests?: number | undefined
  /**
   * The installation's path; the services are below it, e.g.
   * `/Cust12345/Remote/Services88/Chat.svc`, and nothing else is served.
   * Default {@link defaultBasePath}.
   */
  readonly basePath?: string | undefined
  /**
   * How long a ticket issued by a login is valid, by the fake's `Clock` (so a
   * `TestClock` can expire it); past that, a call with it is refused with a
   * `SoSessionException`, as NetServer refuses an expired ticket. The users'
   * configured tickets never expire. Default {@link defaultTicketLifetime};
   * `Duration.infinity` for never.
   */
  readonly ticketLifetime?: Duration.DurationInput | undefined
  /**
   * Makes the ticket a login issues, for a test that must know it before it
   * logs in. Default: a new random one for each login (`7T:` and base64), as
   * NetServer issues.
   */
  readonly issueTicket?: ((login: { readonly username: string; readonly serial: number }) => string) | undefined
}

/**
 * 8 hours, a working day. (How long NetServer keeps a ticket is the
 * installation's setting; this is a guess at a usual one.)
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultTicketLifetime: Duration.Duration = fakeOptions.defaultTicketLifetime

/**
 * `/Cust12345/`, as in the documented installation URL
 * `https://sod.superoffice.com/Cust12345/`.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultBasePath = fakeOptions.defaultBasePath

/**
 * The chat sessions a fake has unless told otherwise.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultChatSessionIds: ReadonlyArray<number> = fakeOptions.defaultChatSessionIds

/**
 * The documented example ticket: {@link defaultUser}'s, valid on a fake
 * unless told otherwise, and never expiring. It is no secret of anyone's.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultTicket: Redacted.Redacted<string> = fakeOptions.defaultTicket

/**
 * The documented example application token, the one an Online fake accepts
 * unless told otherwise.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultApplicationToken: Redacted.Redacted<string> = fakeOptions.defaultApplicationToken

/**
 * The one user a fake has unless told otherwise; its ticket is
 * {@link defaultTicket}.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultUser: User = fakeOptions.defaultUser

/**
 * 1 MiB: a chat message is a few KiB. (WCF's own default is 64 KiB; NetServer
 * installations raise it, by how much is theirs to say.)
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultMaxRequestBytes = fakeOptions.defaultMaxRequestBytes

/**
 * Options a fake cannot run with.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidOptions extends Schema.TaggedError<InvalidOptions>("@so-chat/testkit/InvalidOptions")(
  "InvalidOptions",
  { option: Schema.String, detail: Schema.String }
) {
  override get message(): string {
    return `Invalid FakeNetServer option ${this.option}: ${this.detail}`
  }
}

/**
 * An HTTP request as the fake sees it. Header names are lower case.
 *
 * @since 0.1.0
 * @category models
 */
export interface HttpRequest {
  readonly method: string
  /** The path (with query), or the whole URL. */
  readonly url: string
  readonly headers: Readonly<Record<string, string | ReadonlyArray<string> | undefined>>
  readonly body: Uint8Array
}

/**
 * An HTTP response of the fake.
 *
 * @since 0.1.0
 * @category models
 */
export interface HttpResponse {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}

/**
 * How the fake answered a request:
 *
 * - `Succeeded`: HTTP 200, the operation's result, `Succeeded` true;
 * - `NetServerException`: HTTP 200, an `ExceptionInfo` header and `Succeeded`
 *   false (NetServer refused: a ticket, a token, a session id);
 * - `SoapFault`: a SOAP fault (WCF refused: the request itself is wrong);
 * - `HttpError`: an HTML page (no such endpoint, not a POST).
 *
 * @since 0.1.0
 * @category models
 */
export type Outcome =
  | { readonly _tag: "Succeeded" }
  | { readonly _tag: "NetServerException"; readonly exceptionInfo: NetServerHeaders.SoExceptionInfo }
  | { readonly _tag: "SoapFault"; readonly fault: SoapFault.SoapFault }
  | { readonly _tag: "HttpError"; readonly reason: string }

/**
 * A request the fake received. What could be decoded is: `headers` holds
 * the ticket and application token as `Redacted`; the raw body is not kept,
 * as it holds them in clear.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReceivedRequest {
  readonly method: string
  readonly path: string
  /** The HTTP headers, names in lower case. */
  readonly httpHeaders: Readonly<Record<string, string>>
  /** How many body bytes were read (at most `maxRequestBytes` and one chunk past it). */
  readonly bodyBytes: number
  /** The SOAPAction (1.1 header, 1.2 `action` parameter), once the content type was understood. */
  readonly soapAction: string | undefined
  readonly version: SoapVersion.SoapVersion | undefined
  /** The operation's name, once the action named one. */
  readonly operation: string | undefined
  /** The decoded header blocks, once the envelope was decoded. */
  readonly headers: NetServerHeaders.RequestHeaders | undefined
  /** The decoded body, once the envelope was decoded. */
  readonly body: unknown
  /** Header blocks that were not understood and ignored, as `{namespace}local`. */
  readonly ignoredHeaders: ReadonlyArray<string>
  /** The HTTP status answered. */
  readonly status: number
  readonly outcome: Outcome
}

/**
 * A decoded call of one operation, as {@link requestsOf} gives it.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReceivedCall<Req> extends ReceivedRequest {
  readonly version: SoapVersion.SoapVersion
  readonly operation: string
  readonly headers: NetServerHeaders.RequestHeaders
  readonly body: Req
}

/**
 * The fake NetServer.
 *
 * @since 0.1.0
 * @category models
 */
export interface FakeNetServer {
  /** Answers one HTTP request, as the HTTP layers do for every request they get. */
  readonly handle: (request: HttpRequest) => Effect.Effect<HttpResponse>
  /** The largest request body read, in bytes. */
  readonly maxRequestBytes: number
  /** The installation's path, e.g. `/Cust12345/`. */
  readonly basePath: string
  /** The requests received, oldest first (the latest `maxRecordedRequests`). */
  readonly requests: Effect.Effect<ReadonlyArray<ReceivedRequest>>
  /** The messages posted to a chat session, oldest first; empty if there is no such session. */
  readonly messages: (chatSessionId: number) => Effect.Effect<ReadonlyArray<ChatMessage.ChatMessage>>
  /** Makes a chat session exist (no-op if it does): open in the first topic, the first user's. */
  readonly addChatSession: (chatSessionId: number) => Effect.Effect<void>
  /** Every chat session, by id, with its transitions and messages (deleted ones too, status `Deleted`). */
  readonly sessions: Effect.Effect<ReadonlyArray<Installation.SessionRecord>>
  /** One chat session, if it exists. */
  readonly session: (chatSessionId: number) => Effect.Effect<Option.Option<Installation.SessionRecord>>
  /** Every chat topic, by id, with its agents. */
  readonly topics: Effect.Effect<ReadonlyArray<Installation.TopicRecord>>
  /** Every user's presence for chat, as `GetChatPresence` answers it. */
  readonly presence: Effect.Effect<ReadonlyArray<ChatPresence>>
  /** The installation the fake started with (after `users` and `chatSessionIds`). */
  readonly installation: Installation.Installation
  /** Forgets the requests received and the messages posted; ids keep counting. */
  readonly clear: Effect.Effect<void>
}

/**
 * @since 0.1.0
 * @category tags
 */
export const FakeNetServer: Context.Tag<FakeNetServer, FakeNetServer> = Context.GenericTag<FakeNetServer>(
  "@so-chat/testkit/FakeNetServer"
)

/**
 * A fresh fake NetServer with its own sessions, ids and request log.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}): Effect.Effect<FakeNetServer, InvalidOptions> =>
  Effect.suspend(() => Either.mapLeft(fakeOptions.resolveOptions(options), (problem) => new InvalidOptions(problem)))
    .pipe(
      Effect.flatMap(internal.makeServer),
      Effect.map(internal.service)
    )

/**
 * A fake NetServer as a service, for the HTTP client layers to send to.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options = {}): Layer.Layer<FakeNetServer, InvalidOptions> =>
  Layer.effect(FakeNetServer, make(options))

/**
 * The requests the fake received, oldest first.
 *
 * @example
 * import { FakeNetServer } from "@so-chat/testkit"
 * import { Effect } from "effect"
 *
 * const lastAction = Effect.map(FakeNetServer.requests, (requests) => requests.at(-1)?.soapAction)
 *
 * @since 0.1.0
 * @category accessors
 */
export const requests: Effect.Effect<ReadonlyArray<ReceivedRequest>, never, FakeNetServer> = Effect.flatMap(
  FakeNetServer,
  (server) => server.requests
)

/**
 * The calls of one operation the fake decoded (whatever it answered), with
 * their bodies typed.
 *
 * @example
 * import { AddChatMessage } from "@so-chat/core"
 * import { FakeNetServer } from "@so-chat/testkit"
 * import { Effect } from "effect"
 *
 * const texts = Effect.map(
 *   FakeNetServer.requestsOf(AddChatMessage.operation),
 *   (calls) => calls.map((call) => call.body.message?.message)
 * )
 *
 * @since 0.1.0
 * @category accessors
 */
export const requestsOf = <Req, Res>(
  operation: Operation.Operation<Req, Res>
): Effect.Effect<ReadonlyArray<ReceivedCall<Req>>, never, FakeNetServer> =>
  Effect.map(
    requests,
    (all) =>
      all.filter((r): r is ReceivedCall<Req> =>
        r.operation === operation.name && r.headers !== undefined && r.version !== undefined
      )
  )

/**
 * The messages posted to a chat session, oldest first.
 *
 * @since 0.1.0
 * @category accessors
 */
export const messages = (
  chatSessionId: number
): Effect.Effect<ReadonlyArray<ChatMessage.ChatMessage>, never, FakeNetServer> =>
  Effect.flatMap(FakeNetServer, (server) => server.messages(chatSessionId))

/**
 * Every chat session the fake holds, by id: the entity, its transitions
 * (status changes with time, who and operation) and its messages.
 *
 * @since 0.1.0
 * @category accessors
 */
export const sessions: Effect.Effect<ReadonlyArray<Installation.SessionRecord>, never, FakeNetServer> = Effect
  .flatMap(FakeNetServer, (server) => server.sessions)

/**
 * One chat session the fake holds, if it does.
 *
 * @since 0.1.0
 * @category accessors
 */
export const session = (
  chatSessionId: number
): Effect.Effect<Option.Option<Installation.SessionRecord>, never, FakeNetServer> =>
  Effect.flatMap(FakeNetServer, (server) => server.session(chatSessionId))

/**
 * Every chat topic the fake holds, with its agents.
 *
 * @since 0.1.0
 * @category accessors
 */
export const topics: Effect.Effect<ReadonlyArray<Installation.TopicRecord>, never, FakeNetServer> = Effect.flatMap(
  FakeNetServer,
  (server) => server.topics
)

/**
 * Every user's presence for chat.
 *
 * @since 0.1.0
 * @category accessors
 */
export const presence: Effect.Effect<ReadonlyArray<ChatPresence>, never, FakeNetServer> = Effect.flatMap(
  FakeNetServer,
  (server) => server.presence
)

/**
 * Makes a chat session exist.
 *
 * @since 0.1.0
 * @category accessors
 */
export const addChatSession = (chatSessionId: number): Effect.Effect<void, never, FakeNetServer> =>
  Effect.flatMap(FakeNetServer, (server) => server.addChatSession(chatSessionId))

/**
 * Forgets the requests received and the messages posted; ids keep counting.
 *
 * @since 0.1.0
 * @category accessors
 */
export const clear: Effect.Effect<void, never, FakeNetServer> = Effect.flatMap(FakeNetServer, (server) => server.clear)

/**
 * An `HttpClient` that hands every request to the fake NetServer in the
 * context, in memory: the client's encoding, HTTP framing and decoding all
 * run, no socket is opened.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerHttpClient: Layer.Layer<HttpClient.HttpClient, never, FakeNetServer> = Layer.effect(
  HttpClient.HttpClient,
  Effect.map(FakeNetServer, httpClient.make)
)

/**
 * The client configuration that fits a fake: the documented ticket and
 * application token, SOAP 1.1, with `client` laid over it (give
 * `ticket: undefined` to send none).
 *
 * @since 0.1.0
 * @category layers
 */
export const clientOptions = (
  url: string | URL,
  client: Partial<NetServerConfig.Options> = {}
): NetServerConfig.Options => ({
  url,
  ticket: defaultTicket,
  applicationToken: defaultApplicationToken,
  ...client
})

/**
 * A `ChatAgent` talking to a fresh fake NetServer in memory (its
 * `layerHttpClient` on `ChatAgent.layerHttpClient`), and the fake itself, to
 * inspect. `server` sets up the fake, `client` the agent's configuration.
 *
 * @example
 * import { FakeNetServer } from "@so-chat/testkit"
 * import { ChatAgent } from "@so-chat/transport"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const agent = yield* ChatAgent.ChatAgent
 *   yield* agent.addChatMessage(1, { type: "ToCustomer", message: "Hello" })
 *   return yield* FakeNetServer.messages(1)
 * }).pipe(Effect.provide(FakeNetServer.layerChatAgent({ server: { chatSessionIds: [1] } })))
 *
 * @since 0.1.0
 * @category layers
 */
export const layerChatAgent = (
  options: {
    readonly server?: Options | undefined
    readonly client?: Partial<NetServerConfig.Options> | undefined
  } = {}
): Layer.Layer<ChatAgent.ChatAgent | FakeNetServer, InvalidOptions | ConfigError.ConfigError> =>
  ChatAgent.layerHttpClient.pipe(
    Layer.provide(
      NetServerConfig.layer(
        clientOptions(`http://fake-netserver.invalid${options.server?.basePath ?? defaultBasePath}`, options.client)
      )
    ),
    Layer.provide(layerHttpClient),
    Layer.provideMerge(layer(options.server))
  )

/**
 * Another `ChatAgent` on the fake NetServer already in the context, in
 * memory, configured by `client` over {@link clientOptions} — typically
 * another user's ticket, so several users work on one installation.
 *
 * @example
 * import { FakeNetServer } from "@so-chat/testkit"
 * import { ChatAgent } from "@so-chat/transport"
 * import { Effect, Redacted } from "effect"
 *
 * const grace = FakeNetServer.layerChatAgentFor({ ticket: Redacted.make("7T:5678graceExample==") })
 * const acceptAsGrace = (chatSessionId: number) =>
 *   Effect.flatMap(ChatAgent.ChatAgent, (agent) => agent.acceptChatSessionTransfer(chatSessionId)).pipe(
 *     Effect.provide(grace)
 *   )
 *
 * @since 0.1.0
 * @category layers
 */
export const layerChatAgentFor = (
  client: Partial<NetServerConfig.Options>
): Layer.Layer<ChatAgent.ChatAgent, ConfigError.ConfigError, FakeNetServer> =>
  ChatAgent.layerHttpClient.pipe(
    Layer.provide(
      Layer.unwrapEffect(
        Effect.map(
          FakeNetServer,
          (server) => NetServerConfig.layer(clientOptions(`http://fake-netserver.invalid${server.basePath}`, client))
        )
      )
    ),
    Layer.provide(layerHttpClient)
  )
