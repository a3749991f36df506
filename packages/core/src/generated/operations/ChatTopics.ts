/**
 * Services88 operations: chat topics: create, read, save, delete, list, opening hours. Holds
 * `CreateDefaultChatTopicEntity`, `SaveChatTopicEntity`, `DeleteChatTopicEntity`,
 * `GetChatTopicEntity`, `ChatTopicsForUser`, `IsWithinOpeningHours`.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as Schema from "effect/Schema"
import * as b from "../../internal/binding.js"
import * as Operation from "../../Operation.js"
import * as Xsd from "../../Xsd.js"
import * as ChatTopic from "../ChatTopic.js"
import * as ChatTopicBinding from "../internal/ChatTopic.js"

/**
 * The request body of `CreateDefaultChatTopicEntity` (element `CreateDefaultChatTopicEntity`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const CreateDefaultChatTopicEntityRequest = Schema.Struct({})

/**
 * @since 0.2.0
 * @category models
 */
export type CreateDefaultChatTopicEntityRequest = Schema.Schema.Type<typeof CreateDefaultChatTopicEntityRequest>

/**
 * The response body of `CreateDefaultChatTopicEntity` (element `CreateDefaultChatTopicEntityResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const CreateDefaultChatTopicEntityResponse = Schema.Struct({
  /** `Response` (`ChatTopicEntity`, nillable). */
  response: Schema.NullOr(ChatTopic.ChatTopicEntity)
})

/**
 * @since 0.2.0
 * @category models
 */
export type CreateDefaultChatTopicEntityResponse = Schema.Schema.Type<typeof CreateDefaultChatTopicEntityResponse>

/**
 * `CreateDefaultChatTopicEntity` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/CreateDefaultChatTopicEntity`. Header
 * blocks in (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo,
 * ExtraInfo, Succeeded, TimeZone. Safe to retry after an unknown outcome: it only reads.
 *
 * @since 0.2.0
 * @category operations
 */
export const CreateDefaultChatTopicEntity: Operation.Operation<
  CreateDefaultChatTopicEntityRequest,
  CreateDefaultChatTopicEntityResponse
> = Operation.make({
  service: "Chat",
  name: "CreateDefaultChatTopicEntity",
  Request: CreateDefaultChatTopicEntityRequest,
  Response: CreateDefaultChatTopicEntityResponse,
  safeToRetry: true,
  requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
  request: b.complex(() => [], (props): CreateDefaultChatTopicEntityRequest => props),
  response: b.complex(() => [
    ["response", "Response", b.nillable(ChatTopicBinding.chatTopicEntity)]
  ], (props): CreateDefaultChatTopicEntityResponse => props)
})

/**
 * The request body of `SaveChatTopicEntity` (element `SaveChatTopicEntity`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const SaveChatTopicEntityRequest = Schema.Struct({
  /** `ChatTopicEntity` (`ChatTopicEntity`, nillable). */
  chatTopicEntity: Schema.NullOr(ChatTopic.ChatTopicEntity)
})

/**
 * @since 0.2.0
 * @category models
 */
export type SaveChatTopicEntityRequest = Schema.Schema.Type<typeof SaveChatTopicEntityRequest>

/**
 * The response body of `SaveChatTopicEntity` (element `SaveChatTopicEntityResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const SaveChatTopicEntityResponse = Schema.Struct({
  /** `Response` (`ChatTopicEntity`, nillable). */
  response: Schema.NullOr(ChatTopic.ChatTopicEntity)
})

/**
 * @since 0.2.0
 * @category models
 */
export type SaveChatTopicEntityResponse = Schema.Schema.Type<typeof SaveChatTopicEntityResponse>

/**
 * `SaveChatTopicEntity` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/SaveChatTopicEntity`. Header blocks in
 * (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo,
 * Succeeded, TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const SaveChatTopicEntity: Operation.Operation<SaveChatTopicEntityRequest, SaveChatTopicEntityResponse> =
  Operation.make({
    service: "Chat",
    name: "SaveChatTopicEntity",
    Request: SaveChatTopicEntityRequest,
    Response: SaveChatTopicEntityResponse,
    requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
    request: b.complex(() => [
      ["chatTopicEntity", "ChatTopicEntity", b.nillable(ChatTopicBinding.chatTopicEntity)]
    ], (props): SaveChatTopicEntityRequest => props),
    response: b.complex(() => [
      ["response", "Response", b.nillable(ChatTopicBinding.chatTopicEntity)]
    ], (props): SaveChatTopicEntityResponse => props)
  })

/**
 * The request body of `DeleteChatTopicEntity` (element `DeleteChatTopicEntity`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const DeleteChatTopicEntityRequest = Schema.Struct({
  /** `ChatTopicEntityId` (xs:int). */
  chatTopicEntityId: Xsd.Int
})

/**
 * @since 0.2.0
 * @category models
 */
export type DeleteChatTopicEntityRequest = Schema.Schema.Type<typeof DeleteChatTopicEntityRequest>

/**
 * The response body of `DeleteChatTopicEntity` (element `DeleteChatTopicEntityResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const DeleteChatTopicEntityResponse = Schema.Struct({})

/**
 * @since 0.2.0
 * @category models
 */
export type DeleteChatTopicEntityResponse = Schema.Schema.Type<typeof DeleteChatTopicEntityResponse>

