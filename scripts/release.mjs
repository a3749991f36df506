// `pnpm release --dry-run [--out DIR]`: builds every published package and
// writes the tarballs a release would publish to DIR (../so-chat-packs beside
// the clone unless told), publishing nothing. `pnpm release`: the same build,
// then `changeset publish` (run `pnpm changeset version` first).
import { execFileSync } from "node:child_process"
import { mkdirSync, readdirSync, rmSync } from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("..", import.meta.url))
const args = process.argv.slice(2)
const dryRun = args.includes("--dry-run")
const at = args.indexOf("--out")
const out = path.resolve(at >= 0 && args[at + 1] !== undefined ? args[at + 1] : path.join(root, "..", "so-chat-packs"))
const unknown = args.filter((a, i) => a !== "--dry-run" && a !== "--out" && !(at >= 0 && i === at + 1))
if (unknown.length > 0) {
  console.error(`release: unknown argument ${unknown[0]} (usage: pnpm release [--dry-run] [--out DIR])`)
  process.exit(2)
}

const pnpm = (...a) => execFileSync("npx", ["-y", "pnpm@10.34.9", ...a], { cwd: root, stdio: "inherit" })
pnpm("exec", "turbo", "run", "build", "--filter=./packages/*", "--output-logs=errors-only")

if (!dryRun) {
  pnpm("exec", "changeset", "publish")
  process.exit(0)
}
// Only the tarballs of this release in the folder: an old version's would be
// installed by a glob as readily as the new one's.
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
pnpm("--filter", "./packages/*", "-r", "pack", "--pack-destination", out)
console.log(`release --dry-run: nothing published; the tarballs a release would publish are in ${out}:`)
for (const f of readdirSync(out).sort()) console.log(`  ${f}`)
