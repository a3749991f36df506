/**
 * Services88 operations: the agents of a chat topic. Holds `CreateDefaultChatTopicAgent`,
 * `GetUserAgentList`, `GetChatTopicUserAgentList`, `GetChatTopicUserAgent`, `AddChatTopicUserAgent`,
 * `UpdateChatTopicUserAgent`, `UpdateChatTopicUserAgents`, `DeleteChatTopicUserAgent`.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as Schema from "effect/Schema"
import * as b from "../../internal/binding.js"
import * as Operation from "../../Operation.js"
import * as Xsd from "../../Xsd.js"
import * as ChatTopicAgent from "../ChatTopicAgent.js"
import * as ChatTopicAgentBinding from "../internal/ChatTopicAgent.js"
import * as MDOListItemBinding from "../internal/MDOListItem.js"
import * as MDOListItem from "../MDOListItem.js"

/**
 * The request body of `CreateDefaultChatTopicAgent` (element `CreateDefaultChatTopicAgent`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const CreateDefaultChatTopicAgentRequest = Schema.Struct({})

/**
 * @since 0.2.0
 * @category models
 */
export type CreateDefaultChatTopicAgentRequest = Schema.Schema.Type<typeof CreateDefaultChatTopicAgentRequest>

/**
 * The response body of `CreateDefaultChatTopicAgent` (element `CreateDefaultChatTopicAgentResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const CreateDefaultChatTopicAgentResponse = Schema.Struct({
  /** `Response` (`ChatTopicAgent`, nillable). */
  response: Schema.NullOr(ChatTopicAgent.ChatTopicAgent)
})

/**
 * @since 0.2.0
 * @category models
 */
export type CreateDefaultChatTopicAgentResponse = Schema.Schema.Type<typeof CreateDefaultChatTopicAgentResponse>

/**
 * `CreateDefaultChatTopicAgent` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/CreateDefaultChatTopicAgent`. Header
 * blocks in (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo,
 * ExtraInfo, Succeeded, TimeZone. Safe to retry after an unknown outcome: it only reads.
 *
 * @since 0.2.0
 * @category operations
 */
export const CreateDefaultChatTopicAgent: Operation.Operation<
  CreateDefaultChatTopicAgentRequest,
  CreateDefaultChatTopicAgentResponse
> = Operation.make({
  service: "Chat",
  name: "CreateDefaultChatTopicAgent",
  Request: CreateDefaultChatTopicAgentRequest,
  Response: CreateDefaultChatTopicAgentResponse,
  safeToRetry: true,
  requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
  request: b.complex(() => [], (props): CreateDefaultChatTopicAgentRequest => props),
  response: b.complex(() => [
    ["response", "Response", b.nillable(ChatTopicAgentBinding.chatTopicAgent)]
  ], (props): CreateDefaultChatTopicAgentResponse => props)
})

/**
 * The request body of `GetUserAgentList` (element `GetUserAgentList`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const GetUserAgentListRequest = Schema.Struct({
  /** `Flat` (xs:boolean). */
  flat: Schema.Boolean,
  /** `OnlyPresent` (xs:boolean). */
  onlyPresent: Schema.Boolean
})

/**
 * @since 0.2.0
 * @category models
 */
export type GetUserAgentListRequest = Schema.Schema.Type<typeof GetUserAgentListRequest>

/**
 * The response body of `GetUserAgentList` (element `GetUserAgentListResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const GetUserAgentListResponse = Schema.Struct({
  /** `Response` (`ArrayOfMDOListItem`, nillable). */
  response: Schema.NullOr(MDOListItem.ArrayOfMDOListItem)
})

/**
 * @since 0.2.0
 * @category models
 */
export type GetUserAgentListResponse = Schema.Schema.Type<typeof GetUserAgentListResponse>

/**
 * `GetUserAgentList` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetUserAgentList`. Header blocks in
 * (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo,
 * Succeeded, TimeZone. Safe to retry after an unknown outcome: it only reads.
 *
 * @since 0.2.0
 * @category operations
 */
