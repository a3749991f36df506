/**
 * A wrong JavaScript value where a container is written — a complex type, an
 * array, a dictionary, a list of entries — fails with `UnencodableValue` at
 * the container's path, as the simple types do (badSimpleValues.test.ts),
 * never with a TypeError from taking `null` apart.
 *
 * Codec level for every container kind, then at the envelope on the
 * documented values: a non-nillable struct (`DSAParameters`), a whole array
 * field, a complex field, a request body. (The generated arrays' items are
 * nillable, as the WSDL has them: a null item is written as nil.)
 */
import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import * as Envelope from "../src/Envelope.js"
import { GetChatMessages } from "../src/generated/operations/ChatMessages.js"
import { GetChatTopicEntity } from "../src/generated/operations/ChatTopics.js"
import { GetSystemInfo } from "../src/generated/operations/SoPrincipal.js"
import type { Codec } from "../src/internal/binding.js"
import * as b from "../src/internal/binding.js"
import * as x from "../src/internal/bindingExtras.js"
import type * as Operation from "../src/Operation.js"
import { failure, read, write } from "./support/codec.js"
import { documented } from "./support/documented.js"

const point = b.complex(() => [["x", "X", b.int] as const], (props: { x: number }) => props)
const structIn = x.complexIn(
  "http://example.org/structs",
  () => [["x", "X", b.int] as const],
  ["X"],
  (props: { x: number }) => props
)

const objects: ReadonlyArray<readonly [string, Codec<any>]> = [
  ["b.complex", point],
  ["x.complexIn", structIn],
  ["b.dictionary", b.dictionary("item")],
  ["x.dictionary", x.dictionary("item", b.int)],
  ["x.lazy of b.complex", x.lazy(() => point)]
]
const arrays: ReadonlyArray<readonly [string, Codec<any>]> = [
  ["b.array", b.array("Point", point)],
  ["x.arrayIn", x.arrayIn("http://schemas.microsoft.com/2003/10/Serialization/Arrays", "int", b.int)],
  ["x.entries", x.entries("item", b.dateTime, b.string)]
]

const notObjects: ReadonlyArray<readonly [string, unknown, RegExp]> = [
  ["null", null, /got null/],
  ["undefined", undefined, /got undefined/],
  ["a number", 42, /got the number 42/],
  ["a string", "x", /got the string "x"/],
  ["an array", [1], /got an array/]
]
const notArrays: ReadonlyArray<readonly [string, unknown, RegExp]> = [
  ["null", null, /got null/],
  ["undefined", undefined, /got undefined/],
  ["a number", 3, /got the number 3/],
  ["a string", "abc", /got the string "abc"/],
  ["an object", { length: 1, 0: 1 }, /got an object/]
]

describe("codec: a wrong value for a container fails at the container's path", () => {
  for (const [name, codec] of objects) {
    it.each(notObjects)(`${name}: %s`, (_, value, detail) => {
      const e = failure(() => write(codec, value, "Body/V"))
      expect(e.direction).toBe("encode")
      expect(e.path).toBe("Body/V")
      expect(e.detail).toMatch(/^expected /)
      expect(e.detail).toMatch(detail)
    })
  }
  for (const [name, codec] of arrays) {
    it.each(notArrays)(`${name}: %s`, (_, value, detail) => {
      const e = failure(() => write(codec, value, "Body/V"))
      expect(e.direction).toBe("encode")
      expect(e.path).toBe("Body/V")
      expect(e.detail).toMatch(/^expected an? (array|list)/)
      expect(e.detail).toMatch(detail)
    })
  }

  it("an array item that is null fails at the item's path", () => {
    const e = failure(() => write(b.array("Point", point), [{ x: 1 }, null as any], "V"))
    expect(e.path).toBe("V/Point[1]")
    expect(e.detail).toMatch(/got null/)
  })

  it("an entry that is null fails at the entry's path", () => {
    const e = failure(() => write(x.entries("item", b.int, b.string), [null as any], "V"))
    expect(e.path).toBe("V/item[0]")
    expect(e.detail).toMatch(/entry, got null/)
  })

  it("the right values still write and read back", () => {
    expect(read(point, write(point, { x: 7 }).slice(3, -4))).toEqual({ x: 7 })
    const points = b.array("Point", point)
    expect(read(points, write(points, [{ x: 1 }, { x: 2 }]).slice(3, -4))).toEqual([{ x: 1 }, { x: 2 }])
    const dict = b.dictionary("item")
    expect(read(dict, write(dict, { a: "1", b: "" }).slice(3, -4))).toEqual({ a: "1", b: "" })
  })
})

const set = (value: unknown, path: ReadonlyArray<string | number>, to: unknown): unknown => {
  if (path.length === 0) return to
  const [head, ...rest] = path
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? set(v, rest, to) : v))
  return { ...(value as Record<string, unknown>), [head!]: set((value as Record<string, unknown>)[head!], rest, to) }
}

const encodeFailure = (op: Operation.Operation.Any, at: ReadonlyArray<string | number>, value: unknown) => {
  const decoded = Envelope.decodeResponse(op, documented(op.name, "response"))
  if (Either.isLeft(decoded)) throw new Error(decoded.left.message)
  const result = Envelope.encodeResponse(op, set(decoded.right.body, at, value), { version: "1.1" })
  if (Either.isRight(result)) throw new Error(`${String(value)} was encoded`)
  return result.left
}

describe("envelope: a wrong value for a container is an UnencodableValue with the element path", () => {
  it.each(
    [
      [
        "a non-nillable struct given null",
        GetSystemInfo,
        ["systemInfo", "license", "publicKey", "key"],
        null,
        "GetSystemInfoResponse/SystemInfo/License/PublicKey/Key",
        /an object of its fields, got null/
      ],
      [
        "an array field given a string",
        GetChatMessages,
        ["response"],
        "messages",
        "GetChatMessagesResponse/Response",
        /an array of ChatMessage, got the string "messages"/
      ],
      [
        "a complex field given a number",
        GetChatTopicEntity,
        ["response", "openingHours"],
        1,
        "GetChatTopicEntityResponse/Response/OpeningHours",
        /got the number 1/
      ]
    ] as const
  )("%s", (_, op, at, value, path, detail) => {
    const error = encodeFailure(op, at, value)
    expect(error._tag).toBe("UnencodableValue")
    expect(error.path).toBe(path)
    expect(error.detail).toMatch(detail)
  })

  it("a request body given null", () => {
    const result = Envelope.encodeRequest(GetChatMessages, null as any, { version: "1.1" })
    if (Either.isRight(result)) throw new Error("a null body was encoded")
    expect(result.left._tag).toBe("UnencodableValue")
    expect(result.left.path).toBe("GetChatMessages")
    expect(result.left.detail).toMatch(/got null/)
  })
})
