/**
 * What the command makes of its input, with the real binary: flags that
 * swallow each other, repeated or missing flags, integers, URLs, text that
 * should be questioned, a missing ticket. Against the testkit's fake NetServer
 * (or a loopback server that counts requests), to see what was, or was not,
 * posted.
 */
import { FakeNetServer, FakeNetServerHttp } from "@so-chat/testkit"
import * as Redacted from "effect/Redacted"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { lines, run, uniqueSecret } from "./support/cli.js"
import * as Servers from "./support/servers.js"

const ticket = Redacted.value(FakeNetServer.defaultTicket)
let fake: FakeNetServerHttp.Running

beforeAll(async () => {
  fake = await FakeNetServerHttp.start()
})
afterAll(() => fake.close())

const env = () => ({ SO_URL: fake.url, SO_TICKET: ticket })
const stored = async (session: number) => (await fake.messages(session)).length

/** The one line on stderr. */
const oneLine = (stderr: string): string => {
  const err = lines(stderr)
  expect(err, stderr).toHaveLength(1)
  expect(err[0]).toMatch(/^so-chat: /)
  return err[0]!
}

/** Runs add-message in session 3 and checks that it posted nothing. */
const refusedAddMessage = async (args: ReadonlyArray<string>, options: { readonly stdin?: string } = {}) => {
  const before = await stored(3)
  const r = await run(["add-message", "--session", "3", ...args], { env: env(), ...options })
  expect(await stored(3)).toBe(before)
  expect(r.stdout).toBe("")
  return r
}

describe("a flag's value that is one of the command's flags", () => {
  it.each([
    ["--text", "--dry-run"],
    ["--text", "--json"],
    ["--author", "--dry-run"],
    ["--special-param", "--verbose"],
    ["--text", "--help"],
    ["--text", "--log-level"],
    ["--url", "--dry-run"]
  ])("%s %s is refused (exit 2), saying how to mean it, and posts nothing", async (flag, value) => {
    const r = await refusedAddMessage(["--text", "x", flag, value].slice(flag === "--text" ? 2 : 0))
    expect(r.code).toBe(2)
    const line = oneLine(r.stderr)
    expect(line).toContain(`${flag} is followed by ${value}`)
    expect(line).toContain(`write ${flag}=${value}`)
  })

  it("--text=--dry-run posts a message whose text is --dry-run", async () => {
    const r = await run(["add-message", "--session", "3", "--text=--dry-run", "--json"], { env: env() })
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).message).toBe("--dry-run")
    expect((await fake.messages(3)).at(-1)!.message).toBe("--dry-run")
  })

  it.each(["--dry-run", "--help", "-h", "--version", "--session"])(
    "--dry-run --text=%s shows that text and posts nothing",
    async (text) => {
      const before = await stored(3)
      const r = await run(["add-message", "--session", "3", "--dry-run", `--text=${text}`], { env: env() })
      expect(r.code).toBe(0)
      expect(r.stdout).toContain(`<Message>${text}</Message>`)
      expect(await stored(3)).toBe(before)
    }
  )

  it("--text= with an equals sign keeps the value exactly, spaces included", async () => {
    const r = await run(["add-message", "--session", "3", "--text=  two spaces", "--json"], { env: env() })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).message).toBe("  two spaces")
  })
})

