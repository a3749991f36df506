/**
 * Services88 operations: chat sessions: create, read, save, delete, list, pick up, transfer, reset.
 * Holds `CreateDefaultChatSessionEntity`, `SaveChatSessionEntity`, `DeleteChatSessionEntity`,
 * `GetChatSessionEntity`, `ChatSessionsForUser`, `CreateChatSessionForTopic`, `PickUpChatSession`,
 * `PickUpFirstChatSession`, `TransferChatSession`, `AcceptChatSessionTransfer`,
 * `RejectChatSessionTransfer`, `ResetChatSession`.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as Schema from "effect/Schema"
import * as b from "../../internal/binding.js"
import * as Operation from "../../Operation.js"
import * as Xsd from "../../Xsd.js"
import * as ChatSession from "../ChatSession.js"
import * as ChatSessionBinding from "../internal/ChatSession.js"

/**
 * The request body of `CreateDefaultChatSessionEntity` (element `CreateDefaultChatSessionEntity`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const CreateDefaultChatSessionEntityRequest = Schema.Struct({})

/**
 * @since 0.2.0
 * @category models
 */
export type CreateDefaultChatSessionEntityRequest = Schema.Schema.Type<typeof CreateDefaultChatSessionEntityRequest>

/**
 * The response body of `CreateDefaultChatSessionEntity` (element `CreateDefaultChatSessionEntityResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const CreateDefaultChatSessionEntityResponse = Schema.Struct({
  /** `Response` (`ChatSessionEntity`, nillable). */
  response: Schema.NullOr(ChatSession.ChatSessionEntity)
})

/**
 * @since 0.2.0
 * @category models
 */
export type CreateDefaultChatSessionEntityResponse = Schema.Schema.Type<typeof CreateDefaultChatSessionEntityResponse>

/**
 * `CreateDefaultChatSessionEntity` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/CreateDefaultChatSessionEntity`. Header
 * blocks in (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo,
 * ExtraInfo, Succeeded, TimeZone. Safe to retry after an unknown outcome: it only reads.
 *
 * @since 0.2.0
 * @category operations
 */
export const CreateDefaultChatSessionEntity: Operation.Operation<
  CreateDefaultChatSessionEntityRequest,
  CreateDefaultChatSessionEntityResponse
> = Operation.make({
  service: "Chat",
  name: "CreateDefaultChatSessionEntity",
  Request: CreateDefaultChatSessionEntityRequest,
  Response: CreateDefaultChatSessionEntityResponse,
  safeToRetry: true,
  requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
  request: b.complex(() => [], (props): CreateDefaultChatSessionEntityRequest => props),
  response: b.complex(() => [
    ["response", "Response", b.nillable(ChatSessionBinding.chatSessionEntity)]
  ], (props): CreateDefaultChatSessionEntityResponse => props)
})

/**
 * The request body of `SaveChatSessionEntity` (element `SaveChatSessionEntity`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const SaveChatSessionEntityRequest = Schema.Struct({
  /** `ChatSessionEntity` (`ChatSessionEntity`, nillable). */
  chatSessionEntity: Schema.NullOr(ChatSession.ChatSessionEntity)
})

/**
 * @since 0.2.0
 * @category models
 */
export type SaveChatSessionEntityRequest = Schema.Schema.Type<typeof SaveChatSessionEntityRequest>

/**
 * The response body of `SaveChatSessionEntity` (element `SaveChatSessionEntityResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const SaveChatSessionEntityResponse = Schema.Struct({
  /** `Response` (`ChatSessionEntity`, nillable). */
  response: Schema.NullOr(ChatSession.ChatSessionEntity)
})

/**
 * @since 0.2.0
 * @category models
 */
export type SaveChatSessionEntityResponse = Schema.Schema.Type<typeof SaveChatSessionEntityResponse>

