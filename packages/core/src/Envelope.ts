/**
 * SOAP envelopes: requests and responses of an `Operation`, in SOAP 1.1 or
 * 1.2, with NetServer's header blocks and faults.
 *
 * Encoding writes what the server needs and nothing else: header blocks
 * inside `<Header>`, no `xsi:type`, one namespace declaration per namespace.
 * Decoding goes by namespace URI, never by prefix; reads header blocks inside
 * `<Header>` or, as the documented examples put them, directly in
 * `<Envelope>`; keeps `xsi:nil` apart from the empty string; and ignores header
 * blocks it does not know unless they are marked mustUnderstand.
 *
 * @since 0.1.0
 */
import type * as Either from "effect/Either"
import type { DecodeError, UnencodableValue } from "./CodecError.js"
import * as b from "./internal/binding.js"
import { bodyElement, decoding, readEnvelope, readHeaders, stop, unexpectedBody } from "./internal/envelopeReader.js"
import { encoding, writeEnvelope } from "./internal/envelopeWriter.js"
import { isFault, readFault, writeFault } from "./internal/faults.js"
import {
  declaredRequestHeaderBlocks,
  requestHeadersOf,
  responseHeaderBlocks,
  writeRequestHeaders,
  writeResponseHeaders
} from "./internal/headerBlocks.js"
import { NetServerException } from "./NetServerException.js"
import type { RequestHeaders, ResponseHeaders } from "./NetServerHeaders.js"
import type { Operation } from "./Operation.js"
import { TypeId } from "./Operation.js"
import type { SoapFault } from "./SoapFault.js"
import type * as SoapVersion from "./SoapVersion.js"

/**
 * Limits that keep a decoder safe from hostile or runaway input.
 *
 * @since 0.1.0
 * @category models
 */
export interface Limits {
  /** The most bytes read; larger input fails as `MalformedXml` `TooLarge`. */
  readonly maxBytes: number
  /** The deepest element nesting read; deeper fails as `MalformedXml` `TooDeep`. */
  readonly maxDepth: number
}

/**
 * 16 MiB and 64 levels: far past any Chat message (the deepest is an
 * `ExceptionInfo` chain), far short of what would hurt.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultLimits: Limits = { maxBytes: 16 * 1024 * 1024, maxDepth: 64 }

/**
 * @since 0.1.0
 * @category models
 */
export interface DecodeOptions extends Partial<Limits> {
  /** When set, a message of the other SOAP version fails as `VersionMismatch`. */
  readonly version?: SoapVersion.SoapVersion
  /**
   * Read as WCF's DataContractSerializer reads on a server, for servers (the
   * testkit's fake NetServer): an enumeration takes only the names the
   * contract lists, exactly as written; a data contract's members are read in
   * the contract's order, and an element out of order, repeated or in another
   * namespace is skipped (its member is absent). Default `false`: a client's
   * forward-compatible reading, which keeps a newer server's enumeration names
   * and finds members in any order (decision 0007).
   */
  readonly strict?: boolean
}

/**
 * A decoded response: which SOAP version it used, its header blocks, its body.
 *
 * @since 0.1.0
 * @category models
 */
export interface DecodedResponse<A> {
  readonly version: SoapVersion.SoapVersion
  readonly headers: ResponseHeaders
  readonly body: A
}

/**
 * A decoded request: which SOAP version and operation, its headers, its body.
 *
 * @since 0.1.0
 * @category models
 */
export interface DecodedRequest<O extends Operation.Any> {
  readonly version: SoapVersion.SoapVersion
  readonly operation: O
  readonly headers: RequestHeaders
  readonly body: Operation.Request<O>
  /** Header blocks that were ignored (not understood, not mustUnderstand), as `{namespace}local`. */
  readonly ignoredHeaders: ReadonlyArray<string>
}

const limitsOf = (options: DecodeOptions | undefined): Limits => ({
  maxBytes: options?.maxBytes ?? defaultLimits.maxBytes,
  maxDepth: options?.maxDepth ?? defaultLimits.maxDepth
})

/**
 * Encodes a request envelope. Of the header blocks given, it writes those the
 * operation declares (`Operation.requestHeaders`: a SoPrincipal operation
 * takes only the application token, so a ticket given for it is not sent).
 * Fails with `UnencodableValue`, naming the field, when a value cannot be
 * carried (a control character, an id outside int32); nothing is sent then.
 *
 * @example
 * import { AddChatMessage, ChatMessage, Envelope } from "@so-chat/core"
 * import { Redacted } from "effect"
 *
 * const xml = Envelope.encodeRequest(AddChatMessage.operation, {
 *   chatSessionId: 42,
 *   message: new ChatMessage.ChatMessage({ chatSessionId: 42, type: "ToCustomer", message: "Hello" })
 * }, { version: "1.1", headers: { ticket: Redacted.make("7T:abc==") } })
 *
 * @since 0.1.0
 * @category encoding
 */
export const encodeRequest = <Req, Res>(
  operation: Operation<Req, Res>,
  request: Req,
  options: { readonly version: SoapVersion.SoapVersion; readonly headers?: RequestHeaders }
): Either.Either<string, UnencodableValue> =>
  encoding(() =>
    writeEnvelope(
      options.version,
      (out) => writeRequestHeaders(out, options.headers, operation.requestHeaders),
      (out) => operation[TypeId].request.write(out, operation[TypeId].requestTag, request, operation.requestElement)
    )
  )

