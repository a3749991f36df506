/**
 * Lexical forms of the simple types the generated contracts use beyond
 * `xsd.ts`: xs:long, xs:double, xs:base64Binary and the serialization
 * schema's duration, char and guid. Plain functions; failures are messages.
 *
 * @internal
 */
import * as Duration from "effect/Duration"
import { excerpt } from "./xsd.js"

/** @internal */
export const INT64_MIN = -(2n ** 63n)
/** @internal */
export const INT64_MAX = 2n ** 63n - 1n

const collapse = (text: string): string => text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "")

/** Parses xs:long into a bigint, so that values past 2^53 stay exact. @internal */
export const parseLong = (text: string): bigint | string => {
  const t = collapse(text)
  if (!/^[+-]?[0-9]+$/.test(t)) return `"${excerpt(text)}" is not an xs:long`
  const n = BigInt(t)
  if (n < INT64_MIN || n > INT64_MAX) return `${t} is out of range for xs:long (-2^63 to 2^63-1)`
  return n
}

const DOUBLE = /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$/

/** Parses xs:double, `INF`, `-INF` and `NaN` included, as XSD writes them. @internal */
export const parseDouble = (text: string): number | string => {
  const t = collapse(text)
  switch (t) {
    case "INF":
      return Infinity
    case "-INF":
      return -Infinity
    case "NaN":
      return NaN
  }
  if (!DOUBLE.test(t)) return `"${excerpt(text)}" is not an xs:double`
  return Number(t)
}

/** Formats a double as xs:double: the shortest form that reads back to the same number. @internal */
export const formatDouble = (n: number): string =>
  Number.isNaN(n)
    ? "NaN"
    : n === Infinity
    ? "INF"
    : n === -Infinity
    ? "-INF"
    : Object.is(n, -0)
    ? "-0"
    : String(n)

/** Parses xs:base64Binary (whitespace allowed between characters). @internal */
export const parseBase64 = (text: string): Uint8Array | string => {
  // No bytes (the usual value of an unset key or signature): no regular expression or Buffer.
  if (text === "") return new Uint8Array(0)
  const t = text.replace(/[ \t\r\n]+/g, "")
  if (t.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[AEIMQUYcgkosw048]=|[AQgw]==)?$/.test(t)) {
    return `"${excerpt(text)}" is not xs:base64Binary`
  }
  return new Uint8Array(Buffer.from(t, "base64"))
}

/** @internal */
export const formatBase64 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64")

/** .NET TimeSpan's range, in 100 ns ticks. @internal */
export const TIMESPAN_MAX_TICKS = INT64_MAX

const NANOS_PER_TICK = 100n
const TICKS_PER_MILLI = 10_000n
const TICKS_PER_SECOND = 10_000_000n
const TICKS_PER_MINUTE = 60n * TICKS_PER_SECOND
const TICKS_PER_HOUR = 60n * TICKS_PER_MINUTE
const TICKS_PER_DAY = 24n * TICKS_PER_HOUR

// The serialization schema's pattern: days, hours, minutes, seconds; no years or months.
const DURATION = /^(-)?P(?:([0-9]+)D)?(?:T(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)(?:\.([0-9]*))?S)?)?$/

/**
 * Parses the serialization schema's duration (a .NET TimeSpan) into an
 * Effect `Duration`. Years and months are outside its pattern; a negative
 * TimeSpan has no `Duration` and is refused rather than turned into zero.
 *
 * @internal
 */