/**
 * `SaveChatSessionEntity` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/SaveChatSessionEntity`. Header blocks
 * in (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo,
 * Succeeded, TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const SaveChatSessionEntity: Operation.Operation<SaveChatSessionEntityRequest, SaveChatSessionEntityResponse> =
  Operation.make({
    service: "Chat",
    name: "SaveChatSessionEntity",
    Request: SaveChatSessionEntityRequest,
    Response: SaveChatSessionEntityResponse,
    requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
    request: b.complex(() => [
      ["chatSessionEntity", "ChatSessionEntity", b.nillable(ChatSessionBinding.chatSessionEntity)]
    ], (props): SaveChatSessionEntityRequest => props),
    response: b.complex(() => [
      ["response", "Response", b.nillable(ChatSessionBinding.chatSessionEntity)]
    ], (props): SaveChatSessionEntityResponse => props)
  })

/**
 * The request body of `DeleteChatSessionEntity` (element `DeleteChatSessionEntity`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const DeleteChatSessionEntityRequest = Schema.Struct({
  /** `ChatSessionEntityId` (xs:int). */
  chatSessionEntityId: Xsd.Int
})

/**
 * @since 0.2.0
 * @category models
 */
export type DeleteChatSessionEntityRequest = Schema.Schema.Type<typeof DeleteChatSessionEntityRequest>

/**
 * The response body of `DeleteChatSessionEntity` (element `DeleteChatSessionEntityResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const DeleteChatSessionEntityResponse = Schema.Struct({})

/**
 * @since 0.2.0
 * @category models
 */
export type DeleteChatSessionEntityResponse = Schema.Schema.Type<typeof DeleteChatSessionEntityResponse>

/**
 * `DeleteChatSessionEntity` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/DeleteChatSessionEntity`. Header blocks
 * in (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo,
 * Succeeded, TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const DeleteChatSessionEntity: Operation.Operation<
  DeleteChatSessionEntityRequest,
  DeleteChatSessionEntityResponse
> = Operation.make({
  service: "Chat",
  name: "DeleteChatSessionEntity",
  Request: DeleteChatSessionEntityRequest,
  Response: DeleteChatSessionEntityResponse,
  requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
  request: b.complex(() => [
    ["chatSessionEntityId", "ChatSessionEntityId", b.int]
  ], (props): DeleteChatSessionEntityRequest => props),
  response: b.complex(() => [], (props): DeleteChatSessionEntityResponse => props)
})

/**
 * The request body of `GetChatSessionEntity` (element `GetChatSessionEntity`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const GetChatSessionEntityRequest = Schema.Struct({
  /** `ChatSessionEntityId` (xs:int). */
  chatSessionEntityId: Xsd.Int
})

/**
 * @since 0.2.0
 * @category models
 */
export type GetChatSessionEntityRequest = Schema.Schema.Type<typeof GetChatSessionEntityRequest>

/**
 * The response body of `GetChatSessionEntity` (element `GetChatSessionEntityResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const GetChatSessionEntityResponse = Schema.Struct({
  /** `Response` (`ChatSessionEntity`, nillable). */
  response: Schema.NullOr(ChatSession.ChatSessionEntity)
})

/**
 * @since 0.2.0
 * @category models
 */
export type GetChatSessionEntityResponse = Schema.Schema.Type<typeof GetChatSessionEntityResponse>

/**
 * `GetChatSessionEntity` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetChatSessionEntity`. Header blocks in
 * (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo,
 * Succeeded, TimeZone. Safe to retry after an unknown outcome: it only reads.
 *
 * @since 0.2.0
 * @category operations
 */
export const GetChatSessionEntity: Operation.Operation<GetChatSessionEntityRequest, GetChatSessionEntityResponse> =
  Operation.make({
    service: "Chat",
    name: "GetChatSessionEntity",
    Request: GetChatSessionEntityRequest,
    Response: GetChatSessionEntityResponse,
    safeToRetry: true,
    requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
    request: b.complex(() => [
      ["chatSessionEntityId", "ChatSessionEntityId", b.int]
    ], (props): GetChatSessionEntityRequest => props),
    response: b.complex(() => [
      ["response", "Response", b.nillable(ChatSessionBinding.chatSessionEntity)]
    ], (props): GetChatSessionEntityResponse => props)
  })

/**
 * The request body of `ChatSessionsForUser` (element `ChatSessionsForUser`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const ChatSessionsForUserRequest = Schema.Struct({})

/**
 * @since 0.2.0
 * @category models
 */
export type ChatSessionsForUserRequest = Schema.Schema.Type<typeof ChatSessionsForUserRequest>

/**
 * The response body of `ChatSessionsForUser` (element `ChatSessionsForUserResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const ChatSessionsForUserResponse = Schema.Struct({
  /** `Response` (`ArrayOfChatSessionEntity`, nillable). */
  response: Schema.NullOr(ChatSession.ArrayOfChatSessionEntity)
})

