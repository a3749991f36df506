/**
 * Bad input for every simple type the generated contracts added (issue 12,
 * "Tests"): an out-of-range or malformed value fails with a typed error that
 * names the element's path, on decode (`InvalidValue`) and on encode
 * (`UnencodableValue`), never a crash or a silently different value.
 *
 * Envelope level, on the documented responses: one documented value replaced
 * by a bad one (decode), or the decoded value replaced (encode). `xs:long`,
 * `char` and `guid` are in no Services88 contract (the WSDLs declare them
 * only as the serialization schema's global elements), so theirs are checked
 * at the codec, where the generated contracts would use them.
 */
import { describe, expect, it } from "@effect/vitest"
import { DateTime, Duration, Either } from "effect"
import * as Envelope from "../src/Envelope.js"
import * as ChatSessionBinding from "../src/generated/internal/ChatSession.js"
import { GetChatSessionEntity } from "../src/generated/operations/ChatSessions.js"
import { UpdateChatTopicUserAgent } from "../src/generated/operations/ChatTopicAgents.js"
import { GetChatTopicEntity } from "../src/generated/operations/ChatTopics.js"
import { GetSystemInfo } from "../src/generated/operations/SoPrincipal.js"
import type { Codec } from "../src/internal/binding.js"
import * as b from "../src/internal/binding.js"
import * as x from "../src/internal/bindingExtras.js"
import type * as Operation from "../src/Operation.js"
import * as codecs from "./support/codec.js"
import { failure } from "./support/codec.js"
import { documented } from "./support/documented.js"

/** The documented `GetChatTopicEntity` response with its empty dateTimes and durations given valid values. */
const topicEntity = () =>
  documented("GetChatTopicEntity", "response")
    .replaceAll("xsi:type=\"xsd:dateTime\"></", "xsi:type=\"xsd:dateTime\">2025-11-26T12:06:51Z</")
    .replaceAll("xsi:type=\"NetServerServices881:duration\"></", "xsi:type=\"NetServerServices881:duration\">PT0S</")

interface Target {
  readonly op: Operation.Operation.Any
  readonly xml: () => string
  /** The qualified element name in the document, e.g. `Chat:Rank`, and which occurrence (0-based). */
  readonly element: string
  readonly occurrence?: number
  /** The decode path of that element. */
  readonly path: string
  /** Where the value sits in the decoded body. */
  readonly at: ReadonlyArray<string | number>
}

const SESSION = "Envelope/Body/GetChatSessionEntityResponse/Response"
const TOPIC = "Envelope/Body/GetChatTopicEntityResponse/Response"
const KEY = "Envelope/Body/GetSystemInfoResponse/SystemInfo/License/PublicKey/Key"

const targets: Record<
  "int" | "short" | "boolean" | "dateTime" | "double" | "enum" | "flags" | "base64" | "duration",
  Target
> = {
  int: {
    op: GetChatSessionEntity,
    xml: () => documented("GetChatSessionEntity", "response"),
    element: "Chat:TopicId",
    path: `${SESSION}/TopicId`,
    at: ["response", "topicId"]
  },
  short: {
    op: GetChatSessionEntity,
    xml: () => documented("GetChatSessionEntity", "response"),
    element: "Chat:Rank",
    path: `${SESSION}/User/Rank`,
    at: ["response", "user", "rank"]
  },
  boolean: {
    op: GetChatSessionEntity,
    xml: () => documented("GetChatSessionEntity", "response"),
    element: "Chat:Deleted",
    path: `${SESSION}/User/Deleted`,
    at: ["response", "user", "deleted"]
  },
  dateTime: {
    op: GetChatSessionEntity,
    xml: () => documented("GetChatSessionEntity", "response"),
    element: "Chat:WhenStarted",
    path: `${SESSION}/WhenStarted`,
    at: ["response", "whenStarted"]
  },
  double: {
    op: GetChatSessionEntity,
    xml: () => documented("GetChatSessionEntity", "response"),
    element: "Chat:Wgs84Latitude",
    path: `${SESSION}/Contact/Address/Wgs84Latitude`,
    at: ["response", "contact", "address", "wgs84Latitude"]
  },
  enum: {
    op: GetChatSessionEntity,
    xml: () => documented("GetChatSessionEntity", "response"),
    element: "Chat:Status",
    path: `${SESSION}/Status`,
    at: ["response", "status"]
  },
  flags: {
    op: GetChatSessionEntity,
    xml: () => documented("GetChatSessionEntity", "response"),
    element: "Chat:Flags",
    path: `${SESSION}/Flags`,
    at: ["response", "flags"]
  },
  base64: {
    op: GetSystemInfo,
    xml: () => documented("GetSystemInfo", "response"),
    element: "NetServerServices882:G",
    path: `${KEY}/G`,
    at: ["systemInfo", "license", "publicKey", "key", "g"]
  },
  duration: {
    op: GetChatTopicEntity,
    xml: topicEntity,
    element: "Chat:MonStart",
    path: `${TOPIC}/OpeningHours/MonStart`,
    at: ["response", "openingHours", "monStart"]
  }
}

