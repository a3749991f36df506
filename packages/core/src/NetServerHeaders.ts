/**
 * The SOAP header blocks NetServer reads from requests and writes on
 * responses.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Xsd from "./Xsd.js"

/**
 * The `TimeZone` header: which of NetServer's time zones dates are in.
 *
 * @since 0.1.0
 * @category models
 */
export class SoTimeZone extends Schema.Class<SoTimeZone>("@so-chat/core/SoTimeZone")({
  soTimeZoneId: Xsd.Int,
  soTimeZoneLocationCode: Schema.NullOr(Xsd.XmlString)
}) {}

/**
 * A string dictionary as NetServer serializes one (`ExtraInfo`, exception
 * `Parameters`). A nil value stays `null`.
 *
 * @since 0.1.0
 * @category models
 */
export const StringDictionary = Schema.Record({ key: Schema.String, value: Schema.NullOr(Xsd.XmlString) })

/**
 * @since 0.1.0
 * @category models
 */
export type StringDictionary = Schema.Schema.Type<typeof StringDictionary>

/**
 * The `ExceptionInfo` header (`SoExceptionInfo`): what went wrong inside
 * NetServer. `friendlyText` is the part meant for people.
 *
 * @since 0.1.0
 * @category models
 */
export class SoExceptionInfo extends Schema.Class<SoExceptionInfo>("@so-chat/core/SoExceptionInfo")({
  message: Schema.NullOr(Xsd.XmlString),
  stackTrace: Schema.NullOr(Xsd.XmlString),
  friendlyText: Schema.NullOr(Xsd.XmlString),
  exceptionType: Schema.NullOr(Xsd.XmlString),
  source: Schema.NullOr(Xsd.XmlString),
  innerException: Schema.NullOr(Schema.suspend((): Schema.Schema<SoExceptionInfo> => SoExceptionInfo)),
  parameters: StringDictionary
}) {}

/**
 * The header blocks of a request. The ticket and application token are
 * `Redacted`: they print as `<redacted>` everywhere.
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
