/**
 * `so-chat login`, run as a process against the HTTP fake NetServer: the
 * password from SO_PASSWORD (or the error when there is none and no terminal
 * to ask on), wrong credentials, `--print-ticket`, the stored ticket and its
 * use by later commands, and that the password and ticket never reach
 * output or any file but the ticket store.
 */
import { FakeNetServerHttp } from "@so-chat/testkit"
import { spawn, spawnSync } from "node:child_process"
import { randomUUID } from "node:crypto"
import * as fs from "node:fs"
import * as os from "node:os"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { Result } from "./support/cli.js"
import { bin, filesUnder, lines, run, tempHome, ticketFileIn, writeConfig } from "./support/cli.js"
import * as Servers from "./support/servers.js"

// Unique, and with characters that need escaping in XML, JSON and URLs.
const core = () => randomUUID().replace(/-/g, "")
const passwordCore = core()
const password = `pw:${passwordCore}&<"'>`
const ticketCore = core()
const ticket = `7T:${ticketCore}==`

const forms = (secret: string): ReadonlyArray<string> => [
  secret,
  secret.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"),
  JSON.stringify(secret).slice(1, -1),
  encodeURIComponent(secret)
]

const expectAbsent = (text: string, secretCore: string, secret: string) => {
  expect(text, `leaks a secret:\n${text}`).not.toContain(secretCore)
  for (const f of forms(secret)) expect(text).not.toContain(f)
}

const expectNoSecrets = (r: Result, options: { readonly ticketOnStdout?: boolean } = {}) => {
  expectAbsent(r.stdout + r.stderr, passwordCore, password)
  expectAbsent(options.ticketOnStdout === true ? r.stderr : r.stdout + r.stderr, ticketCore, ticket)
}

