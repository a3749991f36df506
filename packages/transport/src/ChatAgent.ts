/**
 * `ChatAgent`: every operation of SuperOffice's `Chat.svc` as a method, as
 * SuperOffice's `IChatAgent` has them (sessions, topics, agents, presence,
 * messages, transcripts), plus posting with message properties and following
 * a session as new messages arrive.
 *
 * @since 0.1.0
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import type * as HttpClient from "@effect/platform/HttpClient"
import type { Operation } from "@so-chat/core"
import { AddChatMessage, ChatMessage, CodecError, GetChatMessages, Xsd } from "@so-chat/core"
import * as ChatService from "@so-chat/core/generated/services/Chat"
import * as Chunk from "effect/Chunk"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import type { ChatAgentError } from "./ChatAgentError.js"
import { isTicketRefused } from "./ChatAgentError.js"
import type { CallOptions } from "./internal/call.js"
import { makeCall, Unusable } from "./internal/call.js"
import type { Invoke } from "./internal/methods.js"
import { makeMethods } from "./internal/methods.js"
import { nodeHttpClient } from "./internal/nodeHttpClient.js"
import { NetServerConfig } from "./NetServerConfig.js"
import * as NodeSoapTransport from "./NodeSoapTransport.js"
import * as SoapTransport from "./SoapTransport.js"
import { TicketSource } from "./TicketSource.js"

/**
 * A message to post: a `ChatMessage`, or the properties to make one from
 * (`chatSessionId` defaults to the session posted into, `type` to
 * `ToCustomer`, agent to customer, as in the CLI). A message of type
 * `Invalid` (a `ChatMessage` made without a type) is refused, not posted.
 *
 * @since 0.1.0
 * @category models
 */
export type MessageInput = ChatMessage.ChatMessage | ConstructorParameters<typeof ChatMessage.ChatMessage>[0]

/**
 * What {@link ChatAgent}'s `follow` accepts.
 *
 * @since 0.1.0
 * @category models
 */
export interface FollowOptions {
  /** Start after this message id: only later messages are emitted. Default 0 (all of them). */
  readonly after?: number | undefined
  /**
   * How long to wait between polls while nothing new arrives; reset to its
   * start whenever a poll brings messages. When it ends, the stream ends.
   * Default {@link defaultFollowSchedule}.
   */
  readonly schedule?: Schedule.Schedule<unknown, unknown> | undefined
}

/**
 * The operations whose methods are the conveniences below rather than the
 * generated ones: same names and parameters, typed with the hand-written
 * `ChatMessage` (which agrees field by field with the generated one).
 */
type Conveniences = "addChatMessage" | "getChatMessages"

/**
 * What the agent offers: one method per `Chat.svc` operation (the generated
 * `ChatService.Methods`; `getChatSessionEntity(id)`, `chatSessionsForUser()`,
 * `pickUpFirstChatSession()`, …), `follow`, and `call` for any
 * operation given as a value.
 *
 * @since 0.2.0
 * @category models
 */
export interface Service extends Omit<ChatService.Methods<ChatAgentError>, Conveniences> {
  /**
   * Posts a message. Not idempotent: after a failure whose
   * `ChatAgentError.outcome` is `"Unknown"`, the message may have been posted.
   * A message that cannot be sent (a control character, an id outside int32,
   * type `Invalid`) fails as `UnencodableValue` naming the field, e.g.
   * `AddChatMessage/Message/Author`; nothing is sent then.
   */
  readonly addChatMessage: (
    chatSessionId: number,
    message: MessageInput
  ) => Effect.Effect<ChatMessage.ChatMessage, ChatAgentError>
  /**
   * The session's messages after the message id `after` (default 0: all),
   * in NetServer's order. Safe to repeat.
   */
  readonly getChatMessages: (
    chatSessionId: number,
    after?: number
  ) => Effect.Effect<ReadonlyArray<ChatMessage.ChatMessage>, ChatAgentError>
  /**
   * Polls GetChatMessages with the last id seen and emits each new message
   * once, in id order, backing off while idle (see {@link FollowOptions}).
   * Fails with the first failed poll; interrupting it stops polling.
   */
  readonly follow: (
    chatSessionId: number,
    options?: FollowOptions
  ) => Stream.Stream<ChatMessage.ChatMessage, ChatAgentError>
  /**
   * Calls any operation with its request body and gives its response body,
   * with the same ticket, re-login and retry rules as the methods (a read is
   * retried after an unknown outcome, see `Operation.safeToRetry`).
   */
  readonly call: <Req, Res>(
    operation: Operation.Operation<Req, Res>,
    request: Req
  ) => Effect.Effect<Res, ChatAgentError>
}

