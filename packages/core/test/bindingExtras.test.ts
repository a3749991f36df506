import { Duration } from "effect"
import { describe, expect, it } from "vitest"
import type { Codec } from "../src/internal/binding.js"
import * as b from "../src/internal/binding.js"
import { SERVICES88 } from "../src/internal/binding.js"
import * as x from "../src/internal/bindingExtras.js"
import { readXml, XmlReadFailure } from "../src/internal/xmlReader.js"
import { NotGiven } from "../src/XsdExtended.js"
import { failure, read, write } from "./support/codec.js"

/** Reads a whole element (`<V …>…</V>`) as a field is read: xsi:nil honoured. */
const readField = <A>(codec: Codec<A>, xml: string, strict?: boolean): A => {
  const element = readXml(xml, { maxBytes: 1 << 20, maxDepth: 8 })
  if (element instanceof XmlReadFailure) throw new Error(element.message)
  return b.readElement(codec, element, "V", strict)
}

describe("xs:long", () => {
  it("keeps values past 2^53 exactly, both ways", () => {
    const big = 9007199254740993n // 2^53 + 1, which a number cannot hold
    expect(write(x.long, big)).toBe("<V>9007199254740993</V>")
    expect(read(x.long, " -9223372036854775808 ")).toBe(-(2n ** 63n))
    expect(read(x.long, "9223372036854775807")).toBe(2n ** 63n - 1n)
  })
  it("refuses values out of range and malformed text, with the path", () => {
    expect(failure(() => read(x.long, "9223372036854775808")).detail).toMatch(/out of range/)
    expect(failure(() => read(x.long, "1.5")).path).toBe("V")
    expect(failure(() => write(x.long, 2n ** 63n)).direction).toBe("encode")
  })
})

describe("xs:double", () => {
  it.each([["INF", Infinity], ["-INF", -Infinity], ["1e300", 1e300], ["-0", -0], [".5", 0.5], ["1.", 1]])(
    "reads %s",
    (text, value) => expect(Object.is(read(x.double, text), value)).toBe(true)
  )
  it("writes the shortest form that reads back the same", () => {
    expect(write(x.double, 0.1 + 0.2)).toBe("<V>0.30000000000000004</V>")
    expect(read(x.double, "0.30000000000000004")).toBe(0.1 + 0.2)
    expect(write(x.double, NaN)).toBe("<V>NaN</V>")
  })
  it.each(["inf", "+INF", "1e", "0x10", ""])("refuses %j", (text) => {
    expect(failure(() => read(x.double, text)).detail).toMatch(/not an xs:double/)
  })
})

describe("xs:base64Binary", () => {
  it("reads bytes, whitespace between characters allowed", () => {
    expect(read(x.base64Binary, "AAEC\n+g==")).toEqual(new Uint8Array([0, 1, 2, 250]))
    expect(read(x.base64Binary, "")).toEqual(new Uint8Array(0))
  })
  it.each(["AAE", "AA=A", "AB==", "A*==", "AAAA===="])("refuses %j (bad length, padding or character)", (text) => {
    expect(failure(() => read(x.base64Binary, text)).detail).toMatch(/not xs:base64Binary/)
  })
})

describe("duration (TimeSpan)", () => {
  it("reads and writes as WCF does, to the 100 ns tick", () => {
    expect(read(x.duration, "P1DT2H3M4.5S")).toEqual(
      Duration.sum(Duration.days(1), Duration.millis(2 * 3600000 + 3 * 60000 + 4500))
    )
    expect(Duration.unsafeToNanos(read(x.duration, "PT0.0000001S"))).toBe(100n)
    expect(write(x.duration, Duration.nanos(100n))).toBe("<V>PT0.0000001S</V>")
    expect(write(x.duration, Duration.zero)).toBe("<V>PT0S</V>")
    expect(write(x.duration, Duration.days(2))).toBe("<V>P2D</V>")
    expect(read(x.duration, "P10675199DT2H48M5.4775807S")).toEqual(Duration.nanos((2n ** 63n - 1n) * 100n))
  })
  // Was: a duration of more than ~104 days in whole milliseconds decoded to a
  // Duration in milliseconds, whose nanoseconds Effect computes in a double, so
  // it compared unequal to itself and wrote back as P661300DT3H42M13.078999S.
  it("keeps whole milliseconds exact past 2^53 nanoseconds, reading and writing", () => {
    const text = "P661300DT3H42M13.079S"
    const nanos = 57136333333079n * 1_000_000n
    const d = read(x.duration, text)
    expect(Duration.unsafeToNanos(d)).toBe(nanos)
    expect(d).toEqual(Duration.nanos(nanos))
    expect(write(x.duration, d)).toBe(`<V>${text}</V>`)
    expect(write(x.duration, Duration.millis(57136333333079))).toBe(`<V>${text}</V>`)
    expect(write(x.duration, Duration.days(10675199))).toBe("<V>P10675199D</V>")
  })
  it("refuses a Duration a TimeSpan cannot carry", () => {
    expect(failure(() => write(x.duration, Duration.nanos(150n))).detail).toMatch(/100 ns/)
    expect(failure(() => write(x.duration, Duration.infinity)).detail).toMatch(/infinite/)
  })
})

