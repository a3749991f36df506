/**
 * Keeps guides and tests saying the same thing: a guide's ```ts example=NAME
 * block is its imports, a blank line, then, verbatim, the region of a test
 * file between `// --- example: NAME` and `// --- end`; and the whole block,
 * imports included, type-checks as a module of its own.
 */
import { describe, expect, it } from "@effect/vitest"
import { splitImports, typecheckModules } from "@so-chat/test-support"
import * as fs from "node:fs"
import * as path from "node:path"

/** The regions between `// --- example: NAME` and `// --- end`, de-indented. */
export const examples = (source: string): Map<string, string> => {
  const found = new Map<string, string>()
  for (const m of source.matchAll(/^( *)\/\/ --- example: (\S+)\n([\s\S]*?)^ *\/\/ --- end$/gm)) {
    const indent = m[1]!.length
    found.set(m[2]!, m[3]!.split("\n").map((line) => line.slice(indent)).join("\n").trimEnd())
  }
  return found
}

/**
 * Tests that every example in `docs` is one of the examples of `testFile`,
 * verbatim after its imports, that each example with its imports
 * type-checks alone (no import missing, none unused), and that every example
 * of `testFile` is shown in `shownIn`.
 */
export const describeGuides = (
  title: string,
  testFile: string,
  docs: ReadonlyArray<string>,
  shownIn: ReadonlyArray<string> = docs
) =>
  describe(title, () => {
    const tested = examples(fs.readFileSync(testFile, "utf8"))
    for (const file of docs) {
      it(`every example in ${path.basename(file)} is one of these tests, verbatim`, () => {
        const doc = fs.readFileSync(file, "utf8")
        const blocks = [...doc.matchAll(/```ts example=(\S+)\n([\s\S]*?)```/g)]
        expect(blocks.length).toBeGreaterThan(0)
        expect(doc.match(/^```(ts|typescript|js)$/gm), `${file}: a code block that is not a tested example`).toBeNull()
        for (const [, name, code] of blocks) {
          const { body, imports } = splitImports(code!.trimEnd())
          expect(imports, `${file}: example ${name} shows no imports`).not.toBe("")
          expect(tested.has(name!), `${file}: example ${name} has no test`).toBe(true)
          expect(body, `${file}: example ${name}`).toBe(tested.get(name!))
        }
      })
      it(`every example in ${path.basename(file)} type-checks with the imports it shows`, () => {
        const doc = fs.readFileSync(file, "utf8")
        const blocks = [...doc.matchAll(/```ts example=(\S+)\n([\s\S]*?)```/g)]
        const modules = Object.fromEntries(blocks.map(([, name, code]) => [name!, code!]))
        expect(typecheckModules(path.dirname(testFile), path.basename(file, ".md"), modules)).toEqual([])
      }, 120_000)
    }
    it(`every tested example appears in ${shownIn.map((f) => path.basename(f)).join(" or ")}`, () => {
      const shown = shownIn.flatMap((file) =>
        [...fs.readFileSync(file, "utf8").matchAll(/```ts example=(\S+)/g)].map((m) => m[1])
      )
      expect([...new Set(shown)].sort()).toEqual([...tested.keys()].sort())
    })
  })
