/**
 * `ChatMessageSpecialType`: what a `Special` chat message means.
 *
 * @since 0.1.0
 */
import type * as Schema from "effect/Schema"
import * as Generated from "./generated/ChatMessage.js"

// The generated enumeration (numbers from the WSDL's annotations), under its public names.
const enumeration = Generated.ChatMessageSpecialTypeEnumeration

/**
 * The kind of a special message: `None` for ordinary text, session events
 * (`NewSession`, `ClosedByCustomer`, …), `Options` (SpecialParam holds a JSON
 * array of clickable options), `IllegalFileType` (18, newer servers only).
 * The numbers skip 4, as NetServer's do. A name a newer server sends that
 * this version does not list decodes to an `UnknownChatMessageSpecialType`
 * that keeps it.
 *
 * @example
 * import { ChatMessageSpecialType } from "@so-chat/core"
 * ChatMessageSpecialType.toNumber("Options") // Option.some(17)
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatMessageSpecialType = Generated.ChatMessageSpecialType

/**
 * @since 0.1.0
 * @category models
 */
export type ChatMessageSpecialType = Generated.ChatMessageSpecialType

/**
 * `KnownChatMessageSpecialType` (the names this version lists) and `UnknownChatMessageSpecialType` (a name it
 * does not, kept as sent); `values` (name → number), `isKnown`, `toNumber`,
 * `fromNumber`.
 *
 * @since 0.1.0
 * @category conversions
 */
export const {
  fromNumber,
  isKnown,
  Known: KnownChatMessageSpecialType,
  toNumber,
  Unknown: UnknownChatMessageSpecialType,
  values
} = enumeration

/**
 * @since 0.1.0
 * @category models
 */
export type KnownChatMessageSpecialType = Schema.Schema.Type<typeof KnownChatMessageSpecialType>

/**
 * @since 0.1.0
 * @category models
 */
export type UnknownChatMessageSpecialType = Schema.Schema.Type<typeof UnknownChatMessageSpecialType>
