/**
 * `ChatMessageType`: which way a chat message goes.
 *
 * @since 0.1.0
 */
import type * as Option from "effect/Option"
import type * as Schema from "effect/Schema"
import { makeEnumeration } from "./internal/enumeration.js"

const enumeration = makeEnumeration("ChatMessageType", "UnknownChatMessageType", {
  Invalid: 0,
  ToCustomer: 1,
  ToUser: 2,
  Special: 3
})

/**
 * The message's direction: `ToCustomer` (agent → customer), `ToUser`
 * (customer → agent), `Special` (see `ChatMessageSpecialType`), or `Invalid`.
 * A name a newer server sends that this version does not list decodes to an
 * {@link UnknownChatMessageType} that keeps it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatMessageType = enumeration.schema

/**
 * @since 0.1.0
 * @category models
 */
export type ChatMessageType = Schema.Schema.Type<typeof ChatMessageType>

/**
 * The names this version knows.
 *
 * @since 0.1.0
 * @category schemas
 */
export const KnownChatMessageType = enumeration.Known

/**
 * @since 0.1.0
 * @category models
 */
export type KnownChatMessageType = Schema.Schema.Type<typeof KnownChatMessageType>

/**
 * A name this version does not list, kept as the server sent it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UnknownChatMessageType = enumeration.Unknown

/**
 * @since 0.1.0
 * @category models
 */
export type UnknownChatMessageType = Schema.Schema.Type<typeof UnknownChatMessageType>

/**
 * The numeric value of each name, as NetServer stores it.
 *
 * @since 0.1.0
 * @category constants
 */
export const values: { readonly [K in KnownChatMessageType]: number } = enumeration.values

/**
 * Whether a name is one this version knows.
 *
 * @since 0.1.0
 * @category guards
 */
export const isKnown: (name: string) => name is KnownChatMessageType = enumeration.isKnown

/**
 * The numeric value of a name, if it is known.
 *
 * @example
 * import { ChatMessageType } from "@so-chat/core"
 * ChatMessageType.toNumber("ToCustomer") // Option.some(1)
 *
 * @since 0.1.0
 * @category conversions
 */
export const toNumber: (name: ChatMessageType) => Option.Option<number> = enumeration.toNumber

/**
 * The name of a numeric value, if it is known.
 *
 * @since 0.1.0
 * @category conversions
 */
export const fromNumber: (n: number) => Option.Option<KnownChatMessageType> = enumeration.fromNumber
