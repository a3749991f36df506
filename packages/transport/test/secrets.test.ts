import { describe, expect, it } from "@effect/vitest"
import { AddChatMessage, ChatMessage, Envelope, NetServerHeaders, SoapFault } from "@so-chat/core"
import { ChatAgentError, NetServerConfig } from "@so-chat/transport"
import { Cause, Effect, Either, Exit, Inspectable, Redacted, Schedule } from "effect"
import * as util from "node:util"
import { layers } from "./support/layers.js"
import type { Handler } from "./support/loopback.js"
import { loopback, refusedPort, send, wcfFault11 } from "./support/loopback.js"
import { capturingLogs, recordingSpans } from "./support/observe.js"
import { withAgent } from "./support/suite.js"

// Unique, with characters XML must escape, so an escaped echo is caught too.
const TICKET = "7T:tick&et-SECRET-4f2a=="
const APP_TOKEN = "app<token>-SECRET-91c3"
const MARKERS = ["SECRET-4f2a", "SECRET-91c3"]

const secretsIn = (text: string): Array<string> => MARKERS.filter((m) => text.includes(m))

/** The secrets as the server received them: a server that echoes them back. */
const received = (body: string) => {
  const decoded = Envelope.decodeRequest([AddChatMessage.operation], body).pipe(Either.getOrThrow)
  return {
    ticket: Redacted.value(decoded.headers.ticket!),
    token: Redacted.value(decoded.headers.applicationToken!)
  }
}

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

const echoes: Record<string, Handler> = {
  "401 page echoing both": (req, res) => {
    const { ticket, token } = received(req.body)
    send(res, 401, "text/html", `<html><body><p>Ticket ${xml(ticket)} / token ${xml(token)} refused</p></body></html>`)
  },
  "502 page with the ticket where the excerpt is cut": (req, res) => {
    const { ticket } = received(req.body)
    send(res, 502, "text/plain", `${"x".repeat(190)} ${ticket} trailing text`)
  },
  "malformed XML echoing the ticket": (req, res) => {
    send(res, 200, "text/xml", `<oops>${xml(received(req.body).ticket)}`)
  },
  "HTML under 200 echoing the token": (req, res) => {
    send(res, 200, "text/html", `<p>${xml(received(req.body).token)}</p>`)
  },
  "SOAP fault echoing both": (req, res) => {
    const { ticket, token } = received(req.body)
    send(res, 500, "text/xml", wcfFault11(`Invalid ticket ${xml(ticket)} for application ${xml(token)}`))
  },
  "SOAP 1.1 fault with the token in its detail": (req, res) => {
    const { ticket, token } = received(req.body)
    send(
      res,
      500,
      "text/xml",
      Envelope.encodeFault(SoapFault.make({ version: "1.1", code: "Sender", reason: ticket, detail: token }))
    )
  },
  "ExceptionInfo echoing both everywhere": (req, res) => {
    const { ticket, token } = received(req.body)
    const info = (inner: NetServerHeaders.SoExceptionInfo | null) =>
      new NetServerHeaders.SoExceptionInfo({
        message: `bad ticket ${ticket}`,
        stackTrace: `at Check(${token})`,
        friendlyText: `Ticket ${ticket} expired`,
        exceptionType: "SoSessionException",
        source: token,
        innerException: inner,
        parameters: { [ticket]: token }
      })
    send(
      res,
      200,
      "text/xml",
      Envelope.encodeResponse(AddChatMessage.operation, { response: null }, {
        version: "1.1",
        headers: { succeeded: false, exceptionInfo: info(info(null)), extraInfo: { ticket, token } }
      }).pipe(Either.getOrThrow)
    )
  },
  "an invalid value that is the ticket": (req, res) => {
    const body = Envelope.encodeResponse(AddChatMessage.operation, { response: null }, { version: "1.1" }).pipe(
      Either.getOrThrow
    ).replace(
      /<Response[^>]*\/>/,
      `<Response><ChatMessageId>${xml(received(req.body).ticket)}</ChatMessageId></Response>`
    )
    send(res, 200, "text/xml", body)
  },
  "a stall past the timeout": () => {},
  "a success": (_req, res) =>
    send(
      res,
      200,
      "text/xml",
      Envelope.encodeResponse(AddChatMessage.operation, {
        response: new ChatMessage.ChatMessage({ chatMessageId: 5 })
      }, { version: "1.1" }).pipe(Either.getOrThrow)
    )
}

/** Every way an error can be shown. */
const renderings = (error: ChatAgentError.ChatAgentError): Record<string, string> => ({
  message: error.message,
  String: String(error),
  "JSON.stringify": JSON.stringify(error),
  "Inspectable.format": Inspectable.format(error),
  "util.inspect": util.inspect(error, { depth: null }),
  "Cause.pretty": Cause.pretty(Cause.fail(error)),
  stack: error.stack ?? ""
})

