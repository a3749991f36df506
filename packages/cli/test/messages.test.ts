/**
 * `so-chat messages`, run as a process against the HTTP fake NetServer
 * (what add-message posted comes back, in order, after the given id) and
 * against loopback servers that fail; `--follow` while messages are posted
 * and until a signal.
 */
import { FakeNetServerHttp } from "@so-chat/testkit"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { lines, run, start } from "./support/cli.js"
import * as Servers from "./support/servers.js"

const TICKET = "7T:1234abcxyzExample=="

describe("messages", () => {
  let fake: FakeNetServerHttp.Running
  const env = () => ({ SO_URL: fake.url, SO_TICKET: TICKET })
  const post = async (session: number, text: string, extra: ReadonlyArray<string> = []) => {
    const r = await run(["add-message", "--session", String(session), "--text", text, "--json", ...extra], {
      env: env()
    })
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    return JSON.parse(r.stdout) as { chatMessageId: number }
  }
  const ids: Array<number> = []

  beforeAll(async () => {
    fake = await FakeNetServerHttp.start({ chatSessionIds: [1, 2, 3, 4] })
    ids.push((await post(2, "first", ["--author", "Ada"])).chatMessageId)
    ids.push((await post(2, "second\nline two", ["--type", "ToUser", "--author", "Bob"])).chatMessageId)
    ids.push(
      (await post(2, "see the FAQ", [
        "--type",
        "Special",
        "--special-type",
        "Url",
        "--special-param",
        "https://example.com/faq"
      ])).chatMessageId
    )
  }, 30_000)
  afterAll(() => fake.close())

  it("prints every message of the session, in order, one readable entry each", async () => {
    const r = await run(["messages", "--session", "2"], { env: env() })
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    const out = lines(r.stdout)
    expect(out).toHaveLength(4)
    expect(out[0]).toMatch(
      new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z #${ids[0]} ToCustomer Ada: first$`)
    )
    expect(out[1]).toMatch(new RegExp(`Z #${ids[1]} ToUser Bob: second$`))
    expect(out[2]).toBe("    line two")
    expect(out[3]).toMatch(
      new RegExp(`Z #${ids[2]} Special/Url \\(no author\\): see the FAQ \\[https://example.com/faq\\]$`)
    )
  })

  it("--after prints only the later messages", async () => {
    const r = await run(["messages", "--session", "2", "--after", String(ids[0])], { env: env() })
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain("first")
    expect(r.stdout).toContain(`#${ids[1]} `)
    expect(r.stdout).toContain(`#${ids[2]} `)
    const none = await run(["messages", "--session", "2", "--after", String(ids[2])], { env: env() })
    expect(none.code).toBe(0)
    expect(none.stdout).toBe("")
  })

  it("--json prints one object per line (NDJSON) with add-message --json's fields", async () => {
    const r = await run(["messages", "--session", "2", "--json"], { env: env() })
    expect(r.code).toBe(0)
    expect(r.stdout.endsWith("\n")).toBe(true)
    const objects = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(objects.map((o) => o.chatMessageId)).toEqual(ids)
    expect(Object.keys(objects[0]!)).toEqual([
      "chatMessageId",
      "chatSessionId",
      "type",
      "message",
      "author",
      "readByCustomer",
      "specialType",
      "specialParam",
      "whenPosted"
    ])
    expect(objects[1]).toMatchObject({ chatSessionId: 2, type: "ToUser", message: "second\nline two", author: "Bob" })
    expect(objects[2]).toMatchObject({ type: "Special", specialType: "Url", specialParam: "https://example.com/faq" })
    expect(objects[0]!.whenPosted).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    // The same message as add-message --json printed when posting.
    const posted = await run(["add-message", "--session", "3", "--text", "same", "--json"], { env: env() })
    const read = await run(["messages", "--session", "3", "--json"], { env: env() })
    expect(read.stdout).toBe(posted.stdout)
  })

  it.each([
    [["--session", "0"], "--session"],
    [["--session", "x"], "--session"],
    [["--session", "2", "--after", "-1"], "--after"],
    [["--session", "2", "--after", "2147483648"], "--after"]
  ])("%j is a usage error naming the flag", async (args, flag) => {
    const before = (await fake.requests()).length
    const r = await run(["messages", ...args], { env: env() })
    expect(r.code).toBe(2)
    expect(lines(r.stderr)).toHaveLength(1)
    expect(r.stderr).toContain(`so-chat: ${flag}: `)
    expect((await fake.requests()).length).toBe(before)
  })

  it("an unknown session is NetServer's refusal (exit 6) with its FriendlyText", async () => {
    const r = await run(["messages", "--session", "99"], { env: env() })
    expect(r.code).toBe(6)
    expect(r.stderr).toContain("The chat session 99 was not found")
    expect(lines(r.stderr)).toHaveLength(1)
  })

  it("with no URL it says how to configure one", async () => {
    const r = await run(["messages", "--session", "2"])
    expect(r.code).toBe(3)
    expect(r.stderr).toContain("SO_URL")
  })

  describe("against failing servers", () => {
    it("a refused connection is exit 4", async () => {
      const r = await run(["messages", "--session", "2"], {
        env: { SO_URL: await Servers.refusedUrl(), SO_TICKET: "7T:some-ticket" }
      })
      expect(r.code).toBe(4)
      expect(lines(r.stderr)).toHaveLength(1)
    })

    it("a timeout is exit 5, and says nothing about posting (messages only reads)", async () => {
      const server = await Servers.stalling()
      try {
        const r = await run(["messages", "--session", "2", "--timeout", "300ms"], {
          env: { SO_URL: server.url, SO_TICKET: "7T:some-ticket" }
        })
        expect(r.code).toBe(5)
        expect(lines(r.stderr)).toHaveLength(1)
        expect(r.stderr).not.toMatch(/posted/)
      } finally {
        await server.close()
      }
    })

    it("a body that is not SOAP is exit 8; a SOAP fault exit 7", async () => {
      const garbage = await Servers.garbage()
      const faulting = await Servers.faulting(() => "The message could not be dispatched")
      try {
        const g = await run(["messages", "--session", "2"], {
          env: { SO_URL: garbage.url, SO_TICKET: "7T:some-ticket" }
        })
        expect(g.code).toBe(8)
        const f = await run(["messages", "--session", "2"], {
          env: { SO_URL: faulting.url, SO_TICKET: "7T:some-ticket" }
        })
        expect(f.code).toBe(7)
        expect(f.stderr).toContain("could not be dispatched")
      } finally {
        await garbage.close()
        await faulting.close()
      }
    })
  })

  describe("--follow", () => {
    it.each(["SIGINT", "SIGTERM"] as const)(
      "prints what exists, then each message posted while it runs, once, until %s (exit 0)",
      async (signal) => {
        const session = signal === "SIGINT" ? 1 : 4
        const existing = await post(session, `before ${signal}`)
        const follower = start(["messages", "--session", String(session), "--follow", "--json"], { env: env() })
        try {
          await follower.waitFor((out) => out.includes(`before ${signal}`))
          const a = await post(session, `during ${signal} 1`)
          const b = await post(session, `during ${signal} 2`)
          const out = await follower.waitFor((o) => o.includes(`during ${signal} 2`))
          follower.child.kill(signal)
          const r = await follower.exited
          expect(r.code).toBe(0)
          expect(r.signal).toBeNull()
          const seen = r.stdout.trimEnd().split("\n").map((l) =>
            (JSON.parse(l) as { chatMessageId: number }).chatMessageId
          )
          expect(seen).toEqual([existing.chatMessageId, a.chatMessageId, b.chatMessageId])
          expect(out).toBe(r.stdout.slice(0, out.length))
          expect(r.stderr).toBe("")
        } finally {
          follower.child.kill("SIGKILL")
        }
      },
      30_000
    )

    it("--after with --follow starts after that id; --verbose says where to go on from", async () => {
      const first = await post(3, "old")
      const follower = start(
        ["messages", "--session", "3", "--follow", "--after", String(first.chatMessageId), "--verbose"],
        { env: env() }
      )
      try {
        const added = await post(3, "new one")
        await follower.waitFor((out) => out.includes("new one"))
        follower.child.kill("SIGINT")
        const r = await follower.exited
        expect(r.code).toBe(0)
        expect(r.stdout).not.toContain(": old")
        expect(r.stderr).toContain(`stopped following on SIGINT; to go on from here: --after ${added.chatMessageId}`)
      } finally {
        follower.child.kill("SIGKILL")
      }
    }, 30_000)

    it("a poll that fails ends it with that failure's exit code", async () => {
      const follower = start(["messages", "--session", "2", "--follow"], {
        env: { SO_URL: await Servers.refusedUrl(), SO_TICKET: TICKET }
      })
      const r = await follower.exited
      expect(r.code).toBe(4)
      expect(lines(r.stderr)).toHaveLength(1)
    })
  })
})
