/**
 * Services88 operations: an agent's chat presence. Holds `GetChatPresence`, `SaveChatPresence`.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as Schema from "effect/Schema"
import * as b from "../../internal/binding.js"
import * as Operation from "../../Operation.js"
import * as ChatPresence from "../ChatPresence.js"
import * as ChatPresenceBinding from "../internal/ChatPresence.js"

/**
 * The request body of `GetChatPresence` (element `GetChatPresence`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const GetChatPresenceRequest = Schema.Struct({})

/**
 * @since 0.2.0
 * @category models
 */
export type GetChatPresenceRequest = Schema.Schema.Type<typeof GetChatPresenceRequest>

/**
 * The response body of `GetChatPresence` (element `GetChatPresenceResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const GetChatPresenceResponse = Schema.Struct({
  /** `Response` (`ArrayOfChatPresence`, nillable). */
  response: Schema.NullOr(ChatPresence.ArrayOfChatPresence)
})

/**
 * @since 0.2.0
 * @category models
 */
export type GetChatPresenceResponse = Schema.Schema.Type<typeof GetChatPresenceResponse>

/**
 * `GetChatPresence` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetChatPresence`. Header blocks in (the
 * only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo, Succeeded,
 * TimeZone. Safe to retry after an unknown outcome: it only reads.
 *
 * @since 0.2.0
 * @category operations
 */
export const GetChatPresence: Operation.Operation<GetChatPresenceRequest, GetChatPresenceResponse> = Operation.make({
  service: "Chat",
  name: "GetChatPresence",
  Request: GetChatPresenceRequest,
  Response: GetChatPresenceResponse,
  safeToRetry: true,
  requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
  request: b.complex(() => [], (props): GetChatPresenceRequest => props),
  response: b.complex(() => [
    ["response", "Response", b.nillable(ChatPresenceBinding.arrayOfChatPresence)]
  ], (props): GetChatPresenceResponse => props)
})

/**
 * The request body of `SaveChatPresence` (element `SaveChatPresence`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const SaveChatPresenceRequest = Schema.Struct({
  /** `ChatPresence` (`ArrayOfChatPresence`, nillable). */
  chatPresence: Schema.NullOr(ChatPresence.ArrayOfChatPresence)
})

/**
 * @since 0.2.0
 * @category models
 */
export type SaveChatPresenceRequest = Schema.Schema.Type<typeof SaveChatPresenceRequest>

/**
 * The response body of `SaveChatPresence` (element `SaveChatPresenceResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const SaveChatPresenceResponse = Schema.Struct({})

/**
 * @since 0.2.0
 * @category models
 */
export type SaveChatPresenceResponse = Schema.Schema.Type<typeof SaveChatPresenceResponse>

/**
 * `SaveChatPresence` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/SaveChatPresence`. Header blocks in
 * (the only ones sent): ApplicationToken, Credentials, TimeZone; out: ExceptionInfo, ExtraInfo,
 * Succeeded, TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const SaveChatPresence: Operation.Operation<SaveChatPresenceRequest, SaveChatPresenceResponse> = Operation.make({
  service: "Chat",
  name: "SaveChatPresence",
  Request: SaveChatPresenceRequest,
  Response: SaveChatPresenceResponse,
  requestHeaders: ["ApplicationToken", "Credentials", "TimeZone"],
  request: b.complex(() => [
    ["chatPresence", "ChatPresence", b.nillable(ChatPresenceBinding.arrayOfChatPresence)]
  ], (props): SaveChatPresenceRequest => props),
  response: b.complex(() => [], (props): SaveChatPresenceResponse => props)
})
