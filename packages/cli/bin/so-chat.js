#!/usr/bin/env node
// The `so-chat` command. `--version` alone is answered here, without loading
// the command at all; everything else loads the bundle in ../dist/bin/.
import { readFileSync } from "node:fs"
import module from "node:module"

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"))
const args = process.argv.slice(2)
if (args.length === 1 && args[0] === "--version") {
  process.stdout.write(`${version}\n`)
} else {
  // Node 22.1+ caches compiled code between runs; older Node ignores this.
  module.enableCompileCache?.()
  const { main } = await import("../dist/bin/main.js")
  main({ version })
}
