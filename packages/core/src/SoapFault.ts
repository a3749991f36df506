/**
 * SOAP faults of both versions as one typed value.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as SoapVersion from "./SoapVersion.js"

/**
 * A qualified name: namespace URI and local name, never a prefix.
 *
 * @since 0.1.0
 * @category models
 */
export const QName = Schema.Struct({ namespace: Schema.String, local: Schema.String })

/**
 * @since 0.1.0
 * @category models
 */
export type QName = Schema.Schema.Type<typeof QName>

/**
 * Who the fault blames, in SOAP 1.2's words: SOAP 1.1's `Client` is `Sender`
 * and `Server` is `Receiver`. `Other` is a code of neither version's list.
 *
 * @since 0.1.0
 * @category models
 */
export const FaultCode = Schema.Literal(
  "VersionMismatch",
  "MustUnderstand",
  "DataEncodingUnknown",
  "Sender",
  "Receiver",
  "Other"
)

/**
 * @since 0.1.0
 * @category models
 */
export type FaultCode = Schema.Schema.Type<typeof FaultCode>

/**
 * A SOAP fault, decoded from either version.
 *
 * - `code`: who is to blame, normalized across versions;
 * - `faultCode`: the code exactly as sent, as a QName (`s:Client` resolved);
 * - `subcodes`: SOAP 1.2 `Subcode` values, outermost first (WCF puts
 *   `a:InvalidSecurity` and the like here);
 * - `reason`: `faultstring` (1.1) or the first `Reason/Text` (1.2);
 * - `node`, `role`: `faultactor` (1.1) / `Node` and `Role` (1.2);
 * - `detail`: the text content of `detail` / `Detail`, if any.
 *
 * @since 0.1.0
 * @category errors
 */
export class SoapFault extends Schema.TaggedError<SoapFault>("@so-chat/core/SoapFault")("SoapFault", {
  version: SoapVersion.SoapVersion,
  code: FaultCode,
  faultCode: QName,
  subcodes: Schema.Array(QName),
  reason: Schema.String,
  node: Schema.NullOr(Schema.String),
  role: Schema.NullOr(Schema.String),
  detail: Schema.NullOr(Schema.String)
}) {
  override get message(): string {
    return `SOAP fault (${this.code}${this.code === "Other" ? ` ${this.faultCode.local}` : ""}): ${this.reason}`
  }
}

/**
 * The code a fault of the given version uses for a `FaultCode`.
 *
 * @since 0.1.0
 * @category conversions
 */
export const faultCodeFor = (version: SoapVersion.SoapVersion, code: Exclude<FaultCode, "Other">): QName => ({
  namespace: SoapVersion.envelopeNamespace[version],
  local: version === "1.1" && code === "Sender" ? "Client" : version === "1.1" && code === "Receiver" ? "Server" : code
})

/**
 * Normalizes a fault code as sent (any version, any prefix) to a `FaultCode`.
 * SOAP 1.1's dotted codes (`Client.Authentication`) count as their first part.
 *
 * @since 0.1.0
 * @category conversions
 */
export const normalizeFaultCode = (qname: QName): FaultCode => {
  if (SoapVersion.fromEnvelopeNamespace(qname.namespace) === undefined) return "Other"
  const head = qname.local.split(".")[0]
  switch (head) {
    case "Client":
    case "Sender":
      return "Sender"
    case "Server":
    case "Receiver":
      return "Receiver"
    case "VersionMismatch":
    case "MustUnderstand":
    case "DataEncodingUnknown":
      return head
    default:
      return "Other"
  }
}

/**
 * Builds a fault to send (the testkit's fake NetServer does). SOAP 1.1 has
 * no subcodes: there, as WCF writes it, the first subcode (e.g.
 * `a:ActionNotSupported`) is the fault code itself, so the fault reads back
 * as `code` `Other` with that `faultCode`.
 *
 * @example
 * import { SoapFault } from "@so-chat/core"
 * SoapFault.make({ version: "1.1", code: "Sender", reason: "Unknown operation" })
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: {
  readonly version: SoapVersion.SoapVersion
  readonly code: Exclude<FaultCode, "Other">
  readonly reason: string
  readonly subcodes?: ReadonlyArray<QName>
  readonly detail?: string
}): SoapFault => {
  const subcodes = options.subcodes ?? []
  const first = subcodes[0]
  const faultCode = options.version === "1.1" && first !== undefined
    ? first
    : faultCodeFor(options.version, options.code)
  return new SoapFault({
    version: options.version,
    code: normalizeFaultCode(faultCode),
    faultCode,
    subcodes: options.version === "1.1" ? [] : subcodes,
    reason: options.reason,
    node: null,
    role: null,
    detail: options.detail ?? null
  })
}
