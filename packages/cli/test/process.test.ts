/**
 * The process around a command, as a shell sees it: a stdout that cannot be
 * written (`> /dev/full`) is an error exit, not a silent success.
 */
import { FakeNetServer, FakeNetServerHttp } from "@so-chat/testkit"
import * as Redacted from "effect/Redacted"
import { spawn } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { bin, lines, run, tempHome } from "./support/cli.js"

const ticket = Redacted.value(FakeNetServer.defaultTicket)
let fake: FakeNetServerHttp.Running

beforeAll(async () => {
  fake = await FakeNetServerHttp.start()
})
afterAll(() => fake.close())

/** Runs so-chat with its stdout redirected to /dev/full, as `so-chat … > /dev/full` does. */
const toDevFull = (args: ReadonlyArray<string>, env: Record<string, string> = {}) =>
  new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const full = fs.openSync("/dev/full", "w")
    const home = tempHome()
    const child = spawn(process.execPath, [bin, ...args], {
      env: { PATH: process.env.PATH ?? "", HOME: home, XDG_CONFIG_HOME: path.join(home, ".config"), NO_COLOR: "1", ...env },
      stdio: ["ignore", full, "pipe"]
    })
    fs.closeSync(full)
    let stderr = ""
    child.stderr.setEncoding("utf8").on("data", (d: string) => stderr += d)
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000)
    child.on("error", reject)
    child.on("close", (code) => {
      clearTimeout(timer)
      resolve({ code, stderr })
    })
  })

const hasDevFull = os.platform() === "linux" && fs.existsSync("/dev/full")

describe.skipIf(!hasDevFull)("a stdout that cannot be written (> /dev/full)", () => {
  it("add-message posts, then exits 10 saying the output was lost and the message posted", async () => {
    const before = (await fake.messages(1)).length
    const r = await toDevFull(["add-message", "--session", "1", "--text", "lost output"], {
      SO_URL: fake.url,
      SO_TICKET: ticket
    })
    expect(r.code).toBe(10)
    const stored = await fake.messages(1)
    expect(stored.length).toBe(before + 1)
    expect(stored.at(-1)!.message).toBe("lost output")
    expect(lines(r.stderr)).toEqual([
      "so-chat: writing to stdout failed (ENOSPC: no space left on device), so the output is lost; the message was posted"
    ])
  })

  it("--dry-run --json exits 10 too, without claiming a post", async () => {
    const r = await toDevFull(["add-message", "--session", "1", "--text", "x", "--dry-run", "--json"], {
      SO_URL: fake.url
    })
    expect(r.code).toBe(10)
    expect(r.stderr).toContain("writing to stdout failed (ENOSPC")
    expect(r.stderr).not.toContain("posted")
  })

  it("messages --follow stops by itself (exit 10) instead of following into the void", async () => {
    await run(["add-message", "--session", "2", "--text", "to follow"], { env: { SO_URL: fake.url, SO_TICKET: ticket } })
    const started = Date.now()
    const r = await toDevFull(["messages", "--session", "2", "--follow"], { SO_URL: fake.url, SO_TICKET: ticket })
    expect(r.code).toBe(10)
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(r.stderr).toContain("writing to stdout failed (ENOSPC")
  })

  it("--help and --version exit 10", async () => {
    for (const args of [["--help"], ["--version"], ["add-message", "--help"]]) {
      const r = await toDevFull(args)
      expect(r.code, args.join(" ")).toBe(10)
      expect(r.stderr, args.join(" ")).toContain("writing to stdout failed (ENOSPC")
    }
  })

  it("a failure that printed nothing on stdout keeps its own exit code", async () => {
    const r = await toDevFull(["add-message", "--session", "99", "--text", "x"], { SO_URL: fake.url, SO_TICKET: ticket })
    expect(r.code).toBe(6)
    expect(r.stderr).not.toContain("writing to stdout failed")
  })
})
