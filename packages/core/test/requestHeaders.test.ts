/**
 * Per-operation request headers (issue 12): each operation declares the
 * header blocks its WSDL binding lists for its input, and the envelope
 * writer sends only those, whatever it is given. Checked against the WSDLs
 * (read here independently of the generator) and the documented request
 * envelopes of all 36 operations.
 */
import { describe, expect, it } from "@effect/vitest"
import { Either, Redacted } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import * as Envelope from "../src/Envelope.js"
import * as SoPrincipalOperations from "../src/generated/operations/SoPrincipal.js"
import * as NetServerHeaders from "../src/NetServerHeaders.js"
import * as Operation from "../src/Operation.js"
import { documented, operations } from "./support/documented.js"
import type { Node } from "./support/infoset.js"
import { infoset } from "./support/infoset.js"

const WSDL = "{http://schemas.xmlsoap.org/wsdl/}"
const SOAP11 = "{http://schemas.xmlsoap.org/wsdl/soap/}"
const NS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}"
const ENVELOPES = ["{http://www.w3.org/2003/05/soap-envelope}", "{http://schemas.xmlsoap.org/soap/envelope/}"]

const attribute = (node: Node, name: string): string | undefined =>
  node.attributes.find((a) => a.startsWith(`{}${name}=`))?.slice(name.length + 3)

/** Operation name → the parts of its input's `soap:header`s, from the WSDL's binding. */
const boundInputHeaders = (file: string): Map<string, ReadonlyArray<string>> => {
  const root = infoset(fs.readFileSync(path.join(__dirname, "..", "wsdl", file), "utf8"))
  const found = new Map<string, ReadonlyArray<string>>()
  for (const binding of root.children.filter((c) => c.name === `${WSDL}binding`)) {
    for (const op of binding.children.filter((c) => c.name === `${WSDL}operation`)) {
      const input = op.children.find((c) => c.name === `${WSDL}input`)!
      found.set(
        attribute(op, "name")!,
        input.children.filter((c) => c.name === `${SOAP11}header`).map((h) => attribute(h, "part")!)
      )
    }
  }
  return found
}

const wsdl = new Map([
  ...boundInputHeaders("Services88-Chat.wsdl"),
  ...boundInputHeaders("Services88-SoPrincipal.wsdl")
])

/** The header blocks of an envelope (in `<Header>` or, as documented, directly in `<Envelope>`): name → text. */
const headerBlocks = (xml: string): Array<readonly [string, string]> => {
  const envelope = infoset(xml)
  const blocks = envelope.children.flatMap((c) =>
    ENVELOPES.some((e) => c.name === `${e}Header`)
      ? c.children
      : ENVELOPES.some((e) => c.name === `${e}Body`)
      ? []
      : [c]
  )
  return blocks.map((b) => {
    expect(b.name.startsWith(NS)).toBe(true)
    // A complex block (Credentials, TimeZone) as its leaves' text, in order.
    const text = (n: Node): string => n.children.length === 0 ? n.text.trim() : n.children.map(text).join("|")
    return [b.name.slice(NS.length), text(b)] as const
  })
}

const every: NetServerHeaders.RequestHeaders = {
  applicationToken: Redacted.make("app-token-1"),
  ticket: Redacted.make("7T:ticket-2"),
  timeZone: new NetServerHeaders.SoTimeZone({ soTimeZoneId: 17, soTimeZoneLocationCode: "NO" })
}

