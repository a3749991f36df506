import { Effect } from "effect"
import * as fs from "node:fs"
import * as http from "node:http"
import type * as net from "node:net"
import * as path from "node:path"

/** What the loopback server saw of one request. */
export interface Received {
  readonly method: string
  readonly url: string
  readonly headers: http.IncomingHttpHeaders
  readonly body: string
}

/** Answers one request; `socket` is there for fault injection. */
export type Handler = (
  request: Received,
  response: http.ServerResponse,
  socket: net.Socket
) => void

export interface Loopback {
  /** Base URL, e.g. `http://127.0.0.1:41234/`. */
  readonly url: string
  readonly port: number
  /** Every request that arrived, in order (recorded before the handler runs). */
  readonly received: ReadonlyArray<Received>
  /** How many POSTs arrived. */
  readonly posts: () => number
}

/**
 * A node:http server on 127.0.0.1 and an ephemeral port, closed (connections
 * and all) with the scope. Requests are recorded once their body has arrived.
 */
export const loopback = (handler: Handler) =>
  Effect.acquireRelease(
    Effect.async<{ readonly server: http.Server; readonly loopback: Loopback }>((resume) => {
      const received: Array<Received> = []
      const server = http.createServer((req, res) => {
        const chunks: Array<Buffer> = []
        req.on("data", (c: Buffer) => chunks.push(c))
        req.on("end", () => {
          const request: Received = {
            method: req.method ?? "",
            url: req.url ?? "",
            headers: req.headers,
            body: Buffer.concat(chunks).toString("utf8")
          }
          received.push(request)
          handler(request, res, req.socket)
        })
      })
      server.keepAliveTimeout = 5_000
      server.listen(0, "127.0.0.1", () => {
        const port = (server.address() as net.AddressInfo).port
        resume(Effect.succeed({
          server,
          loopback: {
            url: `http://127.0.0.1:${port}/`,
            port,
            received,
            posts: () => received.filter((r) => r.method === "POST").length
          }
        }))
      })
    }),
    ({ server }) =>
      Effect.async<void>((resume) => {
        server.closeAllConnections()
        server.close(() => resume(Effect.void))
      })
  ).pipe(Effect.map((_) => _.loopback))

/** A port nothing listens on: bound, then closed. */
export const refusedPort: Effect.Effect<number> = Effect.async((resume) => {
  const server = http.createServer()
  server.listen(0, "127.0.0.1", () => {
    const port = (server.address() as net.AddressInfo).port
    server.close(() => resume(Effect.succeed(port)))
  })
})

/** The documented envelopes of the seed page (core's fixtures). */
export const fixture = (name: "AddChatMessage.request" | "AddChatMessage.response"): string =>
  fs.readFileSync(path.join(__dirname, "../../../core/test/fixtures", `${name}.xml`), "utf8")

export const SERVICES88 = "http://www.superoffice.net/ws/crm/NetServer/Services88"
export const SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/"
export const SOAP12 = "http://www.w3.org/2003/05/soap-envelope"

export const send = (
  res: http.ServerResponse,
  status: number,
  contentType: string | null,
  body: string
): void => {
  const headers: Record<string, string | number> = { "content-length": Buffer.byteLength(body) }
  if (contentType !== null) headers["content-type"] = contentType
  res.writeHead(status, headers)
  res.end(body)
}

/** A WCF-style (s: prefix, default namespace) SOAP 1.1 AddChatMessage response. */
export const wcfResponse11 = (fields: {
  readonly chatMessageId: number
  readonly chatSessionId: number
  readonly message: string
}): string =>
  `<s:Envelope xmlns:s="${SOAP11}"><s:Header>` +
  `<ActivityId CorrelationId="5b0e" xmlns="http://schemas.microsoft.com/2004/09/ServiceModel/Diagnostics">00000000-0000-0000-0000-000000000000</ActivityId>` +
  `<Succeeded xmlns="${SERVICES88}">true</Succeeded></s:Header>` +
  `<s:Body><AddChatMessageResponse xmlns="${SERVICES88}">` +
  `<Response xmlns:i="http://www.w3.org/2001/XMLSchema-instance">` +
  `<ChatMessageId>${fields.chatMessageId}</ChatMessageId><ChatSessionId>${fields.chatSessionId}</ChatSessionId>` +
  `<Type>ToCustomer</Type><Message>${fields.message}</Message><Author i:nil="true"/>` +
  `<ReadByCustomer>0</ReadByCustomer><SpecialType>None</SpecialType><SpecialParam/>` +
  `<WhenPosted>2024-05-06T07:08:09.123Z</WhenPosted></Response></AddChatMessageResponse></s:Body></s:Envelope>`

/** A WCF SOAP 1.1 fault, as BasicHttpBinding sends it under HTTP 500. */
export const wcfFault11 = (reason: string): string =>
  `<s:Envelope xmlns:s="${SOAP11}"><s:Body><s:Fault>` +
  `<faultcode xmlns:a="http://schemas.microsoft.com/net/2005/12/windowscommunicationfoundation/dispatcher">a:InternalServiceFault</faultcode>` +
  `<faultstring xml:lang="en-US">${reason}</faultstring></s:Fault></s:Body></s:Envelope>`
