// A downstream test suite: vitest with @so-chat/testkit installed from its tarball.
import { expect, it } from "@effect/vitest"
import { FakeNetServer, FakeNetServerHttp, Fixtures, Replay } from "@so-chat/testkit"
import { Effect } from "effect"
import { greet } from "../src/greet.js"

it.scoped("greet over real HTTP, in SOAP 1.2", () =>
  Effect.gen(function*() {
    const { url } = yield* FakeNetServerHttp.FakeNetServerHttp
    expect(url.hostname).toBe("127.0.0.1")
    expect(yield* greet(3, "Ada")).toBe(1)
    const [request] = yield* FakeNetServer.requests
    expect(request?.version).toBe("1.2")
    expect(request?.httpHeaders["content-type"]).toContain("application/soap+xml")
  }).pipe(Effect.provide(FakeNetServerHttp.layerChatAgent({ client: { soapVersion: "1.2" } }))))

it.effect("greet against the in-memory fake", () =>
  Effect.gen(function*() {
    expect(yield* greet(2, "Grace")).toBe(1)
    const messages = yield* FakeNetServer.messages(2)
    expect(messages.map((m) => m.message)).toEqual(["Hello Grace, how can we help?"])
  }).pipe(Effect.provide(FakeNetServer.layerChatAgent())))

it("ships the documented envelopes and the WSDL-free replay", () => {
  expect(Fixtures.names).toHaveLength(72)
  expect(Fixtures.load("AddChatMessage.request")).toContain("<Chat:AddChatMessage>")
  expect(typeof Replay.layer).toBe("function")
})
