/**
 * The fake NetServer's request handling: HTTP request in, HTTP response out,
 * with WCF's checks in WCF's order (method, endpoint, content type, size,
 * action, envelope) before NetServer's own (application token, ticket, the
 * operation).
 *
 * @internal
 */
import type { CodecError, NetServerHeaders } from "@so-chat/core"
import { Envelope, SoapFault, SoapVersion } from "@so-chat/core"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as HashMap from "effect/HashMap"
import * as Redacted from "effect/Redacted"
import * as Ref from "effect/Ref"
import type { FakeNetServer, HttpRequest, HttpResponse, Outcome, ReceivedRequest } from "../FakeNetServer.js"
import type { ChatState, OperationHandler, ResolvedUser } from "./operations.js"
import { handlers, SoError } from "./operations.js"

/** WCF's fault subcodes, so a client that keys on them sees what a real server sends. */
const ACTION_NOT_SUPPORTED: SoapFault.QName = {
  namespace: "http://schemas.microsoft.com/ws/2005/05/addressing/none",
  local: "ActionNotSupported"
}
const DESERIALIZATION_FAILED: SoapFault.QName = {
  namespace: "http://schemas.microsoft.com/net/2005/12/windowscommunicationfoundation/dispatcher",
  local: "DeserializationFailed"
}

const responseContentType = (version: SoapVersion.SoapVersion): string =>
  `${SoapVersion.mediaType[version]}; charset=utf-8`

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

/** What the pipeline decided, before it is recorded. */
interface Answer {
  readonly response: HttpResponse
  readonly outcome: Outcome
  readonly version?: SoapVersion.SoapVersion | undefined
  readonly soapAction?: string | undefined
  readonly operation?: string | undefined
  readonly headers?: NetServerHeaders.RequestHeaders | undefined
  readonly body?: unknown
  readonly ignoredHeaders?: ReadonlyArray<string> | undefined
}

const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

const httpError = (status: number, reason: string, extra: Record<string, string> = {}): Answer => ({
  response: {
    status,
    headers: { "content-type": "text/html; charset=utf-8", ...extra },
    body: `<!DOCTYPE html><html><head><title>${status}</title></head><body><h1>${status}</h1><p>${
      escapeHtml(reason)
    }</p></body></html>`
  },
  outcome: { _tag: "HttpError", reason }
})

const fault = (
  status: number,
  version: SoapVersion.SoapVersion,
  code: "Sender" | "Receiver" | "VersionMismatch" | "MustUnderstand",
  reason: string,
  subcodes: ReadonlyArray<SoapFault.QName> = []
): Answer => {
  const f = SoapFault.make({ version, code, reason, subcodes })
  return {
    response: { status, headers: { "content-type": responseContentType(version) }, body: Envelope.encodeFault(f) },
    outcome: { _tag: "SoapFault", fault: f },
    version
  }
}

/** A decode error as the fault WCF gives for it. */
const decodeFault = (version: SoapVersion.SoapVersion, error: CodecError.DecodeError): Answer => {
  if (error._tag === "MalformedXml") {
    return fault(500, version, "Sender", `The request is not well-formed XML: ${error.message}`)
  }
  if (error._tag === "InvalidEnvelope") {
    if (error.reason === "NotAnEnvelope" || error.reason === "VersionMismatch") {
      return fault(500, version, "VersionMismatch", `The request is not a SOAP ${version} envelope: ${error.detail}`)
    }
    if (error.reason === "MustUnderstand") return fault(500, version, "MustUnderstand", error.message)
  }
  // Everything else WCF's formatter would fail on: another body, a wrong namespace, a wrongly typed value.
  return fault(
    500,
    version,
    "Sender",
    `The formatter threw an exception while trying to deserialize the message: ${error.message}`,
    [DESERIALIZATION_FAILED]
  )
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
  readonly usersByTicket: ReadonlyMap<string, ResolvedUser>
  readonly online: boolean
  readonly applicationTokens: ReadonlySet<string>
  readonly firstChatMessageId: number
  readonly maxRequestBytes: number
  readonly maxRecordedRequests: number
  /** The installation's path, e.g. `/Cust12345/`; the services are below it. */
  readonly basePath: string
}

