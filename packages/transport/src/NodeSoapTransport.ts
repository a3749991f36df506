/**
 * The throughput transport for Node: undici's dispatcher driven directly, on
 * a keep-alive connection pool, with no stream or promise between the socket
 * and the caller. The CLI's default.
 *
 * `undici` is loaded when a layer is built, not when this module is imported,
 * so importing `@so-chat/transport` works on runtimes without it.
 *
 * @since 0.1.0
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Scope from "effect/Scope"
import type * as Undici from "undici"
import type { TransportError } from "./ChatAgentError.js"
import { ConnectionFailed, ResponseTooLarge, Timeout } from "./ChatAgentError.js"
import { classify } from "./internal/network.js"
import { displayUrl } from "./NetServerConfig.js"
import type { SoapRequest, SoapResponse } from "./SoapTransport.js"
import { framingHeaders, SoapTransport } from "./SoapTransport.js"

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** The most connections per origin; default unlimited (one per concurrent call). */
  readonly connections?: number | undefined
  /** How long an idle connection is kept; default 4 seconds (undici's), shorter than IIS's 120. */
  readonly keepAliveTimeout?: Duration.DurationInput | undefined
  /** How long establishing a connection (TCP and TLS) may take; default 10 seconds. */
  readonly connectTimeout?: Duration.DurationInput | undefined
  /** TLS and socket options for new connections, e.g. `{ ca }` for a private CA. */
  readonly connect?: Undici.Agent.Options["connect"] | undefined
}

class Aborted extends Error {}

