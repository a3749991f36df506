/**
 * `ChatAgent`: post messages into SuperOffice chat sessions, as the agent
 * side of a chat integration does.
 *
 * @since 0.1.0
 */
import type * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import type * as HttpClient from "@effect/platform/HttpClient"
import { AddChatMessage, ChatMessage, CodecError } from "@so-chat/core"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type { ChatAgentError } from "./ChatAgentError.js"
import { makeCall } from "./internal/call.js"
import { NetServerConfig } from "./NetServerConfig.js"
import * as NodeSoapTransport from "./NodeSoapTransport.js"
import * as SoapTransport from "./SoapTransport.js"

/**
 * A message to post: a `ChatMessage`, or the properties to make one from
 * (`chatSessionId` defaults to the session posted into).
 *
 * @since 0.1.0
 * @category models
 */
export type MessageInput = ChatMessage.ChatMessage | ConstructorParameters<typeof ChatMessage.ChatMessage>[0]

/**
 * The chat agent: `addChatMessage` posts a message into a session and returns
 * it as NetServer stored it (with its `chatMessageId` and `whenPosted`).
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
export class ChatAgent extends Context.Tag("@so-chat/transport/ChatAgent")<ChatAgent, {
  /**
   * Posts a message. Not idempotent: after a failure whose
   * `ChatAgentError.outcome` is `"Unknown"`, the message may have been posted.
   */
  readonly addChatMessage: (
    chatSessionId: number,
    message: MessageInput
  ) => Effect.Effect<ChatMessage.ChatMessage, ChatAgentError>
}>() {}

const toMessage = (
  chatSessionId: number,
  message: MessageInput
): ChatMessage.ChatMessage | CodecError.UnencodableValue => {
  if (message instanceof ChatMessage.ChatMessage) return message
  try {
    return new ChatMessage.ChatMessage({ chatSessionId, ...message })
  } catch (e) {
    return new CodecError.UnencodableValue({
      path: "AddChatMessage/Message",
      detail: e instanceof Error ? e.message : String(e)
    })
  }
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
    const operation = AddChatMessage.operation
    return ChatAgent.of({
      addChatMessage: (chatSessionId, input) => {
        const message = toMessage(chatSessionId, input)
        if (message instanceof CodecError.UnencodableValue) return Effect.fail(message)
        return call(
          operation,
          { chatSessionId, message },
          (body) => body.response,
          (span, posted) => span.attribute("so_chat.chat_message_id", posted.chatMessageId)
        )
      }
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

const nodeHttpClient: Layer.Layer<HttpClient.HttpClient> = Layer.unwrapEffect(
  Effect.tryPromise({
    try: (): Promise<typeof NodeHttpClient> => import("@effect/platform-node/NodeHttpClient"),
    catch: (cause) => cause
  }).pipe(
    Effect.map((module) => module.layerUndici),
    Effect.orDieWith((cause) =>
      new Error("ChatAgent.layerNodeHttpClient needs the \"@effect/platform-node\" package", { cause })
    )
  )
)

/**
 * The agent on `@effect/platform-node`'s undici `HttpClient`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerNodeHttpClient: Layer.Layer<ChatAgent, never, NetServerConfig> = Layer.provide(
  layerHttpClient,
  nodeHttpClient
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
