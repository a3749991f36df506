/**
 * Property round trips for every generated type and every operation (issue
 * 12, "Tests"): values drawn from the generated schemas (`Arbitrary.make`),
 * written by the generated codecs and read back, must be equal — every type
 * of every family through its own codec, and every operation's request (read
 * as a client's server would, strict and not) and response through the
 * envelope, in both SOAP versions. The schemas' arbitraries carry the edge
 * values (XML-special characters, astral Unicode, whitespace-only strings,
 * dateTime range ends, duration range ends, empty and nil arrays and
 * dictionaries, empty flags); the simple types' own edges (long past 2^53,
 * INF/-INF/NaN/-0, base64 of every length mod 3, every char code unit, GUID
 * case) are drawn here, at the codec.
 */
import { addEqualityTesters, describe, expect, it } from "@effect/vitest"
import { Arbitrary, DateTime, Duration, Either, FastCheck as fc, Schema } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import * as Envelope from "../src/Envelope.js"
import type { Codec } from "../src/internal/binding.js"
import * as b from "../src/internal/binding.js"
import { BindingFailure, SERVICES88, tag, XmlOut, XSI } from "../src/internal/binding.js"
import * as x from "../src/internal/bindingExtras.js"
import { readXml, XmlReadFailure } from "../src/internal/xmlReader.js"
import { operations } from "./support/documented.js"
import { wsdlTypes } from "./support/wsdlTypes.js"

addEqualityTesters()

type Module = Record<string, unknown>
const load = async (dir: string): Promise<Record<string, Module>> => {
  const files = fs.readdirSync(path.join(__dirname, dir)).filter((f) => f.endsWith(".ts")).sort()
  const modules = await Promise.all(files.map((f) => import(`${dir}/${f.replace(/\.ts$/, ".js")}`) as Promise<Module>))
  return Object.fromEntries(files.map((f, i) => [`${dir}/${f}`, modules[i]!]))
}
const families = await load("../src/generated")
const bindings = await load("../src/generated/internal")

const isCodec = (v: unknown): v is Codec<unknown> =>
  typeof v === "object" && v !== null && "write" in v && "read" in v && "absent" in v

const roundTrip = <A>(codec: Codec<A>, value: A, strict = false): A => {
  const out = new XmlOut()
  codec.write(out, tag("V"), value, "V")
  const root = readXml(`<R xmlns="${SERVICES88}" xmlns:i="${XSI}">${out.xml}</R>`, {
    maxBytes: 1 << 24,
    maxDepth: 64
  })
  if (root instanceof XmlReadFailure) throw new Error(root.message)
  const element = root.children[0]!
  return element.nil ? (null as A) : codec.read(element, "V", strict)
}

/** Every generated schema with its codec: `ChatSessionEntity` ↔ `chatSessionEntity`, by family. */
const types = Object.entries(families).flatMap(([file, module]) => {
  const family = file.replace(/^.*\/(\w+)\.ts$/, "$1")
  const binding = bindings[`../src/generated/internal/${family}.ts`] ?? {}
  return Object.entries(module)
    .filter(([, v]) => Schema.isSchema(v))
    .map(([name, schema]) => {
      const codec = binding[name.charAt(0).toLowerCase() + name.slice(1)]
      return { family, name, schema: schema as Schema.Schema<unknown>, codec: isCodec(codec) ? codec : undefined }
    })
})

/**
 * Fewer runs for the types that hold a whole entity or recurse (the suite stays within its time);
 * an operation's body is its types, drawn more often at the codec above, so operations run fewer.
 */
const heavy = /Entity|ChatTopicAgent|SystemInfo|SoPrincipalCarrier|Settings|Authenticate|ForUser|MDOListItem/
const runsFor = (name: string) => (heavy.test(name) ? 3 : 12)
const operationRunsFor = (name: string) => (heavy.test(name) ? 1 : 5)

describe("every generated type: read(write(v)) equals v", () => {
  it("covers every type of both WSDLs, each schema with its codec, each codec with its schema", () => {
    const named = [...wsdlTypes().types.keys()].filter((k) => !k.includes("}element:")).map((k) => k.split("}")[1]!)
    // the serialization schema's char, duration and guid are XsdExtended's, not generated
    expect(named.filter((n) => !types.some((t) => t.name === n)).sort()).toEqual(["char", "duration", "guid"])
    expect(types.map((t) => t.name).filter((n) => !named.includes(n))).toEqual([])
    expect(types.filter((t) => t.codec === undefined).map((t) => `${t.family}.${t.name}`)).toEqual([])
    const codecs = Object.values(bindings).flatMap((m) => Object.values(m).filter(isCodec))
    expect(new Set(codecs).size).toBe(new Set(types.map((t) => t.codec)).size)
  })

  it.each(types.map((t) => [`${t.family}.${t.name}`, t] as const))("%s", (_, t) => {
    fc.assert(
      fc.property(Arbitrary.make(t.schema), fc.boolean(), (value, strict) => {
        if (strict && holdsNotGiven(value)) {
          // a strict (server-side) read refuses them, as WCF does (decision 20)
          expect(() => roundTrip(t.codec!, value, strict)).toThrow(BindingFailure)
        } else if (strict) {
          expectStrictRoundTrip(t.codec!, value)
        } else {
          expect(roundTrip(t.codec!, value, strict)).toEqual(value)
        }
      }),
      { numRuns: runsFor(t.name) }
    )
  })
})

