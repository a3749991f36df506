/**
 * The dispatch of one request: WCF's checks in WCF's order (method,
 * endpoint, content type, size, action, envelope), then NetServer's own
 * (application token, ticket) and the operation, run against the chat state
 * and kept only when its answer could be written.
 *
 * @internal
 */
import type { NetServerHeaders } from "@so-chat/core"
import { Envelope, SoapVersion } from "@so-chat/core"
import * as Clock from "effect/Clock"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Ref from "effect/Ref"
import type { HttpRequest, Outcome } from "../FakeNetServer.js"
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
import type { Server } from "./fakeServer.js"
import type { ChatState, OperationHandler } from "./handler.js"
import { header, originOf, parseContentType, pathOf, unquote, wantsWsdl } from "./httpRequest.js"

/** What the fake answers to a request, and what it made of it. */
export const answerFor = (server: Server, request: HttpRequest): Effect.Effect<Answer> =>
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
