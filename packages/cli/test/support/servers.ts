/**
 * Loopback HTTP servers that fail the way real ones do, for the command to
 * meet over a real socket.
 */
import { AddChatMessage, Envelope, NetServerHeaders, SoapFault } from "@so-chat/core"
import * as Either from "effect/Either"
import * as http from "node:http"
import type * as net from "node:net"

export interface Server {
  /** The base URL to give the command. */
  readonly url: string
  /** How many requests arrived. */
  readonly requests: () => number
  /** The bodies received, as text. */
  readonly bodies: () => ReadonlyArray<string>
  readonly close: () => Promise<void>
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void

export const serve = (handler: Handler): Promise<Server> =>
  new Promise((resolve) => {
    const bodies: Array<string> = []
    let count = 0
    const sockets = new Set<net.Socket>()
    const server = http.createServer((req, res) => {
      count++
      const chunks: Array<Buffer> = []
      req.on("data", (c: Buffer) => chunks.push(c))
      req.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8")
        bodies.push(body)
        handler(req, res, body)
      })
    })
    server.on("connection", (s) => {
      sockets.add(s)
      s.on("close", () => sockets.delete(s))
    })
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}/Cust12345/`,
        requests: () => count,
        bodies: () => bodies,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy()
            server.close(() => done())
          })
      })
    })
  })

/** A port nothing listens on (it was free a moment ago). */
export const refusedUrl = (): Promise<string> =>
  new Promise((resolve) => {
    const server = http.createServer()
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(`http://127.0.0.1:${port}/Cust12345/`))
    })
  })

/** The ticket as the request carried it (escaped as in the XML). */
export const ticketIn = (body: string): string => /<Ticket>([^<]*)<\/Ticket>/.exec(body)?.[1] ?? ""

const xml = (res: http.ServerResponse, status: number, body: string) => {
  res.writeHead(status, { "content-type": "text/xml; charset=utf-8", "content-length": Buffer.byteLength(body) })
  res.end(body)
}

/** Accepts the request and never answers. */
export const stalling = () => serve(() => {})

/** 401 with an IIS-style HTML page, quoting `echo(body)` in it. */
export const unauthorized = (echo: (body: string) => string = () => "") =>
  serve((_req, res, body) => {
    const page = `<html><head><title>401 - Unauthorized</title></head><body><h1>401 - Unauthorized: ` +
      `Access is denied due to invalid credentials. ${echo(body)}</h1></body></html>`
    res.writeHead(401, { "content-type": "text/html", "www-authenticate": "Negotiate" })
    res.end(page)
  })

/** A SOAP 1.1 fault under HTTP 500 whose reason is `reason(body)`. */
export const faulting = (reason: (body: string) => string) =>
  serve((_req, res, body) =>
    xml(res, 500, Envelope.encodeFault(SoapFault.make({ version: "1.1", code: "Sender", reason: reason(body) })))
  )

/** HTTP 200, an ExceptionInfo header and Succeeded=false, as NetServer refuses a call. */
export const refusing = (friendlyText: (body: string) => string) =>
  serve((_req, res, body) => {
    const encoded = Envelope.encodeResponse(AddChatMessage.operation, { response: null }, {
      version: "1.1",
      headers: {
        succeeded: false,
        exceptionInfo: new NetServerHeaders.SoExceptionInfo({
          message: "Ticket is not valid",
          stackTrace:
            "   at SuperOffice.CRM.Security.SoCredentials.Validate() in C:\\\\build\\\\SoCredentials.cs:line 42",
          friendlyText: friendlyText(body),
          exceptionType: "SoSessionException",
          source: "SoCore",
          innerException: null,
          parameters: {}
        })
      }
    })
    if (Either.isLeft(encoded)) throw encoded.left
    xml(res, 200, encoded.right)
  })

/** HTTP 200 with a body that is not XML. */
export const garbage = (text: (body: string) => string = () => "<<<this is not XML at all") =>
  serve((_req, res, body) => xml(res, 200, text(body)))

/** Starts a valid answer, then resets the connection halfway through the body. */
export const resetMidBody = () =>
  serve((req, res) => {
    const head = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><AddChatMessageResponse"
    res.writeHead(200, { "content-type": "text/xml; charset=utf-8", "content-length": 2000 })
    res.write(head, () => setTimeout(() => req.socket.destroy(), 20))
  })
