/**
 * The ways encoding or decoding a SOAP message can fail, one tagged error per
 * thing a caller would do differently.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * The bytes are not an XML document this decoder will read: not XML at all,
 * cut short, not UTF-8, or carrying what SOAP forbids (a DOCTYPE, processing
 * instructions), or past the size or depth limit. `line` and `column` are
 * 1-based and point where reading stopped.
 *
 * @since 0.1.0
 * @category errors
 */
export class MalformedXml extends Schema.TaggedError<MalformedXml>("@so-chat/core/MalformedXml")(
  "MalformedXml",
  {
    reason: Schema.Literal(
      "NotXml",
      "Truncated",
      "InvalidEncoding",
      "DoctypeForbidden",
      "ProcessingInstructionForbidden",
      "TooDeep",
      "TooLarge"
    ),
    detail: Schema.String,
    line: Schema.Number,
    column: Schema.Number
  }
) {
  override get message(): string {
    return `Malformed XML at line ${this.line}, column ${this.column}: ${this.detail}`
  }
}

/**
 * The XML is well formed but is not the SOAP message expected: no Envelope or
 * Body, an envelope namespace of neither SOAP version, a Body holding another
 * operation, or a header marked mustUnderstand that nobody here understands.
 * `path` names the element, e.g. `Envelope/Body/GetChatMessagesResponse`.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidEnvelope extends Schema.TaggedError<InvalidEnvelope>("@so-chat/core/InvalidEnvelope")(
  "InvalidEnvelope",
  {
    reason: Schema.Literal("NotAnEnvelope", "VersionMismatch", "MissingBody", "UnexpectedBody", "MustUnderstand"),
    path: Schema.String,
    detail: Schema.String
  }
) {
  override get message(): string {
    return `Invalid SOAP envelope at ${this.path}: ${this.detail}`
  }
}

/**
 * An element of a known message holds a value its schema type does not allow:
 * an int out of range, a malformed dateTime, nil where nil is not allowed.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidValue extends Schema.TaggedError<InvalidValue>("@so-chat/core/InvalidValue")(
  "InvalidValue",
  {
    path: Schema.String,
    detail: Schema.String
  }
) {
  override get message(): string {
    return `Invalid value at ${this.path}: ${this.detail}`
  }
}

/**
 * A value cannot be written as XML 1.0 (a control character, a lone
 * surrogate) or breaks its schema type (an id outside int32). Nothing was
 * sent. `path` names the field, e.g. `AddChatMessage/Message/Author`.
 *
 * @since 0.1.0
 * @category errors
 */
export class UnencodableValue extends Schema.TaggedError<UnencodableValue>("@so-chat/core/UnencodableValue")(
  "UnencodableValue",
  {
    path: Schema.String,
    detail: Schema.String
  }
) {
  override get message(): string {
    return `Cannot encode ${this.path}: ${this.detail}`
  }
}

/**
 * Any failure to decode a SOAP message that is not a SOAP fault.
 *
 * @since 0.1.0
 * @category errors
 */
export type DecodeError = MalformedXml | InvalidEnvelope | InvalidValue
