/**
 * Turning rows into what a person reads: one table per suite, and each bar's
 * verdict.
 */
import type { Bar, Row } from "./suite.js"

/**
 * Units of cost per operation, where lower is better: time (`ns`, `us`, `ms`,
 * `s`) and memory (`B`, `KB`, `MB`). Every other unit is a rate.
 */
export const isTime = (unit: string): boolean =>
  unit === "ns" || unit === "us" || unit === "ms" || unit === "s" || unit === "B" || unit === "KB" || unit === "MB"

const formatValue = (value: number, unit: string): string =>
  isTime(unit)
    ? value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    : Math.round(value).toLocaleString("en-US")

const layout = (header: ReadonlyArray<string>, body: ReadonlyArray<ReadonlyArray<string>>): string => {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]?.length ?? 0)))
  // Names left, numbers right.
  const line = (cells: ReadonlyArray<string>) =>
    cells.map((c, i) => i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)).join("  ").trimEnd()
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n")
}

/** A table of one suite's rows: a line per case and implementation, a column per unit. */
export const table = (rows: ReadonlyArray<Row>): string => {
  const units = [...new Set(rows.map((r) => r.unit))]
  const lines = new Map<string, Array<string>>()
  for (const r of rows) {
    const key = JSON.stringify([r.case, r.impl])
    const line = lines.get(key) ?? [r.case, r.impl, ...units.map(() => "")]
    line[2 + units.indexOf(r.unit)] = formatValue(r.value, r.unit)
    lines.set(key, line)
  }
  return layout(["case", "impl", ...units], [...lines.values()])
}

/** A bar's outcome: measured (with how many times faster), or not measured in this run. */
export type Verdict =
  | { readonly _tag: "Measured"; readonly ratio: number; readonly pass: boolean }
  | { readonly _tag: "NotMeasured" }

/** How many times faster `bar.impl` was than `bar.than`, from the rows of one run. */
export const judge = (bar: Bar, rows: ReadonlyArray<Row>): Verdict => {
  const find = (impl: string) =>
    rows.find((r) => r.suite === bar.suite && r.case === bar.case && r.impl === impl && r.unit === bar.unit)
  const ours = find(bar.impl)
  const theirs = find(bar.than)
  if (ours === undefined || theirs === undefined || !(ours.value > 0) || !(theirs.value > 0)) {
    return { _tag: "NotMeasured" }
  }
  const ratio = isTime(bar.unit) ? theirs.value / ours.value : ours.value / theirs.value
  return { _tag: "Measured", ratio, pass: ratio >= bar.atLeast }
}

// A bar under 1× reads better as a share ("≥80% of the floor").
const percent = (ratio: number): string => `${(ratio * 100).toFixed(0)}%`

/** One line for a bar: PASS, FAIL or SKIP, the ratio and the bar. */
export const describeVerdict = (bar: Bar, verdict: Verdict): string => {
  if (verdict._tag === "NotMeasured") {
    return `SKIP  ${bar.label}: ${bar.suite} / ${bar.case} was not measured for both ${bar.impl} and ${bar.than}`
  }
  const share = bar.atLeast < 1
  const measured = share ? `${percent(verdict.ratio)} of` : `${verdict.ratio.toFixed(2)}×`
  const wanted = share ? `≥${percent(bar.atLeast)}` : `≥${bar.atLeast}×`
  return `${verdict.pass ? "PASS" : "FAIL"}  ${bar.label}: ${bar.impl} ${measured} ${bar.than} ` +
    `on ${bar.suite} / ${bar.case} (bar ${wanted})`
}