/**
 * @since 0.2.0
 * @category models
 */
export type ChatSessionsForUserResponse = Schema.Schema.Type<typeof ChatSessionsForUserResponse>

/**
 * `ChatSessionsForUser` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/ChatSessionsForUser`. Header blocks in
 * (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo,
 * Succeeded, TimeZone. Safe to retry after an unknown outcome: it only reads.
 *
 * @since 0.2.0
 * @category operations
 */
export const ChatSessionsForUser: Operation.Operation<ChatSessionsForUserRequest, ChatSessionsForUserResponse> =
  Operation.make({
    service: "Chat",
    name: "ChatSessionsForUser",
    Request: ChatSessionsForUserRequest,
    Response: ChatSessionsForUserResponse,
    safeToRetry: true,
    requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
    request: b.complex(() => [], (props): ChatSessionsForUserRequest => props),
    response: b.complex(() => [
      ["response", "Response", b.nillable(ChatSessionBinding.arrayOfChatSessionEntity)]
    ], (props): ChatSessionsForUserResponse => props)
  })

/**
 * The request body of `CreateChatSessionForTopic` (element `CreateChatSessionForTopic`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const CreateChatSessionForTopicRequest = Schema.Struct({
  /** `ChatTopicId` (xs:int). */
  chatTopicId: Xsd.Int
})

/**
 * @since 0.2.0
 * @category models
 */
export type CreateChatSessionForTopicRequest = Schema.Schema.Type<typeof CreateChatSessionForTopicRequest>

/**
 * The response body of `CreateChatSessionForTopic` (element `CreateChatSessionForTopicResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const CreateChatSessionForTopicResponse = Schema.Struct({
  /** `Response` (`ChatSessionEntity`, nillable). */
  response: Schema.NullOr(ChatSession.ChatSessionEntity)
})

/**
 * @since 0.2.0
 * @category models
 */
export type CreateChatSessionForTopicResponse = Schema.Schema.Type<typeof CreateChatSessionForTopicResponse>

/**
 * `CreateChatSessionForTopic` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/CreateChatSessionForTopic`. Header
 * blocks in (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo,
 * ExtraInfo, Succeeded, TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const CreateChatSessionForTopic: Operation.Operation<
  CreateChatSessionForTopicRequest,
  CreateChatSessionForTopicResponse
> = Operation.make({
  service: "Chat",
  name: "CreateChatSessionForTopic",
  Request: CreateChatSessionForTopicRequest,
  Response: CreateChatSessionForTopicResponse,
  requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
  request: b.complex(() => [
    ["chatTopicId", "ChatTopicId", b.int]
  ], (props): CreateChatSessionForTopicRequest => props),
  response: b.complex(() => [
    ["response", "Response", b.nillable(ChatSessionBinding.chatSessionEntity)]
  ], (props): CreateChatSessionForTopicResponse => props)
})

/**
 * The request body of `PickUpChatSession` (element `PickUpChatSession`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const PickUpChatSessionRequest = Schema.Struct({
  /** `ChatSessionId` (xs:int). */
  chatSessionId: Xsd.Int
})

/**
 * @since 0.2.0
 * @category models
 */
export type PickUpChatSessionRequest = Schema.Schema.Type<typeof PickUpChatSessionRequest>

/**
 * The response body of `PickUpChatSession` (element `PickUpChatSessionResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const PickUpChatSessionResponse = Schema.Struct({
  /** `Response` (`ChatSessionEntity`, nillable). */
  response: Schema.NullOr(ChatSession.ChatSessionEntity)
})

/**
 * @since 0.2.0
 * @category models
 */
export type PickUpChatSessionResponse = Schema.Schema.Type<typeof PickUpChatSessionResponse>

/**
 * `PickUpChatSession` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/PickUpChatSession`. Header blocks in
 * (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo,
 * Succeeded, TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const PickUpChatSession: Operation.Operation<PickUpChatSessionRequest, PickUpChatSessionResponse> = Operation
  .make({
    service: "Chat",
    name: "PickUpChatSession",
    Request: PickUpChatSessionRequest,
    Response: PickUpChatSessionResponse,
    requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
    request: b.complex(() => [
      ["chatSessionId", "ChatSessionId", b.int]
    ], (props): PickUpChatSessionRequest => props),
    response: b.complex(() => [
      ["response", "Response", b.nillable(ChatSessionBinding.chatSessionEntity)]
    ], (props): PickUpChatSessionResponse => props)
  })

/**
 * The request body of `PickUpFirstChatSession` (element `PickUpFirstChatSession`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const PickUpFirstChatSessionRequest = Schema.Struct({})

/**
 * @since 0.2.0
 * @category models
 */
