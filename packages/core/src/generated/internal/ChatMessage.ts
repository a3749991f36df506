/**
 * The bindings of the `ChatMessage` data contracts.
 *
 * @internal
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as b from "../../internal/binding.js"
import * as x from "../../internal/bindingExtras.js"
import * as ChatMessage from "../ChatMessage.js"

/** @internal */
export const chatMessageType: b.Codec<ChatMessage.ChatMessageType> = b.enumeration<ChatMessage.ChatMessageType>(
  "ChatMessageType",
  x.isName,
  "Invalid",
  ChatMessage.ChatMessageTypeEnumeration.isKnown
)

/** @internal */
export const chatMessageSpecialType: b.Codec<ChatMessage.ChatMessageSpecialType> = b.enumeration<
  ChatMessage.ChatMessageSpecialType
>("ChatMessageSpecialType", x.isName, "None", ChatMessage.ChatMessageSpecialTypeEnumeration.isKnown)

/**
 * The elements of `ChatMessage`, base type's first, in sequence order.
 *
 * @internal
 */
export const chatMessageFields = (): ReadonlyArray<b.Field> => [
  ["chatMessageId", "ChatMessageId", b.int],
  ["chatSessionId", "ChatSessionId", b.int],
  ["type", "Type", chatMessageType],
  ["message", "Message", b.nillable(b.string)],
  ["author", "Author", b.nillable(b.string)],
  ["readByCustomer", "ReadByCustomer", b.short],
  ["specialType", "SpecialType", chatMessageSpecialType],
  ["specialParam", "SpecialParam", b.nillable(b.string)],
  ["whenPosted", "WhenPosted", b.dateTime]
]

/** @internal */
export const chatMessage: b.Codec<ChatMessage.ChatMessage> = b.complex(
  chatMessageFields,
  x.fromDecoded(ChatMessage.ChatMessage)
)

/** @internal */
export const arrayOfChatMessage: b.Codec<ChatMessage.ArrayOfChatMessage> = b.array(
  "ChatMessage",
  b.nillable(chatMessage)
)