/**
 * A transport on an undici dispatcher you own (an `Agent`, a `Pool`, a
 * `ProxyAgent`). The timeout is a timer of the call's own; a call that is
 * interrupted aborts its request.
 *
 * A timeout that passes before the request was handed to a connection fails
 * as `ConnectionFailed` (`ConnectTimeout`), since then nothing was sent.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromDispatcher = (dispatcher: Undici.Dispatcher): SoapTransport["Type"] => {
  // The framing of the endpoint last used (a ChatAgent uses one per operation).
  let framed:
    | { readonly version: string; readonly soapAction: string; readonly headers: Record<string, string> }
    | undefined
  const headersFor = ({ soapAction, version }: SoapRequest): Record<string, string> => {
    let current = framed
    if (current === undefined || current.version !== version || current.soapAction !== soapAction) {
      current = framed = { version, soapAction, headers: { ...framingHeaders(version, soapAction) } }
    }
    return current.headers
  }
  return SoapTransport.of({
    // A plain `Effect.async` inside an `onInterrupt`, not an `async` that
    // returns a canceler: see `settle` for why. Suspended, so that each run
    // (a retry) is an exchange of its own.
    send: (request) =>
      Effect.suspend(() => {
        // How to stop this exchange when the call is interrupted; set once
        // the request is under way.
        let cancel: (() => void) | undefined
        const exchange = Effect.async<SoapResponse, TransportError>((resume) => {
          const url = request.url
          const millis = Duration.toMillis(request.timeout)
          const maxBytes = request.maxResponseBytes
          let settled = false
          let controller: Undici.Dispatcher.DispatchController | undefined
          let status = 0
          let headers: SoapResponse["headers"] = {}
          const chunks: Array<Buffer> = []
          let size = 0
          const settle = (effect: Effect.Effect<SoapResponse, TransportError>) => {
            if (settled) return
            settled = true
            clearTimeout(timer)
            // The interruption finalizer, and so `cancel`, stays reachable for
            // a while after the call (so does the bookkeeping of a canceler
            // returned from `async`); dropped here, the exchange's state is
            // garbage as soon as the call is done. Measured at concurrency
            // 16: young-generation collections took 2.5–4 times as long, and
            // the transport ran at 60% of the calls per second, while it
            // lingered.
            cancel = undefined
            resume(effect)
          }
          const abort = (c: Undici.Dispatcher.DispatchController | undefined, why: string) => {
            if (c !== undefined && !c.aborted) c.abort(new Aborted(why))
          }
          const timer = setTimeout(() => {
            settle(
              controller === undefined
                ? Effect.fail(
                  new ConnectionFailed({
                    reason: "ConnectTimeout",
                    url: displayUrl(url),
                    detail: `no connection within ${millis} ms`
                  })
                )
                : Effect.fail(
                  new Timeout({ url: displayUrl(url), timeoutMillis: millis, responseStarted: status !== 0 })
                )
            )
            abort(controller, "timeout")
          }, millis)
          const tooLarge = (c: Undici.Dispatcher.DispatchController, declared: number | null) => {
            settle(Effect.fail(new ResponseTooLarge({ url: displayUrl(url), maxBytes, declaredBytes: declared })))
            abort(c, "too large")
          }
          cancel = () => {
            if (settled) return
            settled = true
            clearTimeout(timer)
            cancel = undefined
            abort(controller, "interrupted")
          }
          dispatcher.dispatch({
            origin: url.origin,
            path: url.pathname + url.search,
            method: "POST",
            headers: headersFor(request),
            body: request.body,
            // The call's own timer bounds the whole exchange.
            headersTimeout: 0,
            bodyTimeout: 0
          }, {
            onRequestStart(c) {
              controller = c
              // Timed out or interrupted while queued: never write it.
              if (settled) abort(c, "cancelled")
            },
            onResponseStart(c, statusCode, responseHeaders) {
              status = statusCode
              headers = responseHeaders
              const length = responseHeaders["content-length"]
              if (length !== undefined && Number(length) > maxBytes) tooLarge(c, Number(length))
            },
            onResponseData(c, chunk) {
              if (settled) return
              size += chunk.length
              if (size > maxBytes) tooLarge(c, null)
              else chunks.push(chunk)
            },
            onResponseEnd() {
              settle(Effect.succeed({
                status,
                headers,
                body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)
              }))
            },
            onResponseError(_c, error) {
              if (!settled) settle(Effect.fail(classify(error, displayUrl(url), status !== 0)))
            }
          })
        })
        return Effect.onInterrupt(exchange, () => Effect.sync(() => cancel?.()))
      })
  })
}

const importUndici: Effect.Effect<typeof Undici> = Effect.tryPromise({
  try: () => import("undici"),
  catch: (cause) => cause
}).pipe(
  Effect.orDieWith((cause) =>
    new Error("NodeSoapTransport needs the \"undici\" package (npm install undici)", { cause })
  )
)

/**
 * A transport on a keep-alive undici `Agent` of its own, closed with the
 * scope.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options?: Options): Effect.Effect<SoapTransport["Type"], never, Scope.Scope> =>
  Effect.gen(function*() {
    const undici = yield* importUndici
    const agent = yield* Effect.acquireRelease(
      Effect.sync(() =>
        new undici.Agent({
          connections: options?.connections ?? null,
          keepAliveTimeout: Duration.toMillis(options?.keepAliveTimeout ?? "4 seconds"),
          connect: {
            timeout: Duration.toMillis(options?.connectTimeout ?? "10 seconds"),
            ...options?.connect
          }
        })
      ),
      (agent) => Effect.promise(() => agent.destroy())
    )
    return fromDispatcher(agent)
  })

/**
 * The throughput transport with default options.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<SoapTransport> = Layer.scoped(SoapTransport, make())

/**
 * The throughput transport with options.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWith = (options: Options): Layer.Layer<SoapTransport> => Layer.scoped(SoapTransport, make(options))

/**
 * The throughput transport on a dispatcher you own (and close).
 *
 * @example
 * import { NodeSoapTransport } from "@so-chat/transport"
 * import { ProxyAgent } from "undici"
 *
 * const TransportLive = NodeSoapTransport.layerDispatcher(new ProxyAgent("http://proxy.internal:3128"))
 *
 * @since 0.1.0
 * @category layers
 */
export const layerDispatcher = (dispatcher: Undici.Dispatcher): Layer.Layer<SoapTransport> =>
  Layer.succeed(SoapTransport, fromDispatcher(dispatcher))
