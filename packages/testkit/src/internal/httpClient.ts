/**
 * The in-memory `HttpClient` in front of a fake: the client's request is
 * read as a socket would carry it (body, content type, length) and the
 * fake's answer handed back as a web `Response`.
 *
 * @internal
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import type { FakeNetServer } from "../FakeNetServer.js"

/**
 * Reads a request body, stopping one chunk past the limit: the fake then
 * answers with its size fault without the rest.
 */
const bodyOf = (
  request: HttpClientRequest.HttpClientRequest,
  limit: number
): Effect.Effect<Uint8Array, HttpClientError.RequestError> => {
  const body = request.body
  switch (body._tag) {
    case "Empty":
    case "FormData":
      return Effect.succeed(new Uint8Array(0))
    case "Uint8Array":
      return Effect.succeed(body.body)
    case "Raw":
      return Effect.succeed(
        typeof body.body === "string"
          ? new TextEncoder().encode(body.body)
          : body.body instanceof Uint8Array
          ? body.body
          : new Uint8Array(0)
      )
    case "Stream":
      return body.stream.pipe(
        Stream.runFoldWhile(
          { chunks: [] as Array<Uint8Array>, size: 0 },
          (acc) => acc.size <= limit,
          (acc, chunk) => {
            acc.chunks.push(chunk)
            return { chunks: acc.chunks, size: acc.size + chunk.length }
          }
        ),
        Effect.map(({ chunks, size }) => {
          const out = new Uint8Array(size)
          let at = 0
          for (const c of chunks) {
            out.set(c, at)
            at += c.length
          }
          return out
        }),
        Effect.mapError((cause) => new HttpClientError.RequestError({ request, reason: "Transport", cause }))
      )
  }
}

/** A client that hands every request to `server`. */
export const make = (server: FakeNetServer): HttpClient.HttpClient =>
  HttpClient.make((request, url) =>
    Effect.gen(function*() {
      const body = yield* bodyOf(request, server.maxRequestBytes)
      const headers: Record<string, string> = { ...request.headers }
      if (request.body._tag !== "Empty" && headers["content-type"] === undefined) {
        const contentType = request.body.contentType
        if (contentType) headers["content-type"] = contentType
      }
      if (headers["content-length"] === undefined) headers["content-length"] = String(body.length)
      const response = yield* server.handle({ method: request.method, url: url.href, headers, body })
      return HttpClientResponse.fromWeb(
        request,
        new Response(response.body, { status: response.status, headers: response.headers })
      )
    })
  )
