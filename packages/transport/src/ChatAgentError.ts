/**
 * The ways a call to NetServer can fail, one tagged error per thing a caller
 * would do differently, and whether the message may have been posted anyway.
 *
 * AddChatMessage is not idempotent, so the question that matters after a
 * failure is "may I send it again?". {@link outcome} answers it for every
 * error: `"NotPosted"` (nothing was sent, or the server refused it) or
 * `"Unknown"` (the request may have reached the server; look at the chat
 * session before sending again).
 *
 * @since 0.1.0
 */
import { CodecError, NetServerException, SoapFault } from "@so-chat/core"
import * as Predicate from "effect/Predicate"
import * as Schema from "effect/Schema"

/**
 * The operation a call sent, as far as an error with an unknown outcome needs
 * it: its name, and whether it only reads (`Operation.safeToRetry`). The call
 * path sets it on every such error; a `SoapTransport` used on its own leaves
 * it out.
 *
 * @since 0.2.0
 * @category models
 */
export const CalledOperation = Schema.Struct({
  /** The operation, e.g. `AddChatMessage`. */
  name: Schema.String,
  /** Whether it only reads, so that nothing changed whatever reached the server. */
  safeToRetry: Schema.Boolean
})

/**
 * @since 0.2.0
 * @category models
 */
export type CalledOperation = Schema.Schema.Type<typeof CalledOperation>

const calledOperation = { operation: Schema.optionalWith(CalledOperation, { exact: true }) }

/**
 * What an unknown outcome means for the operation that was sent: for
 * `AddChatMessage`, that the message may have been posted; for a read, that
 * nothing changed; for any other operation, that it may have taken effect.
 *
 * @since 0.2.0
 * @category formatting
 */
export const unknownOutcomeNote = (operation: CalledOperation | undefined): string =>
  operation === undefined
    ? "The request may have reached the server, so it may have taken effect: check before sending it again."
    : operation.name === "AddChatMessage"
    ? "The request may have reached the server, so the message may have been posted: " +
      "check the chat session before sending it again."
    : operation.safeToRetry
    ? `${operation.name} only reads, so nothing changed, whatever reached the server: it is safe to send again.`
    : `The request may have reached the server, so ${operation.name} may have taken effect: ` +
      "check before sending it again."

/**
 * No connection to the server could be made, so nothing was sent: the host
 * name did not resolve (`DnsFailure`), nothing listens on the port
 * (`Refused`), the host or network is unreachable (`Unreachable`), the TLS
 * handshake failed (`Tls`, e.g. an untrusted or expired certificate), or no
 * connection became available in time (`ConnectTimeout`). Safe to send again;
 * the default retry policy does so for `Refused` and `DnsFailure`.
 *
 * @since 0.1.0
 * @category errors
 */
export class ConnectionFailed extends Schema.TaggedError<ConnectionFailed>("@so-chat/transport/ConnectionFailed")(
  "ConnectionFailed",
  {
    reason: Schema.Literal("DnsFailure", "Refused", "Unreachable", "Tls", "ConnectTimeout"),
    /** The endpoint, without credentials. */
    url: Schema.String,
    /** What the network stack said, e.g. `connect ECONNREFUSED 127.0.0.1:8080`. */
    detail: Schema.String
  }
) {
  override get message(): string {
    const what = {
      DnsFailure: "the host name did not resolve",
      Refused: "the connection was refused (is the URL right, is the server up?)",
      Unreachable: "the host or network is unreachable",
      Tls: "the TLS handshake failed (check the certificate and the URL's scheme)",
      ConnectTimeout: "no connection could be made in time"
    }[this.reason]
    return `Could not connect to ${this.url}: ${what} (${this.detail}). Nothing was sent.`
  }
}

/**
 * No complete answer arrived within the configured timeout. The request may
 * have reached the server; the message says what that means for the
 * operation (see {@link unknownOutcomeNote}).
 *
 * @since 0.1.0
 * @category errors
 */
