/**
 * The examples of docs/transport.md and the package README, run as tests
 * against a loopback server so the guide cannot rot.
 */
import { NodeSdk } from "@effect/opentelemetry"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { describe, expect, it } from "@effect/vitest"
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http"
import { BatchSpanProcessor } from "@opentelemetry/sdk-trace-base"
import { ChatAgent, ChatAgentError, NetServerConfig } from "@so-chat/transport"
import { Config, ConfigProvider, DateTime, Duration, Effect, Layer, Redacted, Schedule } from "effect"
import * as path from "node:path"
import { describeGuides } from "./support/docExamples.js"
import type { Handler } from "./support/loopback.js"
import { loopback, send, wcfResponse11 } from "./support/loopback.js"

const posted: Handler = (_req, res) =>
  send(res, 200, "text/xml; charset=utf-8", wcfResponse11({ chatMessageId: 4711, chatSessionId: 42, message: "x" }))

/** Runs `effect` with SO_URL (and friends) pointing at a loopback server. */
const withEnv = <A, E, R>(url: string, effect: Effect.Effect<A, E, R>) =>
  Effect.withConfigProvider(
    effect,
    ConfigProvider.fromMap(new Map([["SO_URL", url], ["SO_TICKET", "7T:abc=="], ["SO_APP_TOKEN", "app-token"]]))
  )