/** Every generated enumeration's `isKnown`, by the enumeration's name. */
const isKnownOf = new Map(
  Object.values(families).flatMap((module) =>
    Object.entries(module)
      .filter(([k, v]) => k.endsWith("Enumeration") && typeof (v as { isKnown?: unknown }).isKnown === "function")
      .map(([k, v]) => [k.slice(0, -"Enumeration".length), (v as { isKnown: (s: string) => boolean }).isKnown])
  )
)

/**
 * A strict read gives the value back, or refuses a name its enumeration does not list (drawn
 * from the schema's forward-compatible `Unknown` branch), as WCF does on a server: then the
 * refused name really is unlisted, and a client's read keeps the value.
 */
const expectStrictRoundTrip = <A>(codec: Codec<A>, value: A): void => {
  try {
    expect(roundTrip(codec, value, true)).toEqual(value)
  } catch (e) {
    if (!(e instanceof BindingFailure)) throw e
    const m = /^"([^"]*)" is not a name the (\w+) contract lists$/.exec(e.detail)
    if (m === null) throw new Error(`${e.path}: ${e.detail}`)
    expect(isKnownOf.get(m[2]!)?.(m[1]!)).toBe(false)
    expect(roundTrip(codec, value, false)).toEqual(value)
  }
}

/**
 * Whether a value holds a `NotGiven` (decision 20: what the few elements where a documented server
 * sends values the WSDL does not allow decode to), which only a lenient read gives back.
 */
const holdsNotGiven = (value: unknown, seen = new Set<unknown>()): boolean => {
  if (typeof value !== "object" || value === null || seen.has(value)) return false
  seen.add(value)
  if ((value as { _tag?: unknown })._tag === "NotGiven") return true
  return Object.values(value).some((v) => holdsNotGiven(v, seen))
}

const right = <A, E extends { message: string }>(either: Either.Either<A, E>): A => {
  if (Either.isLeft(either)) throw new Error(either.left.message)
  return either.right
}

const version = fc.constantFrom("1.1" as const, "1.2" as const)

describe("every operation: decode(encode(v)) equals v", () => {
  it.each(operations.map((o) => [o.name, o] as const))("%s request and response", (_, op) => {
    const runs = operationRunsFor(op.name)
    fc.assert(
      fc.property(Arbitrary.make(op.Request), version, fc.boolean(), (body, version, strict) => {
        const xml = right(Envelope.encodeRequest(op, body, { version }))
        const result = Envelope.decodeRequest([op], xml, { strict })
        if (strict && holdsNotGiven(body)) {
          expect(Either.isLeft(result) && result.left._tag).toBe("InvalidValue")
          return
        }
        if (strict && Either.isLeft(result)) {
          // only a name the contract does not list (the schema's `Unknown` branch), as WCF refuses it
          const m = result.left._tag === "InvalidValue" &&
            /^"([^"]*)" is not a name the (\w+) contract lists$/.exec(result.left.detail)
          if (!m) throw new Error(result.left.message)
          expect(isKnownOf.get(m[2]!)?.(m[1]!)).toBe(false)
          expect(right(Envelope.decodeRequest([op], xml)).body).toEqual(body)
          return
        }
        const decoded = right(result)
        expect(decoded.operation).toBe(op)
        expect(decoded.body).toEqual(body)
      }),
      { numRuns: runs }
    )
    fc.assert(
      fc.property(Arbitrary.make(op.Response), version, (body, version) => {
        const xml = right(Envelope.encodeResponse(op, body, { version }))
        expect(right(Envelope.decodeResponse(op, xml, { version })).body).toEqual(body)
      }),
      { numRuns: runs }
    )
  })
})

const INT64_MIN = -(2n ** 63n)
const INT64_MAX = 2n ** 63n - 1n