export class Timeout extends Schema.TaggedError<Timeout>("@so-chat/transport/Timeout")("Timeout", {
  url: Schema.String,
  /** The timeout that passed, in milliseconds. */
  timeoutMillis: Schema.Number,
  /** Whether the response had started (status and headers had arrived) when time ran out. */
  responseStarted: Schema.Boolean,
  ...calledOperation
}) {
  override get message(): string {
    return `No complete answer from ${this.url} within ${formatMillis(this.timeoutMillis)}${
      this.responseStarted ? " (the answer started but did not finish)" : ""
    }. ${unknownOutcomeNote(this.operation)}`
  }
}

/**
 * The connection broke after the request may have been sent: reset or closed
 * by the server or a proxy before or while the answer came, or the answer was
 * not HTTP. The outcome is unknown; the message says what that means for the
 * operation (see {@link unknownOutcomeNote}).
 *
 * @since 0.1.0
 * @category errors
 */
export class ConnectionLost extends Schema.TaggedError<ConnectionLost>("@so-chat/transport/ConnectionLost")(
  "ConnectionLost",
  {
    url: Schema.String,
    /** Whether the response had started (status and headers had arrived) when the connection broke. */
    responseStarted: Schema.Boolean,
    /** What the network stack said, e.g. `read ECONNRESET` or `other side closed`. */
    detail: Schema.String,
    ...calledOperation
  }
) {
  override get message(): string {
    return `The connection to ${this.url} broke ${
      this.responseStarted ? "while the answer was arriving" : "before an answer arrived"
    } (${this.detail}). ${unknownOutcomeNote(this.operation)}`
  }
}

/**
 * The server answered with an HTTP status and no SOAP message: a 401 from an
 * authenticating proxy, a 404 for a wrong URL, a 502 HTML page from a load
 * balancer. `excerpt` is the start of what came (HTML reduced to its text),
 * with secrets removed. After a 5xx the outcome is unknown (a gateway may
 * have passed the request on); after a 4xx nothing was done.
 *
 * @since 0.1.0
 * @category errors
 */
export class UnexpectedStatus extends Schema.TaggedError<UnexpectedStatus>("@so-chat/transport/UnexpectedStatus")(
  "UnexpectedStatus",
  {
    url: Schema.String,
    status: Schema.Number,
    contentType: Schema.NullOr(Schema.String),
    excerpt: Schema.String,
    ...calledOperation
  }
) {
  override get message(): string {
    const hint = this.status === 401 || this.status === 403
      ? " Check the ticket and the application token."
      : this.status === 404
      ? " Check the URL (an installation's base URL, or the full Chat.svc URL)."
      : this.status >= 500
      ? ` ${unknownOutcomeNote(this.operation)}`
      : ""
    return `HTTP ${this.status} from ${this.url} without a SOAP answer${
      this.contentType === null ? "" : ` (${this.contentType})`
    }: ${this.excerpt === "" ? "(empty body)" : JSON.stringify(this.excerpt)}.${hint}`
  }
}

/**
 * An answer arrived but is not the SOAP response expected: the wrong content
 * type (`ContentType`), the other SOAP version (`VersionMismatch`), XML that
 * does not parse (`MalformedXml`), a well-formed message of the wrong shape
 * (`InvalidEnvelope`, `InvalidValue`) or no result where one was required
 * (`MissingResult`). `detail` says what and where; `excerpt` is the start of
 * the body with secrets removed. The server did answer, so the outcome is
 * unknown (see {@link unknownOutcomeNote}).
 *
 * @since 0.1.0
 * @category errors
 */
