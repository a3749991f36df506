/**
 * The golden harness (test/support/golden.ts) itself: on a documented
 * response it reports every way a decoded value can differ from the
 * document, at the element's path, so its "no mismatches" means something.
 */
import { describe, expect, it } from "@effect/vitest"
import { DateTime, Duration, Either } from "effect"
import * as Envelope from "../src/Envelope.js"
import { GetChatSessionEntity } from "../src/generated/operations/ChatSessions.js"
import { GetUserAgentList } from "../src/generated/operations/ChatTopicAgents.js"
import { GetSystemInfo } from "../src/generated/operations/SoPrincipal.js"
import type * as Operation from "../src/Operation.js"
import { documented, operations } from "./support/documented.js"
import { golden } from "./support/golden.js"
import { wsdlTypes } from "./support/wsdlTypes.js"

const wsdl = wsdlTypes()

/** A copy of `value` with the value at `path` (property names and indexes) replaced, or removed for `undefined`. */
const set = (value: unknown, path: ReadonlyArray<string | number>, to: unknown): unknown => {
  if (path.length === 0) return to
  const [head, ...rest] = path
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? set(v, rest, to) : v))
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) }
  if (rest.length === 0 && to === undefined) delete copy[head as string]
  else copy[head as string] = set(copy[head as string], rest, to)
  return copy
}

const check = (op: Operation.Operation.Any, path: ReadonlyArray<string | number>, to: unknown) => {
  const xml = documented(op.name, "response")
  const decoded = Envelope.decodeResponse(op, xml)
  if (Either.isLeft(decoded)) throw new Error(decoded.left.message)
  return golden(wsdl, xml, set(decoded.right.body, path, to)).mismatches.map((m) => m.path)
}

const SESSION = "Body/GetChatSessionEntityResponse/Response"

