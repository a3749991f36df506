/**
 * `so-chat call` with the real binary over real sockets: against loopback
 * servers that answer NetServer's documented responses (the testkit's
 * fixtures), one that echoes the request back, and the testkit's fake.
 */
import { FakeNetServer, FakeNetServerHttp } from "@so-chat/testkit"
import * as Redacted from "effect/Redacted"
import * as fs from "node:fs"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { lines, run, uniqueSecret } from "./support/cli.js"
import type { Server } from "./support/servers.js"
import { serve } from "./support/servers.js"

const documented = (name: string): string =>
  fs.readFileSync(path.resolve(__dirname, `../../testkit/fixtures/documented/${name}.response.xml`), "utf8")

// The documented responses are SOAP 1.2 envelopes.
const answering = (xml: string) =>
  serve((_req, res) => {
    res.writeHead(200, { "content-type": "application/soap+xml; charset=utf-8" })
    res.end(xml)
  })

// Answers SaveChatSessionEntity with the entity it was sent: what comes back is what went out.
const echoingSave = () =>
  serve((_req, res, body) => {
    const xml = body
      .replace(/<SaveChatSessionEntity\b/, "<SaveChatSessionEntityResponse")
      .replace("</SaveChatSessionEntity>", "</SaveChatSessionEntityResponse>")
      .replace(/<ChatSessionEntity\b/, "<Response")
      .replace(/<\/ChatSessionEntity>(?![\s\S]*<\/ChatSessionEntity>)/, "</Response>")
    res.writeHead(200, { "content-type": "text/xml; charset=utf-8" })
    res.end(xml)
  })

const ticket = "7T:call-test-ticket"
const over = (server: Server) => ["--url", server.url, "--soap-version", "1.2"]

describe("call against documented responses", () => {
  it("GetChatSessionEntity prints the documented values in the JSON shape", async () => {
    const server = await answering(documented("GetChatSessionEntity"))
    try {
      const r = await run(["call", "GetChatSessionEntity", "--arg", "ChatSessionEntityId=7", ...over(server)], {
        env: { SO_TICKET: ticket }
      })
      expect(r.stderr).toBe("")
      expect(r.code).toBe(0)
      expect(server.bodies()[0]).toMatch(/<ChatSessionEntityId>7<\/ChatSessionEntityId>/)
      const entity = JSON.parse(r.stdout).response
      expect(entity.chatSessionId).toBe(0)
      expect(entity.customerHost).toBe("")
      expect(entity.tableRight).toBeNull()
      expect(entity.status).toBe("Invalid")
      expect(entity.whenRequested).toBe("2025-11-26T12:06:51.000Z")
      expect(entity.flags).toEqual(["UserIsTyping"])
      expect(entity.user.extraFields).toEqual({ "": "" })
      expect(entity.user.type).toBe("Unknown")
      expect(r.stdout).not.toContain(ticket)
    } finally {
      await server.close()
    }
  })

  it("keeps nil apart from \"\" and dateTimes to the millisecond", async () => {
    const xml = documented("GetChatSessionEntity")
      .replace(
        `<Chat:CustomerName xsi:type="xsd:string"></Chat:CustomerName>`,
        `<Chat:CustomerName xsi:nil="true"/>`
      )
      .replace(
        `<Chat:WhenStarted xsi:type="xsd:dateTime">2025-11-26T12:06:51Z<`,
        `<Chat:WhenStarted xsi:type="xsd:dateTime">2025-11-26T14:06:51.123+02:00<`
      )
    const server = await answering(xml)
    try {
      const r = await run(
        ["call", "GetChatSessionEntity", "--arg", "chatSessionEntityId=7", "--json", ...over(server)],
        {
          env: { SO_TICKET: ticket }
        }
      )
      expect(r.code).toBe(0)
      expect(lines(r.stdout)).toHaveLength(1)
      const entity = JSON.parse(r.stdout).response
      expect(entity.customerName).toBeNull()
      expect(entity.customerEmail).toBe("")
      expect(entity.whenStarted).toBe("2025-11-26T12:06:51.123Z")
    } finally {
      await server.close()
    }
  })

  it("ChatTopicsForUser shows the values the WSDL does not allow as NotGiven", async () => {
    const server = await answering(documented("ChatTopicsForUser"))
    try {
      const r = await run(["call", "ChatTopicsForUser", ...over(server)], { env: { SO_TICKET: ticket } })
      expect(r.code).toBe(0)
      const [topic] = JSON.parse(r.stdout).response
      const [rule] = topic.openingHours.tzLocation.timeZoneSTDRules
      expect(rule.key).toEqual({ notGiven: "empty" })
      expect(rule.value.tZOffset).toEqual({ notGiven: "nil" })
    } finally {
      await server.close()
    }
  })
})

