import { addEqualityTesters, describe, expect, it } from "@effect/vitest"
import { SoapFault } from "@so-chat/core"
import { FakeNetServer, FakeNetServerHttp, startFakeNetServer } from "@so-chat/testkit"
import { DateTime, Effect, TestClock } from "effect"
import * as net from "node:net"
import { addChatMessageXml, decodedBody, failureOf, soapHeaders } from "./soap.js"

addEqualityTesters()

const ticket = FakeNetServer.defaultTicket

const post = (url: URL | string, body: string, headers: Record<string, string>) =>
  Effect.promise(async () => {
    const response = await fetch(url, { method: "POST", headers, body })
    return { status: response.status, contentType: response.headers.get("content-type"), body: await response.text() }
  })

describe("the fake over HTTP, as a scoped layer", () => {
  it.scoped("answers SOAP 1.1 and 1.2 on an ephemeral loopback port; TestClock sets WhenPosted", () =>
    Effect.gen(function*() {
      const { chatUrl, port, url } = yield* FakeNetServerHttp.FakeNetServerHttp
      expect(url.href).toBe(`http://127.0.0.1:${port}/Cust12345/`)
      expect(chatUrl.href).toBe(`http://127.0.0.1:${port}/Cust12345/Remote/Services88/Chat.svc`)
      yield* TestClock.setTime(Date.UTC(2030, 0, 2, 3, 4, 5))

      const one = yield* post(chatUrl, addChatMessageXml(1, { headers: { ticket } }), soapHeaders("1.1"))
      expect(one.status).toBe(200)
      expect(one.contentType).toBe("text/xml; charset=utf-8")
      const first = decodedBody(one.body).body.response!
      expect(first.chatMessageId).toBe(1)
      expect(DateTime.formatIso(first.whenPosted)).toBe("2030-01-02T03:04:05.000Z")

      const two = yield* post(
        chatUrl,
        addChatMessageXml(2, { version: "1.2", headers: { ticket } }),
        soapHeaders("1.2")
      )
      expect(two.contentType).toBe("application/soap+xml; charset=utf-8")
      expect(decodedBody(two.body).body.response?.chatMessageId).toBe(2)

      const requests = yield* FakeNetServer.requests
      expect(requests.map((r) => [r.version, r.httpHeaders["host"]])).toEqual([
        ["1.1", `127.0.0.1:${port}`],
        ["1.2", `127.0.0.1:${port}`]
      ])
    }).pipe(Effect.provide(FakeNetServerHttp.layer())))

  it.scoped("faults travel over HTTP with their status", () =>
    Effect.gen(function*() {
      const { chatUrl, url } = yield* FakeNetServerHttp.FakeNetServerHttp
      const malformed = yield* post(chatUrl, "<s:Envelope", soapHeaders("1.1"))
      expect(malformed.status).toBe(500)
      expect(failureOf(malformed.body)).toBeInstanceOf(SoapFault.SoapFault)
      const notFound = yield* post(new URL("Remote/Services88/Nope.svc", url), "<x/>", soapHeaders("1.1"))
      expect(notFound.status).toBe(404)
      const get = yield* Effect.promise(() => fetch(chatUrl))
      expect(get.status).toBe(405)
    }).pipe(Effect.provide(FakeNetServerHttp.layer())))

  it.effect("closes with its scope", () =>
    Effect.gen(function*() {
      const chatUrl = yield* Effect.scoped(
        Effect.map(FakeNetServerHttp.FakeNetServerHttp, (s) => s.chatUrl).pipe(
          Effect.provide(FakeNetServerHttp.layer())
        )
      )
      const after = yield* Effect.promise(() =>
        fetch(chatUrl, { method: "POST", body: "", headers: soapHeaders("1.1") }).then(
          () => "answered",
          (e: Error) => (e.cause as NodeJS.ErrnoException | undefined)?.code ?? e.message
        )
      )
      expect(after).toBe("ECONNREFUSED")
    }))
})

/** Sends raw bytes and collects what comes back until the server closes or answers completely. */
const rawExchange = (port: number, head: string, bodyChunks: ReadonlyArray<string>, options: { end: boolean }) =>
  new Promise<{ response: string; closed: boolean }>((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1")
    let response = ""
    socket.on(
      "error",
      (e: NodeJS.ErrnoException) => (e.code === "ECONNRESET" || e.code === "EPIPE" ? undefined : reject(e))
    )
    socket.on("data", (d) => {
      response += d.toString("latin1")
      const [headers, body] = response.split("\r\n\r\n")
      const length = Number(/content-length: (\d+)/i.exec(headers ?? "")?.[1])
      if (body !== undefined && body.length >= length) {
        socket.destroy()
        resolve({ response, closed: false })
      }
    })
    socket.on("close", () => resolve({ response, closed: true }))
    socket.write(head)
    for (const chunk of bodyChunks) socket.write(chunk)
    if (options.end) socket.end()
  })