/**
 * The chat agent (see {@link Service}): a method per `Chat.svc` operation;
 * `addChatMessage` posts a message into a session and returns it as
 * NetServer stored it (with its `chatMessageId` and `whenPosted`);
 * `getChatMessages` reads a session's messages; `follow` streams them as they
 * arrive.
 *
 * @example
 * import { ChatAgent, NetServerConfig } from "@so-chat/transport"
 * import { Effect, Layer } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const agent = yield* ChatAgent.ChatAgent
 *   const posted = yield* agent.addChatMessage(42, { type: "ToCustomer", message: "Hello!", author: "Ada" })
 *   yield* Effect.log(`posted as ${posted.chatMessageId}`)
 * })
 *
 * program.pipe(
 *   Effect.provide(ChatAgent.layerNode.pipe(Layer.provide(NetServerConfig.layerConfig()))),
 *   Effect.runPromise
 * )
 *
 * @since 0.1.0
 * @category tags
 */
export class ChatAgent extends Context.Tag("@so-chat/transport/ChatAgent")<ChatAgent, Service>() {}

/**
 * How `follow` waits while a session is idle: 500 ms after a poll that
 * brought messages, then doubling (1 s, 2 s, 4 s, 8 s) up to 10 s between
 * polls, for as long as the stream runs.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultFollowSchedule: Schedule.Schedule<Duration.Duration> = Schedule.exponential("500 millis").pipe(
  Schedule.modifyDelay((_, delay) => Duration.min(delay, Duration.seconds(10)))
)

/**
 * The messages of a page that are new after `last`, in id order, each once:
 * a server page that overlaps the previous one or comes out of order emits
 * nothing twice.
 */
/**
 * The messages of a GetChatMessages answer, for the convenience that gives
 * `ChatMessage` values only: the WSDL lets an item be nil (the generated
 * operation gives `null` there), which NetServer is not known to send; one
 * is an `UndecodableResponse` naming the item rather than a hole in the list
 * or a message silently dropped.
 */
const messagesOf = (
  body: GetChatMessages.Response
): ReadonlyArray<ChatMessage.ChatMessage> | null | Unusable => {
  const messages = body.response
  if (messages === null) return null
  const at = messages.indexOf(null)
  return at === -1
    ? messages as ReadonlyArray<ChatMessage.ChatMessage>
    : new Unusable(
      "InvalidValue",
      `Envelope/Body/GetChatMessagesResponse/Response/ChatMessage[${at}] is nil; getChatMessages gives messages ` +
        "only (ChatAgent.call(GetChatMessages.operation, …) gives the list as sent)"
    )
}

const fresh = (
  messages: ReadonlyArray<ChatMessage.ChatMessage>,
  last: number
): Array<ChatMessage.ChatMessage> => {
  const out = messages.filter((m) => m.chatMessageId > last)
  out.sort((a, b) => a.chatMessageId - b.chatMessageId)
  return out.filter((m, i) => i === 0 || m.chatMessageId !== out[i - 1]!.chatMessageId)
}

const MESSAGE = `${AddChatMessage.operation.requestElement}/Message`
const SESSION = `${AddChatMessage.operation.requestElement}/ChatSessionId`
const isInt = Schema.is(Xsd.Int)
const validateInt = Schema.validateEither(Xsd.Int)

/**
 * The message to post, or why it cannot be: the path down to the field at
 * fault, in one line. `Invalid` is the type of a message whose type was never
 * set (NetServer's 0); posting one is a mistake, not a choice.
 */
const toMessage = (
  chatSessionId: number,
  input: MessageInput
): ChatMessage.ChatMessage | CodecError.UnencodableValue => {
  if (!isInt(chatSessionId)) {
    const session = validateInt(chatSessionId)
    if (Either.isLeft(session)) return CodecError.fromParseError(session.left, SESSION)
  }
  let message: ChatMessage.ChatMessage
  if (input instanceof ChatMessage.ChatMessage) {
    message = input
  } else {
    try {
      message = new ChatMessage.ChatMessage({ chatSessionId, ...input, type: input?.type ?? "ToCustomer" })
    } catch (e) {
      if (ParseResult.isParseError(e)) return CodecError.fromParseError(e, MESSAGE)
      throw e
    }
  }
  return message.type === "Invalid"
    ? new CodecError.UnencodableValue({
      path: `${MESSAGE}/Type`,
      detail: "a message of type Invalid is not posted: give ToCustomer (agent to customer, the default " +
        "for properties), ToUser (customer to agent) or Special"
    })
    : message
}

