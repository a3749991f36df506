/**
 * Each way a call can fail, met over a real loopback socket: the exit code of
 * its class, one line on stderr saying what happened (and whether the
 * message may have been posted), nothing on stdout, no stack trace.
 */
import { FakeNetServer, FakeNetServerHttp } from "@so-chat/testkit"
import * as Redacted from "effect/Redacted"
import { spawn } from "node:child_process"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { bin, lines, run, tempHome } from "./support/cli.js"
import * as Servers from "./support/servers.js"

const post = (url: string, ...extra: Array<string>) =>
  run(["add-message", "--url", url, "--session", "1", "--text", "hello", ...extra], {
    env: { SO_TICKET: "7T:some-ticket" }
  })

const oneLine = (stderr: string): string => {
  const err = lines(stderr)
  expect(err, stderr).toHaveLength(1)
  expect(err[0]).toMatch(/^so-chat: /)
  expect(stderr).not.toMatch(/\n\s+at /)
  return err[0]!
}

describe("failures", () => {
  let fake: FakeNetServerHttp.Running
  beforeAll(async () => {
    fake = await FakeNetServerHttp.start()
  })
  afterAll(() => fake.close())

  it("connection refused: exit 4, names the URL, says nothing was sent", async () => {
    const url = await Servers.refusedUrl()
    const r = await post(url)
    expect(r.code).toBe(4)
    expect(r.stdout).toBe("")
    const line = oneLine(r.stderr)
    expect(line).toContain(`${url}Remote/Services88/Chat.svc`)
    expect(line).toContain("refused")
    expect(line).toContain("Nothing was sent")
  })

  it("a stall past --timeout: exit 5, says the message may have been posted", async () => {
    const server = await Servers.stalling()
    try {
      const started = Date.now()
      const r = await post(server.url, "--timeout", "1")
      expect(r.code).toBe(5)
      expect(Date.now() - started).toBeLessThan(15_000)
      expect(server.requests()).toBe(1)
      const line = oneLine(r.stderr)
      expect(line).toContain("within 1 second")
      expect(line).toContain("may have been posted")
    } finally {
      await server.close()
    }
  })

  it("401 with an HTML page: exit 6, the status and a hint, not the HTML markup", async () => {
    const server = await Servers.unauthorized()
    try {
      const r = await post(server.url)
      expect(r.code).toBe(6)
      const line = oneLine(r.stderr)
      expect(line).toContain("HTTP 401")
      expect(line).toContain("Access is denied")
      expect(line).not.toContain("<h1>")
    } finally {
      await server.close()
    }
  })

  it("NetServer refuses (ExceptionInfo, Succeeded=false): exit 6 with its FriendlyText; the server's stack trace only with --verbose", async () => {
    const server = await Servers.refusing(() => "Your session has expired. Please log in again.")
    try {
      const r = await post(server.url)
      expect(r.code).toBe(6)
      const line = oneLine(r.stderr)
      expect(line).toContain("Your session has expired. Please log in again.")
      expect(line).toContain("SoSessionException")
      expect(r.stderr).not.toContain("SoCredentials.Validate")
      const verbose = await post(server.url, "--verbose")
      expect(verbose.code).toBe(6)
      expect(verbose.stderr).toContain("SoCredentials.Validate")
      expect(verbose.stderr).toContain("error: NetServerException (exit code 6)")
      expect(verbose.stderr).toContain("message: not posted")
    } finally {
      await server.close()
    }
  })

  it("the fake NetServer refuses an unknown chat session: exit 6, its FriendlyText", async () => {
    const r = await run(["add-message", "--url", fake.url, "--session", "999", "--text", "x"], {
      env: { SO_TICKET: Redacted.value(FakeNetServer.defaultTicket) }
    })
    expect(r.code).toBe(6)
    const line = oneLine(r.stderr)
    expect(line).toContain("NetServer refused AddChatMessage")
    expect(line).toContain("999")
  })

  it("the fake NetServer refuses an unknown ticket: exit 6", async () => {
    const r = await run(["add-message", "--url", fake.url, "--session", "1", "--text", "x"], {
      env: { SO_TICKET: "7T:not-a-ticket-it-knows" }
    })
    expect(r.code).toBe(6)
    expect(oneLine(r.stderr)).toContain("NetServer refused AddChatMessage")
  })

  it("a SOAP fault: exit 7 with the fault's reason", async () => {
    const server = await Servers.faulting(() => "The creator of this fault did not specify a Reason.")
    try {
      const r = await post(server.url)
      expect(r.code).toBe(7)
      const line = oneLine(r.stderr)
      expect(line).toContain("SOAP fault")
      expect(line).toContain("The creator of this fault did not specify a Reason.")
    } finally {
      await server.close()
    }
  })

  it("a body that is not XML: exit 8, says it could not be read and may have been posted", async () => {
    const server = await Servers.garbage()
    try {
      const r = await post(server.url)
      expect(r.code).toBe(8)
      const line = oneLine(r.stderr)
      expect(line).toContain("could not be read")
      expect(line).toContain("may have been posted")
    } finally {
      await server.close()
    }
  })

  it("a reset in the middle of the answer: exit 9 (outcome unknown), says so", async () => {
    const server = await Servers.resetMidBody()
    try {
      const r = await post(server.url)
      expect(r.code).toBe(9)
      expect(server.requests()).toBe(1)
      const line = oneLine(r.stderr)
      expect(line).toContain("may have been posted")
      expect(line).toContain("check the chat session before sending it again")
    } finally {
      await server.close()
    }
  })

  it("an unknown flag: exit 2, names it, points to the command's help", async () => {
    const r = await run(["add-message", "--session", "1", "--text", "x", "--sesion", "2"])
    expect(r.code).toBe(2)
    const line = oneLine(r.stderr)
    expect(line).toContain("--sesion")
    expect(line).toContain("so-chat add-message --help")
  })

  it("a missing flag: exit 2, names it", async () => {
    const r = await run(["add-message", "--text", "x"])
    expect(r.code).toBe(2)
    expect(oneLine(r.stderr)).toContain("--session")
  })

  it.each([
    [["--session", "abc"], "--session", "not a whole number"],
    [["--session", "0"], "--session", "out of range"],
    [["--session", "99999999999"], "--session", "out of range"],
    [["--type", "ToNobody"], "--type", "ToCustomer, ToUser, Special"],
    [["--special-type", "Fireworks"], "--special-type", "not a special type"],
    [["--timeout", "soon"], "--timeout", "not a timeout"],
    [["--soap-version", "1.3"], "--soap-version", "1.1 or 1.2"],
    [["--url", "ftp://example.com/"], "--url", "http or https"],
    [["--url", "not a url"], "--url", "not an absolute URL"],
    [["--text", "bell \u0007"], "--text", "XML 1.0 cannot carry"]
  ])("an invalid value %j: exit 2, names %s and says why", async (flags, flag, why) => {
    const args = ["add-message", ...flags]
    for (const [name, value] of [["--session", "1"], ["--text", "x"], ["--url", "http://127.0.0.1:9/"]]) {
      if (!flags.includes(name!)) args.push(name!, value!)
    }
    const r = await run(args)
    expect(r.code).toBe(2)
    const line = oneLine(r.stderr)
    expect(line).toContain(flag)
    expect(line).toContain(why)
  })

  it.each([
    ["SO_TIMEOUT", "later", "SO_TIMEOUT in the environment"],
    ["SO_SOAP_VERSION", "2", "SO_SOAP_VERSION in the environment"],
    ["SO_URL", "gopher://x/", "SO_URL in the environment"]
  ])("an invalid %s=%s: exit 3, names the variable", async (name, value, where) => {
    const r = await run(["add-message", "--session", "1", "--text", "x"], {
      env: { SO_URL: "http://127.0.0.1:9/", [name]: value }
    })
    expect(r.code).toBe(3)
    expect(oneLine(r.stderr)).toContain(where)
  })
})

describe("signals", () => {
  it("SIGINT while waiting for the answer: exit 130, says the message may have been posted", async () => {
    const server = await Servers.stalling()
    try {
      const child = spawn(
        process.execPath,
        [bin, "add-message", "--url", server.url, "--session", "1", "--text", "x", "--timeout", "60"],
        {
          env: { PATH: process.env.PATH ?? "", HOME: tempHome(), NO_COLOR: "1", SO_TICKET: "7T:some-ticket" },
          stdio: ["ignore", "pipe", "pipe"]
        }
      )
      let stderr = ""
      child.stderr.setEncoding("utf8").on("data", (d: string) => stderr += d)
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
      const started = Date.now()
      while (server.requests() === 0 && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 20))
      expect(server.requests()).toBe(1)
      child.kill("SIGINT")
      expect(await exited).toBe(130)
      expect(oneLine(stderr)).toBe(
        "so-chat: stopped by SIGINT: the request may have reached the server, so the message may have been posted; " +
          "check the chat session before sending it again."
      )
    } finally {
      await server.close()
    }
  })
})
