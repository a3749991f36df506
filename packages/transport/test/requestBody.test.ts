import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import { describe, expect, it } from "@effect/vitest"
import { SoapTransport } from "@so-chat/transport"
import { Duration, Effect, Layer } from "effect"
import { makeUtf8 } from "../src/internal/utf8.js"

// Characters of every UTF-8 length, a surrogate pair, and escapes.
const envelope = "<s:Envelope>Tom &amp; Jerry 😀𝄞 — ÆØÅ \uFFFD</s:Envelope>"
const expected = new TextEncoder().encode(envelope)

describe("the HttpClient transport's request body", () => {
  it.effect("is the envelope's UTF-8 bytes, under the SOAP content type", () =>
    Effect.gen(function*() {
      let body: unknown
      const client = HttpClient.make((request) => {
        body = request.body
        return Effect.succeed(HttpClientResponse.fromWeb(request, new Response("", { status: 200 })))
      })
      const transport = yield* SoapTransport.makeHttpClient.pipe(
        Effect.provide(Layer.succeed(HttpClient.HttpClient, client))
      )
      yield* transport.send({
        url: new URL("http://127.0.0.1:1/Remote/Services88/Chat.svc"),
        soapAction: "urn:x",
        version: "1.1",
        body: envelope,
        timeout: Duration.seconds(5),
        maxResponseBytes: 1024
      })
      expect(body).toMatchObject({ _tag: "Uint8Array", contentType: "text/xml; charset=utf-8" })
      expect(new Uint8Array((body as { body: Uint8Array }).body)).toEqual(expected)
    }))

  it("is written the same with Node's Buffer and without it (browsers, edge runtimes)", () => {
    const withBuffer = makeUtf8(Buffer)(envelope)
    const without = makeUtf8(undefined)(envelope)
    expect(Buffer.isBuffer(withBuffer)).toBe(true)
    expect(Buffer.isBuffer(without)).toBe(false)
    expect(new Uint8Array(withBuffer)).toEqual(expected)
    expect(without).toEqual(expected)
  })
})
