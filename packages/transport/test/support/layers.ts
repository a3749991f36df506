import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { ChatAgent, SoPrincipal } from "@so-chat/transport"
import { Layer } from "effect"

/** Every way to get a ChatAgent: each must behave the same. */
export const layers = {
  "ChatAgent.layerNode (undici, throughput)": ChatAgent.layerNode,
  "ChatAgent.layerNodeHttpClient (HttpClient on undici)": ChatAgent.layerNodeHttpClient,
  "ChatAgent.layerFetch (HttpClient on fetch)": ChatAgent.layerFetch,
  "ChatAgent.layerHttpClient on a consumer's own client (node:http)": ChatAgent.layerHttpClient.pipe(
    Layer.provide(NodeHttpClient.layer)
  )
} as const

/** Every way to get a SoPrincipal, the same stacks as {@link layers}. */
export const principalLayers = {
  "SoPrincipal.layerNode (undici, throughput)": SoPrincipal.layerNode,
  "SoPrincipal.layerNodeHttpClient (HttpClient on undici)": SoPrincipal.layerNodeHttpClient,
  "SoPrincipal.layerFetch (HttpClient on fetch)": SoPrincipal.layerFetch,
  "SoPrincipal.layerHttpClient on a consumer's own client (node:http)": SoPrincipal.layerHttpClient.pipe(
    Layer.provide(NodeHttpClient.layer)
  )
} as const