export const GetUserAgentList: Operation.Operation<GetUserAgentListRequest, GetUserAgentListResponse> = Operation.make({
  service: "Chat",
  name: "GetUserAgentList",
  Request: GetUserAgentListRequest,
  Response: GetUserAgentListResponse,
  safeToRetry: true,
  requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
  request: b.complex(() => [
    ["flat", "Flat", b.boolean],
    ["onlyPresent", "OnlyPresent", b.boolean]
  ], (props): GetUserAgentListRequest => props),
  response: b.complex(() => [
    ["response", "Response", b.nillable(MDOListItemBinding.arrayOfMDOListItem)]
  ], (props): GetUserAgentListResponse => props)
})

/**
 * The request body of `GetChatTopicUserAgentList` (element `GetChatTopicUserAgentList`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const GetChatTopicUserAgentListRequest = Schema.Struct({
  /** `ChatTopicId` (xs:int). */
  chatTopicId: Xsd.Int
})

/**
 * @since 0.2.0
 * @category models
 */
export type GetChatTopicUserAgentListRequest = Schema.Schema.Type<typeof GetChatTopicUserAgentListRequest>

/**
 * The response body of `GetChatTopicUserAgentList` (element `GetChatTopicUserAgentListResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const GetChatTopicUserAgentListResponse = Schema.Struct({
  /** `Response` (`ArrayOfChatTopicAgent`, nillable). */
  response: Schema.NullOr(ChatTopicAgent.ArrayOfChatTopicAgent)
})

/**
 * @since 0.2.0
 * @category models
 */
export type GetChatTopicUserAgentListResponse = Schema.Schema.Type<typeof GetChatTopicUserAgentListResponse>

/**
 * `GetChatTopicUserAgentList` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetChatTopicUserAgentList`. Header
 * blocks in (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo,
 * ExtraInfo, Succeeded, TimeZone. Safe to retry after an unknown outcome: it only reads.
 *
 * @since 0.2.0
 * @category operations
 */
export const GetChatTopicUserAgentList: Operation.Operation<
  GetChatTopicUserAgentListRequest,
  GetChatTopicUserAgentListResponse
> = Operation.make({
  service: "Chat",
  name: "GetChatTopicUserAgentList",
  Request: GetChatTopicUserAgentListRequest,
  Response: GetChatTopicUserAgentListResponse,
  safeToRetry: true,
  requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
  request: b.complex(() => [
    ["chatTopicId", "ChatTopicId", b.int]
  ], (props): GetChatTopicUserAgentListRequest => props),
  response: b.complex(() => [
    ["response", "Response", b.nillable(ChatTopicAgentBinding.arrayOfChatTopicAgent)]
  ], (props): GetChatTopicUserAgentListResponse => props)
})

/**
 * The request body of `GetChatTopicUserAgent` (element `GetChatTopicUserAgent`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const GetChatTopicUserAgentRequest = Schema.Struct({
  /** `ChatTopicId` (xs:int). */
  chatTopicId: Xsd.Int,
  /** `Username` (xs:string, nillable). */
  username: Schema.NullOr(Xsd.XmlString)
})

/**
 * @since 0.2.0
 * @category models
 */
export type GetChatTopicUserAgentRequest = Schema.Schema.Type<typeof GetChatTopicUserAgentRequest>

/**
 * The response body of `GetChatTopicUserAgent` (element `GetChatTopicUserAgentResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const GetChatTopicUserAgentResponse = Schema.Struct({
  /** `Response` (`ChatTopicAgent`, nillable). */
  response: Schema.NullOr(ChatTopicAgent.ChatTopicAgent)
})

/**
 * @since 0.2.0
 * @category models
 */
export type GetChatTopicUserAgentResponse = Schema.Schema.Type<typeof GetChatTopicUserAgentResponse>

/**
 * `GetChatTopicUserAgent` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetChatTopicUserAgent`. Header blocks
 * in (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo,
 * Succeeded, TimeZone. Safe to retry after an unknown outcome: it only reads.
 *
 * @since 0.2.0
 * @category operations
 */
export const GetChatTopicUserAgent: Operation.Operation<GetChatTopicUserAgentRequest, GetChatTopicUserAgentResponse> =
  Operation.make({
    service: "Chat",
    name: "GetChatTopicUserAgent",
    Request: GetChatTopicUserAgentRequest,
    Response: GetChatTopicUserAgentResponse,
    safeToRetry: true,
    requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
    request: b.complex(() => [
      ["chatTopicId", "ChatTopicId", b.int],
      ["username", "Username", b.nillable(b.string)]
    ], (props): GetChatTopicUserAgentRequest => props),
    response: b.complex(() => [
      ["response", "Response", b.nillable(ChatTopicAgentBinding.chatTopicAgent)]
    ], (props): GetChatTopicUserAgentResponse => props)
  })

