/**
 * Issue 12's golden tests, all 36 operations, both directions.
 *
 * Responses: every field of each documented response (an element below the
 * operation's wrapper without child elements: a value, a nil marker, an
 * empty array or dictionary) is walked in the document with saxes and typed
 * by the WSDL (test/support/wsdlTypes.ts, not the generator's reader), and
 * the decoded value at the same path must be exactly the documented value
 * (test/support/golden.ts).
 *
 * Requests: each documented request, read as a server reads it (strict),
 * re-encoded by our encoder, is the documented infoset (namespace-aware,
 * prefix-agnostic) modulo what decision 6 and the encoder's documented
 * choices say (test/support/infoset.ts).
 */
import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import * as Envelope from "../src/Envelope.js"
import { documented, operations } from "./support/documented.js"
import { countFields, golden } from "./support/golden.js"
import { canonical, infoset, withoutOmittedNils } from "./support/infoset.js"
import { wsdlTypes } from "./support/wsdlTypes.js"

const wsdl = wsdlTypes()

/**
 * The fields of the 36 documented responses: 3,705 elements below the operation wrappers without
 * child elements (3,693 values, among them 1,791 empty strings, 1,022 ints, 246 dateTimes, 236
 * booleans, 85 shorts, 66 doubles, 64 durations, 6 base64, 177 enumeration and flags values; and 12
 * nil markers), of 4,102 elements
 * in all. The issue says 4,252 without saying how it counted; no count of these documents we tried
 * gives it (all elements 4,102, or 4,210 with Envelope/Body/wrapper; attributes 4,038; xsi:type
 * annotations 4,026; leaves with Carrier's two members the documents leave out 3,987; response and
 * request leaves 4,193, with the request headers 4,260), so this suite counts what it checks.
 */
const DOCUMENTED_FIELDS = 3705

/** The documented requests that hold values the WSDL does not allow, which a strict (WCF) read refuses. */
const refusedByStrictRead: ReadonlySet<string> = new Set(["SaveChatSessionEntity", "SaveChatTopicEntity"])

const right = <A, E extends { message: string }>(either: Either.Either<A, E>): A => {
  if (Either.isLeft(either)) throw new Error(either.left.message)
  return either.right
}

describe("golden: the documented responses decode with every documented field exact", () => {
  it(`cover all 36 operations, ${DOCUMENTED_FIELDS} documented fields`, () => {
    expect(operations).toHaveLength(36)
    const total = operations.reduce((n, o) => n + countFields(documented(o.name, "response")), 0)
    console.log(`golden: ${total} documented response fields in ${operations.length} responses`)
    expect(total).toBe(DOCUMENTED_FIELDS)
  })

  describe.each(operations.map((o) => [o.name, o] as const))("%s", (name, op) => {
    it("response: every documented field", () => {
      const xml = documented(name, "response")
      const body = right(Envelope.decodeResponse(op, xml)).body
      const result = golden(wsdl, xml, body)
      expect(result.mismatches).toEqual([])
      // every field of the document was looked at
      expect(result.fields).toBe(countFields(xml))
    })

    it("request: every documented field, and re-encoded it is the documented infoset", () => {
      const xml = documented(name, "request")
      const strict = Envelope.decodeRequest([op], xml, { strict: true })
      if (refusedByStrictRead.has(name)) {
        // WCF, and so a strict read, refuses them (decision 20): check the client's lenient read
        expect(Either.isLeft(strict) && strict.left._tag).toBe("InvalidValue")
      }
      const decoded = refusedByStrictRead.has(name) ? right(Envelope.decodeRequest([op], xml)) : right(strict)
      expect(golden(wsdl, xml, decoded.body).mismatches).toEqual([])
      const ours = right(
        Envelope.encodeRequest(op, decoded.body, { version: decoded.version, headers: decoded.headers })
      )
      const theirs = canonical(infoset(xml))
      const { node, omitted, relexed } = withoutOmittedNils(canonical(infoset(ours)), theirs)
      expect(node).toEqual(theirs)
      // the numbers the documented requests write in another form: their xs:doubles, 0.0 (we write 0)
      expect(
        relexed.filter((p) => !/\/(Wgs84Latitude|Wgs84Longitude|Amount|WeightedAmount|EarningPercent|Earning)$/.test(p))
      )
        .toEqual([])
      // the documented requests leave out only Carrier's two members (TableRight, FieldProperties)
      expect(omitted.filter((p) => !/\/(TableRight|FieldProperties)$/.test(p))).toEqual([])
    })
  })
})
