/**
 * A loopback NetServer of the test's own making: it reads each request with
 * core's decoder (any Chat operation), records it, and answers with the
 * body the test gives for that operation, encoded by core's encoder, so the
 * command meets a real socket and real envelopes with values the test knows.
 */
import type { Operation } from "@so-chat/core"
import { Envelope, NetServerHeaders } from "@so-chat/core"
import * as ChatService from "@so-chat/core/generated/services/Chat"
import * as Either from "effect/Either"
import * as Redacted from "effect/Redacted"
import type { Server } from "./servers.js"
import { serve } from "./servers.js"

/** A request the server read: the operation's name, its body and the ticket it carried. */
export interface Received {
  readonly name: string
  readonly body: any
  readonly ticket: string | undefined
}

/** What to answer an operation with: its response body, or a refusal (an ExceptionInfo header). */
export type Answer = { readonly body: unknown } | { readonly refuse: string }

export interface Answering extends Server {
  readonly received: () => ReadonlyArray<Received>
}

const operations: Promise<ReadonlyArray<Operation.Operation.Any>> = Promise.all(
  ChatService.methods.map((m) => m.operation())
)

export const answering = async (
  answer: (name: string, body: any) => Answer | undefined
): Promise<Answering> => {
  const ops = await operations
  const received: Array<Received> = []
  const server = await serve((_req, res, text) => {
    const decoded = Envelope.decodeRequest(ops, text)
    if (Either.isLeft(decoded)) {
      res.writeHead(400).end(String(decoded.left))
      return
    }
    const { body, headers, operation } = decoded.right
    const ticket = headers.ticket === undefined ? undefined : Redacted.value(headers.ticket)
    received.push({ name: operation.name, body, ticket })
    const a = answer(operation.name, body)
    if (a === undefined) {
      res.writeHead(500).end(`no answer for ${operation.name}`)
      return
    }
    const encoded = "refuse" in a
      // NetServer's body beside an ExceptionInfo: the response nil.
      ? Envelope.encodeResponse(operation, { response: null } as never, {
        version: decoded.right.version,
        headers: {
          succeeded: false,
          exceptionInfo: new NetServerHeaders.SoExceptionInfo({
            message: a.refuse,
            stackTrace: null,
            friendlyText: a.refuse,
            exceptionType: "SoException",
            source: "test",
            innerException: null,
            parameters: {}
          })
        }
      })
      : Envelope.encodeResponse(operation, a.body as never, { version: decoded.right.version })
    if (Either.isLeft(encoded)) {
      res.writeHead(500).end(String(encoded.left))
      return
    }
    const type = decoded.right.version === "1.1" ? "text/xml; charset=utf-8" : "application/soap+xml; charset=utf-8"
    res.writeHead(200, { "content-type": type }).end(encoded.right)
  })
  return { ...server, received: () => received }
}
