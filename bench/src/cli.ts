/**
 * Start-up of the `so-chat` command: the wall time of `so-chat --version` and
 * `so-chat demo` (a fake NetServer on loopback, one AddChatMessage over
 * HTTP), each against `node -e 0` (impl `floor`), measured side by side: the
 * three commands run interleaved, round by round in a rotating order, and
 * the median over rounds counts.
 *
 * Needs the built command (`packages/cli/dist/bin/`); `pnpm bench` builds it.
 */
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"
import type { Bar, Row, RunOptions } from "./suite.js"

const bin = fileURLToPath(new URL("../../packages/cli/bin/so-chat.js", import.meta.url))
const bundle = fileURLToPath(new URL("../../packages/cli/dist/bin/main.js", import.meta.url))

interface Command {
  readonly case: "version" | "demo" | "floor"
  readonly args: ReadonlyArray<string>
}

const commands: ReadonlyArray<Command> = [
  { case: "floor", args: ["-e", "0"] },
  { case: "version", args: [bin, "--version"] },
  { case: "demo", args: [bin, "demo"] }
]

/** One run of a command, in milliseconds from spawn to exit. */
const time = (command: Command): number => {
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, command.args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (result.status !== 0) {
    throw new Error(`node ${command.args.join(" ")} exited with ${result.status ?? result.signal}: ${result.stderr}`)
  }
  return ms
}

const median = (values: ReadonlyArray<number>): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * @since 0.1.0
 */
export const run = async (options: RunOptions): Promise<Array<Row>> => {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: build @so-chat/cli first (pnpm build)`)
  const warmup = options.smoke ? 1 : 2
  const rounds = options.smoke ? 3 : 15
  const samples = new Map<Command["case"], Array<number>>(commands.map((c) => [c.case, []]))
  for (let round = 0; round < warmup + rounds; round++) {
    for (let k = 0; k < commands.length; k++) {
      const command = commands[(round + k) % commands.length]!
      const ms = time(command)
      if (round >= warmup) samples.get(command.case)!.push(ms)
    }
  }
  const floor = median(samples.get("floor")!)
  const rows: Array<Row> = []
  for (const c of ["version", "demo"] as const) {
    rows.push(
      { suite: "cli", case: c, impl: "so-chat", unit: "ms", value: median(samples.get(c)!) },
      { suite: "cli", case: c, impl: "floor", unit: "ms", value: floor }
    )
  }
  return rows
}

/**
 * The bars: `so-chat --version` at most 4× and `so-chat demo` at most
 * 6× the wall time of `node -e 0` (as speed ratios: at least 1/4 and 1/6).
 *
 * @since 0.1.0
 */
export const bars: ReadonlyArray<Bar> = [
  {
    suite: "cli",
    case: "version",
    unit: "ms",
    impl: "so-chat",
    than: "floor",
    atLeast: 1 / 4,
    label: "so-chat --version ≤4× node -e 0"
  },
  {
    suite: "cli",
    case: "demo",
    unit: "ms",
    impl: "so-chat",
    than: "floor",
    atLeast: 1 / 6,
    label: "so-chat demo ≤6× node -e 0"
  }
]
