/**
 * node-soap as the server: it serves a Services88 WSDL on 127.0.0.1 and
 * answers the Save operations with what it was sent, so a value goes
 * our encode → node-soap's decode → node-soap's encode → our decode; and the
 * helpers that say which field paths did not survive.
 */
import { DateTime, Duration, Equal } from "effect"
import * as fs from "node:fs"
import * as http from "node:http"
import type * as net from "node:net"
import * as path from "node:path"
import * as soap from "soap"

export const wsdlPath = (service: "Chat" | "SoPrincipal") =>
  path.join(__dirname, `../../../core/wsdl/Services88-${service}.wsdl`)

export interface EchoServer {
  readonly url: (endpointPath: string) => string
  /** What node-soap's decode handed each handler, in order. */
  readonly received: ReadonlyArray<{ readonly operation: string; readonly args: unknown }>
  readonly close: () => Promise<void>
}

/**
 * node-soap serving a WSDL at `/Remote/Services88/{service}.svc`: each
 * handler named here answers `{ [response]: args[input] }`, the decoded input
 * as it is (or what its function makes of the decoded input).
 */
export const startEcho = async (
  service: "Chat" | "SoPrincipal",
  echo: Readonly<
    Record<
      string,
      { readonly input: string; readonly response: string } | ((args: Record<string, unknown>) => unknown)
    >
  >
): Promise<EchoServer> => {
  const received: Array<{ operation: string; args: unknown }> = []
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const port = (server.address() as net.AddressInfo).port
  const wsdl = fs.readFileSync(wsdlPath(service), "utf8")
  const serviceName = /<wsdl:service name="([^"]+)">\s*<wsdl:port name="([^"]+)"/.exec(wsdl)!
  const handlers = Object.fromEntries(
    Object.entries(echo).map(([operation, answer]) => [
      operation,
      (args: Record<string, unknown>) => {
        received.push({ operation, args })
        return typeof answer === "function" ? answer(args) : { [answer.response]: args[answer.input] }
      }
    ])
  )
  soap.listen(server, {
    path: `/Remote/Services88/${service}.svc`,
    xml: wsdl,
    services: { [serviceName[1]!]: { [serviceName[2]!]: handlers } }
  })
  return {
    url: (endpointPath) => `http://127.0.0.1:${port}/${endpointPath}`,
    received,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((e) => (e ? reject(e) : resolve()))
      })
  }
}

/**
 * Removes the element an error path names (`Envelope/Body/X/Response/Y[1]/Z`,
 * `[i]` counting same-named siblings) from compact XML such as node-soap
 * writes: no comments, no CDATA.
 */
export const removeAt = (xml: string, elementPath: string): string => {
  const wanted = elementPath.split("/").map((segment) => {
    const m = /^([^[]+)(?:\[(\d+)\])?$/.exec(segment)!
    return { name: m[1]!, index: Number(m[2] ?? 0) }
  })
  const tag = /<(\/?)([A-Za-z_][\w.-]*:)?([\w.-]+)[^>]*?(\/?)>/g
  // per open element: its name and how many children of each name it has seen
  const stack: Array<{ name: string; seen: Map<string, number>; start: number; matching: boolean }> = [
    { name: "", seen: new Map(), start: 0, matching: true }
  ]
  for (let m = tag.exec(xml); m !== null; m = tag.exec(xml)) {
    if (m[0].startsWith("<?")) continue
    const [, closing, , name, selfClosing] = m
    if (closing) {
      const done = stack.pop()!
      if (done.matching && stack.length === wanted.length) return xml.slice(0, done.start) + xml.slice(tag.lastIndex)
      continue
    }
    const parent = stack[stack.length - 1]!
    const index = parent.seen.get(name!) ?? 0
    parent.seen.set(name!, index + 1)
    const want = wanted[stack.length - 1]
    const matching = parent.matching && want !== undefined && want.name === name && want.index === index
    if (selfClosing) {
      if (matching && stack.length === wanted.length) return xml.slice(0, m.index) + xml.slice(tag.lastIndex)
      continue
    }
    stack.push({ name: name!, seen: new Map(), start: m.index, matching })
  }
  throw new Error(`no element at ${elementPath}`)
}

export interface Difference {
  readonly path: string
  readonly sent: unknown
  readonly got: unknown
}

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null

/** Every leaf where two decoded values differ, by field path (`contact/address/…/0/valueLength`). */
export const differences = (sent: unknown, got: unknown, at = ""): Array<Difference> => {
  if (DateTime.isDateTime(sent) || Duration.isDuration(sent) || sent instanceof Uint8Array) {
    const same = sent instanceof Uint8Array
      ? got instanceof Uint8Array && Buffer.from(sent).equals(Buffer.from(got))
      : Equal.equals(sent, got)
    return same ? [] : [{ path: at, sent, got }]
  }
  if (Array.isArray(sent) && Array.isArray(got)) {
    const length = Math.max(sent.length, got.length)
    return Array.from({ length }, (_, i) => differences(sent[i], got[i], `${at}/${i}`)).flat()
  }
  if (isRecord(sent) && isRecord(got) && !Array.isArray(sent) && !Array.isArray(got)) {
    const keys = [...new Set([...Object.keys(sent), ...Object.keys(got)])]
    return keys.flatMap((k) => differences(sent[k], got[k], `${at}/${k}`))
  }
  return Object.is(sent, got) ? [] : [{ path: at, sent, got }]
}
