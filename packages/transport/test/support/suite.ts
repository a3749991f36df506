import { describe, expect, it } from "@effect/vitest"
import { AddChatMessage, ChatMessage, Envelope, NetServerHeaders, SoapFault } from "@so-chat/core"
import { ChatAgent, ChatAgentError, NetServerConfig } from "@so-chat/transport"
import { Cause, DateTime, Duration, Effect, Either, Exit, Fiber, Layer, Option, Redacted, Schedule } from "effect"
import type { Handler, Loopback } from "./loopback.js"
import { fixture, loopback, refusedPort, send, wcfFault11, wcfResponse11 } from "./loopback.js"

export const TICKET = "7T:ticket-under-test=="
export const APP_TOKEN = "app-token-under-test"

type AgentLayer = Layer.Layer<ChatAgent.ChatAgent, never, NetServerConfig.NetServerConfig>

type ConfigOverrides = Partial<Omit<NetServerConfig.Options, "url">> & { readonly url?: string }

/** Runs `f` with an agent on `layer`, configured for `server` (plus overrides). */
export const withAgent = <A, E>(
  layer: AgentLayer,
  url: string,
  overrides: ConfigOverrides,
  f: (agent: ChatAgent.ChatAgent["Type"]) => Effect.Effect<A, E>
) =>
  Effect.flatMap(ChatAgent.ChatAgent, f).pipe(
    Effect.provide(
      layer.pipe(Layer.provide(Layer.orDie(NetServerConfig.layer({
        url,
        ticket: Redacted.make(TICKET),
        applicationToken: Redacted.make(APP_TOKEN),
        timeout: "3 seconds",
        ...overrides
      }))))
    )
  )

const hello = new ChatMessage.ChatMessage({
  chatSessionId: 42,
  type: "ToCustomer",
  message: "Hello <there> & \"welcome\" 😀",
  author: "Ada"
})

/** Posts `hello` to a loopback server answering with `handler`; returns the exit and the server. */
export const postTo = (
  layer: AgentLayer,
  handler: Handler,
  overrides: ConfigOverrides = {}
): Effect.Effect<
  { readonly exit: Exit.Exit<ChatMessage.ChatMessage, ChatAgentError.ChatAgentError>; readonly server: Loopback },
  never,
  never
> =>
  Effect.scoped(
    Effect.gen(function*() {
      const server = yield* loopback(handler)
      const exit = yield* withAgent(layer, server.url, overrides, (agent) => agent.addChatMessage(42, hello)).pipe(
        Effect.exit
      )
      return { exit, server }
    })
  )

const failure = <A>(exit: Exit.Exit<A, ChatAgentError.ChatAgentError>): ChatAgentError.ChatAgentError => {
  if (Exit.isSuccess(exit)) throw new Error(`expected a failure, got ${String(exit.value)}`)
  const error = Cause.failureOption(exit.cause)
  if (error._tag === "None") throw new Error(`expected a typed failure, got ${Cause.pretty(exit.cause)}`)
  return error.value
}

const expectTag = <T extends ChatAgentError.ChatAgentError["_tag"]>(
  exit: Exit.Exit<unknown, ChatAgentError.ChatAgentError>,
  tag: T
): Extract<ChatAgentError.ChatAgentError, { _tag: T }> => {
  const error = failure(exit)
  expect(error._tag, error.message).toBe(tag)
  return error as any
}

const okResponse: Handler = (req, res) => {
  const decoded = Envelope.decodeRequest([AddChatMessage.operation], req.body)
  if (Either.isLeft(decoded)) return send(res, 400, "text/plain", decoded.left.message)
  send(res, 200, "text/xml; charset=utf-8", wcfResponse11({ chatMessageId: 77, chatSessionId: 42, message: "ok" }))
}

