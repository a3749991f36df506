/**
 * The SOAP header blocks NetServer reads from requests and writes on
 * responses. The blocks' types are generated from the WSDL
 * (`generated/NetServerHeaders.ts`); this module gives them their public
 * names and groups them as a request's and a response's headers.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Generated from "./generated/NetServerHeaders.js"
import * as Xsd from "./Xsd.js"

/**
 * The `TimeZone` header: which of NetServer's time zones dates are in.
 *
 * @since 0.1.0
 * @category models
 */
export const SoTimeZone = Generated.SoTimeZone

/**
 * @since 0.1.0
 * @category models
 */
export type SoTimeZone = Generated.SoTimeZone

/**
 * The `Credentials` header: the ticket, `Redacted`.
 *
 * @since 0.2.0
 * @category models
 */
export const SoCredentials = Generated.SoCredentials

/**
 * @since 0.2.0
 * @category models
 */
export type SoCredentials = Generated.SoCredentials

/**
 * A string dictionary as NetServer serializes one: the `ExtraInfo` header's
 * type (`SoExtraInfo`; exception `Parameters`, `SoExceptionInfoParameters`,
 * has the same shape). A nil value stays `null`.
 *
 * @since 0.1.0
 * @category models
 */
export const StringDictionary = Generated.SoExtraInfo

/**
 * @since 0.1.0
 * @category models
 */
export type StringDictionary = Generated.SoExtraInfo

/**
 * The `ExceptionInfo` header (`SoExceptionInfo`): what went wrong inside
 * NetServer. `friendlyText` is the part meant for people. `parameters` is
 * `null` when NetServer sent none (the WSDL makes it nillable).
 *
 * @since 0.1.0
 * @category models
 */
export const SoExceptionInfo = Generated.SoExceptionInfo

/**
 * @since 0.1.0
 * @category models
 */
export type SoExceptionInfo = Generated.SoExceptionInfo

/**
 * The header blocks of a request. The ticket and application token are
 * `Redacted`: they print as `<redacted>` everywhere. An operation sends only
 * the blocks it declares (`Operation.requestHeaders`).
 *
 * @example
 * import { Redacted } from "effect"
 * import type { NetServerHeaders } from "@so-chat/core"
 *
 * const headers: NetServerHeaders.RequestHeaders = {
 *   applicationToken: Redacted.make("1234567-1234-9876"),
 *   ticket: Redacted.make("7T:1234abcxyzExample==")
 * }
 *
 * @since 0.1.0
 * @category models
 */
export const RequestHeaders = Schema.Struct({
  applicationToken: Schema.optionalWith(Schema.RedactedFromSelf(Xsd.XmlString), { exact: true }),
  ticket: Schema.optionalWith(Schema.RedactedFromSelf(Xsd.XmlString), { exact: true }),
  timeZone: Schema.optionalWith(SoTimeZone, { exact: true })
})

/**
 * @since 0.1.0
 * @category models
 */
export type RequestHeaders = Schema.Schema.Type<typeof RequestHeaders>

/**
 * The header blocks of a response. `succeeded` and `exceptionInfo` are absent
 * when the server did not send them.
 *
 * @since 0.1.0
 * @category models
 */
export const ResponseHeaders = Schema.Struct({
  exceptionInfo: Schema.optionalWith(SoExceptionInfo, { exact: true }),
  extraInfo: Schema.optionalWith(StringDictionary, { exact: true }),
  succeeded: Schema.optionalWith(Schema.Boolean, { exact: true }),
  timeZone: Schema.optionalWith(SoTimeZone, { exact: true })
})

/**
 * @since 0.1.0
 * @category models
 */
export type ResponseHeaders = Schema.Schema.Type<typeof ResponseHeaders>
