/**
 * The ways encoding or decoding a SOAP message can fail, one tagged error per
 * thing a caller would do differently.
 *
 * @since 0.1.0
 */
import * as ParseResult from "effect/ParseResult"
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
 * surrogate), breaks its schema type (an id outside int32), or is one a
 * client refuses to send (a message of type `Invalid`). Nothing was sent.
 * `path` names the field, e.g. `AddChatMessage/Message/Author`; `detail` is
 * one line saying what is wrong with it.
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

// A data contract's element is its property's name, capitalised
// (`chatSessionId` is `ChatSessionId`); an array item is shown by its index.
const elementPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.map((key) =>
    typeof key === "number"
      ? `[${key}]`
      : `/${String(key).charAt(0).toUpperCase()}${String(key).slice(1)}`
  ).join("")

/**
 * The `UnencodableValue` for a value its schema refused (the `ParseError`
 * that a constructor such as `new ChatMessage(…)` throws): `path` goes on
 * from `at` down to the offending field in the contract's element names
 * (`author` under `AddChatMessage/Message` is `AddChatMessage/Message/Author`),
 * and `detail` says in one line what is wrong with it. Of several offending
 * fields, the first is named.
 *
 * @example
 * import { ChatMessage, CodecError } from "@so-chat/core"
 * import { ParseResult } from "effect"
 *
 * try {
 *   new ChatMessage.ChatMessage({ type: "ToCustomer", author: "Ada\u0002" })
 * } catch (e) {
 *   if (ParseResult.isParseError(e)) {
 *     CodecError.fromParseError(e, "AddChatMessage/Message")
 *     // UnencodableValue: Cannot encode AddChatMessage/Message/Author:
 *     //   contains U+0002 at index 3, which XML 1.0 cannot carry
 *   }
 * }
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromParseError = (error: ParseResult.ParseError, at: string): UnencodableValue => {
  const issues = ParseResult.ArrayFormatter.formatErrorSync(error)
  const first = issues[0]
  if (first === undefined) return new UnencodableValue({ path: at, detail: "does not match its schema" })
  const samePath = issues.filter((i) =>
    i.path.length === first.path.length && i.path.every((key, n) => key === first.path[n])
  )
  // A value of the right type that breaks a rule (a control character, a
  // range) says more than the other members of a union it is not
  // (`Expected null`).
  const chosen = samePath.find((i) => i._tag === "Refinement") ?? first
  return new UnencodableValue({
    path: at + elementPath(first.path),
    detail: chosen.message.replace(/\s*[\r\n]+\s*/g, " ")
  })
}

/**
 * Any failure to decode a SOAP message that is not a SOAP fault.
 *
 * @since 0.1.0
 * @category errors
 */
export type DecodeError = MalformedXml | InvalidEnvelope | InvalidValue
