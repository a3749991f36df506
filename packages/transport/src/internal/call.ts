import type { NetServerHeaders, Operation } from "@so-chat/core"
import { CodecError, Envelope, SoapVersion } from "@so-chat/core"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as ScheduleDecision from "effect/ScheduleDecision"
import * as Intervals from "effect/ScheduleIntervals"
import type * as Tracer from "effect/Tracer"
import type { CalledOperation, ChatAgentError, TransportError } from "../ChatAgentError.js"
import {
  ConnectionLost,
  outcome,
  ResponseTooLarge,
  Timeout,
  UndecodableResponse,
  UnexpectedStatus
} from "../ChatAgentError.js"
import type { Settings } from "../NetServerConfig.js"
import { displayUrl, endpointFor } from "../NetServerConfig.js"
import type { SoapRequest, SoapResponse, SoapTransport } from "../SoapTransport.js"
import type { Scrub } from "./scrub.js"
import { excerpt, makeScrub, scrubError, scrubException, scrubFault } from "./scrub.js"

interface Context {
  /** The operation, as the errors of an unknown outcome name it. */
  readonly called: CalledOperation
  readonly url: string
  readonly version: SoapVersion.SoapVersion
  readonly maxBytes: number
  readonly scrub: Scrub
}

const header = (headers: SoapResponse["headers"], name: string): string | null => {
  const value = headers[name]
  return value === undefined ? null : typeof value === "string" ? value : (value[0] ?? null)
}

/**
 * What a call's `result` returns for an answer that decoded but says the
 * call failed (a login NetServer refused): the call fails with `error`, and
 * its span says so, as for any other failure.
 */
export class Refusal {
  constructor(readonly error: ChatAgentError) {}
}

/**
 * What a call's `result` gives for a decoded body it cannot use: the answer
 * is then `UndecodableResponse` with this reason and detail (a nil item where
 * a convenience gives only values).
 */
export class Unusable {
  constructor(readonly reason: UndecodableResponse["reason"], readonly detail: string) {}
}

/**
 * What a call's `result` makes of a decoded body: the value, `null` for no
 * result, why it is unusable, or NetServer's refusal.
 */
export type Result<Res, A> = (response: Res) => A | null | Unusable | Refusal

/**
 * Reads an answer: the content type must be the sent version's, the envelope
 * too; a SOAP fault or NetServer's refusal decodes under any status; other
 * non-2xx answers are `UnexpectedStatus`.
 */
export const interpret = <Req, Res, A>(
  operation: Operation.Operation<Req, Res>,
  response: SoapResponse,
  context: Context,
  result: Result<Res, A>
): Either.Either<A, ChatAgentError> => {
  const { status } = response
  const ok = status >= 200 && status < 300
  const contentType = header(response.headers, "content-type")
  const media = contentType === null ? undefined : SoapVersion.fromContentType(contentType)
  const unexpectedStatus = () =>
    Either.left(
      new UnexpectedStatus({
        operation: context.called,
        url: context.url,
        status,
        contentType,
        excerpt: excerpt(response.body, contentType, context.scrub)
      })
    )
  const undecodable = (reason: UndecodableResponse["reason"], detail: string) =>
    Either.left(
      new UndecodableResponse({
        operation: context.called,
        reason,
        url: context.url,
        status,
        contentType,
        // core quotes a value it could not read, shortened (with `…`).
        detail: context.scrub.shortened(detail),
        excerpt: excerpt(response.body, contentType, context.scrub)
      })
    )
  if (media === undefined) {
    return ok
      ? undecodable(
        "ContentType",
        `expected ${SoapVersion.mediaType[context.version]} (SOAP ${context.version}), got ${
          contentType ?? "no content type"
        }`
      )
      : unexpectedStatus()
  }
  if (media !== context.version) {
    return undecodable(
      "VersionMismatch",
      `a SOAP ${context.version} request was answered as SOAP ${media} (${contentType})`
    )
  }
  const decoded = Envelope.decodeResponse(operation, response.body, {
    version: context.version,
    maxBytes: context.maxBytes
  })
  if (Either.isRight(decoded)) {
    if (!ok) return unexpectedStatus()
    const value = result(decoded.right.body)
    return value === null
      ? undecodable("MissingResult", `${operation.responseElement} holds no result (nil)`)
      : value instanceof Refusal
      ? Either.left(value.error)
      : value instanceof Unusable
      ? undecodable(value.reason, value.detail)
      : Either.right(value)
  }
  const error = decoded.left
  switch (error._tag) {
    case "SoapFault":
      return Either.left(scrubFault(error, context.scrub))
    case "NetServerException":
      return Either.left(scrubException(error, context.scrub))
    case "InvalidEnvelope":
      if (!ok) return unexpectedStatus()
      return undecodable(error.reason === "VersionMismatch" ? "VersionMismatch" : "InvalidEnvelope", error.message)
    case "MalformedXml":
    case "InvalidValue":
      return ok ? undecodable(error._tag, error.message) : unexpectedStatus()
  }
}