describe("help and parse errors", () => {
  it.each(["add-message", "messages", "login", "demo", "serve-fake"])(
    "%s --help shows its usage as so-chat %s …",
    async (command) => {
      for (const help of ["--help", "-h"]) {
        const r = await run([command, help])
        expect(r.code).toBe(0)
        expect(r.stdout).toMatch(new RegExp(`^\\$ so-chat ${command}( |$)`, "m"))
        expect(r.stdout).not.toMatch(new RegExp(`^\\$ ${command}`, "m"))
      }
    }
  )

  it("the integer flags are described as integers, and only they", async () => {
    const expected: Record<string, ReadonlyArray<string>> = {
      "add-message": ["--session"],
      messages: ["--session", "--after"],
      "serve-fake": ["--port"],
      login: [],
      demo: []
    }
    for (const [command, integers] of Object.entries(expected)) {
      const r = await run([command, "--help"])
      // Each option's block: its `--name PLACEHOLDER` line and the paragraphs up to the next.
      const blocks = r.stdout.split(/\n(?=--[a-z-]+)/).slice(1)
      const described = blocks.filter((b) => /\n\s+An integer\./.test(b)).map((b) => b.split(/\s/)[0])
      expect(described, command).toEqual(integers)
      for (const name of integers) {
        const block = blocks.find((b) => b.startsWith(`${name} `))!
        expect(block).not.toContain("A user-defined piece of text")
      }
    }
  })

  it.each([
    [["add-message", "--session", "1", "--session", "2", "--text", "x"], "--session is given 2 times; give it once"],
    [["add-message", "--session", "1", "--text", "a", "--text", "b"], "--text is given 2 times; give it once"],
    [["add-message", "--session", "1", "--text", "a", "--dry-run", "--dry-run"], "--dry-run is given 2 times"],
    [["messages", "--session", "1", "--after", "2", "--after=3"], "--after is given 2 times"]
  ])("a repeated flag is named: %j", async (args, message) => {
    const r = await run(args, { env: env() })
    expect(r.code).toBe(2)
    expect(oneLine(r.stderr)).toContain(message)
  })

  it("a repeated --ticket is named without quoting either value", async () => {
    const first = uniqueSecret("first")
    const second = uniqueSecret("second")
    const r = await run(["add-message", "--session", "1", "--text", "x", "--ticket", first, `--ticket=${second}`])
    expect(r.code).toBe(2)
    expect(oneLine(r.stderr)).toContain("--ticket is given 2 times")
    for (const secret of [first, second]) {
      for (const part of secret.split("-")) expect(r.stderr + r.stdout).not.toContain(part)
    }
  })

  it.each([
    [["serve-fake", "--port", "abc"], "--port: \"abc\" is not a whole number", "serve-fake"],
    [["add-message", "--session", "1.5", "--text", "x"], "--session: \"1.5\" is not a whole number", "add-message"],
    [["add-message", "--session=-1", "--text", "x"], "--session: \"-1\" is not a whole number", "add-message"],
    [["messages", "--session", "1", "--after", "1e3"], "--after: \"1e3\" is not a whole number", "messages"]
  ])("a value that is not a whole number names its flag: %j", async (args, message, command) => {
    const r = await run(args, { env: env() })
    expect(r.code).toBe(2)
    const line = oneLine(r.stderr)
    expect(line).toContain(message)
    expect(line).toContain(`(see: so-chat ${command} --help)`)
  })

  it("a bare add-message prints one message naming what is missing", async () => {
    const r = await run(["add-message"])
    expect(r.code).toBe(2)
    expect(oneLine(r.stderr)).toBe("so-chat: add-message needs --session and --text (see: so-chat add-message --help)")
    const m = await run(["messages"])
    expect(oneLine(m.stderr)).toBe("so-chat: messages needs --session (see: so-chat messages --help)")
  })

  it("a word without its flag is one message naming it", async () => {
    const r = await run(["add-message", "hello"])
    expect(r.code).toBe(2)
    expect(oneLine(r.stderr)).toContain("add-message takes no argument \"hello\" on its own")
  })

  it("--log-level, which help lists, is taken anywhere on the line, and a bad level is named", async () => {
    const url = await Servers.refusedUrl()
    const base = ["add-message", "--url", url, "--session", "1", "--text", "x"]
    const quiet = await run(base, { env: { SO_TICKET: ticket } })
    expect(quiet.code).toBe(4)
    expect(lines(quiet.stderr)).toHaveLength(1)
    for (
      const args of [[...base, "--log-level", "debug"], [...base, "--log-level=debug"], [
        "--log-level",
        "debug",
        ...base
      ]]
    ) {
      const r = await run(args, { env: { SO_TICKET: ticket } })
      expect(r.code, r.stderr).toBe(4)
      // The transport's debug lines (one per retried attempt) come before the error's own line.
      expect(lines(r.stderr).length, r.stderr).toBeGreaterThan(1)
      expect(r.stderr).toContain("AddChatMessage attempt 1 failed")
    }
    const bad = await run([...base, "--log-level", "loud"], { env: { SO_TICKET: ticket } })
    expect(bad.code).toBe(2)
    expect(oneLine(bad.stderr)).toContain("--log-level: \"loud\" is not a log level")
    const help = await run(["add-message", "--help"])
    expect(help.stdout).toContain("--log-level")
  })
})

