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
const collapse = (text: string): string => text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "")

/** Parses xs:int / xs:short; returns the number or a message. @internal */
export const parseInteger = (text: string, min: number, max: number, typeName: string): number | string => {
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

const daysIn = (year: number, month: number): number =>
  month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
    : [4, 6, 9, 11].includes(month)
    ? 30
    : 31

/**
 * Parses xs:dateTime into a UTC instant with millisecond precision. A value
 * without a zone designator is read as UTC, which is how NetServer stores
 * WhenPosted; digits past the millisecond are truncated.
 *
 * @internal
 */
export const parseDateTime = (text: string): DateTime.Utc | string => {
  const t = collapse(text)
  const m = DATETIME.exec(t)
  const bad = `"${excerpt(text)}" is not an xs:dateTime (e.g. 2021-03-25T21:36:53Z)`
  if (m === null) return bad
  const [, sign, ys, mos, ds, hs, mis, ss, frac, zone] = m
  const year = Number(ys) * (sign === "-" ? -1 : 1)
  const month = Number(mos)
  const day = Number(ds)
  let hour = Number(hs)
  const minute = Number(mis)
  const second = Number(ss)
  const millis = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, "0"))
  if (month < 1 || month > 12) return `${bad}: month ${mos}`
  if (day < 1 || day > daysIn(year, month)) return `${bad}: day ${ds} of month ${mos}`
  if (minute > 59) return `${bad}: minute ${mis}`
  if (second > 59) return `${bad}: second ${ss}`
  let nextDay = false
  if (hour === 24 && minute === 0 && second === 0 && millis === 0 && !/[1-9]/.test(frac ?? "")) {
    hour = 0
    nextDay = true
  } else if (hour > 23) return `${bad}: hour ${hs}`
  let offsetMinutes = 0
  if (zone !== undefined && zone !== "Z") {
    const oh = Number(zone.slice(1, 3))
    const om = Number(zone.slice(4, 6))
    if (oh > 14 || om > 59 || (oh === 14 && om !== 0)) return `${bad}: zone ${zone}`
    offsetMinutes = (zone[0] === "-" ? -1 : 1) * (oh * 60 + om)
  }
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day)
  d.setUTCHours(hour, minute, second, millis)
  const epoch = d.getTime() - offsetMinutes * 60000 + (nextDay ? 86400000 : 0)
  if (!(epoch >= DATETIME_MIN_MILLIS && epoch <= DATETIME_MAX_MILLIS)) {
    return `${t} is outside the range NetServer can store (0001-01-01 to 9999-12-31 UTC)`
  }
  return DateTime.unsafeMake(epoch)
}

/** Formats a UTC instant as xs:dateTime, `Z`-suffixed, milliseconds only when present. @internal */
export const formatDateTime = (value: DateTime.Utc): string => {
  const iso = new Date(value.epochMillis).toISOString()
  return iso.endsWith(".000Z") ? iso.slice(0, -5) + "Z" : iso
}

// Characters XML 1.0 cannot carry in any form: C0 controls but tab, LF and CR,
// lone surrogates, U+FFFE and U+FFFF.
const NON_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

/** The index of the first character XML 1.0 cannot carry, or -1. @internal */
export const firstNonXmlChar = (text: string): number => {
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

/** A short, single-line excerpt of a value for error messages. @internal */
export const excerpt = (text: string, max = 40): string => {
  const flat = text.replace(/[\r\n\t]/g, " ")
  return flat.length > max ? flat.slice(0, max) + "…" : flat
}
