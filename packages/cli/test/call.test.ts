/**
 * `so-chat call` with the real binary over real sockets: against loopback
 * servers that answer NetServer's documented responses (the testkit's
 * fixtures), one that echoes the request back, and the testkit's fake.
 */
import { ChatMessage, SoPrincipal } from "@so-chat/core"
import * as Associate from "@so-chat/core/generated/Associate"
import * as Carrier from "@so-chat/core/generated/Carrier"
import * as ChatSession from "@so-chat/core/generated/ChatSession"
import * as ChatTopic from "@so-chat/core/generated/ChatTopic"
import * as XsdExtended from "@so-chat/core/XsdExtended"
import { FakeNetServer, FakeNetServerHttp } from "@so-chat/testkit"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as fs from "node:fs"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { jsonType } from "../src/internal/jsonType.js"
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

describe("call --body-json with a nested contract: an omitted field is what an absent element decodes to", () => {
  it("SaveChatSessionEntity of a partial entity sends every field, the omitted ones at their defaults", async () => {
    const echo = await echoingSave()
    try {
      const body = { chatSessionEntity: { chatSessionId: 5, customerName: "Ada", person: { firstname: "Ada" } } }
      const saved = await run(
        ["call", "SaveChatSessionEntity", "--body-json", JSON.stringify(body), "--url", echo.url],
        {
          env: { SO_TICKET: ticket }
        }
      )
      expect(saved.stderr).toBe("")
      expect(saved.code).toBe(0)
      const sent = echo.bodies()[0]!
      expect(sent).toMatch(/<ChatSessionId>5<\/ChatSessionId>/)
      expect(sent).toMatch(/<CustomerName>Ada<\/CustomerName>/)
      // Omitted: a nillable string is nil, an int 0, a dateTime DateTime.MinValue, an enum its 0 member.
      expect(sent).toMatch(/<CustomerEmail i:nil="true"\s*\/>/)
      expect(sent).toMatch(/<WhenRequested>0001-01-01T00:00:00(\.0+)?Z<\/WhenRequested>/)
      const entity = JSON.parse(saved.stdout).response
      expect(entity.chatSessionId).toBe(5)
      expect(entity.customerName).toBe("Ada")
      expect(entity.customerEmail).toBeNull()
      expect(entity.status).toBe("Invalid")
      expect(entity.flags).toEqual([])
      expect(entity.whenRequested).toBe("0001-01-01T00:00:00.000Z")
      expect(entity.person.firstname).toBe("Ada")
      expect(entity.person.personId).toBe(0)
      expect(entity.user).toBeNull()
    } finally {
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
      /^Chat\s+GetChatSessionEntity\s+safe to retry\s+\(ChatSessionEntityId: integer\)$/
    )
    expect(out.find((l) => /\bAuthenticateUsernamePassword\b/.test(l))).toMatch(/^SoPrincipal\s.*changes state/)
    const rows = lines((await run(["call", "--list", "--json"])).stdout).map((l) => JSON.parse(l))
    expect(rows).toHaveLength(36)
    expect(rows.filter((row) => row.service === "SoPrincipal")).toHaveLength(5)
    expect(rows.find((row) => row.name === "TransferChatSession")).toEqual({
      service: "Chat",
      name: "TransferChatSession",
      parameters: [
        { name: "ChatSessionId", field: "chatSessionId", type: "integer" },
        { name: "ToAssociate", field: "toAssociate", type: "string | null" }
      ],
      safeToRetry: false
    })
  })

  it("names each parameter's type in the JSON shape one types, not the contract's schema names", async () => {
    const out = lines((await run(["call", "--list"])).stdout)
    const row = (name: string) => out.find((l) => new RegExp(`\\b${name}\\b`).test(l))
    expect(row("GetChatTranscript")).toMatch(/\(ChatSessionId: integer, Html: boolean\)$/)
    expect(row("AddChatMessage")).toMatch(/\(ChatSessionId: integer, Message: ChatMessage \| null\)$/)
    expect(row("SaveChatPresence")).toMatch(/\(ChatPresence: \[ChatPresence \| null\] \| null\)$/)
    expect(row("AuthenticateUsernamePassword")).toMatch(
      /\(UserName: string \| null, Password: string \(secret\) \| null\)$/
    )
    expect(row("AuthenticateGeneric")).toMatch(/\(AuthenticationData: AuthenticationGenericData \| null\)$/)
    for (const line of out) expect(line).not.toMatch(/xs:|XmlString|Redacted|<redacted>|ser:/)
  })
})

