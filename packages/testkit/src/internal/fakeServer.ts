/**
 * The fake NetServer's request handling: HTTP request in, HTTP response out,
 * with WCF's checks in WCF's order (method, endpoint, content type, size,
 * action, envelope) before NetServer's own (application token, ticket, the
 * operation).
 *
 * @internal
 */
import type { NetServerHeaders } from "@so-chat/core"
import { Envelope, SoapVersion } from "@so-chat/core"
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as HashMap from "effect/HashMap"
import * as Ref from "effect/Ref"
import type { FakeNetServer, HttpRequest, HttpResponse, Outcome, ReceivedRequest } from "../FakeNetServer.js"
import type { Answer } from "./answers.js"
import {
  ACTION_NOT_SUPPORTED,
  decodeFault,
  fault,
  httpError,
  INTERNAL_SERVICE_FAULT,
  responseContentType,
  wsdlAnswer
} from "./answers.js"
import { checkCaller, nonce } from "./callers.js"
import type { ChatState, OperationHandler, ResolvedUser } from "./operations.js"
import { handlers } from "./operations.js"

interface Parsed {
  /** Lower-cased media type, e.g. `text/xml`. */
  readonly media: string
  /** Lower-cased parameter names; values unquoted. */
  readonly params: Readonly<Record<string, string>>
}

const parseContentType = (value: string): Parsed => {
  const [media, ...rest] = value.split(";")
  const params: Record<string, string> = {}
  for (const param of rest) {
    const eq = param.indexOf("=")
    if (eq === -1) continue
    params[param.slice(0, eq).trim().toLowerCase()] = unquote(param.slice(eq + 1).trim())
  }
  return { media: media!.trim().toLowerCase(), params }
}

const unquote = (s: string): string => s.length >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.slice(1, -1) : s

const header = (request: HttpRequest, name: string): string | undefined => {
  const value = request.headers[name]
  return typeof value === "string" ? value : value === undefined ? undefined : value.join(", ")
}

const pathOf = (url: string): string => {
  try {
    return new URL(url, "http://netserver.invalid").pathname
  } catch {
    return url
  }
}

/** The options, checked, with the secrets in clear for comparing (never shown). */
export interface ResolvedOptions {
  readonly chatSessionIds: ReadonlyArray<number>
  readonly users: ReadonlyArray<ResolvedUser>
  /** The users' configured tickets, which never expire. */
  readonly usersByTicket: ReadonlyMap<string, ResolvedUser>
  readonly online: boolean
  readonly applicationTokens: ReadonlySet<string>
  readonly firstChatMessageId: number
  readonly maxRequestBytes: number
  readonly maxRecordedRequests: number
  /** The installation's path, e.g. `/Cust12345/`; the services are below it. */
  readonly basePath: string
  /** How long a ticket a login issues is valid; `Infinity` for ever. */
  readonly ticketLifetimeMillis: number
  readonly issueTicket: ((login: { readonly username: string; readonly serial: number }) => string) | undefined
}

/** The state and settings one fake server runs on. */
export interface Server {
  readonly options: ResolvedOptions
  readonly chat: Ref.Ref<ChatState>
  readonly log: Ref.Ref<Chunk.Chunk<ReceivedRequest>>
  /** Each operation by its endpoint's full path (lower case, as IIS matches paths) and SOAPAction. */
  readonly routes: ReadonlyMap<string, ReadonlyMap<string, OperationHandler<any, any>>>
}

const queryOf = (url: string): URLSearchParams => {
  try {
    return new URL(url, "http://netserver.invalid").searchParams
  } catch {
    return new URLSearchParams()
  }
}

/** The origin the request was sent to: the absolute URL's, else the Host header's. */
const originOf = (request: HttpRequest): string => {
  if (/^https?:\/\//i.test(request.url)) {
    try {
      return new URL(request.url).origin
    } catch {
      // not a URL after all: fall through to the Host header
    }
  }
  const host = header(request, "host")
  return `http://${host !== undefined && /^[A-Za-z0-9.:[\]-]+$/.test(host) ? host : "localhost"}`
}

/** `?wsdl` and `?singleWsdl`, as WCF's metadata endpoint answers them (any case). */
const wantsWsdl = (request: HttpRequest): boolean => {
  if (request.method.toUpperCase() !== "GET") return false
  for (const key of queryOf(request.url).keys()) {
    const k = key.toLowerCase()
    if (k === "wsdl" || k === "singlewsdl") return true
  }
  return false
}