describe("docs/transport.md", () => {
  it.live("quick start: one yield* posts a message", () =>
    Effect.gen(function*() {
      const server = yield* loopback(posted)
      // --- example: quickstart
      const program = Effect.gen(function*() {
        const agent = yield* ChatAgent.ChatAgent
        const posted = yield* agent.addChatMessage(42, { type: "ToCustomer", message: "Hello! How can I help?" })
        yield* Effect.log(`posted #${posted.chatMessageId} at ${DateTime.formatIso(posted.whenPosted)}`)
        return posted
      })

      // SO_URL, SO_TICKET, SO_APP_TOKEN from the environment; undici on Node.
      const ChatAgentLive = ChatAgent.layerNode.pipe(Layer.provide(NetServerConfig.layerConfig()))
      // --- end
      const result = yield* withEnv(server.url, Effect.provide(program, ChatAgentLive))
      expect(result.chatMessageId).toBe(4711)
      expect(server.received[0]!.body).toContain("<Ticket>7T:abc==</Ticket>")
    }).pipe(Effect.scoped))

  it.live("your own HttpClient: its middleware applies to every call", () =>
    Effect.gen(function*() {
      const server = yield* loopback(posted)
      // --- example: own-client
      // Any HttpClient: here undici's, with a header on every request.
      const MyHttpClient = Layer.effect(
        HttpClient.HttpClient,
        Effect.map(
          HttpClient.HttpClient,
          HttpClient.mapRequest(HttpClientRequest.setHeader("x-correlation-id", "chat-bridge"))
        )
      ).pipe(Layer.provide(NodeHttpClient.layerUndici))

      const ChatAgentLive = ChatAgent.layerHttpClient.pipe(
        Layer.provide(MyHttpClient),
        Layer.provide(NetServerConfig.layerConfig())
      )
      // --- end
      yield* withEnv(
        server.url,
        Effect.provide(
          Effect.flatMap(ChatAgent.ChatAgent, (a) => a.addChatMessage(42, { message: "hi" })),
          ChatAgentLive
        )
      )
      expect(server.received[0]!.headers["x-correlation-id"]).toBe("chat-bridge")
    }).pipe(Effect.scoped))

  it.effect("configuration in code", () =>
    Effect.gen(function*() {
      // --- example: config
      const ConfigLive = NetServerConfig.layer({
        url: "https://sod.superoffice.com/Cust12345/", // or the full …/Remote/Services88/Chat.svc URL
        ticket: Redacted.make("7T:1234abcxyzExample=="),
        applicationToken: Redacted.make("1234567-1234-9876"),
        soapVersion: "1.1", // the default; "1.2" for the SOAP 1.2 binding
        timeout: "10 seconds", // per attempt, until the last byte of the answer
        maxResponseBytes: 1024 * 1024
      })
      // --- end
      const settings = yield* Effect.provide(NetServerConfig.NetServerConfig, ConfigLive)
      expect(settings.endpoint.href).toBe("https://sod.superoffice.com/Cust12345/Remote/Services88/Chat.svc")
      expect(Duration.toMillis(settings.timeout)).toBe(10_000)
    }))

  it.live("handle each error, and know whether the message may have been posted", () =>
    Effect.gen(function*() {
      let status = 502
      const server = yield* loopback((_req, res) => send(res, status, "text/html", `<h1>HTTP ${status}</h1>`))
      // --- example: errors
      const result = Effect.gen(function*() {
        const agent = yield* ChatAgent.ChatAgent
        return yield* agent.addChatMessage(42, { message: "Your order has shipped" }).pipe(
          Effect.map((m) => `posted #${m.chatMessageId}`),
          // First the question that matters for a message: may it have been posted?
          Effect.catchIf(
            (e) => ChatAgentError.outcome(e) === "Unknown",
            (e) => Effect.succeed(`may have been posted, look before sending again: ${e.message}`)
          ),
          // Everything left was not posted.
          Effect.catchTags({
            ConnectionFailed: (e) => Effect.succeed(`not sent (${e.reason}): safe to send again`),
            NetServerException: (e) => Effect.succeed(`NetServer refused: ${e.friendlyText}`),
            SoapFault: (e) => Effect.succeed(`SOAP fault ${e.code}: ${e.reason}`),
            UnexpectedStatus: (e) => Effect.succeed(`HTTP ${e.status}: ${e.excerpt}`),
            UnencodableValue: (e) => Effect.succeed(`cannot send ${e.path}: ${e.detail}`)
          })
        )
      })
      // --- end
      const program = withEnv(
        server.url,
        result.pipe(Effect.provide(ChatAgent.layerNode.pipe(Layer.provide(NetServerConfig.layerConfig()))))
      )
      expect(yield* program).toMatch(/^may have been posted, look before sending again: HTTP 502/)
      status = 401
      expect(yield* program).toBe("HTTP 401: HTTP 401")
    }).pipe(Effect.scoped))

  it.live("a retry policy of your own", () =>
    Effect.gen(function*() {
      const server = yield* loopback(posted)
      // --- example: retry
      const ConfigLive = NetServerConfig.layerConfig(
        NetServerConfig.config.pipe(
          Config.map((options) => ({
            ...options,
            // up to 10 tries, 2 seconds apart: still only when nothing was sent
            retry: NetServerConfig.retryWhileNotSent(
              Schedule.spaced("2 seconds").pipe(Schedule.intersect(Schedule.recurs(9)))
            )
          }))
        )
      )
      // --- end
      const settings = yield* withEnv(server.url, Effect.provide(NetServerConfig.NetServerConfig, ConfigLive))
      expect(settings.retry).not.toBe(NetServerConfig.defaultRetry)
    }).pipe(Effect.scoped))

  it.live("the Fetch layer", () =>
    Effect.gen(function*() {
      const server = yield* loopback(posted)
      // --- example: fetch
      // Bun, Deno, browsers, edge runtimes: the platform's fetch.
      const ChatAgentLive = ChatAgent.layerFetch.pipe(Layer.provide(NetServerConfig.layerConfig()))
      // --- end
      const m = yield* withEnv(
        server.url,
        Effect.provide(
          Effect.flatMap(ChatAgent.ChatAgent, (a) => a.addChatMessage(42, { message: "hi" })),
          ChatAgentLive
        )
      )
      expect(m.chatMessageId).toBe(4711)
    }).pipe(Effect.scoped))

  it.live("tracing: so-chat's spans to an OpenTelemetry collector over OTLP", () =>
    Effect.gen(function*() {
      const server = yield* loopback(posted)
      // A collector on loopback: OTLP/HTTP posts JSON to /v1/traces.
      const collector = yield* loopback((_req, res) => send(res, 200, "application/json", "{}"))
      const endpoint = process.env["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"]
      process.env["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"] = `${collector.url}v1/traces`
      yield* Effect.addFinalizer(() =>
        Effect.sync(() => {
          if (endpoint === undefined) delete process.env["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"]
          else process.env["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"] = endpoint
        })
      )
      // --- example: otlp
      // The OTLP endpoint comes from OTEL_EXPORTER_OTLP_ENDPOINT (default http://localhost:4318).
      const TracingLive = NodeSdk.layer(() => ({
        resource: { serviceName: "chat-bridge" },
        spanProcessor: new BatchSpanProcessor(new OTLPTraceExporter())
      }))

      const reply = Effect.gen(function*() {
        const agent = yield* ChatAgent.ChatAgent
        yield* agent.addChatMessage(42, { message: "Hello!" })
      }).pipe(Effect.withSpan("reply to customer"))

      const ChatAgentLive = ChatAgent.layerNode.pipe(Layer.provide(NetServerConfig.layerConfig()))
      const main = reply.pipe(Effect.provide(ChatAgentLive), Effect.provide(TracingLive))
      // --- end
      // Ending the SDK's layer flushes the batch: the collector has the spans when `main` returns.
      yield* withEnv(server.url, main)
      const exported = collector.received.filter((r) => r.method === "POST" && r.url === "/v1/traces")
      expect(exported).toHaveLength(1)
      const spans = (JSON.parse(exported[0]!.body) as {
        resourceSpans: Array<
          { scopeSpans: Array<{ spans: Array<{ name: string; attributes: Array<{ key: string }> }> }> }
        >
      }).resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans))
      expect(spans.map((s) => s.name).sort()).toEqual(["Chat/AddChatMessage", "reply to customer"])
      const call = spans.find((s) => s.name === "Chat/AddChatMessage")!
      expect(call.attributes.map((a) => a.key)).toContain("so_chat.chat_message_id")
      expect(exported[0]!.body).toContain("chat-bridge")
      // The ticket and token went to NetServer, and nowhere near the collector.
      expect(server.received[0]!.body).toContain("7T:abc==")
      expect(exported[0]!.body).not.toContain("7T:abc==")
      expect(exported[0]!.body).not.toContain("app-token")
    }).pipe(Effect.scoped))
})

describeGuides(
  "the guide and the README show only tested code",
  __filename,
  [path.join(__dirname, "../../../docs/transport.md"), path.join(__dirname, "../README.md")],
  [path.join(__dirname, "../../../docs/transport.md")]
)
