/**
 * What a fake NetServer receives and answers: the HTTP request and response
 * it sees, how it answered (its outcome), and each request as it records it
 * for a test to look at (re-exported by `FakeNetServer`).
 *
 * @since 0.2.0
 */
import type { NetServerHeaders, SoapFault, SoapVersion } from "@so-chat/core"

/**
 * An HTTP request as the fake sees it. Header names are lower case.
 *
 * @since 0.1.0
 * @category models
 */
export interface HttpRequest {
  readonly method: string
  /** The path (with query), or the whole URL. */
  readonly url: string
  readonly headers: Readonly<Record<string, string | ReadonlyArray<string> | undefined>>
  readonly body: Uint8Array
}

/**
 * An HTTP response of the fake.
 *
 * @since 0.1.0
 * @category models
 */
export interface HttpResponse {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}

/**
 * How the fake answered a request:
 *
 * - `Succeeded`: HTTP 200, the operation's result, `Succeeded` true;
 * - `NetServerException`: HTTP 200, an `ExceptionInfo` header and `Succeeded`
 *   false (NetServer refused: a ticket, a token, a session id);
 * - `SoapFault`: a SOAP fault (WCF refused: the request itself is wrong);
 * - `HttpError`: an HTML page (no such endpoint, not a POST).
 *
 * @since 0.1.0
 * @category models
 */
export type Outcome =
  | { readonly _tag: "Succeeded" }
  | { readonly _tag: "NetServerException"; readonly exceptionInfo: NetServerHeaders.SoExceptionInfo }
  | { readonly _tag: "SoapFault"; readonly fault: SoapFault.SoapFault }
  | { readonly _tag: "HttpError"; readonly reason: string }

/**
 * A request the fake received. What could be decoded is: `headers` holds
 * the ticket and application token as `Redacted`; the raw body is not kept,
 * as it holds them in clear.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReceivedRequest {
  readonly method: string
  readonly path: string
  /** The HTTP headers, names in lower case. */
  readonly httpHeaders: Readonly<Record<string, string>>
  /** How many body bytes were read (at most `maxRequestBytes` and one chunk past it). */
  readonly bodyBytes: number
  /** The SOAPAction (1.1 header, 1.2 `action` parameter), once the content type was understood. */
  readonly soapAction: string | undefined
  readonly version: SoapVersion.SoapVersion | undefined
  /** The operation's name, once the action named one. */
  readonly operation: string | undefined
  /** The decoded header blocks, once the envelope was decoded. */
  readonly headers: NetServerHeaders.RequestHeaders | undefined
  /** The decoded body, once the envelope was decoded. */
  readonly body: unknown
  /** Header blocks that were not understood and ignored, as `{namespace}local`. */
  readonly ignoredHeaders: ReadonlyArray<string>
  /** The HTTP status answered. */
  readonly status: number
  readonly outcome: Outcome
}

/**
 * A decoded call of one operation, as {@link requestsOf} gives it.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReceivedCall<Req> extends ReceivedRequest {
  readonly version: SoapVersion.SoapVersion
  readonly operation: string
  readonly headers: NetServerHeaders.RequestHeaders
  readonly body: Req
}
