/**
 * The one SOAP-level seam: send an envelope for an operation, get the status,
 * headers and body back. `ChatAgent` encodes and decodes; a transport only
 * frames the HTTP request, enforces the timeout and the size limit, and says
 * precisely how the network failed.
 *
 * @since 0.1.0
 */
import * as HttpBody from "@effect/platform/HttpBody"
import * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import { SoapVersion } from "@so-chat/core"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FiberRef from "effect/FiberRef"
import * as Layer from "effect/Layer"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import type { TransportError } from "./ChatAgentError.js"
import { ResponseTooLarge, Timeout } from "./ChatAgentError.js"
import { perEndpoint } from "./internal/endpoint.js"
import { classify } from "./internal/network.js"
import { clearTimer, setTimer } from "./internal/timer.js"
import { utf8 } from "./internal/utf8.js"
import { displayUrl } from "./NetServerConfig.js"

/**
 * An envelope to send.
 *
 * @since 0.1.0
 * @category models
 */
export interface SoapRequest {
  /** The service endpoint, e.g. `…/Remote/Services88/Chat.svc`. */
  readonly url: URL
  /** The operation's SOAPAction URI. */
  readonly soapAction: string
  /** Decides the framing: `text/xml` + `SOAPAction` (1.1) or `application/soap+xml; action=…` (1.2). */
  readonly version: SoapVersion.SoapVersion
  /** The encoded envelope. */
  readonly body: string | Uint8Array
  /** How long the whole exchange may take, from sending to the last byte of the answer. */
  readonly timeout: Duration.Duration
  /** The largest answer read; reading stops past it. */
  readonly maxResponseBytes: number
}

/**
 * What came back: any status (a SOAP fault comes with 500), the headers with
 * lower-case names, and the whole body.
 *
 * @since 0.1.0
 * @category models
 */
export interface SoapResponse {
  readonly status: number
  readonly headers: Readonly<Record<string, string | ReadonlyArray<string> | undefined>>
  readonly body: Uint8Array
}

/**
 * The transport as a service. Implementations fail only with the network
 * errors: `ConnectionFailed` (provably nothing sent), `Timeout`,
 * `ConnectionLost`, `ResponseTooLarge`.
 *
 * @since 0.1.0
 * @category tags
 */
export class SoapTransport extends Context.Tag("@so-chat/transport/SoapTransport")<SoapTransport, {
  readonly send: (request: SoapRequest) => Effect.Effect<SoapResponse, TransportError>
}>() {}

/**
 * The HTTP headers that frame a SOAP request of the given version: SOAP 1.1
 * sends `Content-Type: text/xml; charset=utf-8` and the quoted `SOAPAction`;
 * SOAP 1.2 puts the action in the content type.
 *
 * @example
 * import { SoapTransport } from "@so-chat/transport"
 *
 * SoapTransport.framingHeaders("1.1", "urn:x")
 * // { "content-type": "text/xml; charset=utf-8", soapaction: "\"urn:x\"" }
 *
 * @since 0.1.0
 * @category framing
 */
export const framingHeaders = (
  version: SoapVersion.SoapVersion,
  soapAction: string
): Readonly<Record<string, string>> =>
  version === "1.1"
    ? { "content-type": SoapVersion.contentType(version, soapAction), soapaction: `"${soapAction}"` }
    : { "content-type": SoapVersion.contentType(version, soapAction) }