describe("call --body-json", () => {
  it("takes a body in the shape call prints: a response printed and sent back arrives unchanged", async () => {
    const source = await answering(
      documented("GetChatSessionEntity").replace(
        `<Chat:CustomerName xsi:type="xsd:string"></Chat:CustomerName>`,
        `<Chat:CustomerName xsi:nil="true"/>`
      )
    )
    const echo = await echoingSave()
    try {
      const got = await run(["call", "GetChatSessionEntity", "--arg", "ChatSessionEntityId=7", ...over(source)], {
        env: { SO_TICKET: ticket }
      })
      const entity = JSON.parse(got.stdout).response
      const body = JSON.stringify({ chatSessionEntity: entity })
      const saved = await run(["call", "SaveChatSessionEntity", "--body-json", "-", "--url", echo.url, "--json"], {
        env: { SO_TICKET: ticket },
        stdin: body
      })
      expect(saved.stderr).toBe("")
      expect(saved.code).toBe(0)
      expect(echo.bodies()[0]).toMatch(/<CustomerName i:nil="true"\s*\/>/)
      expect(JSON.parse(saved.stdout).response).toEqual(entity)
    } finally {
      await source.close()
      await echo.close()
    }
  })
})

describe("call against the fake", () => {
  let fake: FakeNetServerHttp.Running
  beforeAll(async () => {
    fake = await FakeNetServerHttp.start()
  })
  afterAll(() => fake.close())

  it("AddChatMessage from --arg and --body-json posts, and prints the stored message", async () => {
    const r = await run([
      "call",
      "AddChatMessage",
      "--arg",
      "ChatSessionId=3",
      "--body-json",
      JSON.stringify({
        message: {
          chatMessageId: 0,
          chatSessionId: 3,
          type: "ToCustomer",
          message: "via call",
          author: "Ada",
          readByCustomer: 0,
          specialType: "None",
          specialParam: "",
          whenPosted: "0001-01-01T00:00:00.000Z"
        }
      })
    ], { env: { SO_URL: fake.url, SO_TICKET: Redacted.value(FakeNetServer.defaultTicket) } })
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    const stored = (await fake.messages(3)).at(-1)!
    expect(stored.message).toBe("via call")
    const printed = JSON.parse(r.stdout).response
    expect(printed.chatMessageId).toBe(stored.chatMessageId)
    expect(printed.whenPosted).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
  })
})

describe("call --list", () => {
  it("lists all 36 operations with their parameters and retry safety", async () => {
    const r = await run(["call", "--list"])
    expect(r.code).toBe(0)
    const out = lines(r.stdout)
    expect(out).toHaveLength(36)
    expect(out.find((l) => /\bGetChatSessionEntity\b/.test(l))).toMatch(
      /^Chat\s+GetChatSessionEntity\s+safe to retry\s+\(ChatSessionEntityId: xs:int\)$/
    )
    expect(out.find((l) => /\bAuthenticateUsernamePassword\b/.test(l))).toMatch(/^SoPrincipal\s.*changes state/)
    const rows = lines((await run(["call", "--list", "--json"])).stdout).map((l) => JSON.parse(l))
    expect(rows).toHaveLength(36)
    expect(rows.filter((row) => row.service === "SoPrincipal")).toHaveLength(5)
    expect(rows.find((row) => row.name === "TransferChatSession")).toEqual({
      service: "Chat",
      name: "TransferChatSession",
      parameters: [
        { name: "ChatSessionId", field: "chatSessionId", type: "xs:int" },
        { name: "ToAssociate", field: "toAssociate", type: "XmlString or null" }
      ],
      safeToRetry: false
    })
  })
})