const answerFor = (server: Server, request: HttpRequest): Effect.Effect<Answer> =>
  Effect.suspend(() => {
    const path = pathOf(request.url)
    const operations = server.routes.get(path.toLowerCase())
    if (operations !== undefined && wantsWsdl(request)) {
      const service = operations.values().next().value!.operation.service
      return Effect.succeed(
        wsdlAnswer(service, `${originOf(request)}${server.options.basePath}Remote/Services88/${service}.svc`)
      )
    }
    if (request.method.toUpperCase() !== "POST") {
      return Effect.succeed(
        httpError(
          405,
          `The method ${request.method} is not allowed: SOAP requests are POSTed (GET ?wsdl for the WSDL)`,
          {
            allow: "POST"
          }
        )
      )
    }
    if (operations === undefined) {
      return Effect.succeed(httpError(404, `There is no service at ${path}`))
    }
    const contentType = header(request, "content-type") ?? ""
    const parsed = parseContentType(contentType)
    const version = SoapVersion.fromContentType(parsed.media)
    if (version === undefined) {
      return Effect.succeed(fault(
        415,
        "1.1",
        "Sender",
        `Cannot process the message because the content type '${contentType}' was not the expected type: ` +
          `'${SoapVersion.mediaType["1.1"]}; charset=utf-8' (SOAP 1.1) or '${
            SoapVersion.mediaType["1.2"]
          }; charset=utf-8' (SOAP 1.2)`
      ))
    }
    const charset = parsed.params["charset"]
    if (charset !== undefined && charset.toLowerCase() !== "utf-8") {
      return Effect.succeed(fault(
        415,
        version,
        "Sender",
        `Cannot process the message because its character set '${charset}' is not supported: send UTF-8`
      ))
    }
    const limit = server.options.maxRequestBytes
    const declared = Number(header(request, "content-length") ?? Number.NaN)
    if (request.body.length > limit || declared > limit) {
      return Effect.succeed(fault(
        413,
        version,
        "Sender",
        `The request is larger than the ${limit} bytes this server accepts (maxReceivedMessageSize); it was not read`
      ))
    }
    const soapAction = version === "1.1"
      ? unquote(header(request, "soapaction")?.trim() ?? "")
      : parsed.params["action"]
    const entry = soapAction === undefined ? undefined : operations.get(soapAction)
    if (entry === undefined) {
      return Effect.succeed({
        ...fault(
          500,
          version,
          "Sender",
          !soapAction
            ? `The message has no action (${
              version === "1.1" ? "SOAPAction header" : "action parameter of the Content-Type"
            }), so it cannot be dispatched to an operation`
            : `The message with Action '${soapAction}' cannot be processed at the receiver, due to a ContractFilter mismatch at the EndpointDispatcher. This may be because of either a contract mismatch (mismatched Actions between sender and receiver) or a binding/security mismatch between the sender and the receiver.  Check that sender and receiver have the same contract and the same binding (including security requirements, e.g. Message, Transport, None).`,
          [ACTION_NOT_SUPPORTED]
        ),
        soapAction
      })
    }
    // Read as WCF's DataContractSerializer reads: listed enum names only, members in order.
    const decoded = Envelope.decodeRequest([entry.operation], request.body, { version, maxBytes: limit, strict: true })
    if (Either.isLeft(decoded)) {
      return Effect.succeed({
        ...decodeFault(version, entry.operation.name, decoded.left),
        soapAction,
        operation: entry.operation.name
      })
    }
    const { body, headers, ignoredHeaders } = decoded.right
    const seen = { version, soapAction, operation: entry.operation.name, headers, body, ignoredHeaders }
    return Effect.flatMap(
      Effect.all([Clock.currentTimeMillis, nonce]),
      ([now, random]) =>
        // The answer is computed and written against one state; that state
        // is replaced only when the answer is a success.
        Ref.modify(server.chat, (state): readonly [Answer, ChatState] => {
          const caller = checkCaller(server.options, entry, headers, state, now)
          const step = Either.flatMap(caller, (user) =>
            entry.run(body, {
              user,
              users: server.options.users,
              now: DateTime.unsafeMake(now),
              nonce: random,
              ticketLifetimeMillis: server.options.ticketLifetimeMillis,
              issueTicket: server.options.issueTicket
            }, state))
          if (Either.isLeft(step)) {
            const exceptionInfo = step.left.toExceptionInfo()
            const answer = respond(entry, version, entry.failedResponse, { exceptionInfo, succeeded: false }, {
              _tag: "NetServerException",
              exceptionInfo
            }, seen)
            return [answer, state]
          }
          const [response, next] = step.right
          const answer = respond(entry, version, response, { succeeded: true }, { _tag: "Succeeded" }, seen)
          return [answer, answer.outcome._tag === "Succeeded" ? next : state]
        })
    )
  })

const respond = (
  entry: OperationHandler<any, any>,
  version: SoapVersion.SoapVersion,
  body: unknown,
  headers: NetServerHeaders.ResponseHeaders,
  outcome: Outcome,
  seen: Omit<Answer, "response" | "outcome">
): Answer => {
  const xml = Envelope.encodeResponse(entry.operation, body, { version, headers })
  if (Either.isLeft(xml)) {
    // What WCF answers when the service throws and exception details are off.
    return {
      ...seen,
      ...fault(
        500,
        version,
        "Receiver",
        `The server was unable to process the request due to an internal error: the response could not be written (${xml.left.message}). Nothing was stored.`,
        [INTERNAL_SERVICE_FAULT]
      )
    }
  }
  return {
    ...seen,
    response: { status: 200, headers: { "content-type": responseContentType(version) }, body: xml.right },
    outcome
  }
}

const plainHeaders = (request: HttpRequest): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const name in request.headers) {
    const value = header(request, name)
    if (value !== undefined) out[name.toLowerCase()] = value
  }
  return out
}

/** Handles one request and records it. */
export const handle = (server: Server, request: HttpRequest): Effect.Effect<HttpResponse> =>
  Effect.flatMap(answerFor(server, request), (answer) => {
    const received: ReceivedRequest = {
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
    }
    const capacity = server.options.maxRecordedRequests
    return capacity <= 0 ? Effect.succeed(answer.response) : Effect.as(
      Ref.update(server.log, (log) => {
        const next = Chunk.append(log, received)
        return Chunk.size(next) > capacity ? Chunk.drop(next, Chunk.size(next) - capacity) : next
      }),
      answer.response
    )
  })

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
      Ref.make(Chunk.empty<ReceivedRequest>())
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
  requests: Effect.map(Ref.get(server.log), Chunk.toReadonlyArray),
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
    Ref.set(server.log, Chunk.empty()),
    Ref.update(server.chat, (state) => ({ ...state, sessions: HashMap.map(state.sessions, () => Chunk.empty()) }))
  )
})
