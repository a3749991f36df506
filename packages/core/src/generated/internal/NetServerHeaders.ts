/**
 * The bindings of the `NetServerHeaders` data contracts.
 *
 * @internal
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as b from "../../internal/binding.js"
import * as x from "../../internal/bindingExtras.js"
import * as NetServerHeaders from "../NetServerHeaders.js"

/**
 * The elements of `SoCredentials`, base type's first, in sequence order.
 *
 * @internal
 */
export const soCredentialsFields = (): ReadonlyArray<b.Field> => [
  ["ticket", "Ticket", b.nillable(b.redactedString)]
]

/** @internal */
export const soCredentials: b.Codec<NetServerHeaders.SoCredentials> = b.complex(
  soCredentialsFields,
  x.fromDecoded(NetServerHeaders.SoCredentials)
)

/**
 * The elements of `SoTimeZone`, base type's first, in sequence order.
 *
 * @internal
 */
export const soTimeZoneFields = (): ReadonlyArray<b.Field> => [
  ["soTimeZoneId", "SoTimeZoneId", b.int],
  ["soTimeZoneLocationCode", "SoTimeZoneLocationCode", b.nillable(b.string)]
]

/** @internal */
export const soTimeZone: b.Codec<NetServerHeaders.SoTimeZone> = b.complex(
  soTimeZoneFields,
  x.fromDecoded(NetServerHeaders.SoTimeZone)
)

/** @internal */
export const soExceptionInfoParameters: b.Codec<NetServerHeaders.SoExceptionInfoParameters> = x.dictionary(
  "SoExceptionInfoParametersKeyValuePair",
  b.nillable(b.string)
)

/**
 * The elements of `SoExceptionInfo`, base type's first, in sequence order.
 *
 * @internal
 */
export const soExceptionInfoFields = (): ReadonlyArray<b.Field> => [
  ["message", "Message", b.nillable(b.string)],
  ["stackTrace", "StackTrace", b.nillable(b.string)],
  ["friendlyText", "FriendlyText", b.nillable(b.string)],
  ["exceptionType", "ExceptionType", b.nillable(b.string)],
  ["source", "Source", b.nillable(b.string)],
  ["innerException", "InnerException", b.nillable(x.lazy(() => soExceptionInfo))],
  ["parameters", "Parameters", b.nillable(soExceptionInfoParameters)]
]

/** @internal */
export const soExceptionInfo: b.Codec<NetServerHeaders.SoExceptionInfo> = b.complex(
  soExceptionInfoFields,
  x.fromDecoded(NetServerHeaders.SoExceptionInfo)
)

/** @internal */
export const soExtraInfo: b.Codec<NetServerHeaders.SoExtraInfo> = x.dictionary(
  "ExtraInfoNameValuePair",
  b.nillable(b.string)
)