describe("text a NetServer message cannot carry", () => {
  it.each([
    ["--text", "bad \u0001", "U+0001"],
    ["--author", "A\u0002", "U+0002"]
  ])(
    "demo %s with a control character: exit 2, one line naming the flag, no schema tree",
    async (flag, value, what) => {
      const r = await run(["demo", flag, value])
      expect(r.code).toBe(2)
      const line = oneLine(r.stderr)
      expect(line).toBe(
        `so-chat: ${flag}: contains ${what} at index ${
          value.indexOf(what === "U+0001" ? "\u0001" : "\u0002")
        }, which XML 1.0 cannot carry`
      )
      expect(r.stderr).not.toContain("internal error")
      expect(r.stdout).toBe("")
    }
  )

  it.each([
    ["--author", "A\u0002"],
    ["--special-param", "p\u0003"]
  ])("add-message %s with a control character: exit 2, names the flag, posts nothing", async (flag, value) => {
    const r = await refusedAddMessage(["--text", "x", "--type", "Special", "--special-type", "Url", flag, value])
    expect(r.code).toBe(2)
    expect(oneLine(r.stderr)).toMatch(new RegExp(`^so-chat: ${flag}: contains U\\+000[23]`))
  })
})

describe("input that should be questioned", () => {
  it.each([[""], ["   "], ["\n\t"]])("--text %j is refused unless --allow-empty", async (text) => {
    const r = await refusedAddMessage(["--text", text])
    expect(r.code).toBe(2)
    expect(oneLine(r.stderr)).toContain("--allow-empty")
    const allowed = await run(["add-message", "--session", "3", "--text", text, "--allow-empty", "--json"], {
      env: env()
    })
    expect(allowed.code, allowed.stderr).toBe(0)
    expect((await fake.messages(3)).at(-1)!.message).toBe(text)
  })

  it("empty stdin is refused unless --allow-empty", async () => {
    const r = await refusedAddMessage(["--text", "-"], { stdin: "" })
    expect(r.code).toBe(2)
    expect(oneLine(r.stderr)).toContain("so-chat: --text -: what came on stdin is empty")
    const nl = await refusedAddMessage(["--text", "-"], { stdin: "\n" })
    expect(nl.code).toBe(2)
    const allowed = await run(["add-message", "--session", "3", "--text", "-", "--allow-empty"], {
      env: env(),
      stdin: ""
    })
    expect(allowed.code).toBe(0)
    expect((await fake.messages(3)).at(-1)!.message).toBe("")
  })

  it("the demo refuses empty text too", async () => {
    const r = await run(["demo", "--text", ""])
    expect(r.code).toBe(2)
    expect(oneLine(r.stderr)).toContain("--text: the message is empty")
  })

  it("--special-type without --type makes the message Special", async () => {
    const r = await run(
      [
        "add-message",
        "--session",
        "3",
        "--text",
        "see",
        "--special-type",
        "Url",
        "--special-param",
        "https://x.example/",
        "--json"
      ],
      { env: env() }
    )
    expect(r.code, r.stderr).toBe(0)
    const posted = (await fake.messages(3)).at(-1)!
    expect(posted).toMatchObject({ type: "Special", specialType: "Url", specialParam: "https://x.example/" })
  })

  it.each([
    [["--type", "ToCustomer", "--special-type", "Url"], "--special-type"],
    [["--type", "ToUser", "--special-param", "x"], "--special-param"]
  ])("a special flag with another --type is refused: %j", async (args, flag) => {
    const r = await refusedAddMessage(["--text", "x", ...args])
    expect(r.code).toBe(2)
    expect(oneLine(r.stderr)).toContain(`so-chat: ${flag}: only a Special message has one, and --type is`)
  })

  it.each([
    [[], "needs its options as a JSON array"],
    [["--special-param", "Yes, No"], "is not JSON"],
    [["--special-param", "{\"a\":1}"], "not an object"],
    [["--special-param", "\"Yes\""], "not a string"],
    [["--special-param", "[]"], "the array of options is empty"],
    [["--special-param", "[\"Yes\",\"\"]"], "option 2 is an empty string"],
    [["--special-param", "[\"Yes\",2]"], "option 2 is a number"]
  ])("--special-type Options checks --special-param: %j", async (args, why) => {
    const r = await refusedAddMessage(["--text", "Which?", "--special-type", "Options", ...args])
    expect(r.code).toBe(2)
    const line = oneLine(r.stderr)
    expect(line).toContain("so-chat: --special-param: ")
    expect(line).toContain(why)
  })

  it("--special-type Options with a JSON array of options posts it", async () => {
    const options = JSON.stringify(["Yes", { label: "No", value: "no" }])
    const r = await run(
      ["add-message", "--session", "3", "--text", "Which?", "--special-type", "17", "--special-param", options],
      { env: env() }
    )
    expect(r.code, r.stderr).toBe(0)
    expect((await fake.messages(3)).at(-1)).toMatchObject({
      type: "Special",
      specialType: "Options",
      specialParam: options
    })
  })
})

