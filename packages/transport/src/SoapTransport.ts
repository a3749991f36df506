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
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import type { TransportError } from "./ChatAgentError.js"
import { ResponseTooLarge, Timeout } from "./ChatAgentError.js"
import { classify } from "./internal/network.js"
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
  maxBytes: number,
  url: string
): Effect.Effect<Uint8Array, HttpClientError.ResponseError | ResponseTooLarge> => {
  const headers = response.headers
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
 * the calls. The timeout is `Effect.timeout`; interrupting a call aborts its
 * request.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeHttpClient: Effect.Effect<SoapTransport["Type"], never, HttpClient.HttpClient> = Effect.map(
  HttpClient.HttpClient,
  (client) => {
    // Aborts the request when its scope closes: on a too-large answer, a
    // timeout, or an interruption, the connection is closed rather than read.
    const scoped = HttpClient.withScope(client)
    const send = (request: SoapRequest): Effect.Effect<SoapResponse, TransportError> => {
      const url = displayUrl(request.url)
      const headers = framingHeaders(request.version, request.soapAction)
      const contentType = headers["content-type"]!
      const body = typeof request.body === "string"
        ? HttpBody.text(request.body, contentType)
        : HttpBody.uint8Array(request.body, contentType)
      let responseStarted = false
      const receive = (response: HttpClientResponse.HttpClientResponse) => {
        responseStarted = true
        return Effect.map(readBody(response, request.maxResponseBytes, url), (bytes) => ({
          status: response.status,
          headers: response.headers,
          body: bytes
        }))
      }
      return scoped.execute(HttpClientRequest.post(request.url, { headers, body })).pipe(
        Effect.flatMap(receive),
        Effect.catchAll((error): Effect.Effect<SoapResponse, TransportError> => {
          switch (error._tag) {
            case "ResponseTooLarge":
              return Effect.fail(error)
            case "RequestError":
              return Effect.fail(classify(error.cause ?? error, url, false))
            case "ResponseError":
              // A client with `filterStatusOk` turns a 500 into an error; the
              // SOAP fault in its body is still the answer.
              return error.reason === "StatusCode" && !responseStarted
                ? Effect.catchAll(receive(error.response), (e) =>
                  e._tag === "ResponseTooLarge" ? Effect.fail(e) : Effect.fail(classify(e.cause, url, true)))
                : Effect.fail(classify(error.cause ?? error, url, true))
          }
        }),
        Effect.timeoutFail({
          duration: request.timeout,
          onTimeout: () => new Timeout({ url, timeoutMillis: Duration.toMillis(request.timeout), responseStarted })
        }),
        Effect.scoped
      )
    }
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