const htmlPage = (title: string, text: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title><style>body{color:red}</style></head>` +
  `<body><h1>${title}</h1><p>${text}</p></body></html>`

/** Answers with headers and part of the body, then resets the connection. */
const resetMidBody: Handler = (_req, res, socket) => {
  res.writeHead(200, { "content-type": "text/xml; charset=utf-8", "content-length": "4000" })
  res.write(wcfResponse11({ chatMessageId: 1, chatSessionId: 42, message: "x" }).slice(0, 200), () => {
    setTimeout(() => socket.resetAndDestroy(), 20)
  })
}

/** Reads the request, then resets the connection without a byte of answer. */
const resetBeforeAnswer: Handler = (_req, _res, socket) => {
  socket.resetAndDestroy()
}

/** Never answers. */
const stall: Handler = () => {}

/** A chunked body that never ends. */
const endlessBody: Handler = (_req, res) => {
  res.writeHead(200, { "content-type": "text/xml; charset=utf-8" })
  res.write(`<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>`)
  const chunk = `<x>${"y".repeat(16 * 1024)}</x>`
  const timer = setInterval(() => {
    if (res.destroyed || res.writableEnded) clearInterval(timer)
    else res.write(chunk)
  }, 5)
  res.on("close", () => clearInterval(timer))
}

/** Every kind of failing answer, with what the client must make of it. */
export const faults: ReadonlyArray<{
  readonly name: string
  readonly handler: Handler
  readonly overrides?: ConfigOverrides
  readonly tag: ChatAgentError.ChatAgentError["_tag"]
  readonly outcome: ChatAgentError.Outcome
}> = [
  {
    name: "SOAP 1.1 fault under HTTP 500",
    handler: (_q, res) => send(res, 500, "text/xml; charset=utf-8", wcfFault11("The server was unable to process")),
    tag: "SoapFault",
    outcome: "NotPosted"
  },
  {
    name: "ExceptionInfo header, Succeeded=false",
    handler: (_q, res) =>
      send(
        res,
        200,
        "text/xml; charset=utf-8",
        Envelope.encodeResponse(AddChatMessage.operation, { response: null }, {
          version: "1.1",
          headers: {
            succeeded: false,
            exceptionInfo: new NetServerHeaders.SoExceptionInfo({
              message: "Ticket expired",
              stackTrace: null,
              friendlyText: "Your session has expired. Please log in again.",
              exceptionType: "SoSessionException",
              source: null,
              innerException: null,
              parameters: {}
            })
          }
        }).pipe(Either.getOrThrow)
      ),
    tag: "NetServerException",
    outcome: "NotPosted"
  },
  {
    name: "401 with an HTML page",
    handler: (_q, res) => send(res, 401, "text/html", htmlPage("401 - Unauthorized", "Access is denied.")),
    tag: "UnexpectedStatus",
    outcome: "NotPosted"
  },
  {
    name: "502 with an HTML page",
    handler: (_q, res) => send(res, 502, "text/html", htmlPage("502 - Bad Gateway", "The upstream did not answer.")),
    tag: "UnexpectedStatus",
    outcome: "Unknown"
  },
  { name: "connection reset mid-body", handler: resetMidBody, tag: "ConnectionLost", outcome: "Unknown" },
  { name: "connection reset before an answer", handler: resetBeforeAnswer, tag: "ConnectionLost", outcome: "Unknown" },
  {
    name: "a stall past the timeout",
    handler: stall,
    overrides: { timeout: "300 millis" },
    tag: "Timeout",
    outcome: "Unknown"
  },
  {
    name: "a body that never ends (size limit)",
    handler: endlessBody,
    overrides: { maxResponseBytes: 64 * 1024 },
    tag: "ResponseTooLarge",
    outcome: "Unknown"
  },
  {
    name: "a body that never ends (timeout)",
    handler: endlessBody,
    overrides: { timeout: "400 millis" },
    tag: "Timeout",
    outcome: "Unknown"
  },
  {
    name: "HTML under 200",
    handler: (_q, res) => send(res, 200, "text/html; charset=utf-8", htmlPage("Welcome", "Sign in")),
    tag: "UndecodableResponse",
    outcome: "Unknown"
  },
  {
    name: "a SOAP 1.2 answer to a SOAP 1.1 request",
    handler: (_q, res) => send(res, 200, "application/soap+xml; charset=utf-8", fixture("AddChatMessage.response")),
    tag: "UndecodableResponse",
    outcome: "Unknown"
  },
  {
    name: "malformed XML",
    handler: (_q, res) => send(res, 200, "text/xml; charset=utf-8", "<s:Envelope xmlns:s=\"x\"><unclosed>"),
    tag: "UndecodableResponse",
    outcome: "Unknown"
  }
]

/**
 * The suite every transport layer must pass, against real sockets on
 * 127.0.0.1.
 */
export const transportSuite = (name: string, layer: AgentLayer) =>
  describe(name, () => {
    it.live("posts over SOAP 1.1: POST, text/xml, quoted SOAPAction, headers, and reads a WCF answer", () =>
      Effect.gen(function*() {
        const { exit, server } = yield* postTo(layer, okResponse)
        expect(Exit.isSuccess(exit), Exit.isFailure(exit) ? Cause.pretty(exit.cause) : "").toBe(true)
        const posted = Exit.isSuccess(exit) ? exit.value : undefined
        expect(posted?.chatMessageId).toBe(77)
        expect(posted?.author).toBeNull()
        expect(posted?.specialParam).toBe("")
        expect(posted?.whenPosted.epochMillis).toBe(Date.UTC(2024, 4, 6, 7, 8, 9, 123))
        expect(server.received).toHaveLength(1)
        const req = server.received[0]!
        expect(req.method).toBe("POST")
        expect(req.url).toBe("/Remote/Services88/Chat.svc")
        expect(req.headers["content-type"]).toBe("text/xml; charset=utf-8")
        expect(req.headers["soapaction"]).toBe(`"${AddChatMessage.operation.soapAction}"`)
        const decoded = Envelope.decodeRequest([AddChatMessage.operation], req.body, { version: "1.1" }).pipe(
          Either.getOrThrow
        )
        expect(decoded.body.chatSessionId).toBe(42)
        expect(decoded.body.message?.message).toBe(hello.message)
        expect(Redacted.value(decoded.headers.ticket!)).toBe(TICKET)
        expect(Redacted.value(decoded.headers.applicationToken!)).toBe(APP_TOKEN)
      }))

    it.live("posts over SOAP 1.2: action in the content type, and reads the documented response", () =>
      Effect.gen(function*() {
        const { exit, server } = yield* postTo(
          layer,
          (_q, res) => send(res, 200, "application/soap+xml; charset=utf-8", fixture("AddChatMessage.response")),
          { soapVersion: "1.2" }
        )
        const req = server.received[0]!
        expect(req.headers["content-type"]).toBe(
          `application/soap+xml; charset=utf-8; action="${AddChatMessage.operation.soapAction}"`
        )
        expect(req.headers["soapaction"]).toBeUndefined()
        expect(Envelope.decodeRequest([AddChatMessage.operation], req.body, { version: "1.2" })._tag).toBe("Right")
        expect(exit).toEqual(Exit.succeed(
          new ChatMessage.ChatMessage({
            type: "Invalid",
            message: "",
            author: "",
            specialParam: "",
            whenPosted: DateTime.unsafeMake("2021-03-25T21:36:53Z")
          })
        ))
      }))

    it.live("a SOAP 1.1 fault under HTTP 500 is a SoapFault", () =>
      Effect.gen(function*() {
        const { exit } = yield* postTo(
          layer,
          (_q, res) => send(res, 500, "text/xml; charset=utf-8", wcfFault11("Object reference not set"))
        )
        const fault = expectTag(exit, "SoapFault")
        expect(fault.version).toBe("1.1")
        expect(fault.reason).toBe("Object reference not set")
        expect(fault.faultCode.local).toBe("InternalServiceFault")
        expect(ChatAgentError.outcome(fault)).toBe("NotPosted")
      }))

    it.live("SOAP 1.2 faults under HTTP 400 (Sender) and 500 (Receiver) are SoapFaults", () =>
      Effect.gen(function*() {
        for (const [status, code] of [[400, "Sender"], [500, "Receiver"]] as const) {
          const { exit } = yield* postTo(layer, (_q, res) =>
            send(
              res,
              status,
              "application/soap+xml; charset=utf-8",
              Envelope.encodeFault(SoapFault.make({ version: "1.2", code, reason: `blame the ${code}` }))
            ), { soapVersion: "1.2" })
          const fault = expectTag(exit, "SoapFault")
          expect(fault.version).toBe("1.2")
          expect(fault.code).toBe(code)
          expect(fault.reason).toBe(`blame the ${code}`)
        }
      }))

    it.live("a SOAP fault under HTTP 200 is a SoapFault too", () =>
      Effect.gen(function*() {
        const { exit } = yield* postTo(layer, (_q, res) => send(res, 200, "text/xml", wcfFault11("odd but valid")))
        expect(expectTag(exit, "SoapFault").reason).toBe("odd but valid")
      }))

    it.live("ExceptionInfo with Succeeded=false is a NetServerException showing FriendlyText", () =>
      Effect.gen(function*() {
        const { exit } = yield* postTo(layer, faults[1]!.handler)
        const error = expectTag(exit, "NetServerException")
        expect(error.message).toContain("Your session has expired. Please log in again.")
        expect(error.exceptionType).toBe("SoSessionException")
      }))

    it.live("401 with HTML is UnexpectedStatus with the page's text", () =>
      Effect.gen(function*() {
        const { exit } = yield* postTo(layer, faults[2]!.handler)
        const error = expectTag(exit, "UnexpectedStatus")
        expect(error.status).toBe(401)
        expect(error.excerpt).toBe("401 - Unauthorized 401 - Unauthorized Access is denied.")
        expect(error.message).toContain("HTTP 401")
        expect(error.message).toContain("Check the ticket")
        expect(ChatAgentError.outcome(error)).toBe("NotPosted")
      }))

    it.live("a reset mid-body is ConnectionLost, outcome unknown", () =>
      Effect.gen(function*() {
        const { exit } = yield* postTo(layer, resetMidBody)
        const error = expectTag(exit, "ConnectionLost")
        expect(error.responseStarted).toBe(true)
        expect(ChatAgentError.outcome(error)).toBe("Unknown")
        expect(error.message).toContain("may have been posted")
      }))

    it.live("a reset before any answer is ConnectionLost, before the response started", () =>
      Effect.gen(function*() {
        const { exit } = yield* postTo(layer, resetBeforeAnswer)
        const error = expectTag(exit, "ConnectionLost")
        expect(error.responseStarted).toBe(false)
        expect(error.message).toContain("before an answer arrived")
      }))

    it.live("a stall past the timeout is Timeout, outcome unknown, in about the timeout", () =>
      Effect.gen(function*() {
        const started = Date.now()
        const { exit } = yield* postTo(layer, stall, { timeout: "300 millis" })
        const elapsed = Date.now() - started
        const error = expectTag(exit, "Timeout")
        expect(error.timeoutMillis).toBe(300)
        expect(error.message).toContain("may have been posted")
        expect(elapsed).toBeGreaterThanOrEqual(290)
        expect(elapsed).toBeLessThan(2500)
      }))

    // setTimeout runs a delay of 2^31 ms or more after 1 ms.
    it.live("a timeout beyond the timers' range (30 days) waits for a late answer", () =>
      Effect.gen(function*() {
        const late: Handler = (req, res) => setTimeout(() => okResponse(req, res, undefined as never), 300)
        const { exit } = yield* postTo(layer, late, { timeout: "30 days" })
        expect(Exit.isSuccess(exit), Exit.isFailure(exit) ? Cause.pretty(exit.cause) : "").toBe(true)
      }))

    it.live("a timeout of 2^31 ms and beyond does not fire early on a stall", () =>
      Effect.gen(function*() {
        for (const timeout of [Duration.millis(2 ** 31), Duration.seconds(99999999999)]) {
          const ended = yield* postTo(layer, stall, { timeout }).pipe(Effect.timeoutOption("400 millis"))
          // Still waiting when the bound passes: nothing fired.
          expect(Option.isNone(ended), Duration.format(timeout)).toBe(true)
        }
      }))

    it.live("a body that never ends stops at the size limit, without waiting for the timeout", () =>
      Effect.gen(function*() {
        const started = Date.now()
        const { exit } = yield* postTo(layer, endlessBody, { maxResponseBytes: 64 * 1024, timeout: "20 seconds" })
        const error = expectTag(exit, "ResponseTooLarge")
        expect(error.maxBytes).toBe(64 * 1024)
        expect(error.declaredBytes).toBeNull()
        expect(Date.now() - started).toBeLessThan(5000)
      }))

    it.live("a declared length over the limit fails before reading the body", () =>
      Effect.gen(function*() {
        const { exit } = yield* postTo(layer, (_q, res) => {
          res.writeHead(200, { "content-type": "text/xml", "content-length": String(10 * 1024 * 1024) })
          res.write("<") // and never more
        }, { maxResponseBytes: 1024 * 1024, timeout: "20 seconds" })
        expect(expectTag(exit, "ResponseTooLarge").declaredBytes).toBe(10 * 1024 * 1024)
      }))

    it.live("a refused port is ConnectionFailed (Refused), nothing sent", () =>
      Effect.gen(function*() {
        const port = yield* refusedPort
        const exit = yield* withAgent(
          layer,
          `http://127.0.0.1:${port}/`,
          { retry: NetServerConfig.retryWhileNotSent(Schedule.recurs(2)) },
          (agent) => agent.addChatMessage(42, hello)
        ).pipe(Effect.exit)
        const error = expectTag(exit, "ConnectionFailed")
        expect(error.reason).toBe("Refused")
        expect(ChatAgentError.outcome(error)).toBe("NotPosted")
        expect(error.message).toContain("Nothing was sent")
      }))

    it.live("wrong content type: HTML under 200 is UndecodableResponse (ContentType)", () =>
      Effect.gen(function*() {
        const { exit } = yield* postTo(layer, faults[9]!.handler)
        const error = expectTag(exit, "UndecodableResponse")
        expect(error.reason).toBe("ContentType")
        expect(error.excerpt).toBe("Welcome Welcome Sign in")
      }))

    it.live("a SOAP 1.2 content type answering SOAP 1.1 is VersionMismatch", () =>
      Effect.gen(function*() {
        const { exit } = yield* postTo(layer, faults[10]!.handler)
        expect(expectTag(exit, "UndecodableResponse").reason).toBe("VersionMismatch")
      }))

    it.live("a SOAP 1.2 envelope labelled text/xml answering SOAP 1.1 is VersionMismatch", () =>
      Effect.gen(function*() {
        const { exit } = yield* postTo(
          layer,
          (_q, res) => send(res, 200, "text/xml; charset=utf-8", fixture("AddChatMessage.response"))
        )
        const error = expectTag(exit, "UndecodableResponse")
        expect(error.reason).toBe("VersionMismatch")
        expect(error.detail).toContain("SOAP 1.1")
      }))

    it.live("malformed XML is UndecodableResponse (MalformedXml) with an excerpt", () =>
      Effect.gen(function*() {
        const { exit } = yield* postTo(layer, faults[11]!.handler)
        const error = expectTag(exit, "UndecodableResponse")
        expect(error.reason).toBe("MalformedXml")
        expect(error.excerpt).toBe("<s:Envelope xmlns:s=\"x\"><unclosed>")
      }))

    it.live("a nil Response is UndecodableResponse (MissingResult)", () =>
      Effect.gen(function*() {
        const { exit } = yield* postTo(layer, (_q, res) =>
          send(
            res,
            200,
            "text/xml; charset=utf-8",
            Envelope.encodeResponse(AddChatMessage.operation, { response: null }, { version: "1.1" }).pipe(
              Either.getOrThrow
            )
          ))
        expect(expectTag(exit, "UndecodableResponse").reason).toBe("MissingResult")
      }))

    it.live("an unencodable message fails before anything is sent", () =>
      Effect.gen(function*() {
        const { exit, server } = yield* Effect.scoped(Effect.gen(function*() {
          const server = yield* loopback(okResponse)
          const exit = yield* withAgent(
            layer,
            server.url,
            {},
            (agent) => agent.addChatMessage(42, { type: "ToCustomer", message: "bell \u0007" })
          ).pipe(Effect.exit)
          return { exit, server }
        }))
        const error = expectTag(exit, "UnencodableValue")
        expect(error.path).toContain("Message")
        expect(server.posts()).toBe(0)
      }))

    it.live("builds the message from properties, chatSessionId from the call", () =>
      Effect.gen(function*() {
        const { exit, server } = yield* Effect.scoped(Effect.gen(function*() {
          const server = yield* loopback(okResponse)
          const exit = yield* withAgent(
            layer,
            server.url,
            {},
            (agent) => agent.addChatMessage(9, { type: "ToCustomer", message: "hi" })
          ).pipe(Effect.exit)
          return { exit, server }
        }))
        expect(Exit.isSuccess(exit)).toBe(true)
        const sent = Envelope.decodeRequest([AddChatMessage.operation], server.received[0]!.body).pipe(
          Either.getOrThrow
        )
        expect(sent.body.chatSessionId).toBe(9)
        expect(sent.body.message?.chatSessionId).toBe(9)
        expect(sent.body.message?.type).toBe("ToCustomer")
      }))

    it.live("every fault reaches the server exactly once: the default policy doubles nothing", () =>
      Effect.gen(function*() {
        for (const fault of faults) {
          const { exit, server } = yield* postTo(layer, fault.handler, fault.overrides)
          const error = failure(exit)
          expect([fault.name, error._tag]).toEqual([fault.name, fault.tag])
          expect([fault.name, ChatAgentError.outcome(error)]).toEqual([fault.name, fault.outcome])
          expect([fault.name, server.posts()]).toEqual([fault.name, 1])
        }
      }), 30_000)

    it.live("interrupting a call aborts its request", () =>
      Effect.scoped(Effect.gen(function*() {
        let closed = false
        const server = yield* loopback((_q, _res, socket) => {
          socket.on("close", () => {
            closed = true
          })
        })
        yield* withAgent(layer, server.url, { timeout: "20 seconds" }, (agent) =>
          Effect.gen(function*() {
            const fiber = yield* Effect.fork(agent.addChatMessage(42, hello))
            while (server.posts() === 0) {
              yield* Effect.sleep("5 millis")
            }
            yield* Fiber.interrupt(fiber)
            const deadline = Date.now() + 2000
            while (!closed && Date.now() < deadline) {
              yield* Effect.sleep("5 millis")
            }
          }))
        expect(closed).toBe(true)
        expect(server.posts()).toBe(1)
      })))

    it.live("16 concurrent calls each post once", () =>
      Effect.scoped(Effect.gen(function*() {
        let next = 0
        const server = yield* loopback((req, res) => {
          const decoded = Envelope.decodeRequest([AddChatMessage.operation], req.body).pipe(Either.getOrThrow)
          setTimeout(() =>
            send(
              res,
              200,
              "text/xml; charset=utf-8",
              wcfResponse11({ chatMessageId: ++next, chatSessionId: decoded.body.chatSessionId, message: "ok" })
            ), 10)
        })
        const ids = yield* withAgent(layer, server.url, {}, (agent) =>
          Effect.forEach(
            Array.from({ length: 48 }, (_, i) =>
              i),
            (i) =>
              Effect.map(agent.addChatMessage(i, hello), (m) =>
                m.chatSessionId),
            { concurrency: 16 }
          ))
        expect(ids).toEqual(Array.from({ length: 48 }, (_, i) => i))
        expect(server.posts()).toBe(48)
      })))
  })
