/**
 * Lexical forms of the XML Schema simple types the Services88 contract uses,
 * and XML 1.0 text escaping. Plain functions; failures are messages.
 *
 * @internal
 */
import * as DateTime from "effect/DateTime"

/** @internal */
export const INT32_MIN = -2147483648
/** @internal */
export const INT32_MAX = 2147483647
/** @internal */
export const SHORT_MIN = -32768
/** @internal */
export const SHORT_MAX = 32767

/** .NET's DateTime range, which is what NetServer can store. @internal */
export const DATETIME_MIN_MILLIS = -62135596800000 // 0001-01-01T00:00:00Z
/** @internal */
export const DATETIME_MAX_MILLIS = 253402300799999 // 9999-12-31T23:59:59.999Z

// XML whitespace, which XSD's "collapse" facet removes around numbers, booleans and dates.
const isXmlSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13
const collapse = (text: string): string =>
  text.length > 0 && (isXmlSpace(text.charCodeAt(0)) || isXmlSpace(text.charCodeAt(text.length - 1)))
    ? text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "")
    : text

/** Parses xs:int / xs:short; returns the number or a message. @internal */
export const parseInteger = (text: string, min: number, max: number, typeName: string): number | string => {
  // The usual value, a few digits, read by character codes: a regex test and
  // `Number` per value cost more. Anything else (whitespace, many digits, out
  // of range, not a number) takes the general path below.
  const length = text.length
  if (length > 0 && length < 10) {
    const first = text.charCodeAt(0)
    const negative = first === 45 /* - */
    let i = negative || first === 43 /* + */ ? 1 : 0
    if (i < length) {
      let n = 0
      for (; i < length; i++) {
        const d = text.charCodeAt(i) - 48
        if (d < 0 || d > 9) break
        n = n * 10 + d
      }
      if (i === length) {
        if (negative) n = -n
        if (n >= min && n <= max) return n === 0 ? 0 : n // no -0
      }
    }
  }
  const t = collapse(text)
  if (!/^[+-]?[0-9]+$/.test(t)) return `"${excerpt(text)}" is not an ${typeName}`
  const n = Number(t)
  if (n < min || n > max) return `${t} is out of range for ${typeName} (${min} to ${max})`
  return n === 0 ? 0 : n // no -0
}

/** Parses xs:boolean. @internal */
export const parseBoolean = (text: string): boolean | string => {
  switch (collapse(text)) {
    case "true":
    case "1":
      return true
    case "false":
    case "0":
      return false
    default:
      return `"${excerpt(text)}" is not an xs:boolean (true, false, 1 or 0)`
  }
}

const DATETIME = /^(-?)(\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})?$/

const daysIn = (year: number, month: number): number => {
  switch (month) {
    case 2:
      return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
    case 4:
    case 6:
    case 9:
    case 11:
      return 30
    default:
      return 31
  }
}

/** The fields of an xs:dateTime as written; the zone as minutes east of UTC. */
interface DateTimeFields {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly hour: number
  readonly minute: number
  readonly second: number
  readonly millis: number
  /** Whether the fraction has a non-zero digit (24:00:00 must have none). */
  readonly fraction: boolean
  readonly offsetMinutes: number | undefined
}

const twoDigits = (t: string, at: number): number => {
  const a = t.charCodeAt(at) - 48
  const b = t.charCodeAt(at + 1) - 48
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1
}

/**
 * Reads the form NetServer and WCF write (`2024-05-17T13:42:07.381Z`: a
 * four-digit year, any fraction, any zone) by character codes; undefined for
 * anything else, which the regular expression then reads.
 */
