/**
 * xs:dateTime by hand (character codes, day arithmetic) against the same
 * values through JavaScript's `Date`, which is slower and not ours.
 */
import { describe, expect, it } from "@effect/vitest"
import { DateTime, FastCheck as fc } from "effect"
import * as xsd from "../src/internal/xsd.js"

const MIN = xsd.DATETIME_MIN_MILLIS
const MAX = xsd.DATETIME_MAX_MILLIS

/** What formatDateTime must write: `toISOString`, without `.000`. */
const viaDate = (ms: number): string => {
  const iso = new Date(ms).toISOString()
  return iso.endsWith(".000Z") ? iso.slice(0, -5) + "Z" : iso
}

const pad = (n: number, width: number) => String(n).padStart(width, "0")

/** The instant a lexical form names, computed with `Date`. */
const instant = (
  f: { year: number; month: number; day: number; hour: number; minute: number; second: number },
  fraction: string,
  offset: number
): number => {
  const d = new Date(0)
  d.setUTCFullYear(f.year, f.month - 1, f.day)
  d.setUTCHours(f.hour, f.minute, f.second, Number(fraction.slice(0, 3).padEnd(3, "0")))
  return d.getTime() - offset * 60000
}

const fields = fc.record({
  year: fc.integer({ min: 1, max: 9999 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.integer({ min: 0, max: 59 })
})
const fractions = fc.oneof(fc.constant(""), fc.stringMatching(/^[0-9]{1,9}$/))
const zones = fc.oneof(
  fc.constant({ text: "", offset: 0 }),
  fc.constant({ text: "Z", offset: 0 }),
  fc.tuple(fc.constantFrom(1, -1), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 59 })).map((
    [sign, h, m]
  ) => ({ text: `${sign < 0 ? "-" : "+"}${pad(h, 2)}:${pad(m, 2)}`, offset: sign * (h * 60 + m) })),
  fc.constantFrom({ text: "+14:00", offset: 840 }, { text: "-14:00", offset: -840 })
)

describe("xs:dateTime", () => {
  it("formats every instant NetServer can store as Date does", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN, max: MAX }), (ms) => {
        expect(xsd.formatDateTime(DateTime.unsafeMake(ms))).toBe(viaDate(ms))
      }),
      { numRuns: 5000 }
    )
    for (const ms of [MIN, MAX, 0, -1, 951782400000, /* 2000-02-29 */ -62135596800001 + 1]) {
      expect(xsd.formatDateTime(DateTime.unsafeMake(ms))).toBe(viaDate(ms))
    }
  })

  it("parses every lexical form to the instant Date computes", () => {
    fc.assert(
      fc.property(fields, fractions, zones, (f, fraction, zone) => {
        const text = `${pad(f.year, 4)}-${pad(f.month, 2)}-${pad(f.day, 2)}T${pad(f.hour, 2)}:${pad(f.minute, 2)}:${
          pad(f.second, 2)
        }${fraction === "" ? "" : "." + fraction}${zone.text}`
        const expected = instant(f, fraction, zone.offset)
        const parsed = xsd.parseDateTime(text)
        if (expected < MIN || expected > MAX) {
          expect(typeof parsed, text).toBe("string")
        } else {
          expect(typeof parsed === "string" ? parsed : parsed.epochMillis, text).toBe(expected)
        }
      }),
      { numRuns: 5000 }
    )
  })

  it("reads the forms past the usual one: long and negative years, whitespace, 24:00:00", () => {
    const ms = (text: string) => {
      const r = xsd.parseDateTime(text)
      return typeof r === "string" ? r : r.epochMillis
    }
    expect(ms(" 2024-05-17T13:42:07.381Z\n")).toBe(Date.UTC(2024, 4, 17, 13, 42, 7, 381))
    expect(ms("2024-05-17T24:00:00")).toBe(Date.UTC(2024, 4, 18))
    expect(ms("2024-05-17T24:00:00.000Z")).toBe(Date.UTC(2024, 4, 18))
    expect(ms("0099-12-31T23:59:59Z")).toBe(
      instant({ year: 99, month: 12, day: 31, hour: 23, minute: 59, second: 59 }, "", 0)
    )
    expect(ms("-0001-01-01T00:00:00Z")).toMatch(/outside the range/)
    expect(ms("10000-01-01T00:00:00Z")).toMatch(/outside the range/)
  })

  it.each([
    ["2024-13-01T00:00:00Z", /month 13/],
    ["2023-02-29T00:00:00Z", /day 29 of month 02/],
    ["2024-04-31T00:00:00Z", /day 31 of month 04/],
    ["2024-05-17T24:00:01Z", /hour 24/],
    ["2024-05-17T24:00:00.5Z", /hour 24/],
    ["2024-05-17T23:60:00Z", /minute 60/],
    ["2024-05-17T23:59:60Z", /second 60/],
    ["2024-05-17T12:00:00+14:01", /zone \+14:01/],
    ["2024-05-17T12:00:00+15:00", /zone \+15:00/],
    ["2024-05-17T12:00:00.Z", /is not an xs:dateTime/],
    ["2024-05-17 12:00:00Z", /is not an xs:dateTime/],
    ["2024-5-17T12:00:00Z", /is not an xs:dateTime/],
    ["2024-05-17T12:00:00+0200", /is not an xs:dateTime/],
    ["2024-05-17T12:00:00ZZ", /is not an xs:dateTime/],
    ["2024-05-17T1a:00:00Z", /is not an xs:dateTime/],
    ["", /is not an xs:dateTime/]
  ])("refuses %s, saying why", (text, why) => {
    const parsed = xsd.parseDateTime(text)
    expect(typeof parsed).toBe("string")
    expect(parsed).toMatch(why)
  })
})
