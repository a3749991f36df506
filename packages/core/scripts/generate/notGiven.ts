/**
 * The elements where NetServer's documented responses (and the requests
 * built from them) hold a value the WSDL does not allow: `xsi:nil` on a type
 * that is not nillable, or an empty element for a type without an empty
 * value. Their fields take `T | NotGiven` (decision 20): read as nil or
 * empty, kept as a `NotGiven` that says which, written back the same way.
 * Every other element keeps its type exactly and fails on such a value with
 * its path, so a new case is found, and listed here, on purpose.
 */
import type { ElementDecl, Model, TypeDecl } from "./model.js"
import { UnsupportedConstruct } from "./model.js"

/** As `Owner/Element` (the owner is a type), with the documents that show it. */
export const NOT_GIVEN: ReadonlyArray<string> = [
  // nil: ChatSessionsForUser response, SaveChatSessionEntity request
  "LocalizedField/ValueLength",
  // nil: ChatTopicsForUser response, SaveChatTopicEntity request
  "TimeZoneRule/TZOffset",
  "TimeZoneRule/StartDay",
  "TimeZoneRule/StartMonth",
  "TimeZoneRule/EndDay",
  "TimeZoneRule/EndMonth",
  // empty: ChatTopicsForUser, CreateDefault/Get/SaveChatTopicEntity responses, SaveChatTopicEntity request
  "TimeZoneRuleDictionary/Key",
  ...["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Lunch"].flatMap((day) => [
    `ChatOpeningHours/${day}Start`,
    `ChatOpeningHours/${day}Stop`
  ])
]

/** Marks the listed elements; an entry that names no element, or a nillable or complex one, fails. */
export const markNotGiven = (model: Model, listed: ReadonlyArray<string> = NOT_GIVEN): Model => {
  const unused = new Set(listed)
  const mark = (owner: string) => (e: ElementDecl): ElementDecl => {
    const at = `${owner}/${e.name}`
    if (!unused.delete(at)) return e
    const t = model.types.get(`{${e.type.ns}}${e.type.name}`)
    if (e.nillable) throw new UnsupportedConstruct(at, "is nillable: nil is its null, not a NotGiven")
    if (t !== undefined && t.kind !== "simple") throw new UnsupportedConstruct(at, "a NotGiven is for simple types")
    return { ...e, notGiven: true }
  }
  const types = new Map<string, TypeDecl>()
  for (const [k, t] of model.types) {
    const m = mark(t.qname.name)
    types.set(
      k,
      t.kind === "complex"
        ? { ...t, elements: t.elements.map(m) }
        : t.kind === "dictionary"
        ? { ...t, key: m(t.key), value: m(t.value) }
        : t
    )
  }
  if (unused.size > 0) throw new UnsupportedConstruct("notGiven.ts", `no such element: ${[...unused].join(", ")}`)
  return { ...model, types }
}