const concat = (chunks: ReadonlyArray<Uint8Array>, size: number): Uint8Array => {
  if (chunks.length === 1) return chunks[0]!
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

const readBody = (
  response: HttpClientResponse.HttpClientResponse,
  headers: HttpClientResponse.HttpClientResponse["headers"],
  maxBytes: number,
  url: string
): Effect.Effect<Uint8Array, HttpClientError.ResponseError | ResponseTooLarge> => {
  const length = headers["content-length"]
  const encoding = headers["content-encoding"]
  const declared = length === undefined ? null : Number(length)
  if (declared !== null && declared > maxBytes) {
    return Effect.fail(new ResponseTooLarge({ url, maxBytes, declaredBytes: declared }))
  }
  // A declared, unencoded length within the limit cannot grow past it: read it
  // in one go, the fast path.
  if (declared !== null && (encoding === undefined || encoding === "identity")) {
    return Effect.map(response.arrayBuffer, (buffer) => new Uint8Array(buffer))
  }
  const chunks: Array<Uint8Array> = []
  let size = 0
  let over = false
  return Stream.runForEachWhile(response.stream, (chunk) =>
    Effect.sync(() => {
      size += chunk.length
      if (size > maxBytes) {
        over = true
        return false
      }
      chunks.push(chunk)
      return true
    })).pipe(
      Effect.catchIf(
        (e) => e.reason === "EmptyBody",
        () => Effect.void
      ),
      Effect.flatMap(() =>
        over
          ? Effect.fail(new ResponseTooLarge({ url, maxBytes, declaredBytes: declared }))
          : Effect.succeed(concat(chunks, size))
      )
    )
}

/**
 * A transport on the `HttpClient` in the context, so whatever client the
 * application provides (its tracing, proxy, TLS settings, middleware) carries
 * the calls. Interrupting a call aborts its request.
 *
 * The timeout aborts the request through the client's own abort signal (see
 * `HttpClient.withScope`) rather than racing fibers: a race forks two fibers
 * per call, which costs more than the rest of the call together. While the
 * tracer is Effect's built-in one (no tracing installed), the client's own
 * span is disabled for the call.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeHttpClient: Effect.Effect<SoapTransport["Type"], never, HttpClient.HttpClient> = Effect.map(
  HttpClient.HttpClient,
  (client) => {
    // Each request's AbortController is tied to a scope of the call's own:
    // closing it (on a timeout, an interruption, a too-large answer) aborts
    // the request and closes its connection rather than reading on.
    const scoped = HttpClient.withScope(client)
    // The framed request without its body.
    const framed = perEndpoint(({ soapAction, url, version }) =>
      HttpClientRequest.post(url, { headers: framingHeaders(version, soapAction) })
    )
    const frame = (request: SoapRequest): HttpClientRequest.HttpClientRequest => {
      const base = framed(request)
      return HttpClientRequest.setBody(
        base,
        HttpBody.uint8Array(
          typeof request.body === "string" ? utf8(request.body) : request.body,
          base.headers["content-type"]!
        )
      )
    }
    // With Effect's built-in tracer, which keeps spans nowhere, the client's
    // own span would be made and dropped, at about a fifth of the call's cost
    // (and its trace headers would name a trace nobody records): spare it.
    const builtInTracer = Effect.runSync(Effect.tracer)
    /** An effect run where `enter` has put the call's scope into the context. */
    const inScope = <A, E>(effect: Effect.Effect<A, E, Scope.Scope>) => effect as Effect.Effect<A, E>
    const exchange = (
      request: SoapRequest,
      scope: Scope.CloseableScope,
      context: Context.Context<never>,
      untraced: boolean
    ): Effect.Effect<SoapResponse, TransportError> => {
      const url = displayUrl(request.url)
      const millis = Duration.toMillis(request.timeout)
      let responseStarted = false
      let timedOut = false
      const abort = Scope.close(scope, Exit.void)
      const timer = setTimer(() => {
        timedOut = true
        Effect.runFork(abort)
      }, millis)
      const receive = (response: HttpClientResponse.HttpClientResponse) => {
        responseStarted = true
        // Some clients build the headers object anew on each access.
        const headers = response.headers
        return Effect.map(readBody(response, headers, request.maxResponseBytes, url), (bytes): SoapResponse => ({
          status: response.status,
          headers,
          body: bytes
        }))
      }
      const failure = (error: HttpClientError.HttpClientError | ResponseTooLarge): Effect.Effect<
        SoapResponse,
        TransportError
      > => {
        if (timedOut) {
          return Effect.fail(new Timeout({ url, timeoutMillis: millis, responseStarted }))
        }
        switch (error._tag) {
          case "ResponseTooLarge":
            return Effect.fail(error)
          case "RequestError":
            return Effect.fail(classify(error.cause ?? error, url, false))
          case "ResponseError":
            // A client with `filterStatusOk` turns a 500 into an error; the
            // SOAP fault in its body is still the answer.
            return error.reason === "StatusCode" && !responseStarted
              ? Effect.catchAll(receive(error.response), failure)
              : Effect.fail(classify(error.cause ?? error, url, true))
        }
      }
      // The call's scope (which `withScope` ties the request's abort to) and
      // the disabled span are set and restored by hand, in the one handler
      // that sees every end of the call, interruption included (it runs
      // uninterruptibly): `provideService` and `withTracerEnabled` each
      // wrap the call in an acquire-use-release of their own (measured
      // alone: 11 µs a call for the two, 5 µs set and restored here).
      const enter = Effect.zipRight(
        FiberRef.set(FiberRef.currentContext, Context.add(context, Scope.Scope, scope)),
        untraced ? FiberRef.set(FiberRef.currentTracerEnabled, false) : Effect.void
      )
      const leave = untraced
        ? Effect.zipRight(
          FiberRef.set(FiberRef.currentContext, context),
          FiberRef.set(FiberRef.currentTracerEnabled, true)
        )
        : FiberRef.set(FiberRef.currentContext, context)
      return Effect.uninterruptibleMask((restore) =>
        Effect.zipRight(
          enter,
          Effect.matchCauseEffect(
            restore(inScope(Effect.catchAll(Effect.flatMap(scoped.execute(frame(request)), receive), failure))),
            {
              onSuccess: (response) => {
                clearTimer(timer)
                return Effect.as(leave, response)
              },
              onFailure: (cause) => {
                clearTimer(timer)
                return Effect.zipRight(Effect.zipRight(leave, abort), Effect.failCause(cause))
              }
            }
          )
        )
      )
    }
    const send = (request: SoapRequest): Effect.Effect<SoapResponse, TransportError> =>
      Effect.flatMap(Scope.make(), (scope) =>
        Effect.withFiberRuntime((fiber) =>
          exchange(
            request,
            scope,
            fiber.getFiberRef(FiberRef.currentContext),
            fiber.currentTracer === builtInTracer && fiber.getFiberRef(FiberRef.currentTracerEnabled)
          )
        ))
    return SoapTransport.of({ send })
  }
)

/**
 * The transport on the `HttpClient` in the context.
 *
 * @example
 * import { FetchHttpClient } from "@effect/platform"
 * import { SoapTransport } from "@so-chat/transport"
 * import { Layer } from "effect"
 *
 * const TransportLive = SoapTransport.layerHttpClient.pipe(Layer.provide(FetchHttpClient.layer))
 *
 * @since 0.1.0
 * @category layers
 */
export const layerHttpClient: Layer.Layer<SoapTransport, never, HttpClient.HttpClient> = Layer.effect(
  SoapTransport,
  makeHttpClient
)
