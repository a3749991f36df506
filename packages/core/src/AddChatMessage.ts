/**
 * The `AddChatMessage` operation: post a message into a chat session. The
 * operation is generated from the WSDL (`generated/operations/ChatMessages.ts`);
 * this module gives it its public names.
 *
 * @since 0.1.0
 */
import * as Generated from "./generated/operations/ChatMessages.js"
import type * as Operation from "./Operation.js"

/**
 * The request body: the session to post into and the message.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Generated.AddChatMessageRequest

/**
 * @since 0.1.0
 * @category models
 */
export type Request = Generated.AddChatMessageRequest

/**
 * The response body: the message as NetServer stored it (with its new
 * `chatMessageId` and `whenPosted`), or `null` if the server sent nil.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Generated.AddChatMessageResponse

/**
 * @since 0.1.0
 * @category models
 */
export type Response = Generated.AddChatMessageResponse

/**
 * `AddChatMessage` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/AddChatMessage`.
 * Not idempotent: a repeated request posts a second message.
 *
 * @since 0.1.0
 * @category operations
 */
export const operation: Operation.Operation<Request, Response> = Generated.AddChatMessage