const readUsualDateTime = (t: string): DateTimeFields | undefined => {
  const n = t.length
  if (n < 19 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(10) !== 84) return undefined
  if (t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58) return undefined
  const century = twoDigits(t, 0)
  const yy = twoDigits(t, 2)
  const month = twoDigits(t, 5)
  const day = twoDigits(t, 8)
  const hour = twoDigits(t, 11)
  const minute = twoDigits(t, 14)
  const second = twoDigits(t, 17)
  if ((century | yy | month | day | hour | minute | second) < 0) return undefined
  let at = 19
  let millis = 0
  let fraction = false
  if (t.charCodeAt(at) === 46 /* . */) {
    at++
    const start = at
    for (; at < n; at++) {
      const d = t.charCodeAt(at) - 48
      if (d < 0 || d > 9) break
      if (d !== 0) fraction = true
      if (at - start < 3) millis = millis * 10 + d
    }
    if (at === start) return undefined
    for (let k = at - start; k < 3; k++) millis *= 10
  }
  let offsetMinutes: number | undefined
  if (at === n) {
    offsetMinutes = undefined
  } else if (t.charCodeAt(at) === 90 /* Z */ && at + 1 === n) {
    offsetMinutes = 0
  } else {
    const sign = t.charCodeAt(at)
    if ((sign !== 43 && sign !== 45) || at + 6 !== n || t.charCodeAt(at + 3) !== 58) return undefined
    const oh = twoDigits(t, at + 1)
    const om = twoDigits(t, at + 4)
    if ((oh | om) < 0) return undefined
    // Out-of-range zones are reported by the general path, with the zone as written.
    if (oh > 14 || om > 59 || (oh === 14 && om !== 0)) return undefined
    offsetMinutes = (sign === 45 ? -1 : 1) * (oh * 60 + om)
  }
  return { year: century * 100 + yy, month, day, hour, minute, second, millis, fraction, offsetMinutes }
}

/** Reads any xs:dateTime lexical form; a message when it is none. */
const readDateTime = (t: string, bad: () => string): DateTimeFields | string => {
  const m = DATETIME.exec(t)
  if (m === null) return bad()
  const [, sign, ys, mos, ds, hs, mis, ss, frac, zone] = m
  let offsetMinutes: number | undefined
  if (zone !== undefined) {
    offsetMinutes = 0
    if (zone !== "Z") {
      const oh = Number(zone.slice(1, 3))
      const om = Number(zone.slice(4, 6))
      if (oh > 14 || om > 59 || (oh === 14 && om !== 0)) return `${bad()}: zone ${zone}`
      offsetMinutes = (zone[0] === "-" ? -1 : 1) * (oh * 60 + om)
    }
  }
  return {
    year: Number(ys) * (sign === "-" ? -1 : 1),
    month: Number(mos),
    day: Number(ds),
    hour: Number(hs),
    minute: Number(mis),
    second: Number(ss),
    millis: frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, "0")),
    fraction: /[1-9]/.test(frac ?? ""),
    offsetMinutes
  }
}

const pad2 = (n: number): string => n < 10 ? `0${n}` : String(n)

/**
 * Parses xs:dateTime into a UTC instant with millisecond precision. A value
 * without a zone designator is read as UTC, which is how NetServer stores
 * WhenPosted; digits past the millisecond are truncated.
 *
 * @internal
 */
export const parseDateTime = (text: string): DateTime.Utc | string => {
  const t = collapse(text)
  const bad = () => `"${excerpt(text)}" is not an xs:dateTime (e.g. 2021-03-25T21:36:53Z)`
  const fields = readUsualDateTime(t) ?? readDateTime(t, bad)
  if (typeof fields === "string") return fields
  const { day, millis, minute, month, second, year } = fields
  let hour = fields.hour
  if (month < 1 || month > 12) return `${bad()}: month ${pad2(month)}`
  if (day < 1 || day > daysIn(year, month)) return `${bad()}: day ${pad2(day)} of month ${pad2(month)}`
  if (minute > 59) return `${bad()}: minute ${pad2(minute)}`
  if (second > 59) return `${bad()}: second ${pad2(second)}`
  let nextDay = false
  if (hour === 24 && minute === 0 && second === 0 && !fields.fraction) {
    hour = 0
    nextDay = true
  } else if (hour > 23) return `${bad()}: hour ${pad2(hour)}`
  const utc = daysFromCivil(year, month, day) * MILLIS_PER_DAY + hour * 3600000 + minute * 60000 + second * 1000 +
    millis
  const epoch = utc - (fields.offsetMinutes ?? 0) * 60000 + (nextDay ? MILLIS_PER_DAY : 0)
  if (!(epoch >= DATETIME_MIN_MILLIS && epoch <= DATETIME_MAX_MILLIS)) {
    return `${t} is outside the range NetServer can store (0001-01-01 to 9999-12-31 UTC)`
  }
  // The same value `DateTime.unsafeMake(epoch)` makes, without the `Date` it
  // goes through: with the day arithmetic, 284 → 194 ns a value (measured).
  return DateTime.mapEpochMillis(UNIX_EPOCH, () => epoch)
}