describe("char and guid", () => {
  it("a char is a UTF-16 code unit written as its number", () => {
    expect(write(x.char, "A")).toBe("<V>65</V>")
    expect(read(x.char, "55357")).toBe("\uD83D")
    expect(failure(() => read(x.char, "65536")).detail).toMatch(/out of range/)
    expect(failure(() => write(x.char, "AB")).detail).toMatch(/one UTF-16 code unit/)
  })
  it("a guid is read lower-case and refused when malformed", () => {
    expect(read(x.guid, "0F8FAD5B-D9CB-469F-A165-70867728950E")).toBe("0f8fad5b-d9cb-469f-a165-70867728950e")
    expect(failure(() => read(x.guid, "0f8fad5b-d9cb-469f-a165")).detail).toMatch(/not a guid/)
  })
})

describe("NotGiven (decision 20)", () => {
  const NIL = `<V xmlns="${SERVICES88}" xmlns:i="${b.XSI}" i:nil="true"/>`
  const EMPTY = `<V xmlns="${SERVICES88}"> </V>`
  it("nil and empty become NotGiven.nil and NotGiven.empty, written back in that form", () => {
    const codecs: ReadonlyArray<Codec<any>> = [x.notGiven(b.int), x.notGiven(x.duration), x.notGiven(b.dateTime)]
    for (const codec of codecs) {
      expect(readField(codec, NIL)).toEqual(NotGiven.nil)
      expect(readField(codec, EMPTY)).toEqual(NotGiven.empty)
      expect(write(codec, NotGiven.nil)).toBe(`<V i:nil="true"/>`)
      expect(write(codec, NotGiven.empty)).toBe("<V></V>")
    }
    expect(readField(x.notGiven(x.duration), `<V xmlns="${SERVICES88}">PT8H</V>`)).toEqual(Duration.hours(8))
    expect(write(x.notGiven(b.int), 7)).toBe("<V>7</V>")
    expect(x.notGiven(b.int).absent()).toBe(0)
  })
  it("read strictly (as WCF does) both fail; without notGiven the type fails on them too", () => {
    expect(failure(() => readField(x.notGiven(b.int), NIL, true)).detail).toMatch(/nil/)
    expect(failure(() => readField(x.notGiven(x.duration), EMPTY, true)).detail).toMatch(/not a duration/)
    expect(failure(() => readField(b.int, NIL)).detail).toMatch(/nil/)
    expect(failure(() => readField(b.dateTime, EMPTY)).detail).toMatch(/not an xs:dateTime/)
    expect(failure(() => readField(x.notGiven(b.int), `<V xmlns="${SERVICES88}">x</V>`)).detail).toMatch(/xs:int/)
  })
})

describe("strict reads reach inside dictionaries, entries and arrays in another namespace", () => {
  const name = b.enumeration<"A">("E", (s) => s === "A", "A")
  const ARRAYS = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"
  const cases: ReadonlyArray<readonly [string, Codec<any>, string, string, unknown]> = [
    [
      "a dictionary's values",
      x.dictionary("Item", name),
      "<Item><Key>k</Key><Value> A </Value></Item>",
      "V/Item[0]/Value",
      {
        k: "A"
      }
    ],
    ["entries' keys", x.entries("Item", name, b.int), "<Item><Key> A </Key><Value>1</Value></Item>", "V/Item[0]/Key", [{
      key: "A",
      value: 1
    }]],
    ["an array's items", x.arrayIn(ARRAYS, "E", name), `<E xmlns="${ARRAYS}"> A </E>`, "V/E[0]", ["A"]]
  ]
  it.each(cases)(
    "%s: an untrimmed name, kept by a client, is refused as WCF refuses it",
    (_, codec, inner, at, value) => {
      const xml = `<V xmlns="${SERVICES88}">${inner}</V>`
      expect(readField(codec, xml)).toEqual(value)
      expect(failure(() => readField(codec, xml, true)).path).toBe(at)
    }
  )
})
