/**
 * The `GetChatMessages` operation: the messages of a chat session after a
 * given message id.
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
 * The request body: the session, and the id of the last message already
 * seen (0 for all).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  chatSessionId: Xsd.Int,
  after: Xsd.Int
})

/**
 * @since 0.1.0
 * @category models
 */
export type Request = Schema.Schema.Type<typeof Request>

/**
 * The response body (`ArrayOfChatMessage`): the messages in NetServer's
 * order, or `null` if the server sent nil.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  response: Schema.NullOr(Schema.Array(ChatMessage))
})

/**
 * @since 0.1.0
 * @category models
 */
export type Response = Schema.Schema.Type<typeof Response>

/**
 * `GetChatMessages` on `Remote/Services88/Chat.svc`. Safe to repeat.
 *
 * @since 0.1.0
 * @category operations
 */
export const operation: Operation.Operation<Request, Response> = Operation.make({
  service: "Chat",
  name: "GetChatMessages",
  Request,
  Response,
  safeToRetry: true,
  request: b.complex(() => [
    ["chatSessionId", "ChatSessionId", b.int],
    ["after", "After", b.int]
  ], (props): Request => props),
  response: b.complex(() => [
    ["response", "Response", b.nillable(b.array("ChatMessage", chatMessage))]
  ], (props): Response => props)
})