/** What one call sends differently from the configuration. */
export interface CallOptions {
  /** The ticket to send instead of the configured one; `null` sends none. */
  readonly ticket?: Redacted.Redacted<string> | null | undefined
  /** More secrets the request carries (a password), kept out of errors too. */
  readonly secrets?: ReadonlyArray<Redacted.Redacted<string>> | undefined
}

export interface Call {
  <Req, Res, A>(
    operation: Operation.Operation<Req, Res>,
    request: Req,
    result: Result<Res, A>,
    annotate?: (span: Tracer.Span, result: A) => void,
    options?: CallOptions
  ): Effect.Effect<A, ChatAgentError>
}

/**
 * A transport's error of unknown outcome, told which operation was sent, so
 * that its message says what the outcome means for it (a transport is
 * anyone's and knows only the SOAPAction).
 */
const withOperation = (error: TransportError, called: CalledOperation): TransportError => {
  switch (error._tag) {
    case "Timeout":
      return new Timeout({ ...error, operation: called })
    case "ConnectionLost":
      return new ConnectionLost({ ...error, operation: called })
    case "ResponseTooLarge":
      return new ResponseTooLarge({ ...error, operation: called })
    case "ConnectionFailed":
      return error
  }
}

const defaultPort = (url: URL): number => url.port !== "" ? Number(url.port) : url.protocol === "https:" ? 443 : 80

/**
 * Everything around one SOAP call that does not depend on the operation:
 * headers, encoding, the span, the retry policy, interpretation.
 */
