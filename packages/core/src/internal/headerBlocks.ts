/**
 * NetServer's SOAP header blocks, both ways: what a request carries
 * (ApplicationToken, Credentials, TimeZone) and what a response carries
 * (ExceptionInfo, ExtraInfo, Succeeded, TimeZone).
 *
 * @internal
 */
import { soCredentials, soExceptionInfo, soExtraInfo, soTimeZone } from "../generated/internal/NetServerHeaders.js"
import type { RequestHeaders, ResponseHeaders } from "../NetServerHeaders.js"
import type { RequestHeader } from "../Operation.js"
import * as b from "./binding.js"

const DEFAULT_NS = ` xmlns="${b.SERVICES88}"`
// The header blocks' tags, each declaring the Services88 namespace.
const APPLICATION_TOKEN = b.tag("ApplicationToken", DEFAULT_NS)
const CREDENTIALS = b.tag("Credentials", DEFAULT_NS)
const TIME_ZONE = b.tag("TimeZone", DEFAULT_NS)
const EXCEPTION_INFO = b.tag("ExceptionInfo", DEFAULT_NS)
const EXTRA_INFO = b.tag("ExtraInfo", DEFAULT_NS)
const SUCCEEDED = b.tag("Succeeded", DEFAULT_NS)

// The blocks' contracts are the generated ones; which element is which block is the envelope's business.
const credentials = soCredentials
const extraInfo = soExtraInfo
const booleanCodec = b.boolean

/** A header block's element name (in the Services88 namespace) → the key it is read to, and its codec. */
export type HeaderBlocks<H> = Readonly<Record<string, readonly [key: keyof H & string, codec: b.Codec<any>]>>

/**
 * Writes the request header blocks given, of those the operation declares:
 * a block the WSDL does not list for the operation is left out (a ticket on
 * a SoPrincipal login means nothing to NetServer, and only leaks the ticket).
 */
export const writeRequestHeaders = (
  out: b.XmlOut,
  h: RequestHeaders | undefined,
  declared: ReadonlyArray<RequestHeader>
): void => {
  if (h === undefined) return
  if (h.applicationToken !== undefined && declared.includes("ApplicationToken")) {
    b.redactedString.write(out, APPLICATION_TOKEN, h.applicationToken, "Header/ApplicationToken")
  }
  if (h.ticket !== undefined && declared.includes("Credentials")) {
    credentials.write(out, CREDENTIALS, { ticket: h.ticket }, "Header/Credentials")
  }
  if (h.timeZone !== undefined && declared.includes("TimeZone")) {
    soTimeZone.write(out, TIME_ZONE, h.timeZone, "Header/TimeZone")
  }
}

export const writeResponseHeaders = (out: b.XmlOut, h: ResponseHeaders | undefined): void => {
  if (h === undefined) return
  if (h.exceptionInfo !== undefined) {
    soExceptionInfo.write(out, EXCEPTION_INFO, h.exceptionInfo, "Header/ExceptionInfo")
  }
  if (h.extraInfo !== undefined) extraInfo.write(out, EXTRA_INFO, h.extraInfo, "Header/ExtraInfo")
  if (h.succeeded !== undefined) booleanCodec.write(out, SUCCEEDED, h.succeeded, "Header/Succeeded")
  if (h.timeZone !== undefined) soTimeZone.write(out, TIME_ZONE, h.timeZone, "Header/TimeZone")
}

export const responseHeaderBlocks: HeaderBlocks<ResponseHeaders> = {
  ExceptionInfo: ["exceptionInfo", soExceptionInfo],
  ExtraInfo: ["extraInfo", extraInfo],
  Succeeded: ["succeeded", b.boolean],
  TimeZone: ["timeZone", soTimeZone]
}

export const requestHeaderBlocks: HeaderBlocks<RequestHeaders> = {
  ApplicationToken: ["applicationToken", b.redactedString],
  Credentials: ["credentials" as never, b.nillable(credentials)],
  TimeZone: ["timeZone", soTimeZone]
}

/**
 * The request header blocks an operation declares, as a reader's table: a
 * block the operation does not declare is not read (it is ignored, as any
 * header block the server does not understand, unless mustUnderstand).
 */
export const declaredRequestHeaderBlocks = (
  declared: ReadonlyArray<RequestHeader>
): HeaderBlocks<RequestHeaders> =>
  declared.length === 3
    ? requestHeaderBlocks
    : Object.fromEntries(Object.entries(requestHeaderBlocks).filter(([name]) => declared.includes(name as never)))

/** The request headers as read, with the Credentials block's ticket lifted to `ticket`. */
export const requestHeadersOf = (headers: Record<string, unknown>): RequestHeaders => {
  const { credentials: creds, ...rest } = headers as { credentials?: { ticket: unknown } | null }
  return (creds?.ticket ? { ...rest, ticket: creds.ticket } : rest) as RequestHeaders
}