describe("each operation declares the request headers its WSDL binding lists", () => {
  it("all 36, in the binding's order", () => {
    expect(operations).toHaveLength(36)
    expect(wsdl.size).toBe(36)
    for (const op of operations) expect([op.name, op.requestHeaders]).toEqual([op.name, wsdl.get(op.name)])
  })

  it("a SoPrincipal operation takes only the application token; a Chat one all three", () => {
    for (const op of operations) {
      expect(op.requestHeaders).toEqual(
        op.service === "SoPrincipal" ? ["ApplicationToken"] : ["ApplicationToken", "Credentials", "TimeZone"]
      )
    }
  })

  it("an operation made without saying declares all three (today's behaviour for hand-made operations)", () => {
    const op = Operation.make({
      service: "Chat",
      name: "GetSystemInfo",
      Request: SoPrincipalOperations.GetSystemInfoRequest,
      Response: SoPrincipalOperations.GetSystemInfoResponse,
      request: SoPrincipalOperations.GetSystemInfo[Operation.TypeId].request,
      response: SoPrincipalOperations.GetSystemInfo[Operation.TypeId].response
    })
    expect(op.requestHeaders).toEqual(Operation.allRequestHeaders)
  })
})

describe.each(operations.map((o) => [o.name, o] as const))("%s's request envelope", (name, op) => {
  const doc = documented(name, "request")

  it("the documented request carries only header blocks the operation declares", () => {
    for (const [block] of headerBlocks(doc)) expect(op.requestHeaders).toContain(block)
  })

  it("written from the documented request's headers and body, has the documented header blocks and values", () => {
    const decoded = Either.getOrThrow(Envelope.decodeRequest([op], doc))
    expect(decoded.ignoredHeaders).toEqual([])
    for (const version of ["1.1", "1.2"] as const) {
      const xml = Either.getOrThrow(Envelope.encodeRequest(op, decoded.body, { version, headers: decoded.headers }))
      expect(headerBlocks(xml)).toEqual(headerBlocks(doc))
    }
  })

  it("given every header block, writes exactly the declared ones", () => {
    const decoded = Either.getOrThrow(Envelope.decodeRequest([op], doc))
    const xml = Either.getOrThrow(Envelope.encodeRequest(op, decoded.body, { version: "1.1", headers: every }))
    expect(headerBlocks(xml).map(([block]) => block)).toEqual(op.requestHeaders)
    expect(xml.includes("7T:ticket-2")).toBe(op.requestHeaders.includes("Credentials"))
    expect(xml.includes("<SoTimeZoneId>17</SoTimeZoneId>")).toBe(op.requestHeaders.includes("TimeZone"))
    expect(xml).toContain("app-token-1")
  })
})

describe("reading a request, as a server does", () => {
  it("a header block the operation does not declare is ignored, not read", () => {
    const op = SoPrincipalOperations.GetSystemInfo
    const withTicket = documented("GetSystemInfo", "request").replace(
      "<SOAP-ENV:Body>",
      "<SoPrincipal:Credentials><SoPrincipal:Ticket>7T:stray</SoPrincipal:Ticket></SoPrincipal:Credentials>" +
        "<SOAP-ENV:Body>"
    )
    const decoded = Either.getOrThrow(Envelope.decodeRequest([op], withTicket))
    expect(decoded.headers.ticket).toBeUndefined()
    expect(decoded.headers.applicationToken && Redacted.value(decoded.headers.applicationToken)).toBe(
      "1234567-1234-9876"
    )
    expect(decoded.ignoredHeaders).toEqual(["{http://www.superoffice.net/ws/crm/NetServer/Services88}Credentials"])
  })

  it("an undeclared block marked mustUnderstand fails, naming it", () => {
    const withTicket = documented("GetSystemInfo", "request").replace(
      "<SOAP-ENV:Body>",
      `<SoPrincipal:TimeZone SOAP-ENV:mustUnderstand="true"><SoPrincipal:SoTimeZoneId>1</SoPrincipal:SoTimeZoneId>` +
        "</SoPrincipal:TimeZone><SOAP-ENV:Body>"
    )
    const decoded = Envelope.decodeRequest([SoPrincipalOperations.GetSystemInfo], withTicket)
    expect(Either.isLeft(decoded) && decoded.left._tag === "InvalidEnvelope" && decoded.left.reason).toBe(
      "MustUnderstand"
    )
  })
})
