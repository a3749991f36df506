/**
 * Schemas for the simple types the generated contracts use beyond `Xsd`:
 * xs:long, xs:double, xs:base64Binary, and the serialization schema's
 * duration, char and guid, each with its exact value space.
 *
 * @since 0.2.0
 */
import * as Duration_ from "effect/Duration"
import * as Schema from "effect/Schema"
import * as x from "./internal/xsdExtended.js"

/**
 * `xs:long` as a `bigint`: every 64-bit value exactly, past 2^53 too.
 *
 * @since 0.2.0
 * @category schemas
 */
export const Long = Schema.BigIntFromSelf.pipe(
  Schema.betweenBigInt(x.INT64_MIN, x.INT64_MAX),
  Schema.annotations({ identifier: "xs:long" })
)

/**
 * `xs:double`: any JavaScript number, `NaN` and the infinities included
 * (written `NaN`, `INF`, `-INF`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const Double = Schema.Number.annotations({ identifier: "xs:double" })

/**
 * `xs:base64Binary` as bytes.
 *
 * @since 0.2.0
 * @category schemas
 */
export const Base64Binary = Schema.Uint8ArrayFromSelf.annotations({ identifier: "xs:base64Binary" })

/**
 * The serialization schema's `duration` (a .NET `TimeSpan`) as an Effect
 * `Duration`: finite, whole 100 ns ticks, at most P10675199DT2H48M5.4775807S.
 * A negative TimeSpan has no `Duration` and fails to decode.
 *
 * @since 0.2.0
 * @category schemas
 */
export const Duration = Schema.DurationFromSelf.pipe(
  Schema.filter((d) => x.durationProblem(d) ?? true),
  Schema.annotations({
    identifier: "ser:duration",
    arbitrary: () => (fc) =>
      fc.oneof(
        fc.bigInt({ min: 0n, max: x.TIMESPAN_MAX_TICKS }),
        fc.constantFrom(0n, 1n, 10_000_000n, 288_000_000_000n, x.TIMESPAN_MAX_TICKS)
      ).map((ticks) => Duration_.nanos(ticks * 100n))
  })
)

/**
 * Reads the serialization schema's duration text (`PT8H30M`, `P1DT0.5S`) as
 * an Effect `Duration`; for text that is not one, the reason, as a string.
 *
 * @since 0.2.0
 * @category parsing
 */
export const parseDuration: (text: string) => Duration_.Duration | string = x.parseDuration

/**
 * Writes a `Duration` as WCF writes a TimeSpan (`PT0S`, `PT8H30M`); for one
 * that `Duration` accepts.
 *
 * @since 0.2.0
 * @category formatting
 */
export const formatDuration: (d: Duration_.Duration) => string = x.formatDuration

/**
 * The serialization schema's `char` (a .NET `char`): one UTF-16 code unit,
 * written as its number.
 *
 * @since 0.2.0
 * @category schemas
 */
export const Char = Schema.String.pipe(Schema.length(1), Schema.annotations({ identifier: "ser:char" }))

/**
 * The serialization schema's `guid`, e.g. `0f8fad5b-d9cb-469f-a165-70867728950e`.
 * Decoded lower-case (a GUID's value does not depend on case).
 *
 * @since 0.2.0
 * @category schemas
 */
export const Guid = Schema.String.pipe(
  Schema.filter((s) => x.isGuid(s) || "must be a GUID (8-4-4-4-12 hexadecimal digits)"),
  Schema.annotations({ identifier: "ser:guid" })
)

/**
 * A value the server left out in a way the WSDL does not allow: `xsi:nil` on
 * an element that is not nillable (`form: "nil"`), or an empty element whose
 * type has no empty value, such as an empty `xs:dateTime` or duration
 * (`form: "empty"`). Only the elements listed in the generator's
 * `scripts/generate/notGiven.ts` (where NetServer's documented responses do
 * this) can hold one; it is written back in the form it was read, so a value
 * re-sent is the value received. See decision 20.
 *
 * @since 0.2.0
 * @category models
 */
export class NotGiven extends Schema.TaggedClass<NotGiven>("@so-chat/core/NotGiven")("NotGiven", {
  form: Schema.Literal("nil", "empty")
}) {
  /** `<X i:nil="true"/>` on an element that is not nillable. */
  static readonly nil: NotGiven = new NotGiven({ form: "nil" })
  /** `<X></X>` for a type without an empty value. */
  static readonly empty: NotGiven = new NotGiven({ form: "empty" })
}

/**
 * Whether a value is a {@link NotGiven}.
 *
 * @since 0.2.0
 * @category guards
 */
export const isNotGiven = (u: unknown): u is NotGiven => u instanceof NotGiven
