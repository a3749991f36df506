/**
 * Secrets given by flag, environment or config file never appear in
 * anything the command prints, in any mode: success, --json, --verbose,
 * --dry-run, and failures whose server echoes the secret back.
 */
import { FakeNetServerHttp } from "@so-chat/testkit"
import { Redaction } from "@so-chat/transport"
import { randomUUID } from "node:crypto"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { Result } from "./support/cli.js"
import { run, tempHome, writeConfig } from "./support/cli.js"
import * as Servers from "./support/servers.js"

/** A secret with characters that need escaping in XML, JSON and URLs, around a unique core. */
const makeSecret = (label: string) => {
  const core = randomUUID().replace(/-/g, "")
  return { core, value: `${label}:${core}&<x>"'==` }
}

const forms = (secret: string): ReadonlyArray<string> => [
  secret,
  secret.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"),
  JSON.stringify(secret).slice(1, -1),
  encodeURIComponent(secret)
]

const expectNoSecret = (r: Result, secrets: ReadonlyArray<{ readonly core: string; readonly value: string }>) => {
  const all = r.stdout + r.stderr
  for (const s of secrets) {
    // The unique core alone: catches a secret cut in half (an excerpt) as well as whole.
    expect(all, `output leaks a secret:\n${all}`).not.toContain(s.core)
    for (const form of forms(s.value)) expect(all).not.toContain(form)
  }
}

type Source = "flag" | "env" | "file"

/** The command line, environment and home that give `ticket` and `token` by `source`. */
const giving = (source: Source, url: string, ticket: string, token: string) => {
  const home = tempHome()
  switch (source) {
    case "flag":
      return { home, flags: ["--url", url, "--ticket", ticket, "--app-token", token], env: {} }
    case "env":
      return { home, flags: [], env: { SO_URL: url, SO_TICKET: ticket, SO_APP_TOKEN: token } }
    case "file":
      writeConfig(home, { url, ticket, appToken: token })
      return { home, flags: [], env: {} }
  }
}

const sources: ReadonlyArray<Source> = ["flag", "env", "file"]

describe("secrets never appear in output", () => {
  const ticket = makeSecret("7T")
  const token = makeSecret("tok")
  let fake: FakeNetServerHttp.Running

  beforeAll(async () => {
    fake = await FakeNetServerHttp.start({
      online: true,
      users: [{ username: "ada", password: "lovelace", ticket: ticket.value }],
      applicationTokens: [token.value]
    })
  })
  afterAll(() => fake.close())

  describe.each(sources)("given by %s", (source) => {
    const modes: ReadonlyArray<ReadonlyArray<string>> = [
      [],
      ["--json"],
      ["--verbose"],
      ["--verbose", "--json"],
      ["--dry-run"],
      ["--dry-run", "--verbose"],
      ["--dry-run", "--json"]
    ]
    it.each(modes)("posting with %j", async (...mode) => {
      const { env, flags, home } = giving(source, fake.url, ticket.value, token.value)
      const before = (await fake.requests()).length
      const r = await run(["add-message", "--session", "1", "--text", "secret test", ...flags, ...mode], { env, home })
      expect(r.stderr.replace(/^so-chat: (?!warning).*\n/gm, "")).toBe("")
      expect(r.code).toBe(0)
      expectNoSecret(r, [ticket, token])
      const sent = (await fake.requests()).slice(before)
      if (mode.includes("--dry-run")) {
        expect(sent).toHaveLength(0)
        expect(r.stdout).toContain("<Ticket><redacted></Ticket>")
        expect(r.stdout).toMatch(/<ApplicationToken [^>]*><redacted><\/ApplicationToken>/)
      } else {
        // The secrets did reach the server: they were used, only never shown.
        expect(sent).toHaveLength(1)
        expect(sent[0]!.outcome._tag).toBe("Succeeded")
      }
    })

    it.each([
      ["401 page", () => Servers.unauthorized((b) => `ticket ${Servers.ticketIn(b)}`)],
      ["SOAP fault", () => Servers.faulting((b) => `Bad ticket ${Servers.ticketIn(b)} in ${b}`)],
      ["ExceptionInfo", () => Servers.refusing((b) => `The ticket ${Servers.ticketIn(b)} has expired`)],
      ["garbage body", () => Servers.garbage((b) => `not xml ${b} ${Servers.ticketIn(b)}`)]
    ])("when a %s echoes the request back, also with --verbose", async (_name, start) => {
      const server = await start()
      try {
        for (const mode of [[], ["--verbose"]]) {
          const { env, flags, home } = giving(source, server.url, ticket.value, token.value)
          const r = await run(["add-message", "--session", "1", "--text", "x", ...flags, ...mode], { env, home })
          expect(r.code).not.toBe(0)
          expect(r.stderr).toContain("so-chat: ")
          expectNoSecret(r, [ticket, token])
        }
        // The server did get (and echo) the secret, so the masking above was put to the test.
        expect(server.bodies().join("")).toContain(ticket.core)
      } finally {
        await server.close()
      }
    })
  })

  it("not in @effect/cli's own errors (a misplaced or mistyped secret flag)", async () => {
    for (
      const args of [
        ["add-message", "--session", ticket.value, "--text", "x", "--url", "http://127.0.0.1:9/"],
        ["add-message", "--session", "1", "--text", "x", "--ticket", ticket.value, "--bogus", ticket.value],
        ["add-message", "--ticket", ticket.value],
        ["add-message", "--session", "1", "--text", "x", `--ticket=${ticket.value}`, "--timeout", ticket.value]
      ]
    ) {
      // SO_TICKET holds the same value, as when someone types `--session $SO_TICKET`.
      const r = await run(args, { env: { SO_TICKET: ticket.value, SO_APP_TOKEN: token.value } })
      expect(r.code).toBe(2)
      expectNoSecret(r, [ticket, token])
    }
  })

  it("not in configuration errors about the file that holds them", async () => {
    const home = tempHome()
    // Broken JSON right after the secret: JSON.parse's own message would quote it.
    writeConfig(home, `{"url": "http://127.0.0.1:9/", "ticket": "${ticket.value.replace(/"/g, "\\\"")}" "x": 1}`)
    const r = await run(["add-message", "--session", "1", "--text", "x", "--verbose"], { home })
    expect(r.code).toBe(3)
    expect(r.stderr).toContain("not valid JSON (line 1")
    expectNoSecret(r, [ticket])

    writeConfig(home, { url: "http://127.0.0.1:9/", ticket: ticket.value, timeout: [ticket.value] })
    const typed = await run(["add-message", "--session", "1", "--text", "x", "--verbose"], { home })
    expect(typed.code).toBe(3)
    expect(typed.stderr).toContain("\"timeout\" in")
    expectNoSecret(typed, [ticket])
  })
})

