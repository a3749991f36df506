/**
 * Schemas for the XML Schema simple types of the Services88 contract, as
 * TypeScript values: the ranges and characters the wire can carry.
 *
 * @since 0.1.0
 */
import * as DateTime from "effect/DateTime"
import * as Schema from "effect/Schema"
import * as xsd from "./internal/xsd.js"

/**
 * `xs:int`: a 32-bit signed integer.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Int = Schema.Int.pipe(
  Schema.between(xsd.INT32_MIN, xsd.INT32_MAX),
  Schema.annotations({ identifier: "xs:int" })
)

/**
 * `xs:short`: a 16-bit signed integer.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Short = Schema.Int.pipe(
  Schema.between(xsd.SHORT_MIN, xsd.SHORT_MAX),
  Schema.annotations({ identifier: "xs:short" })
)

const xmlChar = (fc: typeof import("effect/FastCheck")) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: "grapheme" }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        "&",
        "<",
        ">",
        "]]>",
        "\"",
        "'",
        "\r",
        "\r\n",
        "\n",
        "\t",
        " ",
        "😀",
        "𝄞",
        "&amp;",
        "<![CDATA[x]]>",
        "\uFFFD",
        "\uE000"
      )
    },
    {
      weight: 1,
      arbitrary: fc.string({ unit: "binary" }).map((s) =>
        s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
      )
    }
  )

/**
 * `xs:string` restricted to what XML 1.0 can carry: no C0 control characters
 * but tab, LF and CR, no lone surrogates, no U+FFFE/U+FFFF.
 *
 * @since 0.1.0
 * @category schemas
 */
export const XmlString = Schema.String.pipe(
  Schema.filter((s) => {
    const at = xsd.firstNonXmlChar(s)
    return at === -1 || `contains ${xsd.describeChar(s, at)} at index ${at}, which XML 1.0 cannot carry`
  }),
  Schema.annotations({
    identifier: "XmlString",
    arbitrary: () => (fc) =>
      fc.oneof(
        { weight: 3, arbitrary: fc.array(xmlChar(fc), { maxLength: 6 }).map((parts) => parts.join("")) },
        { weight: 1, arbitrary: fc.constantFrom("", " ", "  lead", "trail  ", " \t\n ", "\r\n") }
      )
  })
)

/**
 * `xs:dateTime` as a UTC instant with millisecond precision, within the range
 * NetServer stores (0001-01-01 to 9999-12-31).
 *
 * @since 0.1.0
 * @category schemas
 */
export const DateTimeUtc = Schema.DateTimeUtcFromSelf.pipe(
  Schema.filter((d) =>
    (d.epochMillis >= xsd.DATETIME_MIN_MILLIS && d.epochMillis <= xsd.DATETIME_MAX_MILLIS) ||
    "must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z"
  ),
  Schema.annotations({
    identifier: "xs:dateTime",
    arbitrary: () => (fc) =>
      fc.oneof(
        fc.integer({ min: xsd.DATETIME_MIN_MILLIS, max: xsd.DATETIME_MAX_MILLIS }),
        fc.constantFrom(xsd.DATETIME_MIN_MILLIS, xsd.DATETIME_MAX_MILLIS, 0, 1616708213000, 951782400000)
      ).map((ms) => DateTime.unsafeMake(ms))
  })
)

/**
 * The value NetServer (.NET's `DateTime.MinValue`) uses for a dateTime that
 * was never set: 0001-01-01T00:00:00Z.
 *
 * @since 0.1.0
 * @category constants
 */
export const DateTimeMin: DateTime.Utc = DateTime.unsafeMake(xsd.DATETIME_MIN_MILLIS)