/**
 * The request body of `AddChatTopicUserAgent` (element `AddChatTopicUserAgent`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const AddChatTopicUserAgentRequest = Schema.Struct({
  /** `ChatTopicId` (xs:int). */
  chatTopicId: Xsd.Int,
  /** `Useragent` (`ChatTopicAgent`, nillable). */
  useragent: Schema.NullOr(ChatTopicAgent.ChatTopicAgent)
})

/**
 * @since 0.2.0
 * @category models
 */
export type AddChatTopicUserAgentRequest = Schema.Schema.Type<typeof AddChatTopicUserAgentRequest>

/**
 * The response body of `AddChatTopicUserAgent` (element `AddChatTopicUserAgentResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const AddChatTopicUserAgentResponse = Schema.Struct({
  /** `Response` (`ChatTopicAgent`, nillable). */
  response: Schema.NullOr(ChatTopicAgent.ChatTopicAgent)
})

/**
 * @since 0.2.0
 * @category models
 */
export type AddChatTopicUserAgentResponse = Schema.Schema.Type<typeof AddChatTopicUserAgentResponse>

/**
 * `AddChatTopicUserAgent` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/AddChatTopicUserAgent`. Header blocks
 * in (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo,
 * Succeeded, TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const AddChatTopicUserAgent: Operation.Operation<AddChatTopicUserAgentRequest, AddChatTopicUserAgentResponse> =
  Operation.make({
    service: "Chat",
    name: "AddChatTopicUserAgent",
    Request: AddChatTopicUserAgentRequest,
    Response: AddChatTopicUserAgentResponse,
    requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
    request: b.complex(() => [
      ["chatTopicId", "ChatTopicId", b.int],
      ["useragent", "Useragent", b.nillable(ChatTopicAgentBinding.chatTopicAgent)]
    ], (props): AddChatTopicUserAgentRequest => props),
    response: b.complex(() => [
      ["response", "Response", b.nillable(ChatTopicAgentBinding.chatTopicAgent)]
    ], (props): AddChatTopicUserAgentResponse => props)
  })

/**
 * The request body of `UpdateChatTopicUserAgent` (element `UpdateChatTopicUserAgent`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const UpdateChatTopicUserAgentRequest = Schema.Struct({
  /** `ChatTopicId` (xs:int). */
  chatTopicId: Xsd.Int,
  /** `Username` (xs:string, nillable). */
  username: Schema.NullOr(Xsd.XmlString),
  /** `Useragent` (`ChatTopicAgent`, nillable). */
  useragent: Schema.NullOr(ChatTopicAgent.ChatTopicAgent)
})

/**
 * @since 0.2.0
 * @category models
 */
export type UpdateChatTopicUserAgentRequest = Schema.Schema.Type<typeof UpdateChatTopicUserAgentRequest>

/**
 * The response body of `UpdateChatTopicUserAgent` (element `UpdateChatTopicUserAgentResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const UpdateChatTopicUserAgentResponse = Schema.Struct({
  /** `Response` (`ChatTopicAgent`, nillable). */
  response: Schema.NullOr(ChatTopicAgent.ChatTopicAgent)
})

/**
 * @since 0.2.0
 * @category models
 */
export type UpdateChatTopicUserAgentResponse = Schema.Schema.Type<typeof UpdateChatTopicUserAgentResponse>

/**
 * `UpdateChatTopicUserAgent` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/UpdateChatTopicUserAgent`. Header
 * blocks in (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo,
 * ExtraInfo, Succeeded, TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const UpdateChatTopicUserAgent: Operation.Operation<
  UpdateChatTopicUserAgentRequest,
  UpdateChatTopicUserAgentResponse
> = Operation.make({
  service: "Chat",
  name: "UpdateChatTopicUserAgent",
  Request: UpdateChatTopicUserAgentRequest,
  Response: UpdateChatTopicUserAgentResponse,
  requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
  request: b.complex(() => [
    ["chatTopicId", "ChatTopicId", b.int],
    ["username", "Username", b.nillable(b.string)],
    ["useragent", "Useragent", b.nillable(ChatTopicAgentBinding.chatTopicAgent)]
  ], (props): UpdateChatTopicUserAgentRequest => props),
  response: b.complex(() => [
    ["response", "Response", b.nillable(ChatTopicAgentBinding.chatTopicAgent)]
  ], (props): UpdateChatTopicUserAgentResponse => props)
})

/**
 * The request body of `UpdateChatTopicUserAgents` (element `UpdateChatTopicUserAgents`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const UpdateChatTopicUserAgentsRequest = Schema.Struct({
  /** `ChatTopicId` (xs:int). */
  chatTopicId: Xsd.Int,
  /** `Useragents` (`ArrayOfChatTopicAgent`, nillable). */
  useragents: Schema.NullOr(ChatTopicAgent.ArrayOfChatTopicAgent)
})