/**
 * Encodes a response envelope (what a server sends; the testkit's fake
 * NetServer uses it).
 *
 * @since 0.1.0
 * @category encoding
 */
export const encodeResponse = <Req, Res>(
  operation: Operation<Req, Res>,
  response: Res,
  options: { readonly version: SoapVersion.SoapVersion; readonly headers?: ResponseHeaders }
): Either.Either<string, UnencodableValue> =>
  encoding(() =>
    writeEnvelope(
      options.version,
      (out) => writeResponseHeaders(out, options.headers),
      (out) => operation[TypeId].response.write(out, operation[TypeId].responseTag, response, operation.responseElement)
    )
  )

/**
 * Encodes a SOAP fault envelope of the fault's version, laid out as WCF lays
 * it out: a code outside the envelope namespace declared with prefix `a`, the
 * reason marked `xml:lang="en-US"`. Strings are escaped; characters XML cannot
 * carry are dropped from the reason and detail, since a fault must always be
 * sendable.
 *
 * @since 0.1.0
 * @category encoding
 */
export const encodeFault = (fault: SoapFault, options?: { readonly headers?: ResponseHeaders }): string =>
  writeEnvelope(fault.version, (out) => writeResponseHeaders(out, options?.headers), (out) => writeFault(out, fault))

/**
 * Decodes a response envelope of an operation. Fails with a `SoapFault` when
 * the Body holds one, with `NetServerException` when NetServer's headers say
 * the call failed (`ExceptionInfo`, or `Succeeded` false), and with a
 * `DecodeError` naming what was wrong and where otherwise.
 *
 * @example
 * import { AddChatMessage, Envelope } from "@so-chat/core"
 * import { Either } from "effect"
 *
 * // What a WCF NetServer answers (SOAP 1.1), as the bytes of the HTTP body.
 * const responseBytes = new TextEncoder().encode(
 *   `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>` +
 *     `<AddChatMessageResponse xmlns="http://www.superoffice.net/ws/crm/NetServer/Services88">` +
 *     `<Response><ChatMessageId>31</ChatMessageId><ChatSessionId>42</ChatSessionId>` +
 *     `<Type>ToCustomer</Type><Message>Hello</Message></Response>` +
 *     `</AddChatMessageResponse></s:Body></s:Envelope>`
 * )
 * const result = Envelope.decodeResponse(AddChatMessage.operation, responseBytes)
 * assert.ok(Either.isRight(result))
 * assert.strictEqual(result.right.body.response?.chatMessageId, 31)
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeResponse = <Req, Res>(
  operation: Operation<Req, Res>,
  input: string | Uint8Array,
  options?: DecodeOptions
): Either.Either<DecodedResponse<Res>, DecodeError | SoapFault | NetServerException> =>
  decoding(() => {
    const envelope = readEnvelope(input, limitsOf(options), options?.version)
    const element = bodyElement(envelope)
    if (isFault(envelope, element)) stop(readFault(envelope, element))
    const { headers } = readHeaders<ResponseHeaders & Record<string, unknown>>(envelope, responseHeaderBlocks)
    if (headers.exceptionInfo !== undefined || headers.succeeded === false) {
      stop(
        new NetServerException({
          operation: operation.name,
          exceptionInfo: headers.exceptionInfo ?? null,
          extraInfo: headers.extraInfo ?? {}
        })
      )
    }
    if (element === undefined || element.uri !== operation.namespace || element.local !== operation.responseElement) {
      return unexpectedBody(element, operation.responseElement)
    }
    const path = `Envelope/Body/${operation.responseElement}`
    const body = b.readElement(operation[TypeId].response, element, path)
    return { version: envelope.version, headers, body }
  })

/**
 * Decodes a request envelope for one of the given operations, chosen by the
 * Body's element (what a server does; the testkit's fake NetServer uses it).
 * Only the header blocks the operation declares are read; another one is
 * ignored (in `ignoredHeaders`) unless it is marked mustUnderstand.
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeRequest = <const Ops extends ReadonlyArray<Operation.Any>>(
  operations: Ops,
  input: string | Uint8Array,
  options?: DecodeOptions
): Either.Either<{ [K in keyof Ops]: DecodedRequest<Ops[K]> }[number], DecodeError> =>
  decoding(() => {
    const envelope = readEnvelope(input, limitsOf(options), options?.version)
    const element = bodyElement(envelope)
    const operation = element &&
      operations.find((o) => o.namespace === element.uri && o.requestElement === element.local)
    if (element === undefined || operation === undefined) {
      return unexpectedBody(element, operations.map((o) => o.requestElement).join(" or "))
    }
    const strict = options?.strict === true
    const { headers, ignored } = readHeaders<Record<string, unknown>>(
      envelope,
      declaredRequestHeaderBlocks(operation.requestHeaders),
      strict
    )
    const body = b.readElement(
      operation[TypeId].request,
      element,
      `Envelope/Body/${operation.requestElement}`,
      strict
    )
    return {
      version: envelope.version,
      operation,
      headers: requestHeadersOf(headers),
      body,
      ignoredHeaders: ignored
    } as any
  })