/**
 * Builds the agent from the configuration and a transport.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: Effect.Effect<ChatAgent["Type"], never, NetServerConfig | SoapTransport.SoapTransport> = Effect
  .gen(function*() {
    const call = makeCall(yield* NetServerConfig, yield* SoapTransport.SoapTransport)
    const tickets = yield* Effect.serviceOption(TicketSource)
    // With a ticket source, each call sends its current ticket; a call whose
    // ticket NetServer refused before acting (SoSessionException) did
    // nothing, so it is sent once more with a fresh ticket: never twice, and
    // never after any other failure.
    const withTicket: <A>(
      send: (options: CallOptions | undefined) => Effect.Effect<A, ChatAgentError>
    ) => Effect.Effect<A, ChatAgentError> = Option.isNone(tickets)
      ? (send) => send(undefined)
      : (send) => {
        const source = tickets.value
        const attempt = (ticket: Redacted.Redacted<string>) => send({ ticket })
        return Effect.flatMap(
          source.get,
          (ticket) =>
            Effect.catchIf(
              attempt(ticket),
              isTicketRefused,
              (refused) =>
                Effect.logDebug(`the ticket was refused (${refused.friendlyText}); getting a new one`).pipe(
                  Effect.zipRight(source.invalidate(ticket)),
                  Effect.zipRight(source.get),
                  // A source that cannot renew (a fixed ticket) gives the same
                  // one back: sending it again would only be refused again.
                  Effect.flatMap((fresh) =>
                    Redacted.value(fresh) === Redacted.value(ticket) ? Effect.fail(refused) : attempt(fresh)
                  )
                )
            )
        )
      }
    // Every operation goes through the same ticket and retry rules: the
    // generated table drives the methods, `call` is the same path by value.
    const invoke: Invoke = (operation, request) =>
      withTicket((options) => call(operation, request, (body) => body, undefined, options))
    const methods = makeMethods<Omit<ChatService.Methods<ChatAgentError>, Conveniences>>(
      ChatService.methods.filter((m) => m.method !== "addChatMessage" && m.method !== "getChatMessages"),
      invoke
    )
    const add = AddChatMessage.operation
    const get = GetChatMessages.operation
    const getChatMessages = (chatSessionId: number, after = 0) =>
      withTicket((options) =>
        call(
          get,
          { chatSessionId, after },
          messagesOf,
          (span, messages) => span.attribute("so_chat.message_count", messages.length),
          options
        )
      )
    return ChatAgent.of({
      ...methods,
      call: invoke as Service["call"],
      addChatMessage: (chatSessionId, input) => {
        const message = toMessage(chatSessionId, input)
        if (message instanceof CodecError.UnencodableValue) return Effect.fail(message)
        return withTicket((options) =>
          call(
            add,
            { chatSessionId, message },
            (body) => body.response,
            (span, posted) => span.attribute("so_chat.chat_message_id", posted.chatMessageId),
            options
          )
        )
      },
      getChatMessages,
      follow: (chatSessionId, options) =>
        Stream.unwrap(Effect.gen(function*() {
          let last = options?.after ?? 0
          let first = true
          const driver = yield* Schedule.driver(options?.schedule ?? defaultFollowSchedule)
          // Each pull waits its turn (nothing before the first poll), then
          // polls; an empty chunk keeps the stream going, a finished
          // schedule ends it.
          const poll = Effect.gen(function*() {
            if (first) first = false
            else yield* driver.next(undefined)
            const page = fresh(yield* Effect.mapError(getChatMessages(chatSessionId, last), Option.some), last)
            if (page.length > 0) {
              last = page[page.length - 1]!.chatMessageId
              yield* driver.reset
            }
            return Chunk.unsafeFromArray(page)
          })
          return Stream.repeatEffectChunkOption(poll)
        }))
    })
  })

/**
 * The agent on whatever `SoapTransport` is provided.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<ChatAgent, never, NetServerConfig | SoapTransport.SoapTransport> = Layer.effect(
  ChatAgent,
  make
)

/**
 * The agent on the `HttpClient` the application provides: its tracing,
 * proxy, TLS and middleware apply to every call.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerHttpClient: Layer.Layer<ChatAgent, never, NetServerConfig | HttpClient.HttpClient> = Layer.provide(
  layer,
  SoapTransport.layerHttpClient
)

/**
 * The agent on Node's throughput transport (undici driven directly, see
 * `NodeSoapTransport`). The default for Node programs.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerNode: Layer.Layer<ChatAgent, never, NetServerConfig> = Layer.provide(layer, NodeSoapTransport.layer)

/**
 * The agent on `@effect/platform-node`'s undici `HttpClient`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerNodeHttpClient: Layer.Layer<ChatAgent, never, NetServerConfig> = Layer.provide(
  layerHttpClient,
  nodeHttpClient("ChatAgent.layerNodeHttpClient")
)

/**
 * The agent on `fetch` (`FetchHttpClient`): for Bun, Deno, browsers and edge
 * runtimes. On Node, prefer `layerNode`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerFetch: Layer.Layer<ChatAgent, never, NetServerConfig> = Layer.provide(
  layerHttpClient,
  FetchHttpClient.layer
)