describe("the golden harness reports a decoded value that is not the documented one", () => {
  it("finds nothing on the decoder's own value", () => {
    expect(check(GetChatSessionEntity, ["response"], null)).toEqual(["Body/GetChatSessionEntityResponse/Response"])
    const xml = documented("GetChatSessionEntity", "response")
    const body = Either.getOrThrow(Envelope.decodeResponse(GetChatSessionEntity, xml)).body
    expect(golden(wsdl, xml, body)).toEqual({ fields: 253, mismatches: [] })
  })

  it.each(
    [
      ["\"\" decoded as nil", ["response", "user", "name"], null, `${SESSION}/User/Name`],
      ["\"\" decoded as absent", ["response", "user", "name"], undefined, `${SESSION}/User/Name`],
      ["\"\" decoded as whitespace", ["response", "user", "name"], " ", `${SESSION}/User/Name`],
      ["an int off by one", ["response", "topicId"], 1, `${SESSION}/TopicId`],
      ["an int as a string", ["response", "topicId"], "0", `${SESSION}/TopicId`],
      ["a boolean flipped", ["response", "user", "deleted"], true, `${SESSION}/User/Deleted`],
      [
        "a dateTime off by 1 ms",
        ["response", "whenStarted"],
        DateTime.unsafeMake(Date.UTC(2025, 10, 26, 12, 6, 51, 1)),
        `${SESSION}/WhenStarted`
      ],
      [
        "-0 for 0.0",
        ["response", "contact", "address", "wgs84Latitude"],
        -0,
        `${SESSION}/Contact/Address/Wgs84Latitude`
      ],
      ["flags missing a name", ["response", "flags"], [], `${SESSION}/Flags`],
      ["an enumeration's other name", ["response", "user", "type"], "Anonymous", `${SESSION}/User/Type`],
      [
        "a dictionary with another key",
        ["response", "user", "extraFields"],
        { k: "" },
        `${SESSION}/User/ExtraFields/StringKeyValuePair[0]/Key`
      ],
      [
        "a dictionary with a key more",
        ["response", "user", "extraFields"],
        { "": "", k: "" },
        `${SESSION}/User/ExtraFields`
      ],
      [
        "an array with an item less",
        ["response", "contact", "address", "localizedAddress"],
        [],
        `${SESSION}/Contact/Address/LocalizedAddress`
      ]
    ] as const
  )("%s", (_, path, to, at) => {
    // that field, and (a dictionary's key) its value: nothing else
    expect(check(GetChatSessionEntity, path, to).filter((p) => !p.endsWith("]/Value"))).toEqual([at])
  })

  it("a documented xsi:type that is not the WSDL's type", () => {
    const xml = documented("GetChatSessionEntity", "response")
    const body = Either.getOrThrow(Envelope.decodeResponse(GetChatSessionEntity, xml)).body
    const relabelled = xml.replace("<Chat:TopicId xsi:type=\"xsd:int\">", "<Chat:TopicId xsi:type=\"xsd:long\">")
    expect(golden(wsdl, relabelled, body).mismatches.map((m) => [m.path, m.documented])).toEqual([
      [`${SESSION}/TopicId`, "xsi:type {http://www.w3.org/2001/XMLSchema}long"]
    ])
  })

  it("nil decoded as a value", () => {
    const items = ["response", 0, "childItems", 0, "childItems", 0, "childItems"]
    const at =
      "Body/GetUserAgentListResponse/Response/MDOListItem[0]/ChildItems/MDOListItem[0]/ChildItems/MDOListItem[0]/ChildItems/MDOListItem[0]"
    expect(check(GetUserAgentList, [...items, 0], null)).toEqual([])
    expect(check(GetUserAgentList, [...items, 0], {})).toEqual([at])
  })

  it("bytes of another length, or not bytes", () => {
    const g = ["systemInfo", "license", "publicKey", "key", "g"]
    expect(check(GetSystemInfo, g, new Uint8Array([0]))).toHaveLength(1)
    expect(check(GetSystemInfo, g, "")).toHaveLength(1)
    expect(check(GetSystemInfo, g, Duration.zero)).toHaveLength(1)
  })

  /** A document with every value the WSDL does not allow replaced by an allowed one (0, PT0S, a dateTime). */
  const allowed = (xml: string) =>
    xml
      .replaceAll("xsi:type=\"xsd:dateTime\"></", "xsi:type=\"xsd:dateTime\">2025-11-26T12:06:51Z</")
      .replaceAll("xsi:type=\"NetServerServices881:duration\"></", "xsi:type=\"NetServerServices881:duration\">PT0S</")
      .replace(
        /<(Chat:(?:ValueLength|TZOffset|StartDay|StartMonth|EndDay|EndMonth)) xsi:nil="true"><\/\1>/g,
        "<$1>0</$1>"
      )

  // The five responses awaiting decision 20: against the values of the same documents made valid, the
  // harness asks for a NotGiven at exactly the values the WSDL does not allow, and nowhere else.
  it.each(
    [
      ["GetChatTopicEntity", 16, 2, 0],
      ["CreateDefaultChatTopicEntity", 16, 2, 0],
      ["SaveChatTopicEntity", 16, 2, 0],
      ["ChatTopicsForUser", 16, 2, 10],
      ["ChatSessionsForUser", 0, 0, 1]
    ] as const
  )("%s: NotGiven at its %i empty durations, %i empty dateTimes, %i nils", (name, durations, dates, nils) => {
    const op = operations.find((o) => o.name === name)!
    const xml = documented(name, "response")
    const valid = Envelope.decodeResponse(op, allowed(xml))
    if (Either.isLeft(valid)) throw new Error(valid.left.message)
    const mismatches = golden(wsdl, xml, valid.right.body).mismatches
    const kinds = mismatches.map((m) =>
      m.documented.includes("NotGiven nil")
        ? "nil"
        : m.documented.includes("NotGiven empty")
        ? m.type.endsWith("}duration") ? "duration" : m.type.endsWith("}dateTime") ? "dateTime" : m.type
        : `${m.path}: ${m.documented}`
    )
    expect(kinds.filter((k) => k === "duration")).toHaveLength(durations)
    expect(kinds.filter((k) => k === "dateTime")).toHaveLength(dates)
    expect(kinds.filter((k) => k === "nil")).toHaveLength(nils)
    expect(kinds).toHaveLength(durations + dates + nils)
  })
})
