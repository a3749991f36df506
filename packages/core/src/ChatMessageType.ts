/**
 * `ChatMessageType`: which way a chat message goes.
 *
 * @since 0.1.0
 */
import type * as Schema from "effect/Schema"
import * as Generated from "./generated/ChatMessage.js"

// The generated enumeration (numbers from the WSDL's annotations), under its public names.
const enumeration = Generated.ChatMessageTypeEnumeration

/**
 * The message's direction: `ToCustomer` (agent → customer), `ToUser`
 * (customer → agent), `Special` (see `ChatMessageSpecialType`), or `Invalid`.
 * A name a newer server sends that this version does not list decodes to an
 * `UnknownChatMessageType` that keeps it.
 *
 * @example
 * import { ChatMessageType } from "@so-chat/core"
 * ChatMessageType.toNumber("ToCustomer") // Option.some(1)
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatMessageType = Generated.ChatMessageType

/**
 * @since 0.1.0
 * @category models
 */
export type ChatMessageType = Generated.ChatMessageType

/**
 * `KnownChatMessageType` (the names this version lists) and `UnknownChatMessageType` (a name it
 * does not, kept as sent); `values` (name → number), `isKnown`, `toNumber`,
 * `fromNumber`.
 *
 * @since 0.1.0
 * @category conversions
 */
export const {
  fromNumber,
  isKnown,
  Known: KnownChatMessageType,
  toNumber,
  Unknown: UnknownChatMessageType,
  values
} = enumeration

/**
 * @since 0.1.0
 * @category models
 */
export type KnownChatMessageType = Schema.Schema.Type<typeof KnownChatMessageType>

/**
 * @since 0.1.0
 * @category models
 */
export type UnknownChatMessageType = Schema.Schema.Type<typeof UnknownChatMessageType>
