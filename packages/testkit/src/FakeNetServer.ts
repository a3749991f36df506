/**
 * A fake NetServer: stateful, in memory, no sockets. It answers the Chat
 * service's SOAP requests the way a real NetServer does, checks what a real
 * one checks, and remembers what it was sent so a test can look.
 *
 * @since 0.1.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import type { ChatMessage, Operation } from "@so-chat/core"
import type { ChatPresence } from "@so-chat/core/generated/ChatPresence"
import { ChatAgent, NetServerConfig } from "@so-chat/transport"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import type * as Option from "effect/Option"
import type { Options } from "./FakeNetServerOptions.js"
import { defaultApplicationToken, defaultBasePath, defaultTicket, InvalidOptions } from "./FakeNetServerOptions.js"
import type * as Installation from "./Installation.js"
import * as internal from "./internal/fakeServer.js"
import * as httpClient from "./internal/httpClient.js"
import * as fakeOptions from "./internal/options.js"
import type { HttpRequest, HttpResponse, ReceivedCall, ReceivedRequest } from "./ReceivedRequest.js"

export type {
  /**
   * @since 0.1.0
   * @category models
   */
  Options,
  /**
   * @since 0.1.0
   * @category models
   */
  User
} from "./FakeNetServerOptions.js"

export {
  /**
   * @since 0.1.0
   * @category constants
   */
  defaultApplicationToken,
  /**
   * @since 0.1.0
   * @category constants
   */
  defaultBasePath,
  /**
   * @since 0.1.0
   * @category constants
   */
  defaultChatSessionIds,
  /**
   * @since 0.1.0
   * @category constants
   */
  defaultMaxRequestBytes,
  /**
   * @since 0.1.0
   * @category constants
   */
  defaultTicket,
  /**
   * @since 0.1.0
   * @category constants
   */
  defaultTicketLifetime,
  /**
   * @since 0.1.0
   * @category constants
   */
  defaultUser,
  /**
   * @since 0.1.0
   * @category errors
   */
  InvalidOptions
} from "./FakeNetServerOptions.js"

export type {
  /**
   * @since 0.1.0
   * @category models
   */
  HttpRequest,
  /**
   * @since 0.1.0
   * @category models
   */
  HttpResponse,
  /**
   * @since 0.1.0
   * @category models
   */
  Outcome,
  /**
   * @since 0.1.0
   * @category models
   */
  ReceivedCall,
  /**
   * @since 0.1.0
   * @category models
   */
  ReceivedRequest
} from "./ReceivedRequest.js"

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