export type PickUpFirstChatSessionRequest = Schema.Schema.Type<typeof PickUpFirstChatSessionRequest>

/**
 * The response body of `PickUpFirstChatSession` (element `PickUpFirstChatSessionResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const PickUpFirstChatSessionResponse = Schema.Struct({
  /** `Response` (`ChatSessionEntity`, nillable). */
  response: Schema.NullOr(ChatSession.ChatSessionEntity)
})

/**
 * @since 0.2.0
 * @category models
 */
export type PickUpFirstChatSessionResponse = Schema.Schema.Type<typeof PickUpFirstChatSessionResponse>

/**
 * `PickUpFirstChatSession` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/PickUpFirstChatSession`. Header blocks
 * in (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo,
 * Succeeded, TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const PickUpFirstChatSession: Operation.Operation<
  PickUpFirstChatSessionRequest,
  PickUpFirstChatSessionResponse
> = Operation.make({
  service: "Chat",
  name: "PickUpFirstChatSession",
  Request: PickUpFirstChatSessionRequest,
  Response: PickUpFirstChatSessionResponse,
  requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
  request: b.complex(() => [], (props): PickUpFirstChatSessionRequest => props),
  response: b.complex(() => [
    ["response", "Response", b.nillable(ChatSessionBinding.chatSessionEntity)]
  ], (props): PickUpFirstChatSessionResponse => props)
})

/**
 * The request body of `TransferChatSession` (element `TransferChatSession`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const TransferChatSessionRequest = Schema.Struct({
  /** `ChatSessionId` (xs:int). */
  chatSessionId: Xsd.Int,
  /** `ToAssociate` (xs:string, nillable). */
  toAssociate: Schema.NullOr(Xsd.XmlString)
})

/**
 * @since 0.2.0
 * @category models
 */
export type TransferChatSessionRequest = Schema.Schema.Type<typeof TransferChatSessionRequest>

/**
 * The response body of `TransferChatSession` (element `TransferChatSessionResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const TransferChatSessionResponse = Schema.Struct({
  /** `Response` (`ChatSessionEntity`, nillable). */
  response: Schema.NullOr(ChatSession.ChatSessionEntity)
})

/**
 * @since 0.2.0
 * @category models
 */
export type TransferChatSessionResponse = Schema.Schema.Type<typeof TransferChatSessionResponse>

/**
 * `TransferChatSession` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/TransferChatSession`. Header blocks in
 * (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo,
 * Succeeded, TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const TransferChatSession: Operation.Operation<TransferChatSessionRequest, TransferChatSessionResponse> =
  Operation.make({
    service: "Chat",
    name: "TransferChatSession",
    Request: TransferChatSessionRequest,
    Response: TransferChatSessionResponse,
    requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
    request: b.complex(() => [
      ["chatSessionId", "ChatSessionId", b.int],
      ["toAssociate", "ToAssociate", b.nillable(b.string)]
    ], (props): TransferChatSessionRequest => props),
    response: b.complex(() => [
      ["response", "Response", b.nillable(ChatSessionBinding.chatSessionEntity)]
    ], (props): TransferChatSessionResponse => props)
  })

/**
 * The request body of `AcceptChatSessionTransfer` (element `AcceptChatSessionTransfer`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const AcceptChatSessionTransferRequest = Schema.Struct({
  /** `ChatSessionId` (xs:int). */
  chatSessionId: Xsd.Int
})

/**
 * @since 0.2.0
 * @category models
 */
export type AcceptChatSessionTransferRequest = Schema.Schema.Type<typeof AcceptChatSessionTransferRequest>

/**
 * The response body of `AcceptChatSessionTransfer` (element `AcceptChatSessionTransferResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const AcceptChatSessionTransferResponse = Schema.Struct({
  /** `Response` (`ChatSessionEntity`, nillable). */
  response: Schema.NullOr(ChatSession.ChatSessionEntity)
})

/**
 * @since 0.2.0
 * @category models
 */