const config = {
  ticket: Redacted.make(TICKET),
  applicationToken: Redacted.make(APP_TOKEN),
  timeout: "300 millis",
  retry: NetServerConfig.retryWhileNotSent(Schedule.recurs(2))
} as const

describe("secrets never reach errors, logs, spans or printed config", () => {
  it.effect("the configuration prints without them", () =>
    Effect.gen(function*() {
      const settings = yield* NetServerConfig.make({ url: "https://sod.superoffice.com/Cust12345/", ...config })
      const shown = [
        JSON.stringify(settings),
        String(settings),
        util.inspect(settings, { depth: null }),
        Inspectable.format(settings),
        JSON.stringify({ ...settings }),
        util.inspect({ ...settings }, { depth: null })
      ]
      for (const text of shown) expect(secretsIn(text), text).toEqual([])
      // and it does hold them
      expect(settings.ticket.pipe((o) => o._tag === "Some" && Redacted.value(o.value))).toBe(TICKET)
    }))

  for (const [layerName, layer] of Object.entries(layers)) {
    it.live(`${layerName}: every error, its log lines and its spans`, () =>
      Effect.gen(function*() {
        let checked = 0
        for (const [scenario, handler] of Object.entries(echoes)) {
          const { exit, lines, receivedBodies, spans } = yield* Effect.scoped(Effect.gen(function*() {
            const server = yield* loopback(handler)
            const { value: { value: exit, spans }, lines } = yield* capturingLogs(recordingSpans(
              withAgent(layer, server.url, config, (agent) =>
                agent.addChatMessage(1, { type: "ToCustomer", message: "hi" }).pipe(
                  // what an application would log
                  Effect.tapErrorCause((cause) =>
                    Effect.logError("posting failed", cause)
                  ),
                  Effect.tapError((error) =>
                    Effect.logWarning(error)
                  ),
                  Effect.exit
                ))
            ))
            return { exit, lines, spans, receivedBodies: server.received.map((r) => r.body) }
          }))
          // The secrets did travel to the server, so their absence below means something.
          expect(receivedBodies.some((b) => b.includes(xml(TICKET)) && b.includes(xml(APP_TOKEN))), scenario).toBe(
            true
          )
          if (Exit.isFailure(exit)) {
            const error = Cause.failureOption(exit.cause).pipe((o) => (o._tag === "Some" ? o.value : undefined))
            expect(error, `${scenario}: ${Cause.pretty(exit.cause)}`).toBeDefined()
            for (const [how, text] of Object.entries(renderings(error!))) {
              expect(secretsIn(text), `${scenario}, ${how}: ${text}`).toEqual([])
            }
            checked++
          }
          for (const line of lines) expect(secretsIn(line), `${scenario}, log: ${line}`).toEqual([])
          expect(spans.length, scenario).toBeGreaterThan(0)
          for (const span of spans) {
            const shown = JSON.stringify([span.name, [...span.attributes].map(([k, v]) => [k, String(v)])])
            expect(secretsIn(shown), `${scenario}, span: ${shown}`).toEqual([])
          }
        }
        expect(checked).toBe(Object.keys(echoes).length - 1)

        // A refused port, retried: the retry log lines too.
        const port = yield* refusedPort
        const { lines, value: exit } = yield* capturingLogs(
          withAgent(layer, `http://127.0.0.1:${port}/`, config, (agent) =>
            agent.addChatMessage(1, { message: "hi" }).pipe(Effect.exit))
        )
        expect(Exit.isFailure(exit)).toBe(true)
        // Three attempts, two of them retried: a line for each retry.
        expect(lines.filter((l) =>
          l.includes("attempt")
        )).toHaveLength(2)
        for (const line of lines) {
          expect(secretsIn(line), line).toEqual([])
        }
      }), 30_000)
  }

  it.live("a fault's and an exception's texts keep everything but the secrets", () =>
    Effect.gen(function*() {
      // Checked through the Node layer: the scrubbed values are still useful.
      const server = yield* loopback(echoes["ExceptionInfo echoing both everywhere"]!)
      const exit = yield* withAgent(layers["ChatAgent.layerNode (undici, throughput)"], server.url, config, (agent) =>
        agent.addChatMessage(1, { message: "hi" })).pipe(Effect.exit)
      const error = Cause.failureOption(Exit.isFailure(exit) ? exit.cause : Cause.empty)
      expect(error._tag).toBe("Some")
      const e = (error as any).value as ChatAgentError.ChatAgentError
      expect(e._tag).toBe("NetServerException")
      if (e._tag === "NetServerException") {
        expect(e.friendlyText).toBe("Ticket <redacted> expired")
        expect(e.exceptionInfo?.innerException?.message).toBe("bad ticket <redacted>")
        expect(e.exceptionInfo?.parameters).toEqual({ "<redacted>": "<redacted>" })
        expect(e.extraInfo).toEqual({ ticket: "<redacted>", token: "<redacted>" })
      }
    }).pipe(Effect.scoped), { timeout: 10_000 })
})
