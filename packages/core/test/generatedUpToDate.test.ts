import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "vitest"
import { format } from "../scripts/generate/format.js"
import { generate, SOURCES } from "../scripts/generate/generate.js"

const core = path.join(__dirname, "..")
const out = path.join(core, "src", "generated")

const committed = (): Map<string, string> =>
  new Map(
    fs.readdirSync(out, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"))
      .map((f) => [f.split(path.sep).join("/"), fs.readFileSync(path.join(out, f), "utf8")])
  )

describe("src/generated", () => {
  it("is what `pnpm generate` makes of the shipped WSDLs (run it and commit the result)", async () => {
    const wsdls = SOURCES.map((s) => fs.readFileSync(path.join(core, s), "utf8"))
    const expected = await format(generate(wsdls), out)
    const actual = committed()
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort())
    for (const [file, text] of expected) expect(actual.get(file), file).toBe(text)
  }, 120_000)

  it("marks every file as generated at its top, right under the module's TSDoc", () => {
    // The module's TSDoc comes first: @effect/docgen reads a module's documentation from its first comment.
    for (const [file, text] of committed()) {
      expect(text.startsWith("/**"), file).toBe(true)
      expect(text.slice(text.indexOf("*/") + 3).startsWith("// Generated, do not edit"), file).toBe(true)
    }
  })

  it("ships the WSDLs it is generated from", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(core, "package.json"), "utf8"))
    expect(pkg.files).toContain("wsdl")
    for (const s of SOURCES) expect(fs.existsSync(path.join(core, s)), s).toBe(true)
  })
})