describe("the JSON type names, for every kind of value a contract holds", () => {
  const field = (schema: { readonly fields: Record<string, any> }, name: string) => {
    const f = schema.fields[name]
    return jsonType(Schema.isPropertySignature(f) ? (f.ast as any).type : f.ast)
  }
  it("simple types, enumerations, flags, arrays, dictionaries, contracts", () => {
    expect(field(ChatMessage.ChatMessage, "chatMessageId")).toBe("integer")
    expect(field(ChatMessage.ChatMessage, "readByCustomer")).toBe("integer")
    expect(field(ChatMessage.ChatMessage, "message")).toBe("string | null")
    expect(field(ChatMessage.ChatMessage, "whenPosted")).toBe("date-time")
    expect(field(ChatMessage.ChatMessage, "type")).toBe(`"Invalid" | "ToCustomer" | "ToUser" | "Special"`)
    expect(field(ChatSession.ChatSessionEntity, "flags")).toBe(`["UserIsTyping"]`)
    expect(field(Carrier.TableRight, "mask")).toMatch(/^\[("[A-Za-z0-9]+" \| )+"[A-Za-z0-9]+"\]$/)
    expect(field(Carrier.TableRight, "mask")).toContain(`"Select"`)
    expect(field(ChatSession.ChatSessionEntity, "user")).toBe("Associate | null")
    expect(field(ChatTopic.ChatOpeningHours, "monStart")).toBe(`duration string | {"notGiven": "nil" | "empty"}`)
    expect(field(ChatTopic.ChatTopicEntity, "chatTopicId")).toBe("integer")
    expect(field(SoPrincipal.SoPrincipalCarrier, "secondaryGroups")).toBe("[integer] | null")
    expect(field(Associate.Associate, "extraFields")).toBe("StringDictionary | null")
    expect(jsonType(XsdExtended.Long.ast)).toBe("integer string")
    expect(jsonType(XsdExtended.Double.ast)).toBe("number")
    expect(jsonType(XsdExtended.Base64Binary.ast)).toBe("base64 string")
    expect(jsonType(XsdExtended.Guid.ast)).toBe("guid string")
    expect(jsonType(Schema.Record({ key: Schema.String, value: Schema.Boolean }).ast)).toBe("{string: boolean}")
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
      /--arg ChatSessionEntityId: .*needs ChatSessionEntityId \(integer\)/
    ],
    [
      "an ill-typed value",
      ["GetChatSessionEntity", "--arg", "ChatSessionEntityId=abc"],
      /ChatSessionEntityId: expected integer/
    ],
    [
      "an out-of-range value",
      ["GetChatSessionEntity", "--arg", "ChatSessionEntityId=2147483648"],
      /ChatSessionEntityId: expected integer/
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
    ],
    [
      "an unknown field of a nested contract, named by its JSON path",
      ["AddChatMessage", "--body-json", "{\"chatSessionId\":1,\"message\":{\"mesage\":\"Hi\"}}"],
      /--body-json: message\.mesage: is unexpected, expected: .*"message"/
    ],
    [
      "a nested field of the wrong type, named by its JSON path",
      ["AddChatMessage", "--body-json", "{\"chatSessionId\":1,\"message\":{\"readByCustomer\":\"x\"}}"],
      /--body-json: message\.readByCustomer: Expected number, actual "x"/
    ],
    [
      "a field deep in a nested contract of the wrong type, named by its JSON path",
      [
        "SaveChatSessionEntity",
        "--body-json",
        "{\"chatSessionEntity\":{\"person\":{\"firstname\":7}}}"
      ],
      /--body-json: chatSessionEntity\.person\.firstname: Expected string, actual 7/
    ],
    [
      "an enumeration name that is no name",
      ["AddChatMessage", "--body-json", "{\"chatSessionId\":1,\"message\":{\"type\":\"to customer\"}}"],
      /--body-json: message\.type: "to customer" is not a ChatMessageType/
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
      // SoPrincipal's operations declare only the application token: no ticket is sent (nor shown).
      expect(r.stdout).toMatch(/<ApplicationToken [^>]*>(&lt;redacted&gt;|<redacted>)<\/ApplicationToken>/)
      expect(r.stdout).not.toMatch(/<Credentials|<Ticket/)
    } finally {
      await server.close()
    }
  })
})
