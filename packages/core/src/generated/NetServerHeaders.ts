/**
 * Services88 data contracts: the SOAP header blocks' types: credentials, time zone, exception info,
 * extra info. Holds `SoCredentials`, `SoTimeZone`, `SoExceptionInfoParameters`, `SoExceptionInfo`,
 * `SoExtraInfo`.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as Schema from "effect/Schema"
import { withDefault } from "../internal/schemaDefaults.js"
import * as Xsd from "../Xsd.js"

/**
 * The `SoCredentials` data contract. Every field defaults to what an absent element decodes to (the
 * .NET default), so only what matters needs saying; a nillable field is `null` when nil, which stays
 * apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class SoCredentials extends Schema.Class<SoCredentials>("@so-chat/core/SoCredentials")({
  /** `Ticket` (xs:string, a secret: Redacted, nillable). */
  ticket: withDefault(Schema.NullOr(Schema.RedactedFromSelf(Xsd.XmlString)), () => null)
}) {}

/**
 * The `SoTimeZone` data contract. Every field defaults to what an absent element decodes to (the .NET
 * default), so only what matters needs saying; a nillable field is `null` when nil, which stays apart
 * from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class SoTimeZone extends Schema.Class<SoTimeZone>("@so-chat/core/SoTimeZone")({
  /** `SoTimeZoneId` (xs:int). */
  soTimeZoneId: withDefault(Xsd.Int, () => 0),
  /** `SoTimeZoneLocationCode` (xs:string, nillable). */
  soTimeZoneLocationCode: withDefault(Schema.NullOr(Xsd.XmlString), () => null)
}) {}

/**
 * `SoExceptionInfoParameters`: a WCF dictionary (repeated `SoExceptionInfoParametersKeyValuePair`
 * key/value items), as an object. Keys are unique.
 *
 * @since 0.2.0
 * @category models
 */
export const SoExceptionInfoParameters = Schema.Record({ key: Xsd.XmlString, value: Schema.NullOr(Xsd.XmlString) })
  .annotations({ identifier: "SoExceptionInfoParameters" })

/**
 * @since 0.2.0
 * @category models
 */
export type SoExceptionInfoParameters = Schema.Schema.Type<typeof SoExceptionInfoParameters>

/**
 * The `SoExceptionInfo` data contract. Every field defaults to what an absent element decodes to (the
 * .NET default), so only what matters needs saying; a nillable field is `null` when nil, which stays
 * apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class SoExceptionInfo extends Schema.Class<SoExceptionInfo>("@so-chat/core/SoExceptionInfo")({
  /** `Message` (xs:string, nillable). */
  message: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `StackTrace` (xs:string, nillable). */
  stackTrace: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `FriendlyText` (xs:string, nillable). */
  friendlyText: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ExceptionType` (xs:string, nillable). */
  exceptionType: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Source` (xs:string, nillable). */
  source: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `InnerException` (`SoExceptionInfo`, nillable). */
  innerException: withDefault(
    Schema.NullOr(Schema.suspend((): Schema.Schema<SoExceptionInfo, any> => SoExceptionInfo)),
    () => null
  ),
  /** `Parameters` (`SoExceptionInfoParameters`, nillable). */
  parameters: withDefault(Schema.NullOr(SoExceptionInfoParameters), () => null)
}) {}

/**
 * `SoExtraInfo`: a WCF dictionary (repeated `ExtraInfoNameValuePair` key/value items), as an object.
 * Keys are unique.
 *
 * @since 0.2.0
 * @category models
 */
export const SoExtraInfo = Schema.Record({ key: Xsd.XmlString, value: Schema.NullOr(Xsd.XmlString) }).annotations({
  identifier: "SoExtraInfo"
})

/**
 * @since 0.2.0
 * @category models
 */
export type SoExtraInfo = Schema.Schema.Type<typeof SoExtraInfo>
