/**
 * Services88 operations: the messages of a chat session and its transcript. Holds `GetChatMessages`,
 * `AddChatMessage`, `GetChatTranscript`.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as Schema from "effect/Schema"
import * as b from "../../internal/binding.js"
import * as Operation from "../../Operation.js"
import * as Xsd from "../../Xsd.js"
import * as ChatMessage from "../ChatMessage.js"
import * as ChatMessageBinding from "../internal/ChatMessage.js"

/**
 * The request body of `GetChatMessages` (element `GetChatMessages`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const GetChatMessagesRequest = Schema.Struct({
  /** `ChatSessionId` (xs:int). */
  chatSessionId: Xsd.Int,
  /** `After` (xs:int). */
  after: Xsd.Int
})

/**
 * @since 0.2.0
 * @category models
 */
export type GetChatMessagesRequest = Schema.Schema.Type<typeof GetChatMessagesRequest>

/**
 * The response body of `GetChatMessages` (element `GetChatMessagesResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const GetChatMessagesResponse = Schema.Struct({
  /** `Response` (`ArrayOfChatMessage`, nillable). */
  response: Schema.NullOr(ChatMessage.ArrayOfChatMessage)
})

/**
 * @since 0.2.0
 * @category models
 */
export type GetChatMessagesResponse = Schema.Schema.Type<typeof GetChatMessagesResponse>

/**
 * `GetChatMessages` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetChatMessages`. Header blocks in (the
 * only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo, Succeeded,
 * TimeZone. Safe to retry after an unknown outcome: it only reads.
 *
 * @since 0.2.0
 * @category operations
 */
export const GetChatMessages: Operation.Operation<GetChatMessagesRequest, GetChatMessagesResponse> = Operation.make({
  service: "Chat",
  name: "GetChatMessages",
  Request: GetChatMessagesRequest,
  Response: GetChatMessagesResponse,
  safeToRetry: true,
  requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
  request: b.complex(() => [
    ["chatSessionId", "ChatSessionId", b.int],
    ["after", "After", b.int]
  ], (props): GetChatMessagesRequest => props),
  response: b.complex(() => [
    ["response", "Response", b.nillable(ChatMessageBinding.arrayOfChatMessage)]
  ], (props): GetChatMessagesResponse => props)
})

/**
 * The request body of `AddChatMessage` (element `AddChatMessage`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const AddChatMessageRequest = Schema.Struct({
  /** `ChatSessionId` (xs:int). */
  chatSessionId: Xsd.Int,
  /** `Message` (`ChatMessage`, nillable). */
  message: Schema.NullOr(ChatMessage.ChatMessage)
})

/**
 * @since 0.2.0
 * @category models
 */
export type AddChatMessageRequest = Schema.Schema.Type<typeof AddChatMessageRequest>

/**
 * The response body of `AddChatMessage` (element `AddChatMessageResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const AddChatMessageResponse = Schema.Struct({
  /** `Response` (`ChatMessage`, nillable). */
  response: Schema.NullOr(ChatMessage.ChatMessage)
})

/**
 * @since 0.2.0
 * @category models
 */
export type AddChatMessageResponse = Schema.Schema.Type<typeof AddChatMessageResponse>

/**
 * `AddChatMessage` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/AddChatMessage`. Header blocks in (the
 * only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo, Succeeded,
 * TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const AddChatMessage: Operation.Operation<AddChatMessageRequest, AddChatMessageResponse> = Operation.make({
  service: "Chat",
  name: "AddChatMessage",
  Request: AddChatMessageRequest,
  Response: AddChatMessageResponse,
  requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
  request: b.complex(() => [
    ["chatSessionId", "ChatSessionId", b.int],
    ["message", "Message", b.nillable(ChatMessageBinding.chatMessage)]
  ], (props): AddChatMessageRequest => props),
  response: b.complex(() => [
    ["response", "Response", b.nillable(ChatMessageBinding.chatMessage)]
  ], (props): AddChatMessageResponse => props)
})

/**
 * The request body of `GetChatTranscript` (element `GetChatTranscript`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const GetChatTranscriptRequest = Schema.Struct({
  /** `ChatSessionId` (xs:int). */
  chatSessionId: Xsd.Int,
  /** `Html` (xs:boolean). */
  html: Schema.Boolean
})

/**
 * @since 0.2.0
 * @category models
 */
export type GetChatTranscriptRequest = Schema.Schema.Type<typeof GetChatTranscriptRequest>

/**
 * The response body of `GetChatTranscript` (element `GetChatTranscriptResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const GetChatTranscriptResponse = Schema.Struct({
  /** `Response` (xs:string, nillable). */
  response: Schema.NullOr(Xsd.XmlString)
})

/**
 * @since 0.2.0
 * @category models
 */
export type GetChatTranscriptResponse = Schema.Schema.Type<typeof GetChatTranscriptResponse>

/**
 * `GetChatTranscript` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetChatTranscript`. Header blocks in
 * (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo,
 * Succeeded, TimeZone. Safe to retry after an unknown outcome: it only reads.
 *
 * @since 0.2.0
 * @category operations
 */
export const GetChatTranscript: Operation.Operation<GetChatTranscriptRequest, GetChatTranscriptResponse> = Operation
  .make({
    service: "Chat",
    name: "GetChatTranscript",
    Request: GetChatTranscriptRequest,
    Response: GetChatTranscriptResponse,
    safeToRetry: true,
    requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
    request: b.complex(() => [
      ["chatSessionId", "ChatSessionId", b.int],
      ["html", "Html", b.boolean]
    ], (props): GetChatTranscriptRequest => props),
    response: b.complex(() => [
      ["response", "Response", b.nillable(b.string)]
    ], (props): GetChatTranscriptResponse => props)
  })
