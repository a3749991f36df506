/**
 * The documented envelopes of all 36 operations: shipped by name, the same
 * bytes as core's test copy, and answered by Replay, so a client call of
 * any operation, in either SOAP version, decodes to the documented response.
 */
import { addEqualityTesters, describe, expect, it } from "@effect/vitest"
import { Envelope, SoapVersion } from "@so-chat/core"
import * as ChatMessages from "@so-chat/core/generated/operations/ChatMessages"
import * as ChatPresence from "@so-chat/core/generated/operations/ChatPresence"
import * as ChatSessions from "@so-chat/core/generated/operations/ChatSessions"
import * as ChatTopicAgents from "@so-chat/core/generated/operations/ChatTopicAgents"
import * as ChatTopics from "@so-chat/core/generated/operations/ChatTopics"
import * as SoPrincipal from "@so-chat/core/generated/operations/SoPrincipal"
import type * as Operation from "@so-chat/core/Operation"
import { FakeNetServer, Fixtures, Replay } from "@so-chat/testkit"
import { ChatAgent, SoapTransport } from "@so-chat/transport"
import { DateTime, Duration, Effect, Either, Layer } from "effect"
import * as childProcess from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"

addEqualityTesters()

const areas = [ChatSessions, ChatMessages, ChatTopics, ChatTopicAgents, ChatPresence, SoPrincipal]
const operations: ReadonlyArray<Operation.Operation.Any> = areas.flatMap((area) =>
  Object.values(area).filter((v): v is Operation.Operation.Any =>
    typeof v === "object" && v !== null && "soapAction" in v
  )
)

const coreCopy = path.join(__dirname, "../../core/test/fixtures/documented")
const shipped = path.join(__dirname, "../fixtures/documented")

describe("Fixtures: every documented envelope, by operation name", () => {
  it("names the 36 operations of both services as the generated operations do", () => {
    expect(Fixtures.operations.Chat).toEqual(operations.filter((o) => o.service === "Chat").map((o) => o.name))
    expect(Fixtures.operations.SoPrincipal)
      .toEqual(operations.filter((o) => o.service === "SoPrincipal").map((o) => o.name))
    expect(Fixtures.names).toHaveLength(72)
    for (const o of operations) expect(Fixtures.serviceOf(o.name as Fixtures.OperationName)).toBe(o.service)
  })

  it("ships exactly the files core's tests read, byte for byte (one source: no drift)", () => {
    const files = fs.readdirSync(shipped).sort()
    expect(files).toEqual(Fixtures.names.map((n) => `${n}.xml`).sort())
    expect(fs.readdirSync(coreCopy).sort()).toEqual(files)
    for (const file of files) {
      expect(fs.readFileSync(path.join(shipped, file)), file).toEqual(fs.readFileSync(path.join(coreCopy, file)))
    }
  })

  it("are in the published package: npm pack lists all 72, where Fixtures.url points", () => {
    const [packed] = JSON.parse(
      childProcess.execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
        cwd: path.join(__dirname, ".."),
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"]
      })
    ) as [{ files: ReadonlyArray<{ path: string }> }]
    const inPackage = packed.files.map((f) => f.path).filter((p) => p.startsWith("fixtures/documented/")).sort()
    const root = path.join(__dirname, "..")
    expect(inPackage).toEqual(Fixtures.names.map((n) => path.relative(root, Fixtures.url(n).pathname)).sort())
  }, 60_000)

  it("loads each one, and by operation name", () => {
    for (const o of operations) {
      const name = o.name as Fixtures.OperationName
      expect(Fixtures.documented(name, "request")).toContain(`:${o.requestElement}>`)
      expect(Fixtures.documented(name, "response")).toContain(`:${o.responseElement}>`)
      expect(Fixtures.load(`${name}.response`)).toBe(Fixtures.documented(name, "response"))
      expect(new TextDecoder().decode(Fixtures.bytes(`${name}.request`))).toBe(Fixtures.documented(name, "request"))
    }
  })
})

const base = "http://replay.invalid/Cust12345/"

/** Sends an envelope for an operation through Replay's HttpClient, framed as transport frames it. */
const send = (op: Operation.Operation.Any, version: SoapVersion.SoapVersion, body: string) =>
  Effect.flatMap(SoapTransport.SoapTransport, (transport) =>
    transport.send({
      url: new URL(op.endpointPath, base),
      soapAction: op.soapAction,
      version,
      body,
      timeout: Duration.seconds(10),
      maxResponseBytes: 1 << 20
    }))

const inVersion = (xml: string, version: SoapVersion.SoapVersion) =>
  xml.replace(`"${SoapVersion.envelopeNamespace["1.2"]}"`, `"${SoapVersion.envelopeNamespace[version]}"`)

/** What the documented response decodes to when read straight from its file. */
const direct = (op: Operation.Operation.Any) =>
  Envelope.decodeResponse(op, Fixtures.documented(op.name as Fixtures.OperationName, "response"))
    .pipe(Either.map((decoded) => decoded.body))

const replay = SoapTransport.layerHttpClient.pipe(Layer.provide(Replay.layerHttpClient()))

