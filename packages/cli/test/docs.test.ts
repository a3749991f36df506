/**
 * What the READMEs and guides say about the Node version agrees with
 * package.json's `engines`.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { expect, it } from "vitest"

const root = path.resolve(__dirname, "../../..")
const guides = [
  "README.md",
  ...fs.readdirSync(path.join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`),
  ...fs.readdirSync(path.join(root, "packages")).map((p) => `packages/${p}/README.md`)
].filter((f) => fs.existsSync(path.join(root, f)))

it("every Node version the docs require is the one engines requires", () => {
  const engines: string = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).engines.node
  expect(engines).toMatch(/^>=\d+(\.\d+)*$/)
  const required = `Node ${engines.slice(2)} or later`
  const stated = guides.flatMap((file) =>
    [...fs.readFileSync(path.join(root, file), "utf8").matchAll(/Node (\d+(?:\.\d+)*)(\+| or later| or newer)/g)]
      .map((m) => `${file}: ${m[0]}`)
  )
  expect(stated.length).toBeGreaterThan(0)
  expect(stated.filter((s) => !s.endsWith(`: ${required}`))).toEqual([])
})