const MILLIS_PER_DAY = 86400000

const UNIX_EPOCH = DateTime.unsafeMake(0)

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's
 * days_from_civil): every year, where `Date.UTC` reads 0 to 99 as 1900 to 1999.
 */
const daysFromCivil = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0")

/**
 * Formats a UTC instant as xs:dateTime, `Z`-suffixed, milliseconds only when
 * present. Computed from the day number (H. Hinnant's civil_from_days) rather
 * than through a `Date`, which costs more than the rest of the field.
 *
 * @internal
 */
export const formatDateTime = (value: DateTime.Utc): string => {
  const ms = value.epochMillis
  const days = Math.floor(ms / MILLIS_PER_DAY)
  let rest = ms - days * MILLIS_PER_DAY
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  const hour = Math.floor(rest / 3600000)
  rest -= hour * 3600000
  const minute = Math.floor(rest / 60000)
  rest -= minute * 60000
  const second = Math.floor(rest / 1000)
  const millis = rest - second * 1000
  const date = `${pad(year, 4)}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}`
  return millis === 0 ? `${date}Z` : `${date}.${pad(millis, 3)}Z`
}

// Characters XML 1.0 cannot carry in any form: C0 controls but tab, LF and CR,
// lone surrogates, U+FFFE and U+FFFF.
const NON_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u
// eslint-disable-next-line no-control-regex
const MAYBE_NON_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/

/** The index of the first character XML 1.0 cannot carry, or -1. @internal */
export const firstNonXmlChar = (text: string): number => {
  // Without the u flag the test runs several times faster; only text with a
  // control character or a surrogate (any emoji) needs the exact search.
  if (!MAYBE_NON_XML_CHAR.test(text)) return -1
  const m = NON_XML_CHAR.exec(text)
  return m === null ? -1 : m.index
}

/** Describes the character at `index` as `U+XXXX`. @internal */
export const describeChar = (text: string, index: number): string =>
  "U+" + text.charCodeAt(index).toString(16).toUpperCase().padStart(4, "0")

const NEEDS_ESCAPE = /[&<>\r]/
const ESCAPES = /[&<>\r]/g
const escapeOne = (c: string): string => c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&#xD;"

/**
 * Escapes character data. `>` is escaped so that `]]>` cannot appear, and CR
 * as a character reference, since a parser turns a literal CR into LF.
 *
 * @internal
 */
export const escapeText = (text: string): string => NEEDS_ESCAPE.test(text) ? text.replace(ESCAPES, escapeOne) : text

/**
 * A copy of a string that shares no memory with the document it was read
 * from. The reader's strings are slices of the whole response text: a value
 * kept from a long GetChatMessages answer would keep all of it alive (measured:
 * 1.20 KB kept per message of 0.4 KB; 0.57 KB with this). Concatenating makes
 * a rope that the slice flattens into a fresh string of the value's own
 * length, for about 7 ns. (A JSON round trip keeps 0.44 KB, as it makes
 * one-byte strings of Latin-1 text, but costs 0.4 µs a string.)
 *
 * @internal
 */
export const detach = (text: string): string => text.length < 13 ? text : (" " + text).slice(1)

/** A short, single-line excerpt of a value for error messages. @internal */
export const excerpt = (text: string, max = 40): string => {
  const flat = text.replace(/[\r\n\t]/g, " ")
  return flat.length > max ? flat.slice(0, max) + "…" : flat
}

/**
 * Names a value a codec was given that is not of its type (reachable from
 * JavaScript or a cast), for a one-line "expected …, got …" detail: its kind,
 * and a short form of it where that is not a secret's place.
 *
 * @internal
 */
export const describeValue = (value: unknown): string => {
  switch (typeof value) {
    case "string":
      return `the string ${JSON.stringify(excerpt(value))}`
    case "number":
      return `the number ${String(value)}`
    case "bigint":
      return `the bigint ${String(value)}n`
    case "boolean":
      return `the boolean ${String(value)}`
    case "undefined":
      return "undefined"
    case "symbol":
      return "a symbol"
    case "function":
      return "a function"
  }
  if (value === null) return "null"
  if (Array.isArray(value)) return "an array"
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name
  return typeof name === "string" && name !== "" && name !== "Object" ? `a ${name}` : "an object"
}