export class UndecodableResponse
  extends Schema.TaggedError<UndecodableResponse>("@so-chat/transport/UndecodableResponse")("UndecodableResponse", {
    reason: Schema.Literal(
      "ContentType",
      "VersionMismatch",
      "MalformedXml",
      "InvalidEnvelope",
      "InvalidValue",
      "MissingResult"
    ),
    url: Schema.String,
    status: Schema.Number,
    contentType: Schema.NullOr(Schema.String),
    detail: Schema.String,
    excerpt: Schema.String,
    ...calledOperation
  })
{
  override get message(): string {
    return `The answer from ${this.url} (HTTP ${this.status}${
      this.contentType === null ? "" : `, ${this.contentType}`
    }) could not be read: ${this.detail}. It began: ${JSON.stringify(this.excerpt)}. ${
      unknownOutcomeNote(this.operation)
    }`
  }
}

/**
 * The answer was larger than the configured limit; reading stopped there and
 * the connection was closed. The server did answer, so the outcome is
 * unknown (see {@link unknownOutcomeNote}).
 *
 * @since 0.1.0
 * @category errors
 */
export class ResponseTooLarge extends Schema.TaggedError<ResponseTooLarge>("@so-chat/transport/ResponseTooLarge")(
  "ResponseTooLarge",
  {
    url: Schema.String,
    /** The limit, in bytes. */
    maxBytes: Schema.Number,
    /** The size the server declared (`Content-Length`), if it declared one. */
    declaredBytes: Schema.NullOr(Schema.Number),
    ...calledOperation
  }
) {
  override get message(): string {
    return `The answer from ${this.url} is larger than the limit of ${this.maxBytes} bytes${
      this.declaredBytes === null ? "" : ` (it declared ${this.declaredBytes})`
    }; reading stopped. ${unknownOutcomeNote(this.operation)}`
  }
}

/**
 * SoPrincipal answered that the user name or password is wrong
 * (`AuthenticationSucceeded` false). Nothing else was called; the password
 * is never part of the error.
 *
 * @since 0.1.0
 * @category errors
 */
export class LoginFailed extends Schema.TaggedError<LoginFailed>("@so-chat/transport/LoginFailed")("LoginFailed", {
  /** The user name that was tried. */
  userName: Schema.String,
  /** The SoPrincipal endpoint, without credentials. */
  url: Schema.String
}) {
  override get message(): string {
    return `Could not log in as ${JSON.stringify(this.userName)} at ${this.url}: the user name or password is wrong.`
  }
}

/**
 * What a `SoapTransport` fails with: the network-level errors.
 *
 * @since 0.1.0
 * @category models
 */
export type TransportError = ConnectionFailed | Timeout | ConnectionLost | ResponseTooLarge

/**
 * Everything `ChatAgent` fails with: the transport errors, the HTTP and
 * decoding errors, and core's `SoapFault`, `NetServerException` (NetServer
 * refused the call; its message shows `FriendlyText`), `UnencodableValue`
 * (the message cannot be written as XML; nothing was sent) and `LoginFailed`
 * (logging in for a ticket was refused; nothing was sent to Chat).
 *
 * @since 0.1.0
 * @category models
 */
export type ChatAgentError =
  | TransportError
  | UnexpectedStatus
  | UndecodableResponse
  | SoapFault.SoapFault
  | NetServerException.NetServerException
  | CodecError.UnencodableValue
  | LoginFailed

/**
 * What is known about a failed call: `"NotPosted"` (nothing was sent, or the
 * server answered and refused it) or `"Unknown"` (it may have been posted).
 *
 * @since 0.1.0
 * @category models
 */
export type Outcome = "NotPosted" | "Unknown"

