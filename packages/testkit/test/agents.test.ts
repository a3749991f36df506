/**
 * Every ChatAgent layer of @so-chat/transport against the fakes: the same
 * answers, the same errors.
 */
import { addEqualityTesters, describe, expect, it } from "@effect/vitest"
import { ChatMessage, NetServerException, SoapFault } from "@so-chat/core"
import { FakeNetServer, FakeNetServerHttp } from "@so-chat/testkit"
import { ChatAgent, NetServerConfig } from "@so-chat/transport"
import { Effect, Layer, Redacted } from "effect"
import { inspect } from "node:util"

addEqualityTesters()

type AgentLayer = (options: {
  server?: FakeNetServer.Options
  client?: Partial<NetServerConfig.Options>
}) => Layer.Layer<ChatAgent.ChatAgent | FakeNetServer.FakeNetServer, unknown>

const agents: ReadonlyArray<readonly [string, AgentLayer]> = [
  ["in memory (layerHttpClient)", (o) => FakeNetServer.layerChatAgent(o)],
  ["HTTP, layerNode", (o) => FakeNetServerHttp.layerChatAgent({ ...o.server, client: o.client })],
  [
    "HTTP, layerNodeHttpClient",
    (o) => FakeNetServerHttp.layerChatAgent({ ...o.server, client: o.client, agent: ChatAgent.layerNodeHttpClient })
  ],
  [
    "HTTP, layerFetch",
    (o) => FakeNetServerHttp.layerChatAgent({ ...o.server, client: o.client, agent: ChatAgent.layerFetch })
  ]
]

const post = (chatSessionId: number, message: Partial<ChatMessage.ChatMessage> = {}) =>
  Effect.flatMap(
    ChatAgent.ChatAgent,
    (agent) => agent.addChatMessage(chatSessionId, { type: "ToCustomer", message: "hi", ...message })
  )

describe.each(agents)("ChatAgent %s against the fake", (_, agentLayer) => {
  for (const soapVersion of ["1.1", "1.2"] as const) {
    it.scoped(`SOAP ${soapVersion}: every field comes back, ids count up`, () =>
      Effect.gen(function*() {
        const sent = {
          type: "Special",
          message: "<b>bold</b> & \"quoted\" 😀",
          author: null,
          readByCustomer: 1,
          specialType: "Options",
          specialParam: "[\"a\",\"b\"]"
        } as const
        const first = yield* post(1, sent)
        expect(first).toEqual(
          new ChatMessage.ChatMessage({ ...sent, chatMessageId: 1, chatSessionId: 1, whenPosted: first.whenPosted })
        )
        expect((yield* post(2)).chatMessageId).toBe(2)
        const requests = yield* FakeNetServer.requests
        expect(requests.map((r) => r.version)).toEqual([soapVersion, soapVersion])
      }).pipe(Effect.provide(agentLayer({ client: { soapVersion } }))))
  }

  it.scoped("NetServer's refusals fail as NetServerException, and the ticket shows nowhere", () =>
    Effect.gen(function*() {
      const unknownSession = yield* Effect.flip(post(404))
      expect(unknownSession).toBeInstanceOf(NetServerException.NetServerException)
      expect(unknownSession.message).toContain("404")
      const requests = yield* FakeNetServer.requests
      const printed = [unknownSession.message, inspect(unknownSession, { depth: 8 }), JSON.stringify(unknownSession)]
        .concat(requests.map((r) => `${inspect(r, { depth: 8 })} ${JSON.stringify(r)}`))
        .join("\n")
      expect(printed).not.toContain("7T:secret-ticket==")
      expect(requests[0]?.outcome._tag).toBe("NetServerException")
    }).pipe(Effect.provide(agentLayer({
      client: { ticket: Redacted.make("7T:secret-ticket==") },
      server: { users: [{ username: "u", password: "p", ticket: "7T:secret-ticket==" }] }
    }))))

  it.scoped("a request past the fake's size limit fails as a SOAP fault (HTTP 413), and is not posted", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(post(1, { message: "x".repeat(4096) }))
      expect(error).toBeInstanceOf(SoapFault.SoapFault)
      expect(error.message).toContain("larger than the 2048 bytes")
      expect(yield* FakeNetServer.messages(1)).toEqual([])
    }).pipe(Effect.provide(agentLayer({ server: { maxRequestBytes: 2048 } }))))
})

describe("a URL where NetServer is not", () => {
  const wrongPath = (agent: Layer.Layer<ChatAgent.ChatAgent, never, NetServerConfig.NetServerConfig>) =>
    Layer.unwrapEffect(
      Effect.map(
        FakeNetServerHttp.FakeNetServerHttp,
        ({ url }) =>
          agent.pipe(Layer.provide(NetServerConfig.layer(FakeNetServer.clientOptions(new URL("/Cust99999/", url)))))
      )
    ).pipe(Layer.provideMerge(FakeNetServerHttp.layer()))

  for (
    const [name, layer] of [
      ["in memory", FakeNetServer.layerChatAgent({ client: { url: "http://fake-netserver.invalid/Cust99999/" } })],
      ["HTTP, layerNode", wrongPath(ChatAgent.layerNode)],
      ["HTTP, layerFetch", wrongPath(ChatAgent.layerFetch)]
    ] as const
  ) {
    it.scoped(`${name}: HTTP 404 with an HTML page fails as UnexpectedStatus`, () =>
      Effect.gen(function*() {
        const error = yield* Effect.flip(post(1))
        expect(error._tag).toBe("UnexpectedStatus")
        expect((yield* FakeNetServer.requests).map((r) => [r.path, r.status])).toEqual([
          ["/Cust99999/Remote/Services88/Chat.svc", 404]
        ])
      }).pipe(Effect.provide(layer)))
  }
})
