/**
 * A scripted NetServer: decodes each request with core, lets the test answer
 * it, encodes the answer. As a `SoapTransport` in memory (no promise, no
 * socket: deterministic under the TestClock) or as a loopback `Handler`.
 */
import {
  AddChatMessage,
  AuthenticateUsernamePassword,
  Envelope,
  GetChatMessages,
  NetServerHeaders
} from "@so-chat/core"
import type { ChatMessage, Operation } from "@so-chat/core"
import { ChatAgent, NetServerConfig, SoapTransport } from "@so-chat/transport"
import { Clock, Effect, Either, Layer, Redacted } from "effect"
import type { Handler } from "./loopback.js"
import { send } from "./loopback.js"

export const operations = [
  AddChatMessage.operation,
  GetChatMessages.operation,
  AuthenticateUsernamePassword.operation
] as const

export type Decoded = Either.Either.Right<ReturnType<typeof Envelope.decodeRequest<typeof operations>>>

/** One request as the scripted server saw it. */
export interface Seen {
  readonly at: number
  readonly operation: string
  readonly path: string
  readonly ticket: string | undefined
  readonly body: any
}

export interface Answer {
  readonly status: number
  readonly xml: string
}

export const ok = <Req, Res>(operation: Operation.Operation<Req, Res>, body: Res): Answer => ({
  status: 200,
  xml: Either.getOrThrow(Envelope.encodeResponse(operation, body, { version: "1.1" }))
})

export const page = (messages: ReadonlyArray<ChatMessage.ChatMessage>): Answer =>
  ok(GetChatMessages.operation, { response: messages })

/** NetServer's refusal: `Succeeded` false and an ExceptionInfo of the given type. */
export const refused = (
  operation: Operation.Operation.Any,
  exceptionType: string,
  friendlyText = "Refused",
  message = friendlyText
): Answer => ({
  status: 200,
  xml: Either.getOrThrow(
    Envelope.encodeResponse(
      operation,
      operation === AuthenticateUsernamePassword.operation
        ? { response: null, credentials: null, authenticationSucceeded: false }
        : { response: null },
      {
        version: "1.1",
        headers: {
          succeeded: false,
          exceptionInfo: new NetServerHeaders.SoExceptionInfo({
            message,
            stackTrace: null,
            friendlyText,
            exceptionType,
            source: null,
            innerException: null,
            parameters: {}
          })
        }
      }
    )
  )
})

const decode = (body: string | Uint8Array): Decoded => {
  const decoded = Envelope.decodeRequest(operations, body)
  if (Either.isLeft(decoded)) throw new Error(`the client sent an undecodable request: ${decoded.left.message}`)
  return decoded.right
}

const seenOf = (at: number, path: string, decoded: Decoded): Seen => ({
  at,
  operation: decoded.operation.name,
  path,
  ticket: decoded.headers.ticket === undefined ? undefined : Redacted.value(decoded.headers.ticket),
  body: decoded.body
})

/** An in-memory transport answering with `answer`; `seen` records every request with the TestClock's time. */
export const scriptedTransport = (answer: (request: Decoded, seen: Seen) => Answer, seen: Array<Seen> = []) =>
  SoapTransport.SoapTransport.of({
    send: (request) =>
      Effect.map(Clock.currentTimeMillis, (at) => {
        const decoded = decode(request.body)
        const one = seenOf(at, request.url.pathname, decoded)
        seen.push(one)
        const { status, xml } = answer(decoded, one)
        return { status, headers: { "content-type": "text/xml; charset=utf-8" }, body: new TextEncoder().encode(xml) }
      })
  })

/** A ChatAgent on an in-memory scripted transport, with a ticket. */
export const scriptedAgent = (transport: SoapTransport.SoapTransport["Type"]) =>
  ChatAgent.layer.pipe(
    Layer.provide(Layer.succeed(SoapTransport.SoapTransport, transport)),
    Layer.provide(Layer.orDie(NetServerConfig.layer({
      url: "http://netserver.invalid/Cust1/",
      ticket: Redacted.make("7T:fixed==")
    })))
  )

/** The same script as a loopback handler. */
export const scriptedHandler =
  (answer: (request: Decoded, seen: Seen) => Answer, seen: Array<Seen> = []): Handler => (req, res) => {
    const decoded = decode(req.body)
    const one = seenOf(Date.now(), req.url, decoded)
    seen.push(one)
    const { status, xml } = answer(decoded, one)
    send(res, status, "text/xml; charset=utf-8", xml)
  }
