import type * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import type * as HttpClient from "@effect/platform/HttpClient"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"

/** `@effect/platform-node`'s undici client, loaded when the layer is built (it is an optional peer). */
export const nodeHttpClient = (who: string): Layer.Layer<HttpClient.HttpClient> =>
  Layer.unwrapEffect(
    Effect.tryPromise({
      try: (): Promise<typeof NodeHttpClient> => import("@effect/platform-node/NodeHttpClient"),
      catch: (cause) => cause
    }).pipe(
      Effect.map((module) => module.layerUndici),
      Effect.orDieWith((cause) => new Error(`${who} needs the "@effect/platform-node" package`, { cause }))
    )
  )
