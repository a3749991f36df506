#!/usr/bin/env node
// The `so-chat` command. `--version` alone is answered here, without loading
// the command at all; everything else loads the bundle in ../dist/bin/.
import { readFileSync } from "node:fs"
import module from "node:module"
import v8 from "node:v8"

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"))
const args = process.argv.slice(2)
if (args.length === 1 && args[0] === "--version") {
  // A version that cannot be written (`> /dev/full`) is a failure: exit 10, as the command's own output does.
  process.stdout.on("error", () => {})
  process.stdout.write(`${version}\n`, (e) => {
    if (e && e.code !== "EPIPE") {
      process.stderr.write(`so-chat: writing to stdout failed (${e.code ?? e.message}), so the output is lost\n`)
      process.exitCode = 10
    }
  })
} else {
  // Node 22.1+ caches compiled code between runs; older Node ignores this.
  module.enableCompileCache?.()
  // A command makes a call or two: undici's WebAssembly HTTP parser is best
  // left to V8's baseline compiler (Liftoff). Optimising it in the background
  // held the process a quarter of a second at exit (demo: 0.67 s against
  // 0.45 s). Set only where the flag is known to exist: V8 prints an error
  // for a flag it does not know.
  const major = Number(process.versions.node.split(".")[0])
  if (major >= 20 && major <= 24) {
    v8.setFlagsFromString("--liftoff-only")
    // Nor does optimising JavaScript (TurboFan) pay for itself in a command
    // that makes its calls and exits: it compiles on the same two cores the
    // command runs on, for code that runs a few times (demo: 0.49 s against
    // 0.56 s). What runs until stopped, serve-fake and messages --follow,
    // keeps it: its hot paths run for hours.
    const runsUntilStopped = args.includes("serve-fake") || (args.includes("messages") && args.includes("--follow"))
    if (!runsUntilStopped) v8.setFlagsFromString("--no-turbofan")
  }
  const { main } = await import("../dist/bin/main.js")
  main({ version })
}
