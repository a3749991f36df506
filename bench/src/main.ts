/**
 * `pnpm bench`: runs the suites in order, prints a table per suite and the
 * bars, and writes every row to bench/results.json.
 *
 *   --smoke          a short run that only proves each suite still works (CI)
 *   --strict         exit non-zero when a bar is missed (by default bars are only reported)
 *   --suite <name>   run only this suite (repeatable)
 *
 * Exits non-zero when a suite throws, whatever the flags.
 */
import { writeFileSync } from "node:fs"
import { cpus, loadavg } from "node:os"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { describeVerdict, judge, table } from "./report.js"
import { isSuiteModule, loadIfPresent } from "./suite.js"
import type { Bar, Row } from "./suite.js"

interface SuiteEntry {
  readonly name: string
  /** The suite's module, or `undefined` when it is not there (yet). */
  readonly load: () => Promise<unknown>
}

// In the order they run. To add a suite, add its module here; a suite that
// lands separately can start as `loadIfPresent`, skipped until its file exists.
const suites: ReadonlyArray<SuiteEntry> = [
  { name: "codec", load: () => import("./codec.js") },
  { name: "e2e", load: () => loadIfPresent(new URL("./e2e.js", import.meta.url)) },
  { name: "cli", load: () => loadIfPresent(new URL("./cli.js", import.meta.url)) },
  { name: "scale", load: () => import("./scale.js") }
]

const usage = `usage: bench [--smoke] [--strict] [--suite <name>]...   suites: ${suites.map((s) => s.name).join(", ")}`

// `pnpm run bench -- --smoke` hands the script a leading `--`, which would
// end the options before they start.
const parseOptions = () =>
  parseArgs({
    args: process.argv[2] === "--" ? process.argv.slice(3) : process.argv.slice(2),
    options: { smoke: { type: "boolean" }, strict: { type: "boolean" }, suite: { type: "string", multiple: true } }
  }).values

const main = async (): Promise<number> => {
  let values: ReturnType<typeof parseOptions>
  try {
    values = parseOptions()
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${usage}`)
    return 2
  }
  const smoke = values.smoke === true
  const strict = values.strict === true
  const only = values.suite ?? []
  const unknown = only.filter((name) => !suites.some((s) => s.name === name))
  if (unknown.length > 0) {
    console.error(`unknown suite: ${unknown.join(", ")}\n${usage}`)
    return 2
  }

  const cpu = cpus()
  console.log(
    `so-chat bench, ${smoke ? "smoke run (numbers not meaningful)" : "full run"}: Node ${process.versions.node}, ` +
      `${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, load average ${loadavg()[0]!.toFixed(1)}, ` +
      new Date().toISOString() +
      ((globalThis as { gc?: unknown }).gc === undefined ? ", without --expose-gc (noisier)" : "")
  )

  const rows: Array<Row> = []
  const bars: Array<Bar> = []
  const failed: Array<string> = []
  for (const suite of suites) {
    if (only.length > 0 && !only.includes(suite.name)) continue
    const started = Date.now()
    try {
      const module = await suite.load()
      if (module === undefined) {
        console.log(`\n${suite.name}: skipped, its module is not there yet`)
        continue
      }
      if (!isSuiteModule(module)) throw new Error(`the ${suite.name} module does not export run (and bars, if any)`)
      console.log(`\n${suite.name}: running`)
      const suiteRows = await module.run({ smoke })
      console.log(`\n${suite.name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n${table(suiteRows)}`)
      rows.push(...suiteRows)
      bars.push(...(module.bars ?? []))
    } catch (e) {
      failed.push(suite.name)
      console.error(`\n${suite.name}: FAILED\n`, e)
    }
  }

  const out = new URL("../results.json", import.meta.url)
  writeFileSync(out, JSON.stringify(rows, null, 2) + "\n")
  console.log(`\n${rows.length} rows written to ${fileURLToPath(out)} (load average now ${loadavg()[0]!.toFixed(1)})`)

  let met = 0
  let missed = 0
  if (bars.length > 0) console.log(`\nbars${smoke ? " (smoke run: the verdicts mean little)" : ""}`)
  for (const bar of bars) {
    const verdict = judge(bar, rows)
    if (verdict._tag === "Measured" && verdict.pass) met++
    if (verdict._tag === "Measured" && !verdict.pass) missed++
    console.log(`  ${describeVerdict(bar, verdict)}`)
  }
  if (bars.length > 0) {
    console.log(
      `  ${met} of ${bars.length} bars met` + (missed > 0 ? `, ${missed} missed` : "") +
        (met + missed < bars.length ? `, ${bars.length - met - missed} not measured` : "") +
        (missed > 0 && !strict ? " (without --strict, the exit code ignores bars)" : "")
    )
  }
  if (failed.length > 0) {
    console.error(`\nsuites that threw: ${failed.join(", ")}`)
    return 1
  }
  return strict && missed > 0 ? 1 : 0
}

main().then(
  (code) => {
    process.exitCode = code
    // A suite that left a socket or a timer open must not hang CI: give
    // stragglers a moment, then leave with the code already decided.
    setTimeout(() => {
      console.error("bench: something was still open after the suites finished; exiting anyway")
      process.exit()
    }, 5000).unref()
  },
  (e) => {
    console.error(e)
    process.exitCode = 1
  }
)