/** The target's document with the text of its element replaced. */
const withText = (t: Target, text: string): string => {
  const xml = t.xml()
  const [prefix, local] = t.element.split(":")
  const open = new RegExp(`<${prefix}:${local}( [^>]*)?>([^<]*)</${prefix}:${local}>`, "g")
  let n = 0
  const replaced = xml.replace(
    open,
    (whole, attrs: string | undefined) =>
      n++ === (t.occurrence ?? 0) ? `<${prefix}:${local}${attrs ?? ""}>${text}</${prefix}:${local}>` : whole
  )
  if (n === 0) throw new Error(`${t.element} is not in the document`)
  return replaced
}

const decodeFailure = (t: Target, text: string) => {
  const result = Envelope.decodeResponse(t.op, withText(t, text))
  if (Either.isRight(result)) throw new Error(`${JSON.stringify(text)} was accepted`)
  return result.left
}

const set = (value: unknown, path: ReadonlyArray<string | number>, to: unknown): unknown => {
  if (path.length === 0) return to
  const [head, ...rest] = path
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? set(v, rest, to) : v))
  return { ...(value as Record<string, unknown>), [head!]: set((value as Record<string, unknown>)[head!], rest, to) }
}

const encodeFailure = (t: Target, value: unknown) => {
  const decoded = Envelope.decodeResponse(t.op, t.xml())
  if (Either.isLeft(decoded)) throw new Error(decoded.left.message)
  const result = Envelope.encodeResponse(t.op, set(decoded.right.body, t.at, value), { version: "1.1" })
  if (Either.isRight(result)) throw new Error(`${String(value)} was encoded`)
  return result.left
}