export const makeCall = (settings: Settings, transport: SoapTransport["Type"]): Call => {
  const version = settings.soapVersion
  const headers: {
    ticket?: Redacted.Redacted<string>
    applicationToken?: Redacted.Redacted<string>
    timeZone?: NetServerHeaders.SoTimeZone
  } = {}
  if (Option.isSome(settings.ticket)) headers.ticket = settings.ticket.value
  if (Option.isSome(settings.applicationToken)) headers.applicationToken = settings.applicationToken.value
  if (Option.isSome(settings.timeZone)) headers.timeZone = settings.timeZone.value
  const scrub = makeScrub(
    [settings.ticket, settings.applicationToken].flatMap((o) => Option.isSome(o) ? [Redacted.value(o.value)] : [])
  )
  const encodeOptions = { version, headers }
  // The options of the last call that set its own ticket or secrets: a ticket
  // source hands out the same ticket for many calls, so its scrub is kept.
  let custom: {
    readonly ticket: Redacted.Redacted<string> | undefined
    readonly secrets: ReadonlyArray<Redacted.Redacted<string>> | undefined
    readonly encode: { readonly version: SoapVersion.SoapVersion; readonly headers: typeof headers }
    readonly scrub: Scrub
  } | undefined
  const customFor = (options: CallOptions) => {
    const ticket = options.ticket === undefined ? headers.ticket : options.ticket ?? undefined
    if (custom === undefined || custom.ticket !== ticket || custom.secrets !== options.secrets) {
      const own: typeof headers = { ...headers }
      if (ticket === undefined) delete own.ticket
      else own.ticket = ticket
      const secrets = [ticket, headers.applicationToken, ...(options.secrets ?? [])].flatMap((s) =>
        s === undefined ? [] : [Redacted.value(s)]
      )
      custom = { ticket, secrets: options.secrets, encode: { version, headers: own }, scrub: makeScrub(secrets) }
    }
    return custom
  }
  const endpoints = new Map<
    string,
    { readonly url: URL; readonly context: Context; readonly span: Tracer.SpanOptions }
  >()
  const endpoint = (operation: Operation.Operation.Any) => {
    let found = endpoints.get(operation.soapAction)
    if (found === undefined) {
      const url = endpointFor(settings, operation)
      const shown = displayUrl(url)
      found = {
        url,
        context: {
          called: { name: operation.name, safeToRetry: operation.safeToRetry },
          url: shown,
          version,
          maxBytes: settings.maxResponseBytes,
          scrub
        },
        span: {
          kind: "client",
          captureStackTrace: false,
          attributes: {
            "rpc.system": "soap",
            "rpc.service": operation.service,
            "rpc.method": operation.name,
            "server.address": url.hostname,
            "server.port": defaultPort(url),
            "url.full": shown,
            "soap.version": version,
            "soap.action": operation.soapAction
          }
        }
      }
      endpoints.set(operation.soapAction, found)
    }
    return found
  }

  // Effect's built-in tracer keeps spans nowhere: when it is the one in use,
  // no span is made, and a call costs nothing for tracing nobody collects.
  const builtInTracer = Effect.runSync(Effect.tracer)

  return <Req, Res, A>(
    operation: Operation.Operation<Req, Res>,
    request: Req,
    result: Result<Res, A>,
    annotate?: (span: Tracer.Span, result: A) => void,
    options?: CallOptions
  ): Effect.Effect<A, ChatAgentError> => {
    const found = endpoint(operation)
    const program = (span: Tracer.Span | undefined): Effect.Effect<A, ChatAgentError> => {
      const url = found.url
      let context = found.context
      let encodeWith = encodeOptions
      if (options !== undefined) {
        const own = customFor(options)
        context = { ...context, scrub: own.scrub }
        encodeWith = own.encode
      }
      const encoded = Envelope.encodeRequest(operation, request, encodeWith)
      if (Either.isLeft(encoded)) {
        if (span !== undefined) {
          span.attribute("error.type", encoded.left._tag)
          span.attribute("so_chat.outcome", "NotPosted")
        }
        // A value that cannot be written may be a secret (a password with a
        // control character): its detail is scrubbed like an answer's text.
        const detail = context.scrub.shortened(encoded.left.detail)
        return Effect.fail(
          detail === encoded.left.detail
            ? encoded.left
            : new CodecError.UnencodableValue({ ...encoded.left, detail })
        )
      }
      const soapRequest: SoapRequest = {
        url,
        soapAction: operation.soapAction,
        version,
        body: encoded.right,
        timeout: settings.timeout,
        maxResponseBytes: settings.maxResponseBytes
      }
      let attempts = 1
      const onResponse = (response: SoapResponse): Either.Either<A, ChatAgentError> => {
        const interpreted = interpret(operation, response, context, result)
        if (span !== undefined) {
          span.attribute("http.response.status_code", response.status)
          if (Either.isRight(interpreted)) {
            span.attribute("so_chat.outcome", "Succeeded")
            if (attempts > 1) span.attribute("so_chat.attempts", attempts)
            annotate?.(span, interpreted.right)
          }
        }
        return interpreted
      }
      // A transport is anyone's: what it says about the network is scrubbed too.
      const attempt = Effect.flatMap(
        Effect.mapError(
          transport.send(soapRequest),
          (error) => scrubError(withOperation(error, context.called), context.scrub)
        ),
        onResponse
      )
      // The retry machinery is only built once a first attempt has failed,
      // keeping the common path short.
      const retried = Effect.catchAll(attempt, (first) => {
        let last: ChatAgentError = first
        // A failed attempt is logged only when the policy tries again: a failure
        // it gives up on is the call's own error, for the caller to report.
        const logRetry = (decision: ScheduleDecision.Continue) =>
          Effect.flatMap(Clock.currentTimeMillis, (now) =>
            Effect.logDebug(
              `${operation.name} attempt ${attempts} failed: ${last.message} Retrying in ${
                Math.max(0, Math.round(Intervals.start(decision.intervals) - now))
              } ms.`
            ).pipe(Effect.annotateLogs({ "url.full": context.url, "error.type": last._tag })))
        const policy = (operation.safeToRetry ? settings.retryReads : settings.retry).pipe(
          Schedule.tapInput((error: ChatAgentError) => Effect.sync(() => void (last = error))),
          Schedule.onDecision((_, decision) => ScheduleDecision.isDone(decision) ? Effect.void : logRetry(decision))
        )
        let replayed = false
        return Effect.retry(
          Effect.suspend(() => {
            if (!replayed) {
              replayed = true
              return Effect.fail(first)
            }
            attempts++
            return attempt
          }),
          policy
        ).pipe(
          Effect.tapError((error) =>
            Effect.sync(() => {
              if (span === undefined) return
              span.attribute("error.type", error._tag)
              span.attribute("so_chat.outcome", outcome(error))
              span.attribute("so_chat.attempts", attempts)
            })
          )
        )
      })
      return span === undefined ? retried : Effect.withParentSpan(retried, span)
    }
    return Effect.tracerWith((tracer) =>
      tracer === builtInTracer
        ? program(undefined)
        : Effect.useSpan(`${operation.service}/${operation.name}`, found.span, program)
    )
  }
}