describe("a request past the size limit", () => {
  const LIMIT = 4096

  it.live("a chunked body that never ends gets 413 with a fault once past the limit, the rest unread", () =>
    Effect.gen(function*() {
      const server = yield* Effect.promise(() => startFakeNetServer({ maxRequestBytes: LIMIT }))
      yield* Effect.addFinalizer(() => Effect.promise(server.close))
      const head = `POST /Cust12345/Remote/Services88/Chat.svc HTTP/1.1\r\nHost: x\r\n` +
        `Content-Type: text/xml; charset=utf-8\r\nSOAPAction: "x"\r\nTransfer-Encoding: chunked\r\n\r\n`
      const chunk = (s: string) => `${s.length.toString(16)}\r\n${s}\r\n`
      // 20 chunks of 2000 bytes, and no terminating chunk: the body never ends
      const chunks = Array.from({ length: 20 }, () => chunk("<".repeat(2000)))
      const { response } = yield* Effect.promise(() => rawExchange(server.port, head, chunks, { end: false }))
      expect(response).toMatch(/^HTTP\/1\.1 413 /)
      expect(response).toMatch(/connection: close/i)
      const fault = failureOf(response.split("\r\n\r\n")[1]!)
      expect(fault).toBeInstanceOf(SoapFault.SoapFault)
      expect((fault as SoapFault.SoapFault).reason).toContain(`${LIMIT} bytes`)
      const [received] = yield* Effect.promise(server.requests)
      expect(received?.status).toBe(413)
      expect(received?.bodyBytes).toBeGreaterThan(LIMIT)
      // reading stopped within one chunk past the limit, far short of the 40 000 bytes sent
      expect(received?.bodyBytes).toBeLessThanOrEqual(LIMIT + 2000)
    }).pipe(Effect.scoped))

  it.live("a declared Content-Length past the limit is refused before any body is read", () =>
    Effect.gen(function*() {
      const server = yield* Effect.promise(() => startFakeNetServer({ maxRequestBytes: LIMIT }))
      yield* Effect.addFinalizer(() => Effect.promise(server.close))
      for (const expect100 of [false, true]) {
        const head = `POST /Cust12345/Remote/Services88/Chat.svc HTTP/1.1\r\nHost: x\r\n` +
          `Content-Type: application/soap+xml; charset=utf-8\r\nContent-Length: 1000000000\r\n` +
          (expect100 ? "Expect: 100-continue\r\n" : "") + "\r\n"
        const { response } = yield* Effect.promise(() => rawExchange(server.port, head, [], { end: false }))
        expect(response).toMatch(/^HTTP\/1\.1 413 /)
        expect(response).not.toContain("100 Continue")
        expect(response).toContain("application/soap+xml")
      }
      const received = yield* Effect.promise(server.requests)
      expect(received.map((r) => [r.status, r.bodyBytes])).toEqual([[413, 0], [413, 0]])
    }).pipe(Effect.scoped))
})

describe("startFakeNetServer, for tests outside Effect", () => {
  it("starts, answers, reports what it got, and closes", async () => {
    const server = await startFakeNetServer({ chatSessionIds: [7] })
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/Cust12345/`)
      const response = await fetch(server.chatUrl, {
        method: "POST",
        headers: soapHeaders("1.1"),
        body: addChatMessageXml(7, { headers: { ticket } })
      })
      expect(response.status).toBe(200)
      expect(decodedBody(await response.text()).body.response?.chatSessionId).toBe(7)
      expect((await server.messages(7)).map((m) => m.message)).toEqual(["Hello"])
      expect((await server.requests()).map((r) => r.operation)).toEqual(["AddChatMessage"])
      await server.clear()
      expect(await server.requests()).toEqual([])
    } finally {
      await server.close()
    }
    await expect(fetch(server.chatUrl)).rejects.toThrow()
  })

  it("rejects bad options with a message naming the option", async () => {
    await expect(startFakeNetServer({ maxRequestBytes: -1 })).rejects.toThrow(/maxRequestBytes/)
  })
})
