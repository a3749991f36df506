/**
 * Our client against an independent SOAP stack: node-soap serving the
 * Services88 Chat WSDL on loopback, with an AddChatMessage that echoes the
 * message and assigns an id.
 *
 * node-soap's quirks, worked around on ITS side so that OUR side is what is
 * tested: it parses `xs:dateTime` into a `Date` but serializes a `Date` as an
 * empty element, so the echo turns it back into an ISO string; and it drops
 * `xsi:nil` elements, so a nil string comes back absent (which the contract
 * reads as nil too, every element being minOccurs=0).
 */
import { describe, expect, it } from "@effect/vitest"
import { ChatMessage } from "@so-chat/core"
import { ChatAgentError } from "@so-chat/transport"
import { Cause, DateTime, Effect, Exit, Option } from "effect"
import * as fs from "node:fs"
import * as http from "node:http"
import type * as net from "node:net"
import * as path from "node:path"
import * as soap from "soap"
import { layers } from "./support/layers.js"
import { APP_TOKEN, TICKET, withAgent } from "./support/suite.js"

// The repository's copy of the reference WSDL (shared/reference/wsdl/Services88-Chat.wsdl).
const wsdl = fs.readFileSync(path.join(__dirname, "../../../bench/fixtures/Services88-Chat.wsdl"), "utf8")

interface Seen {
  readonly args: any
  readonly headers: any
}

const nodeSoapServer = Effect.acquireRelease(
  Effect.async<{ readonly url: string; readonly seen: Array<Seen>; readonly server: http.Server }>((resume) => {
    const seen: Array<Seen> = []
    let nextId = 1000
    const server = http.createServer((_req, res) => {
      res.statusCode = 404
      res.end()
    })
    server.listen(0, "127.0.0.1", () => {
      const services = {
        WcfChatService: {
          BasicHttpBinding_Chat: {
            AddChatMessage(args: any, _cb: unknown, headers: any) {
              seen.push({ args, headers })
              if (args.ChatSessionId === 404) {
                throw { Fault: { faultcode: "soap:Client", faultstring: "Chat session 404 does not exist" } }
              }
              const m = args.Message
              return {
                Response: {
                  ...m,
                  ChatMessageId: ++nextId,
                  WhenPosted: m.WhenPosted instanceof Date ? m.WhenPosted.toISOString() : m.WhenPosted
                }
              }
            }
          }
        }
      }
      soap.listen(server, "/Remote/Services88/Chat.svc", services, wsdl)
      const port = (server.address() as net.AddressInfo).port
      resume(Effect.succeed({ url: `http://127.0.0.1:${port}/Remote/Services88/Chat.svc`, seen, server }))
    })
  }),
  ({ server }) =>
    Effect.async<void>((resume) => {
      server.closeAllConnections()
      server.close(() => resume(Effect.void))
    })
)

const messages = [
  new ChatMessage.ChatMessage({
    chatSessionId: 42,
    type: "ToCustomer",
    message: "<b>Tom & Jerry</b> say \"hi\" & 'bye' ]]> 😀𝄞 — ÆØÅ",
    author: null,
    readByCustomer: 1,
    specialType: "None",
    specialParam: "",
    whenPosted: DateTime.unsafeMake("2024-05-06T07:08:09.123Z")
  }),
  new ChatMessage.ChatMessage({
    chatSessionId: 42,
    type: "Special",
    message: "",
    author: "Ada <ada@example.com>",
    readByCustomer: 0,
    specialType: "Options",
    specialParam: "[\"Yes\",\"No & maybe\"]",
    whenPosted: DateTime.unsafeMake("1999-12-31T23:59:59.999Z")
  }),
  new ChatMessage.ChatMessage({
    chatSessionId: 42,
    type: "ToUser",
    message: null,
    author: "",
    specialType: "IllegalFileType",
    specialParam: null,
    whenPosted: DateTime.unsafeMake("2024-02-29T12:00:00.001Z")
  })
]

describe("interop: our client, node-soap's server (Services88 Chat WSDL, SOAP 1.1)", () => {
  for (const [name, layer] of Object.entries(layers)) {
    it.live(`${name}: every field survives the trip`, () =>
      Effect.gen(function*() {
        const server = yield* nodeSoapServer
        const echoed = yield* withAgent(
          layer,
          server.url,
          {},
          (agent) => Effect.forEach(messages, (m) => agent.addChatMessage(42, m))
        )
        expect(echoed.map((m) => m.chatMessageId)).toEqual([1001, 1002, 1003])
        echoed.forEach((back, i) => {
          expect(new ChatMessage.ChatMessage({ ...back, chatMessageId: 0 })).toEqual(messages[i])
        })
        // What node-soap's parser read from our envelopes.
        expect(server.seen).toHaveLength(3)
        const first = server.seen[0]!
        expect(first.headers.Credentials.Ticket).toBe(TICKET)
        expect(first.headers.ApplicationToken).toBe(APP_TOKEN)
        expect(first.args.ChatSessionId).toBe(42)
        expect(first.args.Message.Message).toBe(messages[0]!.message)
        expect(first.args.Message.Type).toBe("ToCustomer")
        expect((first.args.Message.WhenPosted as Date).toISOString()).toBe("2024-05-06T07:08:09.123Z")
        expect(server.seen[1]!.args.Message.SpecialParam).toBe(messages[1]!.specialParam)
        expect(server.seen[1]!.args.Message.Author).toBe("Ada <ada@example.com>")
        expect(server.seen[2]!.args.Message.Author).toBe("")
      }).pipe(Effect.scoped))

    it.live(`${name}: node-soap's SOAP 1.1 fault is a SoapFault`, () =>
      Effect.gen(function*() {
        const server = yield* nodeSoapServer
        const exit = yield* withAgent(
          layer,
          server.url,
          {},
          (agent) => agent.addChatMessage(404, { message: "anyone?" })
        ).pipe(Effect.exit)
        const fault = Exit.isFailure(exit) ? Cause.failureOption(exit.cause).pipe(Option.getOrUndefined) : undefined
        expect(fault?._tag).toBe("SoapFault")
        if (fault?._tag === "SoapFault") {
          expect(fault.code).toBe("Sender")
          expect(fault.reason).toBe("Chat session 404 does not exist")
          expect(ChatAgentError.outcome(fault)).toBe("NotPosted")
        }
      }).pipe(Effect.scoped))
  }
})
