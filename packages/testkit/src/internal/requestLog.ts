/**
 * The request log: what the fake made of each request it answered, the
 * latest `maxRecordedRequests` kept, oldest first.
 *
 * @internal
 */
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Ref from "effect/Ref"
import type { HttpRequest, ReceivedRequest } from "../FakeNetServer.js"
import type { Answer } from "./answers.js"
import { pathOf, plainHeaders } from "./httpRequest.js"

export type RequestLog = Ref.Ref<Chunk.Chunk<ReceivedRequest>>

export const make: Effect.Effect<RequestLog> = Ref.make(Chunk.empty<ReceivedRequest>())

/** A request as recorded: what could be decoded, never the raw body (it holds the secrets in clear). */
export const receivedRequest = (request: HttpRequest, answer: Answer): ReceivedRequest => ({
  method: request.method,
  path: pathOf(request.url),
  httpHeaders: plainHeaders(request),
  bodyBytes: request.body.length,
  soapAction: answer.soapAction,
  version: answer.version,
  operation: answer.operation,
  headers: answer.headers,
  body: answer.body,
  ignoredHeaders: answer.ignoredHeaders ?? [],
  status: answer.response.status,
  outcome: answer.outcome
})

/** Appends a request, dropping the oldest past `capacity`; a capacity of 0 keeps none. */
export const record = (log: RequestLog, capacity: number, received: ReceivedRequest): Effect.Effect<void> =>
  capacity <= 0 ? Effect.void : Ref.update(log, (entries) => {
    const next = Chunk.append(entries, received)
    return Chunk.size(next) > capacity ? Chunk.drop(next, Chunk.size(next) - capacity) : next
  })

export const entries = (log: RequestLog): Effect.Effect<ReadonlyArray<ReceivedRequest>> =>
  Effect.map(Ref.get(log), Chunk.toReadonlyArray)

export const clear = (log: RequestLog): Effect.Effect<void> => Ref.set(log, Chunk.empty())
