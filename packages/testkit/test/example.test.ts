/**
 * How a downstream project tests its code with the testkit: one test per
 * layer. docs/testkit.md shows the regions marked below, each with the
 * imports it needs, and the tests at the end check that it shows them as
 * they are here and that each, with its imports, type-checks alone.
 */
import { addEqualityTesters, describe, expect, it } from "@effect/vitest"
import { AddChatMessage } from "@so-chat/core"
import { splitImports, typecheckModules } from "@so-chat/test-support"
import { FakeNetServer, FakeNetServerHttp, Fixtures, Replay, startFakeNetServer } from "@so-chat/testkit"
import { ChatAgent } from "@so-chat/transport"
import { DateTime, Effect, Redacted, TestClock } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"

addEqualityTesters()

// #region greet
// The code under test: greets a customer in a chat session, returns the new message's id.
export const greet = (chatSessionId: number, name: string) =>
  Effect.gen(function*() {
    const agent = yield* ChatAgent.ChatAgent
    const posted = yield* agent.addChatMessage(chatSessionId, {
      type: "ToCustomer",
      author: "Support",
      message: `Hello ${name}, how can we help?`
    })
    return posted.chatMessageId
  })
// #endregion greet

describe("Replay: the documented answer, in memory", () => {
  // #region replay
  it.effect("greet returns the id NetServer answers with", () =>
    Effect.gen(function*() {
      // The documented response has ChatMessageId 0, whatever was sent.
      expect(yield* greet(1, "Ada")).toBe(0)
    }).pipe(Effect.provide(Replay.layer())))

  it.effect("greet fails as NetServer says, from a recorded exchange", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(greet(1, "Ada"))
      expect(error._tag).toBe("NetServerException")
    }).pipe(Effect.provide(Replay.layer({
      exchanges: [{
        action: "AddChatMessage",
        body: `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header>
          <Succeeded xmlns="http://www.superoffice.net/ws/crm/NetServer/Services88">false</Succeeded>
          </s:Header><s:Body/></s:Envelope>`
      }]
    }))))
  // #endregion replay
})

describe("FakeNetServer: a stateful NetServer, in memory", () => {
  // #region fake
  it.effect("greet posts one message, with the ticket, stamped by the clock", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(Date.UTC(2024, 0, 15, 10, 0, 0))

      expect(yield* greet(2, "Ada")).toBe(1)
      expect(yield* greet(2, "Grace")).toBe(2)

      // what was sent
      const calls = yield* FakeNetServer.requestsOf(AddChatMessage.operation)
      expect(calls.map((call) => call.body.message?.message)).toEqual([
        "Hello Ada, how can we help?",
        "Hello Grace, how can we help?"
      ])
      expect(calls[0]?.version).toBe("1.1")
      expect(Redacted.value(calls[0]!.headers.ticket!)).toBe(Redacted.value(FakeNetServer.defaultTicket))

      // what the server stored
      const [first] = yield* FakeNetServer.messages(2)
      expect(first?.author).toBe("Support")
      expect(DateTime.formatIso(first!.whenPosted)).toBe("2024-01-15T10:00:00.000Z")
    }).pipe(Effect.provide(FakeNetServer.layerChatAgent())))

  it.effect("greet into a session that does not exist fails, and nothing is posted", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(greet(99, "Ada"))
      expect(error._tag).toBe("NetServerException")
      expect(error.message).toContain("99")
      expect(yield* FakeNetServer.messages(99)).toEqual([])
    }).pipe(Effect.provide(FakeNetServer.layerChatAgent())))

  it.effect("an Online installation refuses a client without its application token", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(greet(1, "Ada"))
      expect(error._tag).toBe("NetServerException")
      expect(error.message).toContain("application token")
    }).pipe(Effect.provide(FakeNetServer.layerChatAgent({
      server: { online: true },
      client: { applicationToken: undefined }
    }))))
  // #endregion fake
})