/**
 * @since 0.2.0
 * @category models
 */
export type UpdateChatTopicUserAgentsRequest = Schema.Schema.Type<typeof UpdateChatTopicUserAgentsRequest>

/**
 * The response body of `UpdateChatTopicUserAgents` (element `UpdateChatTopicUserAgentsResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const UpdateChatTopicUserAgentsResponse = Schema.Struct({
  /** `Response` (`ArrayOfChatTopicAgent`, nillable). */
  response: Schema.NullOr(ChatTopicAgent.ArrayOfChatTopicAgent)
})

/**
 * @since 0.2.0
 * @category models
 */
export type UpdateChatTopicUserAgentsResponse = Schema.Schema.Type<typeof UpdateChatTopicUserAgentsResponse>

/**
 * `UpdateChatTopicUserAgents` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/UpdateChatTopicUserAgents`. Header
 * blocks in (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo,
 * ExtraInfo, Succeeded, TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const UpdateChatTopicUserAgents: Operation.Operation<
  UpdateChatTopicUserAgentsRequest,
  UpdateChatTopicUserAgentsResponse
> = Operation.make({
  service: "Chat",
  name: "UpdateChatTopicUserAgents",
  Request: UpdateChatTopicUserAgentsRequest,
  Response: UpdateChatTopicUserAgentsResponse,
  requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
  request: b.complex(() => [
    ["chatTopicId", "ChatTopicId", b.int],
    ["useragents", "Useragents", b.nillable(ChatTopicAgentBinding.arrayOfChatTopicAgent)]
  ], (props): UpdateChatTopicUserAgentsRequest => props),
  response: b.complex(() => [
    ["response", "Response", b.nillable(ChatTopicAgentBinding.arrayOfChatTopicAgent)]
  ], (props): UpdateChatTopicUserAgentsResponse => props)
})

/**
 * The request body of `DeleteChatTopicUserAgent` (element `DeleteChatTopicUserAgent`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const DeleteChatTopicUserAgentRequest = Schema.Struct({
  /** `ChatTopicId` (xs:int). */
  chatTopicId: Xsd.Int,
  /** `Username` (xs:string, nillable). */
  username: Schema.NullOr(Xsd.XmlString)
})

/**
 * @since 0.2.0
 * @category models
 */
export type DeleteChatTopicUserAgentRequest = Schema.Schema.Type<typeof DeleteChatTopicUserAgentRequest>

/**
 * The response body of `DeleteChatTopicUserAgent` (element `DeleteChatTopicUserAgentResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const DeleteChatTopicUserAgentResponse = Schema.Struct({})

/**
 * @since 0.2.0
 * @category models
 */
export type DeleteChatTopicUserAgentResponse = Schema.Schema.Type<typeof DeleteChatTopicUserAgentResponse>

/**
 * `DeleteChatTopicUserAgent` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/DeleteChatTopicUserAgent`. Header
 * blocks in (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo,
 * ExtraInfo, Succeeded, TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const DeleteChatTopicUserAgent: Operation.Operation<
  DeleteChatTopicUserAgentRequest,
  DeleteChatTopicUserAgentResponse
> = Operation.make({
  service: "Chat",
  name: "DeleteChatTopicUserAgent",
  Request: DeleteChatTopicUserAgentRequest,
  Response: DeleteChatTopicUserAgentResponse,
  requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
  request: b.complex(() => [
    ["chatTopicId", "ChatTopicId", b.int],
    ["username", "Username", b.nillable(b.string)]
  ], (props): DeleteChatTopicUserAgentRequest => props),
  response: b.complex(() => [], (props): DeleteChatTopicUserAgentResponse => props)
})