export type AcceptChatSessionTransferResponse = Schema.Schema.Type<typeof AcceptChatSessionTransferResponse>

/**
 * `AcceptChatSessionTransfer` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/AcceptChatSessionTransfer`. Header
 * blocks in (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo,
 * ExtraInfo, Succeeded, TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const AcceptChatSessionTransfer: Operation.Operation<
  AcceptChatSessionTransferRequest,
  AcceptChatSessionTransferResponse
> = Operation.make({
  service: "Chat",
  name: "AcceptChatSessionTransfer",
  Request: AcceptChatSessionTransferRequest,
  Response: AcceptChatSessionTransferResponse,
  requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
  request: b.complex(() => [
    ["chatSessionId", "ChatSessionId", b.int]
  ], (props): AcceptChatSessionTransferRequest => props),
  response: b.complex(() => [
    ["response", "Response", b.nillable(ChatSessionBinding.chatSessionEntity)]
  ], (props): AcceptChatSessionTransferResponse => props)
})

/**
 * The request body of `RejectChatSessionTransfer` (element `RejectChatSessionTransfer`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const RejectChatSessionTransferRequest = Schema.Struct({
  /** `ChatSessionId` (xs:int). */
  chatSessionId: Xsd.Int
})

/**
 * @since 0.2.0
 * @category models
 */
export type RejectChatSessionTransferRequest = Schema.Schema.Type<typeof RejectChatSessionTransferRequest>

/**
 * The response body of `RejectChatSessionTransfer` (element `RejectChatSessionTransferResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const RejectChatSessionTransferResponse = Schema.Struct({
  /** `Response` (`ChatSessionEntity`, nillable). */
  response: Schema.NullOr(ChatSession.ChatSessionEntity)
})

/**
 * @since 0.2.0
 * @category models
 */
export type RejectChatSessionTransferResponse = Schema.Schema.Type<typeof RejectChatSessionTransferResponse>

/**
 * `RejectChatSessionTransfer` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/RejectChatSessionTransfer`. Header
 * blocks in (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo,
 * ExtraInfo, Succeeded, TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const RejectChatSessionTransfer: Operation.Operation<
  RejectChatSessionTransferRequest,
  RejectChatSessionTransferResponse
> = Operation.make({
  service: "Chat",
  name: "RejectChatSessionTransfer",
  Request: RejectChatSessionTransferRequest,
  Response: RejectChatSessionTransferResponse,
  requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
  request: b.complex(() => [
    ["chatSessionId", "ChatSessionId", b.int]
  ], (props): RejectChatSessionTransferRequest => props),
  response: b.complex(() => [
    ["response", "Response", b.nillable(ChatSessionBinding.chatSessionEntity)]
  ], (props): RejectChatSessionTransferResponse => props)
})

/**
 * The request body of `ResetChatSession` (element `ResetChatSession`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const ResetChatSessionRequest = Schema.Struct({
  /** `ChatSessionId` (xs:int). */
  chatSessionId: Xsd.Int
})

/**
 * @since 0.2.0
 * @category models
 */
export type ResetChatSessionRequest = Schema.Schema.Type<typeof ResetChatSessionRequest>

/**
 * The response body of `ResetChatSession` (element `ResetChatSessionResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const ResetChatSessionResponse = Schema.Struct({
  /** `Response` (`ChatSessionEntity`, nillable). */
  response: Schema.NullOr(ChatSession.ChatSessionEntity)
})

/**
 * @since 0.2.0
 * @category models
 */
export type ResetChatSessionResponse = Schema.Schema.Type<typeof ResetChatSessionResponse>

/**
 * `ResetChatSession` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/ResetChatSession`. Header blocks in
 * (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo,
 * Succeeded, TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const ResetChatSession: Operation.Operation<ResetChatSessionRequest, ResetChatSessionResponse> = Operation.make({
  service: "Chat",
  name: "ResetChatSession",
  Request: ResetChatSessionRequest,
  Response: ResetChatSessionResponse,
  requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
  request: b.complex(() => [
    ["chatSessionId", "ChatSessionId", b.int]
  ], (props): ResetChatSessionRequest => props),
  response: b.complex(() => [
    ["response", "Response", b.nillable(ChatSessionBinding.chatSessionEntity)]
  ], (props): ResetChatSessionResponse => props)
})