/** The encode path: the decode path without `Envelope/Body/`. */
const encodePath = (t: Target) => t.path.replace(/^Envelope\/Body\//, "")

describe("the documents the bad values go into decode as they are", () => {
  it.each(Object.entries(targets))("%s", (_, t) => {
    const [prefix, local] = t.element.split(":")
    expect(t.xml()).toMatch(new RegExp(`<${prefix}:${local}[ >]`))
    expect(Either.isRight(Envelope.decodeResponse(t.op, t.xml()))).toBe(true)
    expect(withText(t, textOf(t))).toBe(t.xml())
  })
})

/** The target's documented text, put back (so `withText` alone changes nothing). */
function textOf(t: Target): string {
  const [prefix, local] = t.element.split(":")
  return new RegExp(`<${prefix}:${local}(?: [^>]*)?>([^<]*)</`).exec(t.xml())![1]!
}

const decodeCases: ReadonlyArray<readonly [keyof typeof targets, string, RegExp]> = [
  ["int", "2147483648", /out of range|xs:int/],
  ["int", "-2147483649", /out of range|xs:int/],
  ["int", "1.5", /xs:int/],
  ["int", "", /xs:int/],
  ["int", "0x10", /xs:int/],
  ["int", "1 2", /xs:int/],
  ["int", "\uFF11", /xs:int/],
  ["short", "32768", /out of range|xs:short/],
  ["short", "-32769", /out of range|xs:short/],
  ["short", "1e2", /xs:short/],
  ["boolean", "yes", /boolean/],
  ["boolean", "TRUE", /boolean/],
  ["boolean", "", /boolean/],
  ["dateTime", "2025-13-01T00:00:00Z", /dateTime/],
  ["dateTime", "2025-02-30T00:00:00Z", /dateTime/],
  ["dateTime", "2025-11-26T24:00:01Z", /dateTime/],
  ["dateTime", "2025-11-26 12:06:51Z", /dateTime/],
  ["dateTime", "10000-01-01T00:00:00Z", /dateTime|range|9999/],
  ["dateTime", "", /dateTime/],
  ["double", "inf", /xs:double/],
  ["double", "+INF", /xs:double/],
  ["double", "1e", /xs:double/],
  ["double", "0x10", /xs:double/],
  ["double", "1,5", /xs:double/],
  ["double", "", /xs:double/],
  ["enum", "", /ChatSessionStatus/],
  ["enum", "Idle Chatting", /ChatSessionStatus/],
  ["enum", "3", /ChatSessionStatus/],
  ["flags", "UserIsTyping UserIsTyping", /twice/],
  ["flags", "1", /ChatSessionFlags/],
  ["base64", "A", /base64/],
  ["base64", "QUJD=", /base64/],
  ["base64", "AB=C", /base64/],
  ["base64", "====", /base64/],
  ["base64", "*AAA", /base64/],
  ["duration", "P1Y", /duration/],
  ["duration", "P1M", /duration/],
  ["duration", "-PT1S", /negative|duration/],
  ["duration", "PT", /duration/],
  ["duration", "P", /duration/],
  ["duration", "PT0.00000001S", /duration|tick|100 ns/],
  ["duration", "P10675199DT2H48M5.4775808S", /duration|range|maximum|TimeSpan/],
  ["duration", "8:30", /duration/],
  ["duration", "PT1H1H", /duration/]
]

describe("decode: a bad value fails with InvalidValue at its element's path", () => {
  it.each(decodeCases)("%s %j", (kind, text, detail) => {
    const t = targets[kind]
    const error = decodeFailure(t, text)
    expect(error._tag).toBe("InvalidValue")
    expect(error).toMatchObject({ path: t.path })
    expect((error as { detail: string }).detail).toMatch(detail)
  })
})

const encodeCases: ReadonlyArray<readonly [keyof typeof targets, string, unknown, RegExp]> = [
  ["int", "2^31", 2 ** 31, /int/],
  ["int", "1.5", 1.5, /int/],
  ["int", "NaN", NaN, /int/],
  ["int", "a string", "1", /int|number/],
  ["short", "32768", 32768, /short/],
  ["short", "-32769", -32769, /short/],
  ["dateTime", "year 10000", DateTime.unsafeMake(Date.UTC(10000, 0, 1)), /dateTime|9999|range/],
  ["double", "a string", "0", /xs:double/],
  ["double", "a bigint", 1n, /xs:double/],
  ["enum", "a name with a space", "Not A Name", /ChatSessionStatus/],
  ["enum", "empty", "", /ChatSessionStatus/],
  ["flags", "a name twice", ["UserIsTyping", "UserIsTyping"], /twice/],
  ["flags", "a name with a space", ["User Is Typing"], /ChatSessionFlags/],
  ["base64", "an array of numbers", [1, 2, 3], /Uint8Array|base64/],
  ["base64", "a base64 string", "AAAA", /Uint8Array|base64/],
  ["duration", "infinity", Duration.infinity, /duration|finite|infinite|TimeSpan/],
  ["duration", "1 ns (not whole 100 ns ticks)", Duration.nanos(1n), /tick|100 ns/],
  ["duration", "past TimeSpan's maximum", Duration.nanos(9223372036854775808n * 100n), /TimeSpan|maximum|range/]
]

describe("encode: a bad value fails with UnencodableValue at its field's path", () => {
  it.each(encodeCases)("%s: %s", (kind, _, value, detail) => {
    const t = targets[kind]
    const error = encodeFailure(t, value)
    expect(error._tag).toBe("UnencodableValue")
    expect(error.path).toBe(encodePath(t))
    expect(error.detail).toMatch(detail)
  })
})

describe("fixed bugs, kept as tests", () => {
  // Was: the generated enumeration codecs had no `isKnown`, so a strict (server-side) read
  // accepted any name, not only the names the contract lists as DecodeOptions.strict promises.
  // The lenient read keeping the name is right.
  it("an enumeration name this version does not list is kept by a client, refused by a strict server read", () => {
    const t = targets.enum
    const decoded = Envelope.decodeResponse(t.op, withText(t, "OnHoldForever"))
    expect(Either.isRight(decoded) && decoded.right.body.response?.status).toBe("OnHoldForever")
    const request = documented("UpdateChatTopicUserAgent", "request").replace(
      "<Chat:Type xsi:type=\"Chat:UserType\">Unknown</Chat:Type>",
      "<Chat:Type xsi:type=\"Chat:UserType\">NewKindOfUser</Chat:Type>"
    )
    expect(request).toContain("NewKindOfUser")
    const lenient = Envelope.decodeRequest([UpdateChatTopicUserAgent], request)
    expect(Either.isRight(lenient) && lenient.right.body.useragent?.user?.type).toBe("NewKindOfUser")
    const strict = Envelope.decodeRequest([UpdateChatTopicUserAgent], request, { strict: true })
    expect(Either.isLeft(strict) && strict.left).toMatchObject({
      _tag: "InvalidValue",
      path: "Envelope/Body/UpdateChatTopicUserAgent/Useragent/User/Type"
    })
    // The names the contract lists still pass a strict read.
    expect(
      Either.isRight(
        Envelope.decodeRequest([UpdateChatTopicUserAgent], documented("UpdateChatTopicUserAgent", "request"), {
          strict: true
        })
      )
    ).toBe(true)
  })

  // The same for a flags list: a strict read refuses a name the contract does not list.
  it("a flags name this version does not list is kept by a client, refused by a strict read", () => {
    const codec = ChatSessionBinding.chatSessionFlags
    expect(read(codec, "UserIsTyping SomeNewFlag")).toEqual(["UserIsTyping", "SomeNewFlag"])
    expect(readStrict(codec, "UserIsTyping")).toEqual(["UserIsTyping"])
    const error = failure(() => readStrict(codec, "UserIsTyping SomeNewFlag"))
    expect(error).toMatchObject({ direction: "decode", path: "Envelope/Body/Op/Item/V" })
    expect(error.detail).toMatch(/SomeNewFlag.*ChatSessionFlags/)
  })

  // Was: a value that is not a Duration made Envelope.encodeResponse throw a TypeError from
  // Duration.isFinite instead of returning UnencodableValue.
  it.each([[1000], ["PT8H"], [null], [{ millis: 5 }]])(
    "a duration field given %j fails with UnencodableValue",
    (value) => {
      const error = encodeFailure(targets.duration, value)
      expect(error).toMatchObject({ _tag: "UnencodableValue", path: encodePath(targets.duration) })
      expect(error.detail).toMatch(/expected a Duration, got/)
    }
  )

  // Was: a boolean field given a non-boolean was written by its truthiness ("yes" and 1 as
  // true, null as false): a silently different value instead of UnencodableValue.
  it.each([["yes"], [1], [null], ["false"]])("a boolean field given %j fails with UnencodableValue", (value) => {
    const error = encodeFailure(targets.boolean, value)
    expect(error).toMatchObject({ _tag: "UnencodableValue", path: encodePath(targets.boolean) })
    expect(error.detail).toMatch(/expected a boolean, got/)
  })

  // Was: a dateTime field given a string said "undefined ms since the epoch is outside …".
  it("a dateTime field given an ISO string says it is not a DateTime", () => {
    const error = encodeFailure(targets.dateTime, "2025-11-26T12:06:51Z")
    expect(error.path).toBe(encodePath(targets.dateTime))
    expect(error.detail).not.toMatch(/undefined/)
    expect(error.detail).toMatch(/expected a DateTime, got the string "2025-11-26T12:06:51Z"/)
  })
})

const wrongTypeCases: ReadonlyArray<readonly [keyof typeof targets, unknown, RegExp]> = [
  ["int", "1", /expected an xs:int .*got the string "1"/],
  ["int", 1n, /expected an xs:int .*got the bigint 1n/],
  ["int", null, /expected an xs:int .*got null/],
  ["short", "1", /expected an xs:short .*got the string "1"/],
  ["short", true, /expected an xs:short .*got the boolean true/],
  ["double", "0", /expected an xs:double .*got the string "0"/],
  ["double", 1n, /expected an xs:double .*got the bigint 1n/],
  ["double", null, /expected an xs:double .*got null/],
  ["dateTime", 0, /expected a DateTime, got the number 0/],
  ["dateTime", new Date(0), /expected a DateTime, got a Date/],
  ["dateTime", null, /expected a DateTime, got null/],
  ["enum", 3, /expected a ChatSessionStatus name, got the number 3/],
  ["enum", null, /expected a ChatSessionStatus name, got null/],
  ["flags", "UserIsTyping", /expected a ChatSessionFlags list .*got the string "UserIsTyping"/],
  ["flags", 3, /expected a ChatSessionFlags list .*got the number 3/],
  ["flags", null, /expected a ChatSessionFlags list .*got null/],
  ["flags", [1], /expected a ChatSessionFlags name, got the number 1/],
  ["base64", [1, 2, 3], /expected xs:base64Binary .*got an array/],
  ["base64", "AAAA", /expected xs:base64Binary .*got the string "AAAA"/]
]

describe("encode: a value of the wrong JavaScript type fails with UnencodableValue saying what was expected and given", () => {
  it.each(wrongTypeCases)("%s given %s", (kind, value, detail) => {
    const t = targets[kind]
    const error = encodeFailure(t, value)
    expect(error._tag).toBe("UnencodableValue")
    expect(error.path).toBe(encodePath(t))
    expect(error.detail).toMatch(detail)
    expect(error.detail).not.toMatch(/\n/)
  })
})

// xs:long, char and guid: at the codec (no Services88 contract has one)

const write = <A>(codec: Codec<A>, value: A): string => codecs.write(codec, value, "Op/Item/V")
const read = <A>(codec: Codec<A>, text: string): A => codecs.read(codec, text, "Envelope/Body/Op/Item/V")
const readStrict = <A>(codec: Codec<A>, text: string): A => codecs.read(codec, text, "Envelope/Body/Op/Item/V", true)

describe("xs:long, char and guid refuse bad values both ways, with the path", () => {
  it.each(
    [
      ["long", x.long, "9223372036854775808", /long|range/],
      ["long", x.long, "-9223372036854775809", /long|range/],
      ["long", x.long, "1.0", /long/],
      ["long", x.long, "", /long/],
      ["long", x.long, "1e3", /long/],
      ["char", x.char, "65536", /char/],
      ["char", x.char, "-1", /char/],
      ["char", x.char, "a", /char/],
      ["char", x.char, "", /char/],
      ["guid", x.guid, "0f8fad5b-d9cb-469f-a165-70867728950", /guid/],
      ["guid", x.guid, "{0f8fad5b-d9cb-469f-a165-70867728950e}", /guid/],
      ["guid", x.guid, "0f8fad5bd9cb469fa16570867728950e", /guid/],
      ["guid", x.guid, "0f8fad5b-d9cb-469f-a165-70867728950g", /guid/],
      ["guid", x.guid, "", /guid/],
      // empty: at the opening hours it is decision 20's NotGiven, anywhere else a bad duration
      ["duration", x.duration, "", /duration/],
      ["duration", x.duration, "P1Y", /duration/]
    ] as const
  )("decode %s %j", (_, codec, text, detail) => {
    const error = failure(() => read(codec as Codec<unknown>, text))
    expect(error.direction).toBe("decode")
    expect(error.path).toBe("Envelope/Body/Op/Item/V")
    expect(error.detail).toMatch(detail)
  })

  it.each(
    [
      ["long", x.long, 2n ** 63n],
      ["long", x.long, -(2n ** 63n) - 1n],
      ["long", x.long, 1],
      ["char", x.char, ""],
      ["char", x.char, "ab"],
      ["char", x.char, "😀"],
      ["guid", x.guid, "not-a-guid"],
      ["guid", x.guid, "0f8fad5b-d9cb-469f-a165-70867728950"]
    ] as const
  )("encode %s %s", (_, codec, value) => {
    const error = failure(() => write(codec as Codec<unknown>, value))
    expect(error.direction).toBe("encode")
    expect(error.path).toBe("Op/Item/V")
  })
})

describe("at the codec: a value of the wrong JavaScript type fails saying what was expected and given", () => {
  it.each(
    [
      ["long", x.long, 1, /expected an xs:long \(a bigint\), got the number 1/],
      ["long", x.long, "1", /expected an xs:long \(a bigint\), got the string "1"/],
      ["char", x.char, 65, /expected a char .*got the number 65/],
      ["guid", x.guid, 1, /expected a guid \(a string\), got the number 1/],
      ["guid", x.guid, null, /expected a guid \(a string\), got null/],
      ["string", b.string, 1, /expected a string, got the number 1/],
      ["string", b.string, undefined, /expected a string, got undefined/],
      ["redactedString", b.redactedString, "secret", /expected a Redacted string, got a string$/],
      ["redactedString", b.redactedString, null, /expected a Redacted string, got null/]
    ] as const
  )("%s, case %#", (_, codec, value, detail) => {
    const error = failure(() => write(codec as Codec<unknown>, value))
    expect(error.direction).toBe("encode")
    expect(error.path).toBe("Op/Item/V")
    expect(error.detail).toMatch(detail)
    // A secret given where a Redacted belongs is not repeated in the error.
    expect(error.detail).not.toMatch(/secret/)
  })
})
