/**
 * `so-chat demo`: the whole path on one machine. Starts the testkit's fake
 * NetServer on 127.0.0.1, posts a message to it over real HTTP with the same
 * client `add-message` uses, and shows the request that went out, the answer
 * that came back and the message NetServer stored.
 *
 * Loaded only when the command runs.
 *
 * @internal
 */
import { AddChatMessage, ChatMessage } from "@so-chat/core"
import { FakeNetServer, FakeNetServerHttp } from "@so-chat/testkit"
import { ChatAgent, NetServerConfig, SoapTransport } from "@so-chat/transport"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import { Interrupted, InvalidFlag } from "../CliError.js"
import * as Agent from "./agent.js"
import { checkText, isBlank } from "./messageText.js"
import { MASK, Output } from "./output.js"
import { pretty } from "./prettyXml.js"
import { toJson, toLines } from "./render.js"
import type { DemoArgs } from "./runtime.js"
import { stopOnSignal } from "./runtime.js"

interface Exchange {
  readonly url: string
  readonly requestHeaders: Readonly<Record<string, string>>
  readonly requestBody: string
  readonly status: number
  readonly contentType: string
  readonly responseBody: string
  readonly millis: number
}

const decoder = new TextDecoder()

/** Around the transport: remembers the exchange, as it went over the wire. */
const recording = (record: (exchange: Exchange) => void) => (inner: SoapTransport.SoapTransport["Type"]) =>
  SoapTransport.SoapTransport.of({
    send: (request) => {
      const started = performance.now()
      return Effect.tap(inner.send(request), (response) =>
        Effect.sync(() => {
          const contentType = response.headers["content-type"]
          record({
            url: NetServerConfig.displayUrl(request.url),
            requestHeaders: SoapTransport.framingHeaders(request.version, request.soapAction),
            requestBody: typeof request.body === "string" ? request.body : decoder.decode(request.body),
            status: response.status,
            contentType: Array.isArray(contentType) ? contentType.join(", ") : String(contentType ?? ""),
            responseBody: decoder.decode(response.body),
            millis: performance.now() - started
          })
        }))
    }
  })

const quote = (s: string): string => /^[\w./:@-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`

/** @internal */
export const demo = (args: DemoArgs) =>
  Effect.gen(function*() {
    const version = args.soapVersion.trim()
    if (version !== "1.1" && version !== "1.2") {
      return yield* new InvalidFlag({
        flag: "--soap-version",
        reason: `${JSON.stringify(args.soapVersion)} is not a SOAP version: give 1.1 or 1.2`
      })
    }
    // Checked before anything is encoded, so that an error names the flag, as add-message's do.
    const text = yield* checkText("--text", args.text)
    const author = yield* checkText("--author", args.author)
    if (isBlank(text)) {
      return yield* new InvalidFlag({ flag: "--text", reason: "the message is empty; give the demo some text to post" })
    }
    // The fake starts only once the flags are known to be good.
    return yield* post(args, version, text, author).pipe(Effect.provide(FakeNetServerHttp.layer()))
  })

const post = (args: DemoArgs, version: "1.1" | "1.2", text: string, author: string) =>
  Effect.gen(function*() {
    const output = yield* Output
    const ticket = FakeNetServer.defaultTicket
    output.mask(Redacted.value(ticket))
    const chatSessionId = FakeNetServer.defaultChatSessionIds[0] ?? 1
    const server = yield* FakeNetServerHttp.FakeNetServerHttp
    const baseUrl = server.url.href

    let exchange: Exchange | undefined
    const settings = yield* NetServerConfig.make({ url: server.url, ticket, soapVersion: version })
    const agent = Agent.layer(settings, recording((e) => exchange = e))
    const message = new ChatMessage.ChatMessage({
      chatSessionId,
      type: "ToCustomer",
      message: text,
      author
    })
    const posted = yield* stopOnSignal(
      Effect.flatMap(ChatAgent.ChatAgent, (a) => a.addChatMessage(chatSessionId, message)).pipe(Effect.provide(agent)),
      (signal) => new Interrupted({ signal, mayHaveBeenPosted: true })
    )
    const sent = exchange
    if (sent === undefined) return yield* Effect.dieMessage("the demo's request was not recorded")

    // The request as it went out holds the fake's ticket: shown masked, as every ticket is.
    const sentEnvelope = output.redact(pretty(sent.requestBody))
    if (args.json) {
      output.out(JSON.stringify({
        server: baseUrl,
        sent: { method: "POST", url: sent.url, headers: sent.requestHeaders, envelope: sentEnvelope },
        received: { status: sent.status, contentType: sent.contentType, envelope: pretty(sent.responseBody) },
        message: toJson(posted)
      }))
      return
    }
    const indent = (text: string) => text.split("\n").map((l) => `    ${l}`)
    const lines = [
      "so-chat demo: a fake NetServer on this machine; nothing leaves it.",
      "",
      `1. Started the fake NetServer (the one \`so-chat serve-fake\` runs) at ${baseUrl}`,
      `   It has chat sessions ${FakeNetServer.defaultChatSessionIds.join(", ")} and accepts its example ticket.`,
      "",
      "2. Posted a message, as this command would:",
      `     SO_TICKET=${MASK} so-chat add-message --url ${baseUrl} --session ${chatSessionId} \\`,
      `       --text ${quote(args.text)} --author ${quote(args.author)}${
        version === "1.1" ? "" : ` --soap-version ${version}`
      }`,
      "",
      `   Sent: POST ${sent.url}`,
      ...Object.entries(sent.requestHeaders).map(([k, v]) => `   ${k}: ${v}`),
      "",
      ...indent(sentEnvelope),
      "",
      `   Came back: HTTP ${sent.status} (${sent.contentType}) after ${Math.max(1, Math.round(sent.millis))} ms`,
      "",
      ...indent(pretty(sent.responseBody)),
      "",
      `3. NetServer stored it as (${AddChatMessage.operation.name} returned):`,
      "",
      ...toLines(posted).map((l) => `    ${l}`),
      "",
      "Next, against your own installation (see so-chat add-message --help):",
      "    export SO_URL=https://sod.superoffice.com/Cust12345/ SO_TICKET=<your ticket>",
      "    so-chat add-message --session <id> --text 'Hello!'"
    ]
    for (const line of lines) output.out(line)
  })
