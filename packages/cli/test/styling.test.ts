/**
 * What docs/cli.md says about styling: help is styled (bold headings) on a
 * terminal, and nothing is styled when NO_COLOR is set or stdout is not a
 * terminal. The terminal is a real pseudo-terminal, made by util-linux's
 * `script`.
 */
import { spawnSync } from "node:child_process"
import { describe, expect, it } from "vitest"
import { bin, tempHome } from "./support/cli.js"

const ESC = "\x1b["
const hasScript = spawnSync("script", ["--version"]).status === 0

/** `so-chat args…` with stdout on a pseudo-terminal (or a pipe), NO_COLOR as given. */
const so = (args: string, options: { tty: boolean; noColor?: string }) => {
  const home = tempHome()
  const env: Record<string, string> = { PATH: process.env.PATH ?? "", HOME: home, TERM: "xterm-256color" }
  if (options.noColor !== undefined) env.NO_COLOR = options.noColor
  const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} ${args}`
  const r = options.tty
    ? spawnSync("script", ["-qec", command, "/dev/null"], { env, encoding: "utf8", timeout: 20_000 })
    : spawnSync(process.execPath, [bin, ...args.split(" ")], { env, encoding: "utf8", timeout: 20_000 })
  expect(r.status, r.stderr).toBe(0)
  return r.stdout
}

describe.skipIf(!hasScript)("styling (needs util-linux's script for a terminal)", () => {
  it("help is styled on a terminal", () => {
    const out = so("add-message --help", { tty: true })
    expect(out).toContain("USAGE")
    expect(out).toContain(ESC)
  })

  it("nothing is styled when NO_COLOR is set, even on a terminal", () => {
    const out = so("add-message --help", { tty: true, noColor: "1" })
    expect(out).toContain("USAGE")
    expect(out).not.toContain(ESC)
  })

  it("nothing is styled when stdout is not a terminal", () => {
    const out = so("add-message --help", { tty: false })
    expect(out).toContain("USAGE")
    expect(out).not.toContain(ESC)
  })
})
