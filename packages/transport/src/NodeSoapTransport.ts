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
import * as Cause from "effect/Cause"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Scope from "effect/Scope"
import type * as Undici from "undici"
import type { TransportError } from "./ChatAgentError.js"
import { ConnectionFailed, ResponseTooLarge, Timeout } from "./ChatAgentError.js"
import { perEndpoint } from "./internal/endpoint.js"
import { classify } from "./internal/network.js"
import type { Timer } from "./internal/timer.js"
import { clearTimer, setTimer } from "./internal/timer.js"
import { displayUrl } from "./NetServerConfig.js"
import type { SoapResponse } from "./SoapTransport.js"
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

/** What every call to one endpoint sends alike. */
interface Endpoint {
  readonly origin: string
  readonly path: string
  readonly shown: string
  readonly headers: Record<string, string>
}

const NO_CHUNKS: Array<Buffer> = []

/**
 * One request and its answer: undici's dispatch handler and the call's timer,
 * one object with its methods on the prototype rather than a dozen closures
 * a call.
 */
class Exchange implements Undici.Dispatcher.DispatchHandler {
  private settled = false
  private controller: Undici.Dispatcher.DispatchController | undefined = undefined
  private status = 0
  private headers: SoapResponse["headers"] = {}
  private chunks: Array<Buffer> = []
  private size = 0
  private timer: Timer | undefined = undefined
  private resume: ((effect: Effect.Effect<SoapResponse, TransportError>) => void) | undefined = undefined

  constructor(
    private readonly endpoint: Endpoint,
    private readonly body: string | Uint8Array,
    private readonly millis: number,
    private readonly maxBytes: number
  ) {}

  start(dispatcher: Undici.Dispatcher, resume: (effect: Effect.Effect<SoapResponse, TransportError>) => void): void {
    this.resume = resume
    this.timer = setTimer(timeOut, this.millis, this)
    dispatcher.dispatch({
      origin: this.endpoint.origin,
      path: this.endpoint.path,
      method: "POST",
      headers: this.endpoint.headers,
      body: this.body,
      // The call's own timer bounds the whole exchange.
      headersTimeout: 0,
      bodyTimeout: 0
    }, this)
  }

  /** Ends the exchange, once: false if it had ended already. */
  private end(): boolean {
    if (this.settled) return false
    this.settled = true
    clearTimer(this.timer)
    // The interruption finalizer, and so this exchange, stays reachable for a
    // while after the call (so does the bookkeeping of a canceler returned
    // from `async`); emptied here, it holds nothing of the answer. Measured at
    // concurrency 16: young-generation collections took 2.5–4 times as long,
    // and the transport ran at 60% of the calls per second, while the
    // exchange's state lingered.
    this.resume = undefined
    this.chunks = NO_CHUNKS
    this.headers = {}
    return true
  }

  private settle(effect: Effect.Effect<SoapResponse, TransportError>): void {
    const resume = this.resume
    if (this.end()) resume!(effect)
  }

  private abort(why: string): void {
    const c = this.controller
    if (c !== undefined && !c.aborted) c.abort(new Aborted(why))
  }

  timeOut(): void {
    const url = this.endpoint.shown
    this.settle(
      this.controller === undefined
        ? Effect.fail(
          new ConnectionFailed({ reason: "ConnectTimeout", url, detail: `no connection within ${this.millis} ms` })
        )
        : Effect.fail(new Timeout({ url, timeoutMillis: this.millis, responseStarted: this.status !== 0 }))
    )
    this.abort("timeout")
  }

  /** The call was interrupted: stop, answering nothing. */
  cancel(): void {
    if (this.end()) this.abort("interrupted")
  }

  private tooLarge(declared: number | null): void {
    this.settle(
      Effect.fail(new ResponseTooLarge({ url: this.endpoint.shown, maxBytes: this.maxBytes, declaredBytes: declared }))
    )
    this.abort("too large")
  }

  onRequestStart(controller: Undici.Dispatcher.DispatchController): void {
    this.controller = controller
    // Timed out or interrupted while queued: never write it.
    if (this.settled) this.abort("cancelled")
  }

  onResponseStart(
    _controller: Undici.Dispatcher.DispatchController,
    statusCode: number,
    headers: Record<string, string | Array<string> | undefined>
  ): void {
    this.status = statusCode
    this.headers = headers
    const length = headers["content-length"]
    if (length !== undefined && Number(length) > this.maxBytes) this.tooLarge(Number(length))
  }

  onResponseData(_controller: Undici.Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.settled) return
    this.size += chunk.length
    if (this.size > this.maxBytes) this.tooLarge(null)
    else this.chunks.push(chunk)
  }

  onResponseEnd(): void {
    if (this.settled) return
    const chunks = this.chunks
    this.settle(Effect.succeed({
      status: this.status,
      headers: this.headers,
      body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, this.size)
    }))
  }

  onResponseError(_controller: Undici.Dispatcher.DispatchController, error: Error): void {
    if (!this.settled) this.settle(Effect.fail(classify(error, this.endpoint.shown, this.status !== 0)))
  }
}

const timeOut = (exchange: Exchange): void => exchange.timeOut()

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
  const endpointOf = perEndpoint(({ soapAction, url, version }): Endpoint => ({
    origin: url.origin,
    path: url.pathname + url.search,
    shown: displayUrl(url),
    headers: { ...framingHeaders(version, soapAction) }
  }))
  return SoapTransport.of({
    // A plain `Effect.async` whose interruption is seen by a handler of its
    // own, not an `async` that returns a canceler: see `Exchange.settle` for
    // why. The handler is what `Effect.onInterrupt` builds, less the exit
    // values and the extra step it makes on every success. With the exchange
    // as one object, the transport's own garbage went from about 5.4 to 4.3 KB
    // a call (on a dispatcher that answers at once). Suspended, so that each
    // run (a retry) is an exchange of its own.
    send: (request) =>
      Effect.suspend(() => {
        const exchange = new Exchange(
          endpointOf(request),
          request.body,
          Duration.toMillis(request.timeout),
          request.maxResponseBytes
        )
        return Effect.uninterruptibleMask((restore) =>
          Effect.matchCauseEffect(
            restore(Effect.async<SoapResponse, TransportError>((resume) => exchange.start(dispatcher, resume))),
            {
              onFailure: (cause) => {
                if (Cause.isInterrupted(cause)) exchange.cancel()
                return Effect.failCause(cause)
              },
              onSuccess: Effect.succeed
            }
          )
        )
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