describe("login", () => {
  let fake: FakeNetServerHttp.Running

  beforeAll(async () => {
    fake = await FakeNetServerHttp.start({
      users: [{ username: "grace", password, ticket, fullName: "Grace Hopper", associateId: 7 }],
      // Logins issue fresh tickets; these tests must know the one they get.
      issueTicket: () => ticket
    })
  })
  afterAll(() => fake.close())

  const loginEnv = (extra: Record<string, string> = {}) => ({ SO_URL: fake.url, SO_PASSWORD: password, ...extra })

  it("with SO_USER and SO_PASSWORD, stores the ticket (0600) and says where; later commands use it", async () => {
    const home = tempHome()
    const r = await run(["login"], { home, env: loginEnv({ SO_USER: "grace" }) })
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    const file = ticketFileIn(home)
    expect(lines(r.stdout)).toEqual([
      `logged in as grace (Grace Hopper, associate 7) at ${fake.chatUrl}`,
      `ticket stored in ${file} (readable by you alone); add-message and messages use it for this URL`
    ])
    expectNoSecrets(r)
    const stored = JSON.parse(fs.readFileSync(file, "utf8"))
    expect(stored).toMatchObject({ version: 2, tickets: { [fake.url]: { url: fake.chatUrl, user: "grace", ticket } } })
    if (os.platform() !== "win32") {
      expect(fs.statSync(file).mode & 0o777).toBe(0o600)
      expect(fs.statSync(ticketFileIn(home).replace(/\/ticket\.json$/, "")).mode & 0o077).toBe(0)
    }

    // add-message and messages, with no ticket configured, send the stored one.
    const before = (await fake.requests()).length
    const posted = await run(["add-message", "--session", "1", "--text", "with the stored ticket", "--verbose"], {
      home,
      env: { SO_URL: fake.url }
    })
    expect(posted.code).toBe(0)
    expect(posted.stderr).toContain(`ticket: set (from so-chat login as grace (${file}))`)
    expectNoSecrets(posted)
    const read = await run(["messages", "--session", "1"], { home, env: { SO_URL: fake.url } })
    expect(read.code).toBe(0)
    expect(read.stdout).toContain("with the stored ticket")
    const sent = (await fake.requests()).slice(before)
    expect(sent.map((q) => q.outcome._tag)).toEqual(["Succeeded", "Succeeded"])
  })

  it("--user wins over SO_USER; the password is in no file, the ticket in the store alone", async () => {
    const home = tempHome()
    writeConfig(home, { url: fake.url })
    const r = await run(["login", "--user", "grace", "--verbose"], {
      home,
      env: { SO_USER: "nobody", SO_PASSWORD: password }
    })
    expect(r.code).toBe(0)
    expect(r.stderr).toContain("user: grace (from --user)")
    expectNoSecrets(r)
    const files = filesUnder(home)
    expect(files.map((f) => f.path).sort()).toEqual([ticketFileIn(home), `${home}/.config/so-chat/config.json`].sort())
    for (const f of files) {
      expectAbsent(f.content, passwordCore, password)
      if (f.path !== ticketFileIn(home)) expectAbsent(f.content, ticketCore, ticket)
    }
  })

  it("a wrong password is exit 6 on one line that names the user, not the password; nothing is stored", async () => {
    const home = tempHome()
    for (const mode of [[], ["--verbose"], ["--print-ticket"]]) {
      const r = await run(["login", "--user", "grace", ...mode], {
        home,
        env: { SO_URL: fake.url, SO_PASSWORD: `${password}x` }
      })
      expect(r.code).toBe(6)
      expect(r.stdout).toBe("")
      expect(r.stderr).toContain("so-chat: Could not log in as \"grace\"")
      if (mode.length === 0) expect(lines(r.stderr)).toHaveLength(1)
      expectNoSecrets(r)
    }
    const unknown = await run(["login", "--user", "ada"], { home, env: loginEnv() })
    expect(unknown.code).toBe(6)
    expect(fs.existsSync(ticketFileIn(home))).toBe(false)
  })

  it("--print-ticket prints the ticket alone on stdout and stores nothing", async () => {
    const home = tempHome()
    const r = await run(["login", "--user", "grace", "--print-ticket"], { home, env: loginEnv() })
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(`${ticket}\n`)
    expect(r.stderr).toBe("")
    expectNoSecrets(r, { ticketOnStdout: true })
    expect(filesUnder(home)).toEqual([])
    // Even when the same ticket is already known (SO_TICKET), and so masked everywhere else.
    const again = await run(["login", "--user", "grace", "--print-ticket", "--verbose"], {
      home,
      env: loginEnv({ SO_TICKET: ticket })
    })
    expect(again.code).toBe(0)
    expect(again.stdout).toBe(`${ticket}\n`)
    expectNoSecrets(again, { ticketOnStdout: true })
  })

  it("without SO_PASSWORD and with no terminal, says how to give the password (exit 3) and sends nothing", async () => {
    const before = (await fake.requests()).length
    const r = await run(["login", "--user", "grace"], { env: { SO_URL: fake.url }, stdin: "" })
    expect(r.code).toBe(3)
    expect(lines(r.stderr)).toHaveLength(1)
    expect(r.stderr).toContain("SO_PASSWORD")
    expect(r.stdout).toBe("")
    expect((await fake.requests()).length).toBe(before)
  })

  // util-linux `script` gives the command a pseudo-terminal: the real prompt, with raw mode and all.
  const hasScript = os.platform() === "linux" && spawnSync("script", ["--version"]).status === 0
  it.skipIf(!hasScript)("on a terminal, asks for the password on stderr without echoing it", async () => {
    const home = tempHome()
    const errFile = `${home}/stderr.txt`
    const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`
    const command = `${quote(process.execPath)} ${quote(bin)} login --user grace --print-ticket 2>${quote(errFile)}`
    const child = spawn("script", ["-qec", command, "/dev/null"], {
      env: { PATH: process.env.PATH ?? "", HOME: home, XDG_CONFIG_HOME: `${home}/.config`, SO_URL: fake.url },
      stdio: ["pipe", "pipe", "pipe"]
    })
    let tty = ""
    child.stdout.setEncoding("utf8").on("data", (d: string) => tty += d)
    const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)))
    const killer = setTimeout(() => child.kill("SIGKILL"), 20_000)
    try {
      // Type only once the prompt is up (raw mode on): typed earlier, the terminal itself would echo it.
      for (
        let i = 0;
        i < 200 && !(fs.existsSync(errFile) && fs.readFileSync(errFile, "utf8").includes("Password for grace"));
        i++
      ) {
        await new Promise((r) => setTimeout(r, 50))
      }
      child.stdin.write(`${password}\r`)
      expect(await exited).toBe(0)
      const stderr = fs.readFileSync(errFile, "utf8")
      expect(stderr).toContain(`Password for grace at ${fake.url}`)
      expect(tty.trim()).toBe(ticket)
      expectAbsent(tty + stderr, passwordCore, password)
      expect(stderr).not.toContain("*".repeat(password.length))
    } finally {
      clearTimeout(killer)
      child.kill("SIGKILL")
    }
  }, 30_000)

  it("without a user, a usage error naming --user and SO_USER", async () => {
    const r = await run(["login"], { env: loginEnv() })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("--user")
    expect(r.stderr).toContain("SO_USER")
  })

  it("a ticket set elsewhere wins over the stored one, and login warns about it", async () => {
    const home = tempHome()
    const r = await run(["login", "--user", "grace"], { home, env: loginEnv({ SO_TICKET: "7T:not-valid-here" }) })
    expect(r.code).toBe(0)
    expect(r.stderr).toContain("warning: the ticket from SO_TICKET in the environment still wins")
    const read = await run(["messages", "--session", "1"], {
      home,
      env: { SO_URL: fake.url, SO_TICKET: "7T:not-valid-here" }
    })
    expect(read.code).toBe(6)
  })

  it("the stored ticket is never sent to another URL", async () => {
    const home = tempHome()
    expect((await run(["login", "--user", "grace"], { home, env: loginEnv() })).code).toBe(0)
    const other = await Servers.refusing(() => "You are not logged in.")
    try {
      const r = await run(["add-message", "--session", "1", "--text", "x", "--verbose"], {
        home,
        env: { SO_URL: other.url }
      })
      // With no ticket for this URL, nothing goes out at all.
      expect(r.code).toBe(3)
      expect(r.stderr).toContain("ticket: not set")
      expect(r.stderr).toContain("no ticket is configured")
      expect(other.requests()).toBe(0)
    } finally {
      await other.close()
    }
  })

  it.skipIf(os.platform() === "win32")("replaces a store others could read with one only its owner can", async () => {
    const home = tempHome()
    fs.mkdirSync(`${home}/.config/so-chat`, { recursive: true })
    fs.writeFileSync(ticketFileIn(home), "{}", { mode: 0o644 })
    fs.chmodSync(ticketFileIn(home), 0o644)
    const r = await run(["login", "--user", "grace"], { home, env: loginEnv() })
    expect(r.code).toBe(0)
    expect(fs.statSync(ticketFileIn(home)).mode & 0o777).toBe(0o600)
    expect(JSON.parse(fs.readFileSync(ticketFileIn(home), "utf8")).tickets[fake.url].ticket).toBe(ticket)
    // No temporary file is left behind.
    expect(fs.readdirSync(`${home}/.config/so-chat`)).toEqual(["ticket.json"])
  })

  describe("one ticket per installation", () => {
    let other: FakeNetServerHttp.Running
    const otherPassword = `other:${core()}`
    beforeAll(async () => {
      other = await FakeNetServerHttp.start({
        users: [{ username: "ada", password: otherPassword, ticket: `7T:${core()}==`, associateId: 12 }]
      })
    })
    afterAll(() => other.close())

    it("logging in to a second installation keeps the first one's ticket; each is sent to its own", async () => {
      const home = tempHome()
      const first = await run(["login", "--user", "grace"], { home, env: loginEnv() })
      expect(first.code).toBe(0)
      const second = await run(["login", "--user", "ada"], {
        home,
        env: { SO_URL: other.url, SO_PASSWORD: otherPassword }
      })
      expect(second.code).toBe(0)
      const file = ticketFileIn(home)
      if (os.platform() !== "win32") expect(fs.statSync(file).mode & 0o777).toBe(0o600)
      const stored = JSON.parse(fs.readFileSync(file, "utf8"))
      expect(Object.keys(stored.tickets).sort()).toEqual([fake.url, other.url].sort())
      expect(stored.tickets[fake.url]).toMatchObject({ url: fake.chatUrl, user: "grace" })
      expect(stored.tickets[other.url]).toMatchObject({ url: other.chatUrl, user: "ada" })

      // Both stored tickets work afterwards, each at its own installation.
      for (const [server, user] of [[fake, "grace"], [other, "ada"]] as const) {
        const before = (await server.requests()).length
        const r = await run(["add-message", "--session", "1", "--text", `to ${user}'s`, "--verbose"], {
          home,
          env: { SO_URL: server.url }
        })
        expect(r.code, r.stderr).toBe(0)
        expect(r.stderr).toContain(`ticket: set (from so-chat login as ${user} (${file}))`)
        const sent = (await server.requests()).slice(before)
        expect(sent.map((q) => q.outcome._tag)).toEqual(["Succeeded"])
      }
      // The Chat endpoint's own URL finds the same ticket as the base URL.
      const byEndpoint = await run(["messages", "--session", "1", "--url", other.chatUrl], { home })
      expect(byEndpoint.code, byEndpoint.stderr).toBe(0)
      expect(byEndpoint.stdout).toContain("to ada's")
    })

    it("a ticket stored by an earlier so-chat (one ticket, format 1) is read, and kept by the next login", async () => {
      const home = tempHome()
      const file = ticketFileIn(home)
      fs.mkdirSync(`${home}/.config/so-chat`, { recursive: true, mode: 0o700 })
      const old = { url: fake.chatUrl, user: "grace", ticket, obtained: "2026-11-24T05:02:25.215Z" }
      fs.writeFileSync(file, JSON.stringify(old, null, 2), { mode: 0o600 })
      const read = await run(["messages", "--session", "1", "--verbose"], { home, env: { SO_URL: fake.url } })
      expect(read.code, read.stderr).toBe(0)
      expect(read.stderr).toContain(`ticket: set (from so-chat login as grace (${file}))`)
      const login = await run(["login", "--user", "ada"], {
        home,
        env: { SO_URL: other.url, SO_PASSWORD: otherPassword }
      })
      expect(login.code).toBe(0)
      const stored = JSON.parse(fs.readFileSync(file, "utf8"))
      expect(stored.version).toBe(2)
      expect(stored.tickets[fake.url]).toEqual(old)
      expect(stored.tickets[other.url]).toMatchObject({ user: "ada" })
      if (os.platform() !== "win32") expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    })

    it("logging in again to the same installation replaces its ticket alone", async () => {
      const home = tempHome()
      expect((await run(["login", "--user", "grace"], { home, env: loginEnv() })).code).toBe(0)
      expect(
        (await run(["login", "--user", "ada"], { home, env: { SO_URL: other.url, SO_PASSWORD: otherPassword } })).code
      )
        .toBe(0)
      const before = JSON.parse(fs.readFileSync(ticketFileIn(home), "utf8"))
      expect((await run(["login", "--user", "grace"], { home, env: loginEnv({ SO_URL: fake.chatUrl }) })).code)
        .toBe(0)
      const after = JSON.parse(fs.readFileSync(ticketFileIn(home), "utf8"))
      expect(Object.keys(after.tickets).sort()).toEqual([fake.url, other.url].sort())
      expect(after.tickets[other.url]).toEqual(before.tickets[other.url])
      expect(after.tickets[fake.url].obtained >= before.tickets[fake.url].obtained).toBe(true)
    })
  })

  it("a damaged ticket store is ignored with a warning that does not quote it", async () => {
    const home = tempHome()
    writeConfig(home, { url: fake.url })
    fs.writeFileSync(ticketFileIn(home), `{"ticket": "${ticket}"`, { mode: 0o600 })
    const r = await run(["messages", "--session", "1"], { home })
    expect(r.code).toBe(3)
    expect(r.stderr).toContain("not a ticket stored by so-chat login; ignored")
    expect(r.stderr).toContain("no ticket is configured")
    expectNoSecrets(r)
  })

  it("cannot reach the server: exit 4, password not shown", async () => {
    const r = await run(["login", "--user", "grace", "--verbose"], {
      env: { SO_URL: await Servers.refusedUrl(), SO_PASSWORD: password }
    })
    expect(r.code).toBe(4)
    expectNoSecrets(r)
  })

  it("a server echoing the request (with the password) in its error never gets it printed", async () => {
    for (
      const start of [
        () => Servers.faulting((b) => `Bad request ${b}`),
        () => Servers.garbage((b) => `not xml ${b}`),
        () => Servers.unauthorized((b) => b)
      ]
    ) {
      const server = await start()
      try {
        const r = await run(["login", "--user", "grace", "--verbose"], {
          env: { SO_URL: server.url, SO_PASSWORD: password }
        })
        expect(r.code).not.toBe(0)
        expectNoSecrets(r)
        expect(server.bodies().join("")).toContain(passwordCore)
      } finally {
        await server.close()
      }
    }
  })
})