describe("the new simple types' edge values survive write and read", () => {
  it("xs:long across its whole range, past 2^53 and at both ends", () => {
    const edges = fc.constantFrom(
      INT64_MIN,
      INT64_MAX,
      2n ** 53n,
      2n ** 53n + 1n,
      -(2n ** 53n) - 1n,
      0n,
      -1n,
      9007199254740993n
    )
    fc.assert(
      fc.property(fc.oneof(edges, fc.bigInt({ min: INT64_MIN, max: INT64_MAX })), (n) => {
        expect(roundTrip(x.long, n)).toBe(n)
      }),
      { numRuns: 300 }
    )
  })

  it("xs:double: any double, INF, -INF, NaN and -0 exactly", () => {
    const edges = fc.constantFrom(Infinity, -Infinity, NaN, -0, 0, Number.MIN_VALUE, -Number.MAX_VALUE, 0.1 + 0.2, 1e21)
    fc.assert(
      fc.property(fc.oneof(edges, fc.double()), (d) => {
        expect(Object.is(roundTrip(x.double, d), d)).toBe(true)
      }),
      { numRuns: 500 }
    )
  })

  it("xs:base64Binary: empty, every length mod 3, any bytes", () => {
    for (const length of [0, 1, 2, 3, 4, 5]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + 255) & 255)
      expect(roundTrip(x.base64Binary, bytes)).toEqual(bytes)
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        expect(roundTrip(x.base64Binary, bytes)).toEqual(bytes)
      }),
      { numRuns: 300 }
    )
  })

  it("duration: zero, one tick, whole days, whole milliseconds, the TimeSpan maximum, any tick count", () => {
    const max = 9223372036854775807n
    const ticks = fc.oneof(
      fc.constantFrom(0n, 1n, 9_999_999n, 864_000_000_000n, max),
      fc.bigInt({ min: 0n, max }),
      // Whole milliseconds decode to Duration.millis where Effect's float step is exact.
      fc.bigInt({ min: 0n, max: max / 10_000n }).map((ms) => ms * 10_000n)
    )
    fc.assert(
      fc.property(ticks, (t) => {
        const d = Duration.nanos(t * 100n)
        const back = roundTrip(x.duration, d)
        expect(Duration.unsafeToNanos(back)).toBe(t * 100n)
        expect(back).toEqual(d)
      }),
      { numRuns: 300 }
    )
  })

  it("char: every UTF-16 code unit, lone surrogates and U+0000 included", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff }), (unit) => {
        const c = String.fromCharCode(unit)
        expect(roundTrip(x.char, c)).toBe(c)
      }),
      { numRuns: 500 }
    )
    for (const unit of [0, 0xd800, 0xdfff, 0xfffe, 0xffff]) {
      expect(roundTrip(x.char, String.fromCharCode(unit))).toBe(String.fromCharCode(unit))
    }
  })

  it("guid: any GUID, decoded lower-case", () => {
    fc.assert(
      fc.property(fc.uuid({ version: [1, 2, 3, 4, 5] }), fc.boolean(), (g, upper) => {
        expect(roundTrip(x.guid, upper ? g.toUpperCase() : g)).toBe(g.toLowerCase())
      }),
      { numRuns: 200 }
    )
  })

  it("xs:dateTime: milliseconds at the range ends and across it", () => {
    const first = new Date(0)
    first.setUTCFullYear(1, 0, 1) // 0001-01-01T00:00:00Z (Date.UTC would take 1 for 1901)
    const last = Date.UTC(9999, 11, 31, 23, 59, 59, 999)
    const ms = fc.oneof(
      fc.constantFrom(first.getTime(), first.getTime() + 1, last, last - 1, 0, -1, 1, 999, 1000),
      fc.integer({ min: first.getTime(), max: last })
    )
    fc.assert(
      fc.property(ms, (t) => {
        expect(DateTime.toEpochMillis(roundTrip(b.dateTime, DateTime.unsafeMake(t)))).toBe(t)
      }),
      { numRuns: 300 }
    )
  })

  it("flags: every combination of every flags type's names", () => {
    const flagTypes = types.filter((t) => /Flags$|^ETableRight$/.test(t.name))
    expect(flagTypes.map((t) => t.name).sort()).toEqual(["ChatSessionFlags", "ETableRight"])
    for (const t of flagTypes) {
      const enumeration = families[`../src/generated/${t.family}.ts`]![`${t.name}Enumeration`] as {
        values: Record<string, number>
      }
      const members = Object.keys(enumeration.values)
      for (let mask = 0; mask < 1 << members.length; mask++) {
        const value = members.filter((_, i) => (mask & (1 << i)) !== 0)
        expect(roundTrip(t.codec!, value)).toEqual(value)
      }
    }
  })
})
