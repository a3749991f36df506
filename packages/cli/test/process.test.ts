/**
 * The process around a command, as a shell and a terminal see it: a stdout
 * that cannot be written (`> /dev/full`) is an error exit, not a silent
 * success; a signal stops a command with a line that fits what it does; the
 * password prompt keeps to NO_COLOR and TERM=dumb.
 */
import { FakeNetServer, FakeNetServerHttp } from "@so-chat/testkit"
import * as Redacted from "effect/Redacted"
import { spawn, spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as net from "node:net"
import * as os from "node:os"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { bin, lines, run, start, tempHome } from "./support/cli.js"
import * as Servers from "./support/servers.js"

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
      env: {
        PATH: process.env.PATH ?? "",
        HOME: home,
        XDG_CONFIG_HOME: path.join(home, ".config"),
        NO_COLOR: "1",
        ...env
      },
      stdio: ["ignore", full, "pipe"]
    })
    fs.closeSync(full)
    let stderr = ""
    child.stderr!.setEncoding("utf8").on("data", (d: string) => stderr += d)
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
    await run(["add-message", "--session", "2", "--text", "to follow"], {
      env: { SO_URL: fake.url, SO_TICKET: ticket }
    })
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
    const r = await toDevFull(["add-message", "--session", "99", "--text", "x"], {
      SO_URL: fake.url,
      SO_TICKET: ticket
    })
    expect(r.code).toBe(6)
    expect(r.stderr).not.toContain("writing to stdout failed")
  })
})

/** A stalling loopback server: accepts each request and never answers. */
const stalling = () => Servers.stalling()

/** Waits until `condition()` holds, for at most `ms`. */
const until = async (condition: () => boolean, ms = 20_000) => {
  const started = Date.now()
  while (!condition() && Date.now() - started < ms) await new Promise((r) => setTimeout(r, 20))
  expect(condition()).toBe(true)
}

describe("SIGINT in a command that never posts", () => {
  it.each(
    [
      ["messages", ["messages", "--session", "1"], {}, "so-chat: stopped by SIGINT."],
      [
        "login",
        ["login", "--user", "ada"],
        { SO_PASSWORD: "pw-not-used-here" },
        "so-chat: stopped by SIGINT; no ticket was stored."
      ]
    ] as const
  )("%s, waiting for the answer: exit 130, and not a word about posting", async (_name, args, env, expected) => {
    const server = await stalling()
    try {
      const running = start([...args, "--timeout", "60"], { env: { SO_URL: server.url, SO_TICKET: ticket, ...env } })
      await until(() => server.requests() === 1)
      running.child.kill("SIGINT")
      const r = await running.exited
      expect(r.code).toBe(130)
      expect(lines(r.stderr)).toEqual([expected])
      expect(r.stdout).toBe("")
    } finally {
      await server.close()
    }
  })
})

// util-linux `script` gives the command a pseudo-terminal: the real prompt, with raw mode and all.
const hasScript = os.platform() === "linux" && spawnSync("script", ["--version"]).status === 0

