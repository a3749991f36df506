/**
 * The commands besides add-message, and what every command has: --help,
 * --version, completions; `demo` end to end; `serve-fake` as a process that
 * other programs talk to and that stops cleanly on a signal.
 */
import { spawn } from "node:child_process"
import * as http from "node:http"
import type * as net from "node:net"
import { describe, expect, it } from "vitest"
import { bin, lines, packageVersion, run, tempHome } from "./support/cli.js"

describe("every command", () => {
  it("--version prints the package's version", async () => {
    const r = await run(["--version"])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(`${packageVersion}\n`)
    expect(r.stderr).toBe("")
  })

  it.each([
    [[], [
      "demo",
      "add-message",
      "messages",
      "login",
      "serve-fake",
      "call",
      "sessions",
      "topics",
      "pick-up",
      "transfer",
      "accept",
      "reject",
      "close",
      "transcript",
      "presence"
    ]],
    [["sessions"], [
      "--json",
      "--url",
      "--ticket",
      "--app-token",
      "--soap-version",
      "--timeout",
      "--config",
      "--verbose"
    ]],
    [["pick-up"], ["--session", "--first", "--json", "--url", "--ticket"]],
    [["transfer"], ["--session", "--to", "--json"]],
    [["transcript"], ["--session", "--html", "--json"]],
    [["presence"], ["--set", "--json"]],
    [["add-message"], [
      "--session",
      "--text",
      "--type",
      "--author",
      "--special-type",
      "--special-param",
      "--dry-run",
      "--url",
      "--ticket",
      "--app-token",
      "--soap-version",
      "--timeout",
      "--config",
      "--json",
      "--verbose"
    ]],
    [["messages"], [
      "--session",
      "--after",
      "--follow",
      "--json",
      "--url",
      "--ticket",
      "--app-token",
      "--soap-version",
      "--timeout",
      "--config",
      "--verbose"
    ]],
    [["login"], ["--user", "--print-ticket", "--url", "--app-token", "--soap-version", "--timeout", "--config"]],
    [["demo"], ["--text", "--author", "--url", "--soap-version", "--json", "--verbose"]],
    [["serve-fake"], ["--port", "--host", "--online", "--seed", "--verbose"]]
  ])("%j --help lists %j", async (command, flags) => {
    const r = await run([...command, "--help"])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe("")
    for (const flag of flags) expect(r.stdout).toContain(flag)
  })

  it("login --help offers no --password or --ticket flag, and says the password is never stored", async () => {
    const r = await run(["login", "--help"])
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain("--password")
    expect(r.stdout).not.toContain("--ticket ")
    expect(r.stdout).toContain("never stored")
  })

  it("add-message --help says to prefer the environment for secrets", async () => {
    const r = await run(["add-message", "--help"])
    expect(r.stdout).toContain("Prefer the SO_TICKET environment variable")
    expect(r.stdout).toContain("Prefer SO_APP_TOKEN")
  })

  it.each(["bash", "zsh", "fish"])("--completions %s prints a completion script naming the commands", async (shell) => {
    const r = await run(["--completions", shell])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("add-message")
    expect(r.stdout).toContain("serve-fake")
  })

  it("with no command, prints an overview pointing to demo", async () => {
    const r = await run([])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("so-chat demo")
    expect(r.stdout).toContain("so-chat add-message --session <id> --text <text>")
    // --user is optional (SO_USER, the config file): the synopsis says so
    expect(r.stdout).toContain("so-chat login [--user <name>]")
  })

  it("an unknown command is a usage error (exit 2) on one line", async () => {
    const r = await run(["post-message"])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    expect(lines(r.stderr)).toHaveLength(1)
    expect(r.stderr).toContain("add-message")
  })
})