describe("Replay answers every operation with its documented response", () => {
  for (const version of ["1.1", "1.2"] as const) {
    describe(`SOAP ${version}`, () => {
      describe.each(operations.map((o) => [o.name as Fixtures.OperationName, o] as const))("%s", (name, op) => {
        it.effect("routed by SOAPAction: the documented bytes, in the version asked", () =>
          Effect.gen(function*() {
            const answer = yield* send(op, version, inVersion(Fixtures.documented(name, "request"), version))
            expect(answer.status).toBe(200)
            expect(answer.headers["content-type"]).toBe(`${SoapVersion.mediaType[version]}; charset=utf-8`)
            const text = new TextDecoder().decode(answer.body)
            expect(text).toBe(Replay.documentedResponse(version, name))
            expect(text.replace(SoapVersion.envelopeNamespace["1.1"], SoapVersion.envelopeNamespace["1.2"])).toBe(
              Fixtures.documented(name, "response")
            )
            // what decodes from it is what decodes from the file, whether that succeeds yet or not
            const decoded = Envelope.decodeResponse(op, answer.body, { version }).pipe(Either.map((d) => d.body))
            expect(decoded).toEqual(direct(op))
          }).pipe(Effect.provide(replay)))

        it.effect(
          "a client call (the documented request, in the documented header layout) decodes to the documented values",
          () =>
            Effect.gen(function*() {
              // header blocks directly inside <Envelope>, as the reference page writes them
              const answer = yield* send(op, version, inVersion(Fixtures.documented(name, "request"), version))
              const decoded = Envelope.decodeResponse(op, answer.body, { version })
              expect(Either.isRight(decoded) && decoded.right.version).toBe(version)
              expect(Either.getOrThrow(decoded).body).toEqual(Either.getOrThrow(direct(op)))
            }).pipe(Effect.provide(replay))
        )

        // what the client's encoder writes for the documented request's values (with a <Header>)
        const request = Envelope.decodeRequest([op], Fixtures.documented(name, "request"))
        it.effect(
          "a client call encoded by core (the documented request's values) decodes to the documented values",
          () =>
            Effect.gen(function*() {
              const xml = Either.getOrThrow(Envelope.encodeRequest(op, Either.getOrThrow(request).body, {
                version,
                headers: {
                  ticket: FakeNetServer.defaultTicket,
                  applicationToken: FakeNetServer.defaultApplicationToken
                }
              }))
              const answer = yield* send(op, version, xml)
              const decoded = Envelope.decodeResponse(op, answer.body, { version })
              expect(Either.getOrThrow(decoded).body).toEqual(Either.getOrThrow(direct(op)))
            }).pipe(Effect.provide(replay))
        )
      })
    })
  }

  it.effect("decodes to the values the reference pages show (spot checks, read off the pages)", () =>
    Effect.gen(function*() {
      const body = <O extends Operation.Operation.Any>(op: O) =>
        Effect.map(
          send(op, "1.1", "<x/>"),
          (answer) =>
            Either.getOrThrow(Envelope.decodeResponse(op, answer.body)).body as Operation.Operation.Response<O>
        )
      const posted = yield* body(ChatMessages.AddChatMessage)
      expect(posted.response?.whenPosted).toEqual(DateTime.unsafeMake("2025-11-26T12:06:56Z"))
      expect(posted.response?.type).toBe("Invalid")
      expect((yield* body(ChatTopics.IsWithinOpeningHours)).response).toBe(false)
      const info = yield* body(SoPrincipal.GetSystemInfo)
      expect(info.systemInfo?.license?.nextCheckDate).toEqual(DateTime.unsafeMake("2025-11-26T12:08:38Z"))
      expect(yield* body(ChatSessions.DeleteChatSessionEntity)).toEqual({})
    }).pipe(Effect.provide(replay)))
})

describe("ChatAgent over Replay: its methods decode to the documented values", () => {
  for (const soapVersion of ["1.1", "1.2"] as const) {
    it.effect(`addChatMessage and getChatMessages, SOAP ${soapVersion}`, () =>
      Effect.gen(function*() {
        const agent = yield* ChatAgent.ChatAgent
        const documented = (op: typeof ChatMessages.AddChatMessage | typeof ChatMessages.GetChatMessages) =>
          Either.getOrThrow(direct(op))
        const posted = yield* agent.addChatMessage(5, { message: "hi" })
        const [listed, ...more] = yield* agent.getChatMessages(5)
        expect(more).toEqual([])
        const documentedPosted = (documented(ChatMessages.AddChatMessage) as ChatMessages.AddChatMessageResponse)
          .response!
        const documentedListed = (documented(ChatMessages.GetChatMessages) as ChatMessages.GetChatMessagesResponse)
          .response![0]!
        for (const [got, page] of [[posted, documentedPosted], [listed!, documentedListed]] as const) {
          expect({ ...got }).toEqual({ ...page })
          expect(got.whenPosted).toEqual(DateTime.unsafeMake("2025-11-26T12:06:56Z"))
        }
      }).pipe(Effect.provide(Replay.layer({ client: { soapVersion } }))))
  }
})