/** `so-chat login` on a pseudo-terminal, at its password prompt; `tty()` is all the terminal showed. */
const atPrompt = async (env: Record<string, string>) => {
  const home = tempHome()
  const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`
  // `exec`, so that the child of `script` is so-chat itself, to send a signal to.
  const command = `exec ${quote(process.execPath)} ${quote(bin)} login --user ada`
  const child = spawn("script", ["-qec", command, "/dev/null"], {
    env: { PATH: process.env.PATH ?? "", HOME: home, XDG_CONFIG_HOME: `${home}/.config`, SO_URL: fake.url, ...env },
    stdio: ["pipe", "pipe", "pipe"]
  })
  let tty = ""
  child.stdout.setEncoding("utf8").on("data", (d: string) => tty += d)
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)))
  const killer = setTimeout(() => child.kill("SIGKILL"), 20_000)
  void exited.then(() => clearTimeout(killer))
  await until(() => tty.includes("Password for ada"))
  // Once the prompt is drawn it waits for a key: give it a moment to have raw mode on.
  await new Promise((r) => setTimeout(r, 200))
  const soChat = (): number => {
    const children = fs.readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, "utf8").trim().split(/\s+/)
    expect(children).toHaveLength(1)
    return Number(children[0])
  }
  return { child, exited, tty: () => tty, soChat }
}

// eslint-disable-next-line no-control-regex -- an ANSI style sequence starts with ESC
const STYLE = /\x1b\[[0-9;]*m/

describe.skipIf(!hasScript)("the password prompt, on a terminal", () => {
  it("SIGINT at the prompt: exit 130, the line after the prompt says so, nothing about posting", async () => {
    const p = await atPrompt({ TERM: "xterm-256color" })
    process.kill(p.soChat(), "SIGINT")
    expect(await p.exited).toBe(130)
    // eslint-disable-next-line no-control-regex -- the terminal's control sequences are not what is checked
    const shown = p.tty().replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "")
    expect(shown).toMatch(/Password for ada at [^\n]*\r?\nso-chat: stopped by SIGINT; no ticket was stored\.\r?\n$/)
    expect(shown).not.toContain("posted")
  }, 30_000)

  it("Ctrl-C at the prompt: the same, on a line of its own", async () => {
    const p = await atPrompt({ TERM: "xterm-256color" })
    p.child.stdin.write("\x03")
    expect(await p.exited).toBe(130)
    // eslint-disable-next-line no-control-regex -- the terminal's control sequences are not what is checked
    const shown = p.tty().replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "")
    expect(shown).toMatch(/\r?\nso-chat: stopped by Ctrl-C; no ticket was stored\.\r?\n$/)
  }, 30_000)

  it.each([
    ["NO_COLOR is set", { NO_COLOR: "1", TERM: "xterm-256color" }],
    ["TERM is dumb", { TERM: "dumb" }]
  ])("has no colours when %s", async (_when, env) => {
    const p = await atPrompt(env)
    p.child.stdin.write("\x03")
    expect(await p.exited).toBe(130)
    expect(p.tty()).toContain("Password for ada")
    expect(p.tty()).not.toMatch(STYLE)
  }, 30_000)

  it("has colours on a colour terminal (what the two above take away)", async () => {
    const p = await atPrompt({ TERM: "xterm-256color" })
    p.child.stdin.write("\x03")
    expect(await p.exited).toBe(130)
    expect(p.tty()).toMatch(STYLE)
  }, 30_000)
})

describe("--verbose", () => {
  /** Every line of stderr is so-chat's: `so-chat: …`, or an error's detail indented under it. */
  const expectOneFormat = (stderr: string) => {
    for (const line of lines(stderr)) expect(line, stderr).toMatch(/^(so-chat: | {2}\S)/)
    expect(stderr).not.toContain("timestamp=")
    expect(stderr).not.toContain("level=")
  }

  it.each(["add-message", "messages"] as const)(
    "%s: a refused connection, retried: one line per retry, in so-chat's own format, saying when",
    async (command) => {
      const url = await Servers.refusedUrl()
      const args = command === "add-message" ? ["--text", "x"] : []
      const r = await run([command, "--url", url, "--session", "1", ...args, "--verbose"], {
        env: { SO_TICKET: ticket }
      })
      expect(r.code).toBe(4)
      expectOneFormat(r.stderr)
      const operation = command === "add-message" ? "AddChatMessage" : "GetChatMessages"
      const retries = lines(r.stderr).filter((l) => l.includes(" attempt "))
      expect(retries).toHaveLength(3)
      retries.forEach((line, i) =>
        expect(line).toMatch(
          new RegExp(`^so-chat: ${operation} attempt ${i + 1} failed: Could not connect .* Retrying in \\d+ ms\\.$`)
        )
      )
    }
  )

  it("a timeout, which is not retried: no retry line at all", async () => {
    const server = await Servers.stalling()
    try {
      const r = await run([
        "add-message",
        "--url",
        server.url,
        "--session",
        "1",
        "--text",
        "x",
        "--timeout",
        "1",
        "--verbose"
      ], {
        env: { SO_TICKET: ticket }
      })
      expect(r.code).toBe(5)
      expectOneFormat(r.stderr)
      expect(r.stderr).not.toMatch(/attempt|etry/)
      // The error's details name the operation the unknown outcome is about.
      expect(r.stderr).toContain("\n  operation: AddChatMessage\n")
    } finally {
      await server.close()
    }
  })
})

/**
 * A loopback port that takes no more connections, as a black-holed host: a
 * process listens with a backlog of 1 and then never accepts (its event loop
 * blocked in `Atomics.wait`, which spins nothing); the connections made here
 * fill its queue, after which the kernel drops each new SYN unanswered.
 */
const unansweredPort = async () => {
  const child = spawn(process.execPath, [
    "-e",
    `const s = require("node:net").createServer()
     s.listen({ port: 0, host: "127.0.0.1", backlog: 1 }, () =>
       process.stdout.write(s.address().port + "\\n", () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)))`
  ], { stdio: ["ignore", "pipe", "inherit"] })
  const port = await new Promise<number>((resolve) =>
    child.stdout.once("data", (d: Buffer) => resolve(Number(String(d))))
  )
  const sockets: Array<net.Socket> = []
  const connects = (): Promise<boolean> =>
    new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1")
      sockets.push(socket)
      const timer = setTimeout(() => resolve(false), 500)
      socket.once("connect", () => (clearTimeout(timer), resolve(true)))
      socket.once("error", () => (clearTimeout(timer), resolve(false)))
    })
  let filled = false
  for (let i = 0; i < 32 && !filled; i++) filled = !(await connects())
  const close = () => {
    for (const s of sockets) s.destroy()
    child.kill("SIGKILL")
  }
  if (!filled) {
    close()
    throw new Error("the listen queue never filled: this test needs a kernel that drops SYNs to a full queue")
  }
  return { url: `http://127.0.0.1:${port}/Cust12345/`, close }
}

