/**
 * One fake NetServer: its state (the chat sessions with their messages, the
 * tickets issued, the request log), its routes, and the service over them.
 * A request is answered by the dispatch, then recorded.
 *
 * @internal
 */
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as HashMap from "effect/HashMap"
import * as Ref from "effect/Ref"
import type { FakeNetServer, HttpRequest, HttpResponse } from "../FakeNetServer.js"
import { answerFor } from "./dispatch.js"
import type { ChatState, OperationHandler } from "./operations.js"
import { handlers } from "./operations.js"
import type { ResolvedOptions } from "./options.js"
import * as requestLog from "./requestLog.js"

/** The state and settings one fake server runs on. */
export interface Server {
  readonly options: ResolvedOptions
  readonly chat: Ref.Ref<ChatState>
  readonly log: requestLog.RequestLog
  /** Each operation by its endpoint's full path (lower case, as IIS matches paths) and SOAPAction. */
  readonly routes: ReadonlyMap<string, ReadonlyMap<string, OperationHandler<any, any>>>
}

/** Handles one request and records it. */
export const handle = (server: Server, request: HttpRequest): Effect.Effect<HttpResponse> =>
  Effect.flatMap(answerFor(server, request), (answer) =>
    Effect.as(
      requestLog.record(server.log, server.options.maxRecordedRequests, requestLog.receivedRequest(request, answer)),
      answer.response
    ))

/** A fresh server's state. */
export const makeServer = (options: ResolvedOptions): Effect.Effect<Server> =>
  Effect.map(
    Effect.all([
      Ref.make<ChatState>({
        nextChatMessageId: options.firstChatMessageId,
        sessions: HashMap.fromIterable(options.chatSessionIds.map((id) => [id, Chunk.empty()] as const)),
        tickets: HashMap.empty(),
        ticketsIssued: 0
      }),
      requestLog.make
    ]),
    ([chat, log]) => {
      const routes = new Map<string, Map<string, OperationHandler<any, any>>>()
      for (const entry of handlers) {
        const path = `${options.basePath}${entry.operation.endpointPath}`.toLowerCase()
        const byAction = routes.get(path) ?? new Map<string, OperationHandler<any, any>>()
        byAction.set(entry.operation.soapAction, entry)
        routes.set(path, byAction)
      }
      return { options, chat, log, routes }
    }
  )

/** The service over a server's state. */
export const service = (server: Server): FakeNetServer => ({
  maxRequestBytes: server.options.maxRequestBytes,
  basePath: server.options.basePath,
  handle: (request) => handle(server, request),
  requests: requestLog.entries(server.log),
  messages: (chatSessionId) =>
    Effect.map(Ref.get(server.chat), (state) => {
      const messages = HashMap.get(state.sessions, chatSessionId)
      return messages._tag === "Some" ? Chunk.toReadonlyArray(messages.value) : []
    }),
  addChatSession: (chatSessionId) =>
    Ref.update(server.chat, (state) =>
      HashMap.has(state.sessions, chatSessionId)
        ? state
        : { ...state, sessions: HashMap.set(state.sessions, chatSessionId, Chunk.empty()) }),
  clear: Effect.zipRight(
    requestLog.clear(server.log),
    Ref.update(server.chat, (state) => ({ ...state, sessions: HashMap.map(state.sessions, () => Chunk.empty()) }))
  )
})
