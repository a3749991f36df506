/**
 * `ChatMessage`: one message in a SuperOffice chat session. The contract is
 * generated from the WSDL (`generated/ChatMessage.ts`); this module is its
 * public name, and `ChatMessage.ChatMessage` is the generated class itself.
 *
 * @since 0.1.0
 */
import * as Generated from "./generated/ChatMessage.js"

/**
 * A chat message as the Services88 contract defines it. Every field has the
 * default NetServer gives an absent element, so only what matters needs
 * saying. `message`, `author` and `specialParam` are nillable: `null` (nil)
 * and `""` are different values and stay different on the wire.
 *
 * @example
 * import { ChatMessage } from "@so-chat/core"
 *
 * const hello = new ChatMessage.ChatMessage({
 *   chatSessionId: 42,
 *   type: "ToCustomer",
 *   message: "Hello, how can I help?",
 *   author: "Ada"
 * })
 *
 * @since 0.1.0
 * @category models
 */
export const ChatMessage = Generated.ChatMessage

/**
 * @since 0.1.0
 * @category models
 */
export type ChatMessage = Generated.ChatMessage