export const parseDuration = (text: string): Duration.Duration | string => {
  const t = collapse(text)
  const m = DURATION.exec(t)
  const bad = `"${excerpt(text)}" is not a duration (e.g. PT8H30M)`
  if (m === null || t === "P" || t.endsWith("T")) return bad
  const [, minus, d, h, mi, s, frac] = m
  const fraction = frac ?? ""
  if (fraction.length > 7 && /[1-9]/.test(fraction.slice(7))) {
    return `${bad}: finer than the 100 ns a TimeSpan holds`
  }
  const ticks = BigInt(d ?? "0") * TICKS_PER_DAY + BigInt(h ?? "0") * TICKS_PER_HOUR +
    BigInt(mi ?? "0") * TICKS_PER_MINUTE + BigInt(s ?? "0") * TICKS_PER_SECOND +
    BigInt(fraction.slice(0, 7).padEnd(7, "0"))
  if (ticks > TIMESPAN_MAX_TICKS) return `${t} is longer than a TimeSpan holds (P10675199DT2H48M5.4775807S)`
  if (minus !== undefined && ticks !== 0n) return `${t} is negative, which a Duration cannot be`
  // Whole milliseconds as Effect makes them (`Duration.hours(8)`), so that
  // decoded and constructed durations compare equal structurally too, but only
  // where Effect's own millis-to-nanos step (`Math.round(millis * 1e6)`, used by
  // `Duration.equals` and `unsafeToNanos`) gives the exact nanoseconds back:
  // past ~104 days it may not, and P661300DT3H42M13.079S would compare unequal
  // to itself in nanoseconds and write back as ...13.078999S.
  if (ticks % TICKS_PER_MILLI === 0n) {
    const millis = Number(ticks / TICKS_PER_MILLI)
    const nanos = ticks * NANOS_PER_TICK
    if (BigInt(Math.round(millis * 1_000_000)) === nanos) return Duration.millis(millis)
    return Duration.nanos(nanos)
  }
  return Duration.nanos(ticks * NANOS_PER_TICK)
}

// A Duration's nanoseconds without Effect's float step for whole milliseconds:
// `Duration.millis(57136333333079)` is a whole number of ticks, which
// `unsafeToNanos` (millis * 1e6 in a double) would make 57136333333078999040.
const exactNanos = (d: Duration.Duration): bigint =>
  d.value._tag === "Millis" && Number.isSafeInteger(d.value.millis)
    ? BigInt(d.value.millis) * 1_000_000n
    : Duration.unsafeToNanos(d)

/** Why a Duration cannot be written as a TimeSpan, or undefined when it can. @internal */
export const durationProblem = (d: Duration.Duration): string | undefined => {
  if (!Duration.isFinite(d)) return "an infinite Duration has no TimeSpan"
  const nanos = exactNanos(d)
  if (nanos % NANOS_PER_TICK !== 0n) return `${nanos} ns is not a whole number of 100 ns ticks`
  if (nanos / NANOS_PER_TICK > TIMESPAN_MAX_TICKS) return "is longer than a TimeSpan holds"
  return undefined
}

/** Formats a Duration as WCF writes a TimeSpan: `PT0S`, `PT8H30M`, `P1DT0.5S`. @internal */
export const formatDuration = (d: Duration.Duration): string => {
  let ticks = exactNanos(d) / NANOS_PER_TICK
  if (ticks === 0n) return "PT0S"
  const days = ticks / TICKS_PER_DAY
  ticks -= days * TICKS_PER_DAY
  const hours = ticks / TICKS_PER_HOUR
  ticks -= hours * TICKS_PER_HOUR
  const minutes = ticks / TICKS_PER_MINUTE
  ticks -= minutes * TICKS_PER_MINUTE
  const seconds = ticks / TICKS_PER_SECOND
  const fraction = (ticks - seconds * TICKS_PER_SECOND).toString().padStart(7, "0").replace(/0+$/, "")
  let time = ""
  if (hours > 0n) time += `${hours}H`
  if (minutes > 0n) time += `${minutes}M`
  if (seconds > 0n || fraction !== "") time += fraction === "" ? `${seconds}S` : `${seconds}.${fraction}S`
  return `P${days > 0n ? `${days}D` : ""}${time === "" ? "" : `T${time}`}`
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/

/** Parses the serialization schema's guid; the value is case-insensitive, kept lower-case. @internal */
export const parseGuid = (text: string): string | undefined => {
  const t = collapse(text)
  return GUID.test(t) ? t.toLowerCase() : undefined
}

/** @internal */
export const isGuid = (s: string): boolean => GUID.test(s)