/**
 * Masking is a second line of defence for text that came from a server; it
 * must never change the command's own words, or a reader learns the
 * password from what went missing.
 */
describe("a password that is also a word of the output leaves the output alone", () => {
  let fake: FakeNetServerHttp.Running
  beforeAll(async () => {
    fake = await FakeNetServerHttp.start({
      users: [
        { username: "ada", password: "lovelace", ticket: "7T:ticket-of-ada" },
        { username: "grace", password: "http", ticket: "7T:ticket-of-grace" },
        { username: "logged", password: "logged", ticket: "7T:ticket-of-logged" }
      ]
    })
  })
  afterAll(() => fake.close())

  it.each([
    ["password", "the user name or password is wrong"],
    ["http", " at http://127.0.0.1:"],
    ["ada", "Could not log in as \"ada\""],
    ["wrong", "is wrong"]
  ])("SO_PASSWORD=%s, refused: the message is printed whole", async (password, expected) => {
    for (const mode of [[], ["--verbose"]]) {
      const r = await run(["login", "--user", "ada", ...mode], { env: { SO_URL: fake.url, SO_PASSWORD: password } })
      expect(r.code).toBe(6)
      expect(r.stderr).toContain(expected)
      expect(r.stderr).toContain(`so-chat: Could not log in as "ada" at ${fake.url}`)
      expect(r.stderr).toContain("the user name or password is wrong.")
      expect(r.stdout + r.stderr).not.toContain(Redaction.mask)
    }
  })

  it("SO_PASSWORD=http or the user's own name, logged in: the URL and the name are printed whole", async () => {
    for (const [user, password] of [["grace", "http"], ["logged", "logged"]] as const) {
      const r = await run(["login", "--user", user, "--verbose"], { env: { SO_URL: fake.url, SO_PASSWORD: password } })
      expect(r.code, r.stderr).toBe(0)
      expect(r.stdout).toContain(`logged in as ${user} (`)
      expect(r.stdout).toContain(`at ${fake.url}`)
      expect(r.stdout + r.stderr).not.toContain(Redaction.mask)
    }
  })

  it("a secret the server sends back is still masked, and the server's other words kept", async () => {
    const password = `pw:${randomUUID()}&<"'>`
    const server = await Servers.faulting((b) => `Login refused for the request ${b}`)
    try {
      const r = await run(["login", "--user", "ada", "--verbose"], {
        env: { SO_URL: server.url, SO_PASSWORD: password }
      })
      expect(r.code).not.toBe(0)
      expect(r.stderr).toContain("Login refused for the request")
      expect(r.stderr).toContain(`<Password>${Redaction.mask}</Password>`)
      expectNoSecret(r, [{ core: password.slice(3, 39), value: password }])
      expect(server.bodies().join("")).toContain(password.slice(3, 39))
    } finally {
      await server.close()
    }
  })
})
