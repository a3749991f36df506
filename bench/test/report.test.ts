import { describe, expect, it } from "@effect/vitest"
import { describeVerdict, judge, table } from "../src/report.js"
import type { Bar, Row } from "../src/suite.js"

const row = (impl: string, unit: string, value: number, kase = "decode response"): Row => ({
  suite: "codec",
  case: kase,
  impl,
  unit,
  value
})

const bar = (unit: string, atLeast = 3): Bar => ({
  suite: "codec",
  case: "decode response",
  unit,
  impl: "so-chat",
  than: "node-soap",
  atLeast,
  label: `decode ≥${atLeast}× node-soap`
})

describe("judge", () => {
  it("reads a time per operation as lower-is-better", () => {
    const verdict = judge(bar("us"), [row("so-chat", "us", 20), row("node-soap", "us", 80)])
    expect(verdict).toEqual({ _tag: "Measured", ratio: 4, pass: true })
  })

  it("reads a rate as higher-is-better", () => {
    const verdict = judge(bar("calls/s"), [row("so-chat", "calls/s", 2000), row("node-soap", "calls/s", 1000)])
    expect(verdict).toEqual({ _tag: "Measured", ratio: 2, pass: false })
  })

  it("passes at exactly the bar and fails just under it", () => {
    expect(judge(bar("us"), [row("so-chat", "us", 10), row("node-soap", "us", 30)])).toMatchObject({ pass: true })
    expect(judge(bar("us"), [row("so-chat", "us", 10.01), row("node-soap", "us", 30)])).toMatchObject({ pass: false })
  })

  it("compares only rows of the bar's suite, case and unit", () => {
    const rows = [
      row("so-chat", "us", 20),
      row("node-soap", "ops/s", 12_500),
      row("node-soap", "us", 10, "encode request"),
      { ...row("node-soap", "us", 10), suite: "e2e" }
    ]
    expect(judge(bar("us"), rows)).toEqual({ _tag: "NotMeasured" })
  })

  it("does not judge a zero or non-finite measurement", () => {
    expect(judge(bar("us"), [row("so-chat", "us", 0), row("node-soap", "us", 80)])).toEqual({ _tag: "NotMeasured" })
    expect(judge(bar("us"), [row("so-chat", "us", NaN), row("node-soap", "us", 80)])).toEqual({ _tag: "NotMeasured" })
  })

  it("says PASS, FAIL or SKIP with the ratio and the bar", () => {
    const b = bar("us")
    expect(describeVerdict(b, { _tag: "Measured", ratio: 4.04, pass: true })).toBe(
      "PASS  decode ≥3× node-soap: so-chat 4.04× node-soap on codec / decode response (bar ≥3×)"
    )
    expect(describeVerdict(b, { _tag: "Measured", ratio: 2.5, pass: false })).toMatch(/^FAIL .* 2\.50× /)
    expect(describeVerdict(b, { _tag: "NotMeasured" })).toMatch(/^SKIP /)
  })

  it("gives a bar under 1× as a share", () => {
    const share = { ...bar("calls/s", 0.8), than: "floor", label: "≥80% of the floor" }
    expect(describeVerdict(share, { _tag: "Measured", ratio: 0.614, pass: false })).toBe(
      "FAIL  ≥80% of the floor: so-chat 61% of floor on codec / decode response (bar ≥80%)"
    )
  })
})

describe("table", () => {
  it("puts each case and implementation on one line, a column per unit", () => {
    const text = table([
      row("so-chat", "us", 20.5),
      row("so-chat", "ops/s", 48_780),
      row("node-soap", "us", 1234.5),
      row("node-soap", "ops/s", 810)
    ])
    expect(text.split("\n")).toEqual([
      "case             impl             us   ops/s",
      "---------------  ---------  --------  ------",
      "decode response  so-chat       20.50  48,780",
      "decode response  node-soap  1,234.50     810"
    ])
  })
})