describe("URLs", () => {
  it.each([
    [
      "localhost:18080",
      "\"localhost:18080\" is not an absolute URL: it has no scheme; did you mean http://localhost:18080/?"
    ],
    ["http://127.0.0.1:99999/", "the port 99999 in \"http://127.0.0.1:99999/\" is out of range: a port is 1 to 65535"]
  ])("--url %s says what is wrong with it", async (url, why) => {
    const r = await run(["add-message", "--url", url, "--session", "1", "--text", "x"], { env: { SO_TICKET: ticket } })
    expect(r.code).toBe(2)
    expect(oneLine(r.stderr)).toBe(`so-chat: --url: ${why}`)
  })

  it("a query or a fragment is refused, from a flag or SO_URL, and nothing is sent", async () => {
    const server = await Servers.stalling()
    try {
      for (const suffix of ["?tenant=2", "#chat", "Remote/Services88/Chat.svc?wsdl"]) {
        const flag = await run(["add-message", "--url", server.url + suffix, "--session", "1", "--text", "x"], {
          env: { SO_TICKET: ticket }
        })
        expect(flag.code).toBe(2)
        expect(oneLine(flag.stderr)).toContain("--url: the URL must not have a query (?…) or fragment (#…)")
        const variable = await run(["add-message", "--session", "1", "--text", "x"], {
          env: { SO_TICKET: ticket, SO_URL: server.url + suffix }
        })
        expect(variable.code).toBe(3)
        expect(oneLine(variable.stderr)).toContain("SO_URL in the environment: the URL must not have a query")
      }
      expect(server.requests()).toBe(0)
    } finally {
      await server.close()
    }
  })
})

describe("no ticket", () => {
  it.each([
    [["add-message", "--session", "1", "--text", "x"]],
    [["messages", "--session", "1"]],
    [["messages", "--session", "1", "--follow"]]
  ])("%j says so before sending anything (exit 3), and how to get one", async (args) => {
    const server = await Servers.stalling()
    try {
      const r = await run(args, { env: { SO_URL: server.url }, killAfterMs: 10_000 })
      expect(r.code).toBe(3)
      const line = oneLine(r.stderr)
      expect(line).toContain("no ticket is configured for ")
      expect(line).toContain("so-chat login")
      expect(line).toContain("SO_TICKET")
      expect(server.requests()).toBe(0)
    } finally {
      await server.close()
    }
  })

  it("--dry-run still shows the request, and notes the missing ticket on stderr", async () => {
    const r = await run(["add-message", "--session", "1", "--text", "x", "--dry-run"], { env: { SO_URL: fake.url } })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("<Message>x</Message>")
    expect(r.stdout).not.toContain("<Ticket>")
    expect(oneLine(r.stderr)).toContain("no ticket is configured, so NetServer would refuse this request")
  })
})