describe("demo", () => {
  it("runs a whole chat on a fake NetServer over HTTP and prints its steps and transcript", async () => {
    const r = await run(["demo"])
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    const out = lines(r.stdout)
    expect(out[1]).toMatch(
      /^The fake \(the one so-chat serve-fake runs\) is at http:\/\/127\.0\.0\.1:\d+\/\S+\/, with agents ada and grace\.$/
    )
    const id = /opens a chat in Sales\s+-> chat session (\d+), InQueue$/.exec(out[2]!)?.[1]
    expect(id).toBeDefined()
    expect(out.filter((l) => /^ {2}\S+\s+so-chat /.test(l)).map((l) => l.replace(/\s+->.*$/, "").trim().split(/\s+/)))
      .toEqual([
        ["ada", "so-chat", "pick-up", "--session", id],
        ["ada", "so-chat", "transfer", "--session", id, "--to", "grace"],
        ["grace", "so-chat", "accept", "--session", id],
        ["grace", "so-chat", "close", "--session", id]
      ])
    expect(out).toContain(`so-chat transcript --session ${id}:`)
    expect(r.stdout).toMatch(/ {4}\S+ Margaret Hamilton: Hi! I would like a quote for 5 licences\./)
    expect(r.stdout).toMatch(/^\d+ calls \(SOAP 1\.1\) in \d+ ms\./m)
    expect(r.stdout).not.toContain("7T:1234abcxyzExample==")
  })

  it("--json gives the conversation as one object; --soap-version 1.2 speaks 1.2", async () => {
    const r = await run(["demo", "--json", "--soap-version", "1.2", "--text", "Bonjour"])
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(json.steps).toHaveLength(11)
    expect(json.steps[1].message).toMatchObject({
      chatSessionId: json.chatSessionId,
      message: "Bonjour",
      type: "ToUser"
    })
    expect(json.steps.at(-1).session.status).toBe("Closed")
    expect(json.transcript).toContain("Bonjour")
    expect(json.calls).toBeGreaterThanOrEqual(12)
  })
})

/** Starts `so-chat serve-fake`, resolving with the URL it prints first. */
const serveFake = (args: ReadonlyArray<string> = [], env: Record<string, string> = {}) => {
  const home = tempHome()
  const child = spawn(process.execPath, [bin, "serve-fake", ...args], {
    env: { PATH: process.env.PATH ?? "", HOME: home, NO_COLOR: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"]
  })
  let stdout = ""
  let stderr = ""
  child.stdout.setEncoding("utf8").on("data", (d: string) => stdout += d)
  child.stderr.setEncoding("utf8").on("data", (d: string) => stderr += d)
  let done = false
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => {
      done = true
      resolve({ code, signal })
    })
  )
  const waitFor = (predicate: () => boolean, what: string) =>
    new Promise<void>((resolve, reject) => {
      const started = Date.now()
      const check = () => {
        if (predicate()) return resolve()
        if (done) return reject(new Error(`so-chat exited before ${what}:\n${stdout}\n${stderr}`))
        if (Date.now() - started > 20_000) {
          return reject(new Error(`timed out waiting for ${what}:\n${stdout}\n${stderr}`))
        }
        setTimeout(check, 25)
      }
      check()
    })
  const url = waitFor(() => stdout.includes("\n"), "the URL").then(() => stdout.split("\n")[0]!)
  return { child, url, exited, waitFor, out: () => stdout, err: () => stderr }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = http.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })

