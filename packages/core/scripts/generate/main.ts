/**
 * `pnpm generate`: regenerates `src/generated/` from the shipped WSDLs,
 * removing generated files that are no longer produced.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { format } from "./format.js"
import { generate, SOURCES } from "./generate.js"

const core = path.resolve(process.argv[2] ?? ".")
const out = path.join(core, "src", "generated")
const files = await format(generate(SOURCES.map((s) => fs.readFileSync(path.join(core, s), "utf8"))), out)

const existing = (dir: string): Array<string> =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts")).map((f) =>
      f.split(path.sep).join("/")
    )
    : []

let changed = 0
for (const stale of existing(out)) {
  if (!files.has(stale)) {
    fs.rmSync(path.join(out, stale))
    changed++
  }
}
for (const [file, text] of files) {
  const target = path.join(out, file)
  if (fs.existsSync(target) && fs.readFileSync(target, "utf8") === text) continue
  fs.mkdirSync(path.dirname(target), { recursive: true })
  fs.writeFileSync(target, text)
  changed++
}
console.log(`${files.size} generated files in src/generated, ${changed} changed`)