describe("FakeNetServerHttp: the same fake over loopback HTTP", () => {
  // #region http
  it.scoped("greet over real HTTP, in SOAP 1.2", () =>
    Effect.gen(function*() {
      const { url } = yield* FakeNetServerHttp.FakeNetServerHttp
      expect(url.hostname).toBe("127.0.0.1")

      expect(yield* greet(3, "Ada")).toBe(1)

      const [request] = yield* FakeNetServer.requests
      expect(request?.version).toBe("1.2")
      expect(request?.httpHeaders["content-type"]).toContain("application/soap+xml")
    }).pipe(Effect.provide(FakeNetServerHttp.layerChatAgent({ client: { soapVersion: "1.2" } }))))
  // #endregion http
})

describe("startFakeNetServer: for tests outside Effect, and clients in any language", () => {
  // #region plain
  it("answers the documented request, sent as is", async () => {
    const server = await startFakeNetServer({ chatSessionIds: [0] }) // the documented request posts to session 0
    try {
      const response = await fetch(server.chatUrl, {
        method: "POST",
        headers: {
          "content-type": `application/soap+xml; charset=utf-8; action="${AddChatMessage.operation.soapAction}"`
        },
        body: Fixtures.load("AddChatMessage.request")
      })
      expect(response.status).toBe(200)
      expect(await response.text()).toContain("<ChatMessageId>1</ChatMessageId>")
      expect(await server.messages(0)).toHaveLength(1)
    } finally {
      await server.close()
    }
  })
  // #endregion plain
})

describe("Fixtures", () => {
  // #region fixtures
  it("loads the documented envelopes by name", () => {
    expect(Fixtures.load("AddChatMessage.request")).toContain("<Chat:AddChatMessage>")
    expect(Fixtures.bytes("AddChatMessage.response")[0]).toBe("<".charCodeAt(0))
    expect(Fixtures.documented("ChatSessionsForUser", "response")).toContain("<Chat:ChatSessionsForUserResponse>")
    expect(Fixtures.names).toHaveLength(72)
  })
  // #endregion fixtures
})

describe("docs/testkit.md", () => {
  const source = fs.readFileSync(__filename, "utf8")
  const guide = fs.readFileSync(path.join(__dirname, "../../../docs/testkit.md"), "utf8")
  // dedented as the guide shows them
  const regions = new Map(
    [...source.matchAll(/\/\/ #region (\S+)\n([\s\S]*?)\n\s*\/\/ #endregion \1/g)].map(([, name, body]) => {
      const lines = body!.split("\n")
      const indent = Math.min(...lines.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length))
      return [name!, lines.map((l) => l.slice(indent)).join("\n")]
    })
  )
  const blocks = [...guide.matchAll(/```ts example=(\S+)\n([\s\S]*?)```/g)].map(([, name, code]) =>
    [name!, code!] as const
  )

  it("shows each example region of this file as it is here, after the imports it needs", () => {
    expect([...regions.keys()]).toEqual(["greet", "replay", "fake", "http", "plain", "fixtures"])
    expect(blocks.map(([name]) => name).sort()).toEqual([...regions.keys()].sort())
    expect(guide.match(/^```(ts|typescript|js)$/gm), "a code block that is not a tested example").toBeNull()
    for (const [name, code] of blocks) {
      const { body, imports } = splitImports(code.trimEnd())
      expect(imports, `example ${name} shows no imports`).not.toBe("")
      expect(body, `example ${name}`).toBe(regions.get(name))
    }
  })

  it("every example type-checks with the imports it shows (./greet.js is the greet example)", () => {
    expect(blocks.length).toBeGreaterThan(0)
    expect(typecheckModules(__dirname, "testkit", Object.fromEntries(blocks))).toEqual([])
  }, 120_000)

  it("names only what FakeNetServer exports", async () => {
    const source = fs.readFileSync(path.join(__dirname, "../src/FakeNetServer.ts"), "utf8")
    const types = [...source.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]!)
    // Types re-exported from the modules they live in (`export type { Options, … } from …`).
    const reexported = [...source.matchAll(/^export type \{([^}]*)\}/gm)].flatMap((m) =>
      m[1]!.replace(/\/\*[\s\S]*?\*\//g, "").split(",").map((name) => name.trim()).filter((name) => name !== "")
    )
    const exported = [
      ...Object.keys(await import("@so-chat/testkit").then((m) => m.FakeNetServer)),
      ...types,
      ...reexported
    ]
    const named = [...guide.matchAll(/FakeNetServer\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]!)
    expect(named.filter((name) => !exported.includes(name))).toEqual([])
  })
})
