/**
 * The `AddChatMessage` operation: post a message into a chat session.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { ChatMessage } from "./ChatMessage.js"
import * as b from "./internal/binding.js"
import { chatMessage } from "./internal/contracts.js"
import * as Operation from "./Operation.js"
import * as Xsd from "./Xsd.js"

/**
 * The request body: the session to post into and the message.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  chatSessionId: Xsd.Int,
  message: Schema.NullOr(ChatMessage)
})

/**
 * @since 0.1.0
 * @category models
 */
export type Request = Schema.Schema.Type<typeof Request>

/**
 * The response body: the message as NetServer stored it (with its new
 * `chatMessageId` and `whenPosted`), or `null` if the server sent nil.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  response: Schema.NullOr(ChatMessage)
})

/**
 * @since 0.1.0
 * @category models
 */
export type Response = Schema.Schema.Type<typeof Response>

/**
 * `AddChatMessage` on `Remote/Services88/Chat.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/AddChatMessage`.
 * Not idempotent: a repeated request posts a second message.
 *
 * @since 0.1.0
 * @category operations
 */
export const operation: Operation.Operation<Request, Response> = Operation.make({
  service: "Chat",
  name: "AddChatMessage",
  Request,
  Response,
  request: b.complex(() => [
    ["chatSessionId", "ChatSessionId", b.int],
    ["message", "Message", b.nillable(chatMessage)]
  ], (props): Request => props),
  response: b.complex(() => [
    ["response", "Response", b.nillable(chatMessage)]
  ], (props): Response => props)
})
