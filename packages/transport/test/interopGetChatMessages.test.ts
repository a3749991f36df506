/**
 * GetChatMessages against node-soap serving the Services88 Chat WSDL: our
 * request as an independent stack reads it, and node-soap's
 * `ArrayOfChatMessage` decoded field by field. (node-soap serializes a
 * `Date` as an empty element and drops nil elements, so dates are given as
 * ISO strings and nil fields are left out, which the contract reads as nil.)
 */
import { describe, expect, it } from "@effect/vitest"
import { ChatMessage } from "@so-chat/core"
import { DateTime, Effect } from "effect"
import * as fs from "node:fs"
import * as http from "node:http"
import type * as net from "node:net"
import * as path from "node:path"
import * as soap from "soap"
import { layers } from "./support/layers.js"
import { APP_TOKEN, TICKET, withAgent } from "./support/suite.js"

const wsdl = fs.readFileSync(path.join(__dirname, "../../../bench/fixtures/Services88-Chat.wsdl"), "utf8")

const expected = [
  new ChatMessage.ChatMessage({
    chatMessageId: 101,
    chatSessionId: 42,
    type: "ToCustomer",
    message: "<b>Tom & Jerry</b> say \"hi\" ]]> 😀𝄞 — ÆØÅ",
    author: "Ada <ada@example.com>",
    readByCustomer: 1,
    specialType: "None",
    specialParam: "",
    whenPosted: DateTime.unsafeMake("2024-05-06T07:08:09.123Z")
  }),
  new ChatMessage.ChatMessage({
    chatMessageId: 102,
    chatSessionId: 42,
    type: "Special",
    message: "",
    author: null,
    readByCustomer: 0,
    specialType: "Options",
    specialParam: "[\"Yes\",\"No & maybe\"]",
    whenPosted: DateTime.unsafeMake("1999-12-31T23:59:59.999Z")
  }),
  new ChatMessage.ChatMessage({
    chatMessageId: 2147483647,
    chatSessionId: 42,
    type: "ToUser",
    message: null,
    author: "",
    readByCustomer: -1,
    specialType: "IllegalFileType",
    specialParam: null,
    whenPosted: DateTime.unsafeMake("2024-02-29T12:00:00.001Z")
  })
]

/** The same messages as node-soap is given them: PascalCase, ISO dates, nil left out. */
const asNodeSoap = expected.map((m) => {
  const out: Record<string, unknown> = {
    ChatMessageId: m.chatMessageId,
    ChatSessionId: m.chatSessionId,
    Type: m.type
  }
  if (m.message !== null) out.Message = m.message
  if (m.author !== null) out.Author = m.author
  out.ReadByCustomer = m.readByCustomer
  out.SpecialType = m.specialType
  if (m.specialParam !== null) out.SpecialParam = m.specialParam
  out.WhenPosted = DateTime.formatIso(m.whenPosted)
  return out
})

const nodeSoapServer = Effect.acquireRelease(
  Effect.async<
    { readonly url: string; readonly seen: Array<{ args: any; headers: any }>; readonly server: http.Server }
  >(
    (resume) => {
      const seen: Array<{ args: any; headers: any }> = []
      const server = http.createServer((_req, res) => {
        res.statusCode = 404
        res.end()
      })
      server.listen(0, "127.0.0.1", () => {
        const services = {
          WcfChatService: {
            BasicHttpBinding_Chat: {
              GetChatMessages(args: any, _cb: unknown, headers: any) {
                seen.push({ args, headers })
                const after = Number(args.After ?? 0)
                const shown = asNodeSoap.filter((m) => (m.ChatMessageId as number) > after)
                return { Response: shown.length === 0 ? {} : { ChatMessage: shown } }
              }
            }
          }
        }
        soap.listen(server, "/Remote/Services88/Chat.svc", services, wsdl)
        const port = (server.address() as net.AddressInfo).port
        resume(Effect.succeed({ url: `http://127.0.0.1:${port}/Remote/Services88/Chat.svc`, seen, server }))
      })
    }
  ),
  ({ server }) =>
    Effect.async<void>((resume) => {
      server.closeAllConnections()
      server.close(() => resume(Effect.void))
    })
)

describe("interop: GetChatMessages against node-soap's server (Services88 Chat WSDL, SOAP 1.1)", () => {
  for (const [name, layer] of Object.entries(layers)) {
    it.live(`${name}: every field of every message decodes`, () =>
      Effect.gen(function*() {
        const server = yield* nodeSoapServer
        const [all, later, none] = yield* withAgent(layer, server.url, {}, (agent) =>
          Effect.all([
            agent.getChatMessages(42),
            agent.getChatMessages(42, 101),
            agent.getChatMessages(42, 2147483647)
          ]))
        expect(all).toEqual(expected)
        expect(later).toEqual(expected.slice(1))
        expect(none).toEqual([])
        // What node-soap read from our requests.
        expect(server.seen.map((s) => [Number(s.args.ChatSessionId), Number(s.args.After)])).toEqual([
          [42, 0],
          [42, 101],
          [42, 2147483647]
        ])
        expect(server.seen[0]!.headers.Credentials.Ticket).toBe(TICKET)
        expect(server.seen[0]!.headers.ApplicationToken).toBe(APP_TOKEN)
      }).pipe(Effect.scoped))
  }
})
