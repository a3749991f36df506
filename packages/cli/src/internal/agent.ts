/**
 * The `ChatAgent` the commands post with: the throughput transport for Node
 * (`NodeSoapTransport`, undici driven directly), the one `ChatAgent.layerNode`
 * uses.
 *
 * Its start-up cost is kept down by the bundle (only undici's `Agent` and
 * what it needs, see scripts/bundle.mjs) and by bin/so-chat.js (undici's
 * WebAssembly parser left to V8's baseline compiler): `so-chat demo` runs in
 * about the time it took on Node's own `http` module.
 *
 * @internal
 */
import { ChatAgent, NetServerConfig, NodeSoapTransport, SoapTransport } from "@so-chat/transport"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"

type Transport = SoapTransport.SoapTransport["Type"]

/** The transport the commands use; `around` may wrap it. */
export const transportLayer = (around: (transport: Transport) => Transport) =>
  Layer.scoped(SoapTransport.SoapTransport, Effect.map(NodeSoapTransport.make(), around))

/** The agent for these settings; `around` may wrap the transport (the demo records the exchange). */
export const layer = (
  settings: NetServerConfig.Settings,
  around: (transport: Transport) => Transport = (transport) => transport
): Layer.Layer<ChatAgent.ChatAgent> =>
  ChatAgent.layer.pipe(
    Layer.provide(transportLayer(around)),
    Layer.provide(Layer.succeed(NetServerConfig.NetServerConfig, settings))
  )