/** The state and settings one fake server runs on. */
export interface Server {
  readonly options: ResolvedOptions
  readonly chat: Ref.Ref<ChatState>
  readonly log: Ref.Ref<Chunk.Chunk<ReceivedRequest>>
  /** Each operation by its endpoint's full path (lower case, as IIS matches paths) and SOAPAction. */
  readonly routes: ReadonlyMap<string, ReadonlyMap<string, OperationHandler<any, any>>>
}

const checkCaller = (
  server: Server,
  entry: OperationHandler<any, any>,
  headers: NetServerHeaders.RequestHeaders
): Either.Either<ResolvedUser | undefined, SoError> => {
  const options = server.options
  if (options.online) {
    const token = headers.applicationToken
    if (token === undefined) {
      return Either.left(
        new SoError(
          "SoSecurityException",
          "No application token was sent; this Online installation requires one",
          "The application is not allowed to access this installation: it did not identify itself with an application token."
        )
      )
    }
    if (!options.applicationTokens.has(Redacted.value(token))) {
      return Either.left(
        new SoError(
          "SoSecurityException",
          "The application token is not valid for this Online installation",
          "The application is not allowed to access this installation: its application token is not valid."
        )
      )
    }
  }
  if (!entry.authenticated) return Either.right(undefined)
  const ticket = headers.ticket
  if (ticket === undefined) {
    return Either.left(
      new SoError(
        "SoSessionException",
        "No credentials were sent: the Credentials header with a Ticket is required",
        "You are not logged in. Log in and try again."
      )
    )
  }
  const user = options.usersByTicket.get(Redacted.value(ticket))
  if (user === undefined) {
    return Either.left(
      new SoError(
        "SoSessionException",
        "The ticket is not valid: it is unknown or has expired",
        "Your session has expired or is not valid. Log in and try again."
      )
    )
  }
  return Either.right(user)
}

const answerFor = (server: Server, request: HttpRequest): Effect.Effect<Answer> =>
  Effect.suspend(() => {
    if (request.method.toUpperCase() !== "POST") {
      return Effect.succeed(
        httpError(405, `The method ${request.method} is not allowed: SOAP requests are POSTed`, { allow: "POST" })
      )
    }
    const operations = server.routes.get(pathOf(request.url).toLowerCase())
    if (operations === undefined) {
      return Effect.succeed(httpError(404, `There is no service at ${pathOf(request.url)}`))
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
            : `The message with Action '${soapAction}' cannot be processed at the receiver, due to a ContractFilter mismatch at the EndpointDispatcher: no operation of this service has that action`,
          [ACTION_NOT_SUPPORTED]
        ),
        soapAction
      })
    }
    const decoded = Envelope.decodeRequest([entry.operation], request.body, { version, maxBytes: limit })
    if (Either.isLeft(decoded)) {
      return Effect.succeed({ ...decodeFault(version, decoded.left), soapAction, operation: entry.operation.name })
    }
    const { body, headers, ignoredHeaders } = decoded.right
    const seen = { version, soapAction, operation: entry.operation.name, headers, body, ignoredHeaders }
    const caller = checkCaller(server, entry, headers)
    const result: Effect.Effect<unknown, SoError> = Either.isLeft(caller)
      ? Effect.fail(caller.left)
      : entry.handle(body, { chat: server.chat, user: caller.right, users: server.options.users })
    return Effect.match(result, {
      onFailure: (error): Answer => {
        const exceptionInfo = error.toExceptionInfo()
        return respond(entry, version, entry.failedResponse, { exceptionInfo, succeeded: false }, {
          _tag: "NetServerException",
          exceptionInfo
        }, seen)
      },
      onSuccess: (response): Answer =>
        respond(entry, version, response, { succeeded: true }, { _tag: "Succeeded" }, seen)
    })
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
    return { ...seen, ...fault(500, version, "Receiver", `The response could not be written: ${xml.left.message}`) }
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
        sessions: HashMap.fromIterable(options.chatSessionIds.map((id) => [id, Chunk.empty()] as const))
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