describe("serve-fake", () => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "prints its URL, serves add-message, logs each request on one line, and stops on %s with exit 0",
    async (signal) => {
      const server = serveFake()
      try {
        const url = await server.url
        expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\S+\/$/)
        const secretTicket = "7T:not-known-to-the-fake-12345"
        const good = await run(["add-message", "--url", url, "--session", "2", "--text", "hi there", "--json"], {
          env: { SO_TICKET: "7T:1234abcxyzExample==" }
        })
        expect(good.stderr).toBe("")
        expect(good.code).toBe(0)
        expect(JSON.parse(good.stdout)).toMatchObject({ chatSessionId: 2, message: "hi there" })
        const bad = await run(["add-message", "--url", url, "--session", "2", "--text", "x"], {
          env: { SO_TICKET: secretTicket }
        })
        expect(bad.code).toBe(6)
        await server.waitFor(() => lines(server.out()).length >= 3, "two request lines")
        const [, posted, refused] = lines(server.out())
        expect(posted).toMatch(
          /^\d{4}-\d\d-\d\dT\S+Z POST \/\S+\/Remote\/Services88\/Chat\.svc AddChatMessage SOAP 1\.1 session=2 ticket=<redacted> -> 200 posted ChatMessageId=\d+ \(\S+ ms\)$/
        )
        expect(refused).toMatch(/ticket=<redacted> -> 200 refused: /)
        expect(server.out() + server.err()).not.toContain(secretTicket)
        server.child.kill(signal)
        expect(await server.exited).toEqual({ code: 0, signal: null })
        expect(server.err()).toContain(`so-chat: ${signal}: stopping`)
        expect(server.err()).toContain("so-chat: stopped")
      } finally {
        server.child.kill("SIGKILL")
      }
    }
  )

  it("shows its documented example ticket and token even when SO_TICKET and SO_APP_TOKEN hold them", async () => {
    const server = serveFake(["--online"], {
      SO_TICKET: "7T:1234abcxyzExample==",
      SO_APP_TOKEN: "1234567-1234-9876"
    })
    try {
      await server.url
      await server.waitFor(() => server.err().includes("Ctrl-C stops it"), "the banner")
      expect(server.err()).toMatch(/\n {2}ada\s+associate 1\s+.*ticket 7T:1234abcxyzExample==\s+present\n/)
      expect(server.err()).toContain("\nso-chat: application token 1234567-1234-9876\n")
      server.child.kill("SIGTERM")
      expect((await server.exited).code).toBe(0)
    } finally {
      server.child.kill("SIGKILL")
    }
  })

  it("logs GetChatMessages and logins with the same detail as AddChatMessage, tickets masked", async () => {
    const server = serveFake()
    try {
      const url = await server.url
      const read = await run(["messages", "--url", url, "--session", "2"], {
        env: { SO_TICKET: "7T:1234abcxyzExample==" }
      })
      expect(read.code).toBe(0)
      const login = await run(["login", "--url", url, "--user", "ada", "--print-ticket"], {
        env: { SO_PASSWORD: "lovelace" }
      })
      expect(login.code).toBe(0)
      const issued = login.stdout.trim()
      expect(issued).toMatch(/^7T:/)
      const wrong = await run(["login", "--url", url, "--user", "ada"], { env: { SO_PASSWORD: "nope" } })
      expect(wrong.code).not.toBe(0)
      await server.waitFor(() => lines(server.out()).length >= 4, "three request lines")
      const [, messages, loggedIn, refused] = lines(server.out())
      expect(messages).toMatch(
        /^\S+Z POST \/\S+\/Remote\/Services88\/Chat\.svc GetChatMessages SOAP 1\.1 session=2 after=0 ticket=<redacted> -> 200 0 messages \(\S+ ms\)$/
      )
      expect(loggedIn).toMatch(
        /^\S+Z POST \/\S+\/Remote\/Services88\/SoPrincipal\.svc AuthenticateUsernamePassword SOAP 1\.1 user="ada" ticket=none -> 200 logged in, new ticket <redacted> \(\S+ ms\)$/
      )
      expect(refused).toMatch(/user="ada" ticket=none -> 200 not logged in: wrong user name or password \(/)
      expect(server.out() + server.err()).not.toContain(issued)
      expect(server.out() + server.err()).not.toContain("lovelace")
      server.child.kill("SIGTERM")
      expect((await server.exited).code).toBe(0)
    } finally {
      server.child.kill("SIGKILL")
    }
  })

  it("--port listens on the port given", async () => {
    const port = await freePort()
    const server = serveFake(["--port", String(port)])
    try {
      const url = await server.url
      expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/`))
      const posted = await run(["add-message", "--url", url, "--session", "3", "--text", "via --port", "--json"], {
        env: { SO_TICKET: "7T:1234abcxyzExample==" }
      })
      expect(posted.code).toBe(0)
      expect(JSON.parse(posted.stdout)).toMatchObject({ chatSessionId: 3, message: "via --port" })
      await server.waitFor(() => lines(server.out()).length >= 2, "the request line")
      expect(lines(server.out())[1]).toContain("session=3")
      server.child.kill("SIGTERM")
      expect((await server.exited).code).toBe(0)
    } finally {
      server.child.kill("SIGKILL")
    }
  })

  it("a port that is taken is an error naming it", async () => {
    const taken = http.createServer()
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", () => resolve()))
    const { port } = taken.address() as net.AddressInfo
    try {
      const r = await run(["serve-fake", "--port", String(port)])
      expect(r.code).not.toBe(0)
      expect(lines(r.stderr)).toHaveLength(1)
      expect(r.stderr).toContain(String(port))
    } finally {
      taken.close()
    }
  })
})
