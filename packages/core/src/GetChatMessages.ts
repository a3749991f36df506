/**
 * The `GetChatMessages` operation: the messages of a chat session after a
 * given message id. The operation is generated from the WSDL
 * (`generated/operations/ChatMessages.ts`); this module gives it its public
 * names.
 *
 * @since 0.1.0
 */
import * as Generated from "./generated/operations/ChatMessages.js"
import type * as Operation from "./Operation.js"

/**
 * The request body: the session, and the id of the last message already
 * seen (0 for all).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Generated.GetChatMessagesRequest

/**
 * @since 0.1.0
 * @category models
 */
export type Request = Generated.GetChatMessagesRequest

/**
 * The response body (`ArrayOfChatMessage`): the messages in NetServer's
 * order, or `null` if the server sent nil. An item is `null` where the
 * server sent a nil item (the WSDL makes them nillable; NetServer is not
 * known to send one).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Generated.GetChatMessagesResponse

/**
 * @since 0.1.0
 * @category models
 */
export type Response = Generated.GetChatMessagesResponse

/**
 * `GetChatMessages` on `Remote/Services88/Chat.svc`. Safe to repeat.
 *
 * @since 0.1.0
 * @category operations
 */
export const operation: Operation.Operation<Request, Response> = Generated.GetChatMessages
