/**
 * Keeps guides and tests saying the same thing: code in a guide's
 * ```ts example=NAME block must be, verbatim, the region of a test file
 * between `// --- example: NAME` and `// --- end`.
 */
import { describe, expect, it } from "@effect/vitest"
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
 * verbatim, and that every example of `testFile` is shown in `shownIn`.
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
        for (const [, name, code] of blocks) {
          expect(tested.has(name!), `${file}: example ${name} has no test`).toBe(true)
          expect(code!.trimEnd(), `${file}: example ${name}`).toBe(tested.get(name!))
        }
      })
    }
    it(`every tested example appears in ${shownIn.map((f) => path.basename(f)).join(" or ")}`, () => {
      const shown = shownIn.flatMap((file) =>
        [...fs.readFileSync(file, "utf8").matchAll(/```ts example=(\S+)/g)].map((m) => m[1])
      )
      expect([...new Set(shown)].sort()).toEqual([...tested.keys()].sort())
    })
  })
