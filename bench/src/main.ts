/**
 * `pnpm bench`: runs the suites in order, prints a table and the bars, and
 * writes every row to bench/results.json.
 *
 *   --smoke          a short run that only proves each suite still works (CI)
 *   --strict         exit non-zero when a bar is missed (by default bars are only reported)
 *   --suite <name>   run only this suite (repeatable)
 *
 * Exits non-zero when a suite throws, whatever the flags.
 */
import { writeFileSync } from "node:fs"
import { cpus } from "node:os"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import type { Bar, Row, SuiteModule } from "./suite.js"

interface SuiteEntry {
  readonly name: string
  /** The suite's module, or `undefined` when it is not there (yet). */
  readonly load: () => Promise<unknown>
}

/**
 * Loads a suite that another package of work adds, so that the bench runs
 * before that file exists. Only the module itself being absent is skipped: a
 * module that exists but fails to load (say, a missing dependency) throws.
 */
const optional = (file: string) => async (): Promise<unknown> => {
  const url = new URL(file, import.meta.url)
  try {
    return await import(url.href)
  } catch (e) {
    const missing = e instanceof Error && (e as { code?: unknown }).code === "ERR_MODULE_NOT_FOUND" &&
      e.message.includes(fileURLToPath(url))
    if (missing) return undefined
    throw e
  }
}

// In the order they run. To add a suite, add its module here.
const suites: ReadonlyArray<SuiteEntry> = [
  { name: "codec", load: () => import("./codec.js") },
  { name: "e2e", load: optional("./e2e.js") }
]

const isSuiteModule = (u: unknown): u is SuiteModule =>
  typeof u === "object" && u !== null && typeof (u as { run?: unknown }).run === "function"

const isTime = (unit: string): boolean => unit === "ns" || unit === "us" || unit === "ms" || unit === "s"

const formatValue = (value: number, unit: string): string =>
  isTime(unit)
    ? value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    : Math.round(value).toLocaleString("en-US")

const table = (header: ReadonlyArray<string>, body: ReadonlyArray<ReadonlyArray<string>>): string => {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]?.length ?? 0)))
  const line = (cells: ReadonlyArray<string>) =>
    cells.map((c, i) => i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)).join("  ").trimEnd()
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n")
}

/** One table per suite: a line per case and implementation, a column per unit. */
const printRows = (suite: string, rows: ReadonlyArray<Row>): void => {
  const units = [...new Set(rows.map((r) => r.unit))]
  const lines = new Map<string, Array<string>>()
  for (const r of rows) {
    const key = `${r.case}\u0000${r.impl}`
    const line = lines.get(key) ?? [r.case, r.impl, ...units.map(() => "")]
    line[2 + units.indexOf(r.unit)] = formatValue(r.value, r.unit)
    lines.set(key, line)
  }
  console.log(`\n${suite}\n` + table(["case", "impl", ...units], [...lines.values()]))
}

type Verdict =
  | { readonly _tag: "Measured"; readonly ratio: number; readonly pass: boolean }
  | { readonly _tag: "NotMeasured" }

/** How many times faster `impl` was than `than`, from the rows of this run. */
const judge = (bar: Bar, rows: ReadonlyArray<Row>): Verdict => {
  const find = (impl: string) =>
    rows.find((r) => r.suite === bar.suite && r.case === bar.case && r.impl === impl && r.unit === bar.unit)
  const ours = find(bar.impl)
  const theirs = find(bar.than)
  if (ours === undefined || theirs === undefined || ours.value <= 0 || theirs.value <= 0) return { _tag: "NotMeasured" }
  const ratio = isTime(bar.unit) ? theirs.value / ours.value : ours.value / theirs.value
  return { _tag: "Measured", ratio, pass: ratio >= bar.atLeast }
}

const main = async (): Promise<number> => {
  const { values } = parseArgs({
    options: {
      smoke: { type: "boolean", default: false },
      strict: { type: "boolean", default: false },
      suite: { type: "string", multiple: true }
    }
  })
  const smoke = values.smoke === true
  const only = values.suite ?? []
  const unknown = only.filter((name) => !suites.some((s) => s.name === name))
  if (unknown.length > 0) {
    console.error(`unknown suite ${unknown.join(", ")}; the suites are ${suites.map((s) => s.name).join(", ")}`)
    return 2
  }

  console.log(
    `so-chat bench, ${smoke ? "smoke run (numbers not meaningful)" : "full run"}: ` +
      `Node ${process.versions.node}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, ` +
      `${new Date().toISOString()}` +
      ((globalThis as { gc?: unknown }).gc === undefined ? " (without --expose-gc: noisier)" : "")
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
      if (!isSuiteModule(module)) throw new Error(`the ${suite.name} module exports no run function`)
      const suiteRows = await module.run({ smoke })
      printRows(suite.name, suiteRows)
      console.log(`(${suite.name}: ${((Date.now() - started) / 1000).toFixed(1)} s)`)
      rows.push(...suiteRows)
      bars.push(...(module.bars ?? []))
    } catch (e) {
      failed.push(suite.name)
      console.error(`\n${suite.name}: FAILED\n`, e)
    }
  }

  const out = new URL("../results.json", import.meta.url)
  writeFileSync(out, JSON.stringify(rows, null, 2) + "\n")
  console.log(`\n${rows.length} rows written to ${fileURLToPath(out)}`)

  let missed = 0
  let met = 0
  if (bars.length > 0) console.log(`\nbars${smoke ? " (smoke run: a verdict here means little)" : ""}`)
  for (const bar of bars) {
    const verdict = judge(bar, rows)
    if (verdict._tag === "NotMeasured") {
      console.log(`  SKIP  ${bar.label}: ${bar.case} was not measured for both ${bar.impl} and ${bar.than}`)
      continue
    }
    if (verdict.pass) met++
    else missed++
    console.log(
      `  ${verdict.pass ? "PASS" : "FAIL"}  ${bar.label}: ${bar.impl} ${verdict.ratio.toFixed(2)}× ${bar.than} ` +
        `on ${bar.suite} / ${bar.case} (bar ≥${bar.atLeast}×)`
    )
  }
  if (bars.length > 0) {
    console.log(
      `  ${met} of ${bars.length} bars met` + (missed > 0 ? `, ${missed} missed` : "") +
        (met + missed < bars.length ? `, ${bars.length - met - missed} not measured` : "") +
        (missed > 0 && values.strict !== true ? " (without --strict the exit code ignores bars)" : "")
    )
  }
  if (failed.length > 0) {
    console.error(`\nsuites that threw: ${failed.join(", ")}`)
    return 1
  }
  return values.strict === true && missed > 0 ? 1 : 0
}

main().then(
  (code) => {
    process.exitCode = code
    // A suite that left a socket or timer open must not hang CI: give
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