describe("call refuses bad input with exit 2 and one line, sending nothing", () => {
  const cases: ReadonlyArray<readonly [string, ReadonlyArray<string>, RegExp]> = [
    [
      "an unknown operation",
      ["GetChatSesionEntity"],
      /"GetChatSesionEntity" is not an operation.*GetChatSessionEntity\?/
    ],
    ["a wrong-case operation", ["getchatsessionentity"], /did you mean GetChatSessionEntity\?/],
    ["an unknown parameter", ["GetChatSessionEntity", "--arg", "SessionId=1"], /--arg SessionId: .*no parameter/],
    [
      "a missing parameter",
      ["GetChatSessionEntity"],
      /--arg ChatSessionEntityId: .*needs ChatSessionEntityId \(xs:int\)/
    ],
    [
      "an ill-typed value",
      ["GetChatSessionEntity", "--arg", "ChatSessionEntityId=abc"],
      /ChatSessionEntityId: expected xs:int/
    ],
    [
      "an out-of-range value",
      ["GetChatSessionEntity", "--arg", "ChatSessionEntityId=2147483648"],
      /ChatSessionEntityId: expected xs:int/
    ],
    ["a body that is not JSON", ["GetChatSessionEntity", "--body-json", "{"], /--body-json: not JSON/],
    [
      "a body field of the wrong type",
      ["GetChatSessionEntity", "--body-json", "{\"chatSessionEntityId\":\"x\"}"],
      /--body-json: .*chatSessionEntityId/
    ],
    [
      "an unknown body field",
      ["GetChatSessionEntity", "--body-json", "{\"chatSessionEntityId\":1,\"x\":2}"],
      /no parameter "x"/
    ]
  ]
  it.each(cases)("%s", async (_, args, message) => {
    const server = await answering(documented("GetChatSessionEntity"))
    try {
      const r = await run(["call", ...args, ...over(server)], { env: { SO_TICKET: ticket } })
      expect(r.code).toBe(2)
      expect(lines(r.stderr)).toHaveLength(1)
      expect(r.stderr).toMatch(message)
      expect(r.stdout).toBe("")
      expect(server.requests()).toBe(0)
    } finally {
      await server.close()
    }
  })
})

describe("call --dry-run", () => {
  it("shows the request to the operation's endpoint, secrets masked, and sends nothing", async () => {
    const secretTicket = uniqueSecret("ticket")
    const token = uniqueSecret("token")
    const password = uniqueSecret("password")
    const server = await answering("")
    try {
      const r = await run([
        "call",
        "AuthenticateUsernamePassword",
        "--arg",
        "UserName=ada",
        "--arg",
        `Password=${password}`,
        "--dry-run",
        "--url",
        server.url
      ], { env: { SO_TICKET: secretTicket, SO_APP_TOKEN: token } })
      expect(r.code).toBe(0)
      expect(server.requests()).toBe(0)
      const out = r.stdout + r.stderr
      for (const secret of [secretTicket, token, password]) expect(out).not.toContain(secret)
      expect(lines(r.stdout)[0]).toBe(`POST ${server.url}Remote/Services88/SoPrincipal.svc`)
      expect(r.stdout).toMatch(/<UserName>ada<\/UserName>/)
      expect(r.stdout).toMatch(/<Password>&lt;redacted&gt;<\/Password>|<Password><redacted><\/Password>/)
      expect(r.stdout).toMatch(/<Ticket>&lt;redacted&gt;<\/Ticket>|<Ticket><redacted><\/Ticket>/)
    } finally {
      await server.close()
    }
  })
})
