/**
 * `so-chat add-message` against the testkit's fake NetServer over HTTP: the
 * real binary, a real socket, what it prints and what the server stored.
 */
import { FakeNetServer, FakeNetServerHttp } from "@so-chat/testkit"
import * as Redacted from "effect/Redacted"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { lines, run } from "./support/cli.js"

const ticket = Redacted.value(FakeNetServer.defaultTicket)
let fake: FakeNetServerHttp.Running

beforeAll(async () => {
  fake = await FakeNetServerHttp.start()
})
afterAll(() => fake.close())

const env = () => ({ SO_URL: fake.url, SO_TICKET: ticket })

describe("add-message", () => {
  it("posts the message and prints what NetServer stored, readably", async () => {
    const r = await run(["add-message", "--session", "2", "--text", "Hello, Ada", "--author", "Grace"], { env: env() })
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    const stored = await fake.messages(2)
    const posted = stored.at(-1)!
    expect(posted.message).toBe("Hello, Ada")
    expect(posted.author).toBe("Grace")
    expect(posted.type).toBe("ToCustomer")
    const out = lines(r.stdout)
    expect(out[0]).toBe(`chat message ${posted.chatMessageId} in session 2`)
    expect(r.stdout).toMatch(/message\s+Hello, Ada/)
    expect(r.stdout).toMatch(/author\s+Grace/)
    expect(r.stdout).toMatch(/type\s+ToCustomer/)
    expect(r.stdout).toMatch(/when posted\s+\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/)
  })

  it("--json prints one object with the camelCase fields and whenPosted in ISO-8601 UTC", async () => {
    const r = await run(
      ["add-message", "--session", "1", "--text", "json please", "--type", "ToUser", "--json"],
      { env: env() }
    )
    expect(r.code).toBe(0)
    expect(lines(r.stdout)).toHaveLength(1)
    const json = JSON.parse(r.stdout)
    expect(Object.keys(json)).toEqual([
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
    const posted = (await fake.messages(1)).at(-1)!
    expect(json).toMatchObject({
      chatMessageId: posted.chatMessageId,
      chatSessionId: 1,
      type: "ToUser",
      message: "json please",
      author: null,
      readByCustomer: 0,
      specialType: "None",
      specialParam: null
    })
    expect(json.whenPosted).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(new Date(json.whenPosted).getTime()).toBe(posted.whenPosted.epochMillis)
  })

  it("--text - reads the message from stdin, dropping one trailing newline", async () => {
    const text = "line one\nline two — ünïcødé ✓\n"
    const r = await run(["add-message", "--session", "3", "--text", "-", "--json"], { env: env(), stdin: text })
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).message).toBe("line one\nline two — ünïcødé ✓")
    expect((await fake.messages(3)).at(-1)!.message).toBe("line one\nline two — ünïcødé ✓")
  })

  it("posts a Special message with its special type (by name or number) and parameter", async () => {
    const options = JSON.stringify(["Yes", "No"])
    const r = await run([
      "add-message",
      "--session",
      "1",
      "--text",
      "Pick one",
      "--type",
      "Special",
      "--special-type",
      "17",
      "--special-param",
      options,
      "--json"
    ], { env: env() })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ type: "Special", specialType: "Options", specialParam: options })
  })

  it("speaks SOAP 1.2 when asked", async () => {
    const before = (await fake.requests()).length
    const r = await run(["add-message", "--session", "1", "--text", "v1.2", "--soap-version", "1.2"], { env: env() })
    expect(r.code).toBe(0)
    const received = (await fake.requests()).slice(before)
    expect(received.map((q) => q.version)).toEqual(["1.2"])
  })

  it("--dry-run prints the framed request with the envelope pretty-printed and sends nothing", async () => {
    const before = (await fake.requests()).length
    const r = await run(["add-message", "--session", "1", "--text", "not sent", "--dry-run"], { env: env() })
    expect(r.code).toBe(0)
    expect((await fake.requests()).length).toBe(before)
    const out = r.stdout.split("\n")
    expect(out[0]).toBe(`POST ${fake.chatUrl}`)
    expect(out).toContain("content-type: text/xml; charset=utf-8")
    expect(out).toContain("soapaction: \"http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/AddChatMessage\"")
    expect(r.stdout).toContain("\n    <Credentials xmlns=\"http://www.superoffice.net/ws/crm/NetServer/Services88\">\n")
    expect(r.stdout).toContain("<Ticket><redacted></Ticket>")
    expect(r.stdout).toContain("<Message>not sent</Message>")
    expect(r.stdout).not.toContain(ticket)
  })

  it("--dry-run works with no URL configured, saying so on stderr", async () => {
    const r = await run(["add-message", "--session", "1", "--text", "x", "--dry-run"], {
      env: { SO_TICKET: "7T:dry-run-ticket" }
    })
    expect(r.code).toBe(0)
    expect(lines(r.stdout)[0]).toBe("POST (no URL configured)")
    expect(r.stdout).toContain("<Ticket><redacted></Ticket>")
    expect(lines(r.stderr)).toEqual([
      "so-chat: no URL configured, so the request has none; to send it, pass --url or set SO_URL"
    ])
  })

  it("--dry-run --json with no URL configured has url null, and says why on stderr alone", async () => {
    const r = await run(["add-message", "--session", "1", "--text", "x", "--dry-run", "--json"])
    expect(r.code).toBe(0)
    const printed = JSON.parse(r.stdout) as Record<string, unknown>
    expect(printed).toMatchObject({ dryRun: true, method: "POST", url: null })
    expect(printed.envelope).toContain("<Message>x</Message>")
    expect(r.stderr).toContain("no URL configured")
    expect(r.stderr).toContain("--url")
  })

  it("with no URL configured, says how to configure one and points to demo (exit 3)", async () => {
    const r = await run(["add-message", "--session", "1", "--text", "x"])
    expect(r.code).toBe(3)
    expect(r.stdout).toBe("")
    const err = lines(r.stderr)
    expect(err).toHaveLength(1)
    expect(err[0]).toContain("no NetServer URL is configured")
    expect(err[0]).toContain("--url")
    expect(err[0]).toContain("SO_URL")
    expect(err[0]).toContain("config.json")
    expect(err[0]).toContain("so-chat demo")
  })
})
