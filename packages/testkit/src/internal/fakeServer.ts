/**
 * One fake NetServer: its state (the installation it keeps, the tickets
 * issued, the request log), its routes, and the service over them. A
 * request is answered by the dispatch, then recorded.
 *
 * @internal
 */
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as HashMap from "effect/HashMap"
import * as Option from "effect/Option"
import * as Ref from "effect/Ref"
import type { FakeNetServer, HttpRequest, HttpResponse } from "../FakeNetServer.js"
import { answerFor } from "./dispatch.js"
import type { OperationHandler } from "./handler.js"
import { presenceOf } from "./installation/presence.js"
import type { ChatState } from "./installation/state.js"
import * as state from "./installation/state.js"
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

/** A fresh server's state: the installation, its relative times from the `Clock` now. */
export const makeServer = (options: ResolvedOptions): Effect.Effect<Server> =>
  Effect.map(
    Effect.flatMap(Clock.currentTimeMillis, (now) =>
      Effect.all([
        Ref.make<ChatState>(
          state.initialState(options.installation, options.users, options.firstChatMessageId, now)
        ),
        requestLog.make
      ])),
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

/** A session added by `addChatSession`: as older tests' sessions are (see `options.ts`). */
const addSession = (server: Server, s: ChatState, chatSessionId: number, now: number): ChatState => {
  if (HashMap.has(s.sessions, chatSessionId)) return s
  const owner = server.options.users[0]
  const topicId = server.options.installation.topics[0]?.topic.chatTopicId ?? 0
  const status = owner === undefined ? "InQueue" as const : "CustomerLast" as const
  const seeded = state.initialState(
    {
      users: server.options.installation.users,
      topics: server.options.installation.topics,
      sessions: [{ chatSessionId, topicId, status, ...(owner === undefined ? {} : { user: owner.username }) }]
    },
    server.options.users,
    1,
    now
  )
  const added = HashMap.unsafeGet(seeded.sessions, chatSessionId)
  return {
    ...s,
    nextChatSessionId: Math.max(s.nextChatSessionId, chatSessionId + 1),
    sessions: HashMap.set(s.sessions, chatSessionId, {
      ...added,
      transitions: Chunk.map(
        added.transitions,
        (t) => ({ ...t, at: DateTime.unsafeMake(now), operation: "addChatSession" })
      )
    })
  }
}

/** The service over a server's state. */
export const service = (server: Server): FakeNetServer => ({
  maxRequestBytes: server.options.maxRequestBytes,
  basePath: server.options.basePath,
  installation: server.options.installation,
  handle: (request) => handle(server, request),
  requests: requestLog.entries(server.log),
  messages: (chatSessionId) =>
    Effect.map(Ref.get(server.chat), (s) => {
      const session = HashMap.get(s.sessions, chatSessionId)
      return session._tag === "Some" ? Chunk.toReadonlyArray(session.value.messages) : []
    }),
  sessions: Effect.map(Ref.get(server.chat), state.sessionRecords),
  session: (chatSessionId) =>
    Effect.map(Ref.get(server.chat), (s) => Option.map(HashMap.get(s.sessions, chatSessionId), state.sessionRecord)),
  topics: Effect.map(Ref.get(server.chat), state.topicRecords),
  presence: Effect.map(Ref.get(server.chat), (s) => presenceOf(s, server.options.users)),
  addChatSession: (chatSessionId) =>
    Effect.flatMap(
      Clock.currentTimeMillis,
      (now) => Ref.update(server.chat, (s) => addSession(server, s, chatSessionId, now))
    ),
  clear: Effect.zipRight(
    requestLog.clear(server.log),
    Ref.update(server.chat, (s) => ({
      ...s,
      sessions: HashMap.map(s.sessions, (session) => ({ ...session, messages: Chunk.empty() }))
    }))
  )
})