/**
 * `DeleteChatTopicEntity` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/DeleteChatTopicEntity`. Header blocks
 * in (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo,
 * Succeeded, TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const DeleteChatTopicEntity: Operation.Operation<DeleteChatTopicEntityRequest, DeleteChatTopicEntityResponse> =
  Operation.make({
    service: "Chat",
    name: "DeleteChatTopicEntity",
    Request: DeleteChatTopicEntityRequest,
    Response: DeleteChatTopicEntityResponse,
    requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
    request: b.complex(() => [
      ["chatTopicEntityId", "ChatTopicEntityId", b.int]
    ], (props): DeleteChatTopicEntityRequest => props),
    response: b.complex(() => [], (props): DeleteChatTopicEntityResponse => props)
  })

/**
 * The request body of `GetChatTopicEntity` (element `GetChatTopicEntity`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const GetChatTopicEntityRequest = Schema.Struct({
  /** `ChatTopicEntityId` (xs:int). */
  chatTopicEntityId: Xsd.Int
})

/**
 * @since 0.2.0
 * @category models
 */
export type GetChatTopicEntityRequest = Schema.Schema.Type<typeof GetChatTopicEntityRequest>

/**
 * The response body of `GetChatTopicEntity` (element `GetChatTopicEntityResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const GetChatTopicEntityResponse = Schema.Struct({
  /** `Response` (`ChatTopicEntity`, nillable). */
  response: Schema.NullOr(ChatTopic.ChatTopicEntity)
})

/**
 * @since 0.2.0
 * @category models
 */
export type GetChatTopicEntityResponse = Schema.Schema.Type<typeof GetChatTopicEntityResponse>

/**
 * `GetChatTopicEntity` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetChatTopicEntity`. Header blocks in
 * (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo,
 * Succeeded, TimeZone. Safe to retry after an unknown outcome: it only reads.
 *
 * @since 0.2.0
 * @category operations
 */
export const GetChatTopicEntity: Operation.Operation<GetChatTopicEntityRequest, GetChatTopicEntityResponse> = Operation
  .make({
    service: "Chat",
    name: "GetChatTopicEntity",
    Request: GetChatTopicEntityRequest,
    Response: GetChatTopicEntityResponse,
    safeToRetry: true,
    requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
    request: b.complex(() => [
      ["chatTopicEntityId", "ChatTopicEntityId", b.int]
    ], (props): GetChatTopicEntityRequest => props),
    response: b.complex(() => [
      ["response", "Response", b.nillable(ChatTopicBinding.chatTopicEntity)]
    ], (props): GetChatTopicEntityResponse => props)
  })

/**
 * The request body of `ChatTopicsForUser` (element `ChatTopicsForUser`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const ChatTopicsForUserRequest = Schema.Struct({})

/**
 * @since 0.2.0
 * @category models
 */
export type ChatTopicsForUserRequest = Schema.Schema.Type<typeof ChatTopicsForUserRequest>

/**
 * The response body of `ChatTopicsForUser` (element `ChatTopicsForUserResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const ChatTopicsForUserResponse = Schema.Struct({
  /** `Response` (`ArrayOfChatTopicEntity`, nillable). */
  response: Schema.NullOr(ChatTopic.ArrayOfChatTopicEntity)
})

/**
 * @since 0.2.0
 * @category models
 */
export type ChatTopicsForUserResponse = Schema.Schema.Type<typeof ChatTopicsForUserResponse>

/**
 * `ChatTopicsForUser` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/ChatTopicsForUser`. Header blocks in
 * (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo,
 * Succeeded, TimeZone. Safe to retry after an unknown outcome: it only reads.
 *
 * @since 0.2.0
 * @category operations
 */
export const ChatTopicsForUser: Operation.Operation<ChatTopicsForUserRequest, ChatTopicsForUserResponse> = Operation
  .make({
    service: "Chat",
    name: "ChatTopicsForUser",
    Request: ChatTopicsForUserRequest,
    Response: ChatTopicsForUserResponse,
    safeToRetry: true,
    requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
    request: b.complex(() => [], (props): ChatTopicsForUserRequest => props),
    response: b.complex(() => [
      ["response", "Response", b.nillable(ChatTopicBinding.arrayOfChatTopicEntity)]
    ], (props): ChatTopicsForUserResponse => props)
  })

/**
 * The request body of `IsWithinOpeningHours` (element `IsWithinOpeningHours`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const IsWithinOpeningHoursRequest = Schema.Struct({
  /** `ChatTopicId` (xs:int). */
  chatTopicId: Xsd.Int
})

/**
 * @since 0.2.0
 * @category models
 */
export type IsWithinOpeningHoursRequest = Schema.Schema.Type<typeof IsWithinOpeningHoursRequest>

/**
 * The response body of `IsWithinOpeningHours` (element `IsWithinOpeningHoursResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const IsWithinOpeningHoursResponse = Schema.Struct({
  /** `Response` (xs:boolean). */
  response: Schema.Boolean
})

/**
 * @since 0.2.0
 * @category models
 */
export type IsWithinOpeningHoursResponse = Schema.Schema.Type<typeof IsWithinOpeningHoursResponse>

/**
 * `IsWithinOpeningHours` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/IsWithinOpeningHours`. Header blocks in
 * (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo,
 * Succeeded, TimeZone. Safe to retry after an unknown outcome: it only reads.
 *
 * @since 0.2.0
 * @category operations
 */
export const IsWithinOpeningHours: Operation.Operation<IsWithinOpeningHoursRequest, IsWithinOpeningHoursResponse> =
  Operation.make({
    service: "Chat",
    name: "IsWithinOpeningHours",
    Request: IsWithinOpeningHoursRequest,
    Response: IsWithinOpeningHoursResponse,
    safeToRetry: true,
    requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
    request: b.complex(() => [
      ["chatTopicId", "ChatTopicId", b.int]
    ], (props): IsWithinOpeningHoursRequest => props),
    response: b.complex(() => [
      ["response", "Response", b.boolean]
    ], (props): IsWithinOpeningHoursResponse => props)
  })
