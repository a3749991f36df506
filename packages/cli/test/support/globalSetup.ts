/**
 * The tests run the built command (bin/so-chat.js → dist/bin/). Bundles it
 * first when the bundle is missing or older than any source it is made of
 * (this package's and the workspace packages' it bundles).
 */
import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"

const cli = path.resolve(__dirname, "../..")
const packages = path.resolve(cli, "..")

const newest = (dir: string): number => {
  let latest = 0
  if (!fs.existsSync(dir)) return latest
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs)
  }
  return latest
}

export default function setup(): void {
  const bundle = path.join(cli, "dist", "bin", "main.js")
  const built = fs.existsSync(bundle) ? fs.statSync(bundle).mtimeMs : 0
  const sources = Math.max(
    ...["cli", "core", "transport", "testkit"].map((p) => newest(path.join(packages, p, "src"))),
    fs.statSync(path.join(cli, "scripts", "bundle.mjs")).mtimeMs
  )
  if (built >= sources) return
  const result = spawnSync(process.execPath, ["scripts/bundle.mjs"], { cwd: cli, encoding: "utf8" })
  if (result.status !== 0) throw new Error(`bundling so-chat failed:\n${result.stdout}${result.stderr}`)
}