/** The row of docs/cli.md's exit-code table for `code`. */
const documentedRow = (code: number): string => {
  const doc = fs.readFileSync(path.resolve(__dirname, "../../../docs/cli.md"), "utf8")
  const row = doc.split("\n").find((l) => l.startsWith(`| ${code} |`))
  expect(row, `docs/cli.md has no row for exit code ${code}`).toBeDefined()
  return row!
}

describe("timeouts and the exit-code table", () => {
  it("a connect that times out: exit 4, nothing sent, and the table says so under 4 (not 5)", async () => {
    const server = await unansweredPort()
    try {
      const started = Date.now()
      const r = await run(["add-message", "--url", server.url, "--session", "1", "--text", "x", "--timeout", "1"], {
        env: { SO_TICKET: ticket }
      })
      expect(Date.now() - started).toBeLessThan(10_000)
      expect(r.code).toBe(4)
      expect(lines(r.stderr)).toHaveLength(1)
      expect(r.stderr).toContain("no connection could be made in time")
      expect(r.stderr).toContain("Nothing was sent.")
      expect(documentedRow(4)).toMatch(/no connection within/)
      expect(documentedRow(5)).not.toMatch(/no connection/)
    } finally {
      server.close()
    }
  })

  it("an answer that does not come: exit 5, may have been posted, as the table says under 5", async () => {
    const server = await Servers.stalling()
    try {
      const r = await run(["add-message", "--url", server.url, "--session", "1", "--text", "x", "--timeout", "1"], {
        env: { SO_TICKET: ticket }
      })
      expect(r.code).toBe(5)
      expect(server.requests()).toBe(1)
      expect(r.stderr).toContain("may have been posted")
      expect(documentedRow(5)).toMatch(/connected/)
      expect(documentedRow(5)).toMatch(/may have been/)
    } finally {
      await server.close()
    }
  })
})