/**
 * Whether the message may have been posted despite the error. Only when this
 * is `"NotPosted"` is sending the same message again safe without first
 * looking at the chat session.
 *
 * @example
 * import { ChatAgentError } from "@so-chat/transport"
 *
 * const error = new ChatAgentError.Timeout({
 *   url: "https://sod.superoffice.com/Cust12345/Remote/Services88/Chat.svc",
 *   timeoutMillis: 30_000,
 *   responseStarted: false
 * })
 * // The request may have reached the server: read the session's messages before posting again.
 * assert.strictEqual(ChatAgentError.outcome(error), "Unknown")
 * assert.strictEqual(
 *   ChatAgentError.outcome(new ChatAgentError.UnexpectedStatus({ url: error.url, status: 401, contentType: null, excerpt: "" })),
 *   "NotPosted"
 * )
 *
 * @since 0.1.0
 * @category predicates
 */
export const outcome = (error: ChatAgentError): Outcome => {
  switch (error._tag) {
    case "ConnectionFailed":
    case "SoapFault":
    case "NetServerException":
    case "UnencodableValue":
    case "LoginFailed":
      return "NotPosted"
    case "UnexpectedStatus":
      return error.status >= 500 ? "Unknown" : "NotPosted"
    case "Timeout":
    case "ConnectionLost":
    case "ResponseTooLarge":
    case "UndecodableResponse":
      return "Unknown"
  }
}

/**
 * Whether an error is one whose outcome is unknown (see {@link outcome}).
 *
 * @since 0.1.0
 * @category predicates
 */
export const isOutcomeUnknown = (error: ChatAgentError): boolean => outcome(error) === "Unknown"

/**
 * Whether an error proves the request never left and is worth trying again
 * soon: the connection was refused or the host name did not resolve. This is
 * what the default retry policy retries; nothing else.
 *
 * @since 0.1.0
 * @category predicates
 */
export const isRetryable = (error: unknown): boolean =>
  Predicate.isTagged(error, "ConnectionFailed") &&
  ((error as ConnectionFailed).reason === "Refused" || (error as ConnectionFailed).reason === "DnsFailure")

/**
 * Whether a failure of an operation that only reads may be retried: what
 * {@link isRetryable} allows, and an unknown outcome where no answer came
 * (`Timeout`, `ConnectionLost`, a connection that could not be made in time
 * or reached no host). An answer is not retried, even one whose outcome is
 * unknown (a 5xx page, `ResponseTooLarge`, `UndecodableResponse`): whatever
 * answered would most likely answer the same, and a failing gateway is not
 * helped by more calls. Nor is a failed TLS handshake.
 *
 * @since 0.2.0
 * @category predicates
 */
export const isRetryableRead = (error: unknown): boolean =>
  isRetryable(error) ||
  (Predicate.isTagged(error, "ConnectionFailed") && (error as ConnectionFailed).reason !== "Tls") ||
  Predicate.isTagged(error, "Timeout") ||
  Predicate.isTagged(error, "ConnectionLost")

/**
 * Whether a value is one of the errors `ChatAgent` fails with.
 *
 * @since 0.1.0
 * @category predicates
 */
export const isChatAgentError = (u: unknown): u is ChatAgentError =>
  u instanceof ConnectionFailed || u instanceof Timeout || u instanceof ConnectionLost ||
  u instanceof ResponseTooLarge || u instanceof UnexpectedStatus || u instanceof UndecodableResponse ||
  u instanceof SoapFault.SoapFault || u instanceof NetServerException.NetServerException ||
  u instanceof CodecError.UnencodableValue || u instanceof LoginFailed

/**
 * Whether NetServer refused the call's ticket before acting on it: a
 * `NetServerException` whose `exceptionType` is `SoSessionException`, which
 * is how NetServer reports a ticket that is unknown, expired or logged out.
 * A call refused this way did nothing, so after logging in again it can be
 * sent again, even AddChatMessage.
 *
 * @since 0.1.0
 * @category predicates
 */
export const isTicketRefused = (error: unknown): error is NetServerException.NetServerException =>
  error instanceof NetServerException.NetServerException && error.exceptionType === "SoSessionException"

const formatMillis = (ms: number): string =>
  ms % 1000 === 0 ? `${ms / 1000} second${ms === 1000 ? "" : "s"}` : `${ms} ms`
