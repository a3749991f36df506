/**
 * `--timeout`, `SO_TIMEOUT` and the config file's `timeout`: read as the
 * library reads `SO_TIMEOUT` (hours and days included), and honoured however
 * long, including beyond what a timer holds (2^31 ms, about 24.8 days), which
 * Node would otherwise run after 1 ms.
 */
import { AddChatMessage, ChatMessage, Envelope } from "@so-chat/core"
import * as Either from "effect/Either"
import { describe, expect, it } from "vitest"
import { lines, run, start, tempHome, writeConfig } from "./support/cli.js"
import * as Servers from "./support/servers.js"

/** Answers AddChatMessage after `delayMs`. */
const late = (delayMs: number) =>
  Servers.serve((_req, res) => {
    const body = Envelope.encodeResponse(AddChatMessage.operation, {
      response: new ChatMessage.ChatMessage({ chatMessageId: 7, chatSessionId: 1, type: "ToCustomer", message: "x" })
    }, { version: "1.1" }).pipe(Either.getOrThrow)
    setTimeout(() => {
      res.writeHead(200, { "content-type": "text/xml; charset=utf-8", "content-length": Buffer.byteLength(body) })
      res.end(body)
    }, delayMs)
  })

const post = ["add-message", "--session", "1", "--text", "x"]
const ticket = { SO_TICKET: "7T:some-ticket" }

describe("timeouts", () => {
  it.each([
    ["1h", "1h"],
    ["2d", "2d"],
    ["1.5h", "1h 30m"],
    ["2 hours", "2h"],
    ["2m", "2m"]
  ])("--timeout %s is a timeout of %s", async (input, shown) => {
    const r = await run([...post, "--url", "http://x.invalid/", "--dry-run", "--verbose", "--timeout", input])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toContain(`timeout: ${shown} (from --timeout)`)
  })

  it("--timeout 1h waits for an answer as --timeout 2m does", async () => {
    const server = await late(300)
    try {
      for (const timeout of ["1h", "2m"]) {
        const r = await run([...post, "--url", server.url, "--timeout", timeout, "--json"], { env: ticket })
        expect(r.code, r.stderr).toBe(0)
        expect(JSON.parse(lines(r.stdout)[0]!).chatMessageId).toBe(7)
      }
    } finally {
      await server.close()
    }
  })

  it("a timeout of 2^31 ms or more, from a flag, the environment or the config file, waits for a late answer", async () => {
    const server = await late(600)
    try {
      const home = tempHome()
      writeConfig(home, { timeout: "30 days" })
      const ways: ReadonlyArray<readonly [string, ReadonlyArray<string>, Record<string, string>]> = [
        ["--timeout 2147484", ["--timeout", "2147484"], {}],
        ["SO_TIMEOUT=99999999999", [], { SO_TIMEOUT: "99999999999" }],
        ["\"timeout\": \"30 days\" in the config file", [], {}]
      ]
      for (const [way, flags, env] of ways) {
        const started = Date.now()
        const r = await run([...post, "--url", server.url, ...flags], { home, env: { ...ticket, ...env } })
        expect(r.code, `${way}: ${r.stderr}`).toBe(0)
        expect(Date.now() - started, way).toBeGreaterThanOrEqual(600)
      }
      expect(server.requests()).toBe(3)
    } finally {
      await server.close()
    }
  })

  it("a timeout of 2147484 seconds does not fire early on a stall", async () => {
    const server = await Servers.stalling()
    try {
      const running = start([...post, "--url", server.url, "--timeout", "2147484"], { env: ticket })
      const deadline = Date.now() + 10_000
      while (server.requests() === 0 && running.child.exitCode === null && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20))
      }
      expect(server.requests()).toBe(1)
      // The request is out; a timer that overflowed would have fired 1 ms later.
      await new Promise((r) => setTimeout(r, 1_000))
      expect(running.child.exitCode, running.stderr()).toBe(null)
      running.child.kill("SIGKILL")
      await running.exited
    } finally {
      await server.close()
    }
  })
})
