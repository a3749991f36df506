/**
 * The `ChatAgent` the commands post with: the transport's `HttpClient` layer
 * on Node's own `http` module (`@effect/platform-node`'s `NodeHttpClient.layer`).
 *
 * Not `ChatAgent.layerNode`: that layer drives undici for throughput across
 * many concurrent calls, and a command makes one. Loading undici and
 * compiling its WebAssembly HTTP parser cost more at start-up than the whole
 * call; measured side by side, `so-chat demo` took about 1.6 times as long
 * on it.
 *
 * @internal
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { ChatAgent, NetServerConfig, SoapTransport } from "@so-chat/transport"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"

type Transport = SoapTransport.SoapTransport["Type"]

/** The transport the commands use; `around` may wrap it. */
export const transportLayer = (around: (transport: Transport) => Transport) =>
  Layer.effect(SoapTransport.SoapTransport, Effect.map(SoapTransport.makeHttpClient, around)).pipe(
    Layer.provide(NodeHttpClient.layer)
  )

/** The agent for these settings; `around` may wrap the transport (the demo records the exchange). */
export const layer = (
  settings: NetServerConfig.Settings,
  around: (transport: Transport) => Transport = (transport) => transport
): Layer.Layer<ChatAgent.ChatAgent> =>
  ChatAgent.layer.pipe(
    Layer.provide(transportLayer(around)),
    Layer.provide(Layer.succeed(NetServerConfig.NetServerConfig, settings))
  )
