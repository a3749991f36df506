/**
 * Namespace resolution against a model: on nested elements declaring and
 * redeclaring prefixes (more than a scope chains before it becomes a map),
 * each element's namespace and the bindings in its scope are what a fresh map
 * per element, copied from its parent's, says they are.
 */
import { describe, expect, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import type { XmlElement } from "../src/internal/xmlReader.js"
import { readConformant, readFast, XML_NS } from "../src/internal/xmlReader.js"

const PREFIXES = ["", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q"]
const URIS = ["urn:one", "urn:two", "urn:three", "http://example.com/four"]

interface Level {
  readonly declarations: ReadonlyArray<readonly [prefix: string, uri: string]>
  readonly prefix: string
}

const level = fc.record({
  declarations: fc.uniqueArray(
    fc.tuple(fc.constantFrom(...PREFIXES), fc.constantFrom(...URIS, "")).filter(([p, u]) => p === "" || u !== ""),
    { selector: ([p]) => p, maxLength: 18 }
  ),
  prefix: fc.constantFrom(...PREFIXES)
})

/** Each level's element nested in the previous; an element's prefix is dropped when it would be unbound. */
const documentOf = (levels: ReadonlyArray<Level>) => {
  let scope = new Map<string, string>([["xml", XML_NS]])
  const expected: Array<{ readonly uri: string; readonly scope: Array<[string, string]> }> = []
  let open = ""
  let close = ""
  levels.forEach((l, depth) => {
    scope = new Map(scope)
    for (const [p, u] of l.declarations) scope.set(p, u)
    const prefix = l.prefix !== "" && scope.has(l.prefix) ? l.prefix : ""
    const name = `${prefix === "" ? "" : `${prefix}:`}e${depth}`
    const attributes = l.declarations.map(([p, u]) => ` ${p === "" ? "xmlns" : `xmlns:${p}`}="${u}"`).join("")
    open += `<${name}${attributes}>`
    close = `</${name}>` + close
    expected.push({ uri: scope.get(prefix) ?? "", scope: [...scope.entries()].sort() })
  })
  return { xml: open + close, expected }
}

const chain = (root: XmlElement): Array<XmlElement> => {
  const out = [root]
  while (out[out.length - 1]!.children.length > 0) out.push(out[out.length - 1]!.children[0]!)
  return out
}

describe("namespace scopes", () => {
  it("resolve as a map copied per element would, through long chains of declarations", () =>
    fc.assert(
      fc.property(fc.array(level, { minLength: 1, maxLength: 12 }), (levels) => {
        const { expected, xml } = documentOf(levels)
        for (const root of [readFast(xml, false, 64), readConformant(xml, 64)]) {
          if (root === undefined || !("children" in root)) throw new Error(`not read: ${xml}`)
          const elements = chain(root)
          expect(elements.map((e) => e.uri), xml).toEqual(expected.map((e) => e.uri))
          expect(elements.map((e) => [...e.scope.entries()].sort()), xml).toEqual(expected.map((e) => e.scope))
          for (const [i, e] of elements.entries()) {
            for (const [prefix, uri] of expected[i]!.scope) expect(e.scope.get(prefix)).toBe(uri)
            expect(e.scope.get("unbound")).toBeUndefined()
          }
        }
      }),
      { numRuns: 300 }
    ))
})
