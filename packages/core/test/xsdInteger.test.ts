/**
 * `xsd.parseInteger` reads the usual few digits by character codes and
 * everything else by the general rule: both must give what the rule gives
 * (XSD's lexical space for integers, collapsed whitespace, the type's range).
 */
import { describe, expect, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import * as xsd from "../src/internal/xsd.js"

/** The general rule, written out: what parseInteger gave before its fast path. */
const reference = (text: string, min: number, max: number): number | undefined => {
  const t = text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "")
  if (!/^[+-]?[0-9]+$/.test(t)) return undefined
  const n = Number(t)
  return n < min || n > max ? undefined : n === 0 ? 0 : n
}

const lexical = fc.oneof(
  fc.integer({ min: -3_000_000_000, max: 3_000_000_000 }).map(String),
  fc.tuple(
    fc.constantFrom("", "+", "-", " ", "\n", "--", "+-"),
    fc.string({ unit: fc.constantFrom("0", "1", "9", "5", "a", ".", " ", "e", "٣"), maxLength: 11 }),
    fc.constantFrom("", " ", "\t", "x")
  ).map(([a, b, c]) => a + b + c)
)

describe("xsd.parseInteger", () => {
  it("agrees with the general rule, in and out of range", () => {
    fc.assert(
      fc.property(
        lexical,
        fc.constantFrom([xsd.INT32_MIN, xsd.INT32_MAX], [xsd.SHORT_MIN, xsd.SHORT_MAX], [0, 65535]),
        (text, [min, max]) => {
          const r = xsd.parseInteger(text, min!, max!, "xs:int")
          const expected = reference(text, min!, max!)
          if (expected === undefined) expect(typeof r, JSON.stringify(text)).toBe("string")
          else expect(Object.is(r, expected), JSON.stringify(text)).toBe(true)
        }
      ),
      { numRuns: 2000 }
    )
  })

  it("reads the edges exactly and never gives -0", () => {
    expect(xsd.parseInteger("-0", xsd.INT32_MIN, xsd.INT32_MAX, "xs:int")).toBe(0)
    expect(Object.is(xsd.parseInteger("-0", xsd.INT32_MIN, xsd.INT32_MAX, "xs:int"), -0)).toBe(false)
    expect(xsd.parseInteger("-32768", xsd.SHORT_MIN, xsd.SHORT_MAX, "xs:short")).toBe(-32768)
    expect(xsd.parseInteger("32768", xsd.SHORT_MIN, xsd.SHORT_MAX, "xs:short")).toMatch(/out of range/)
    expect(xsd.parseInteger("+", xsd.INT32_MIN, xsd.INT32_MAX, "xs:int")).toMatch(/is not an xs:int/)
    expect(xsd.parseInteger("2147483648", xsd.INT32_MIN, xsd.INT32_MAX, "xs:int")).toMatch(/out of range/)
  })
})
