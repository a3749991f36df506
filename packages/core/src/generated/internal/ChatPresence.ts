/**
 * The bindings of the `ChatPresence` data contracts.
 *
 * @internal
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as b from "../../internal/binding.js"
import * as x from "../../internal/bindingExtras.js"
import * as ChatPresence from "../ChatPresence.js"
import * as ArraysBinding from "./Arrays.js"
import * as CarrierBinding from "./Carrier.js"

/**
 * The elements of `ChatPresence`, base type's first, in sequence order.
 *
 * @internal
 */
export const chatPresenceFields = (): ReadonlyArray<b.Field> => [
  ...CarrierBinding.carrierFields(),
  ["userId", "UserId", b.int],
  ["displayName", "DisplayName", b.nillable(b.string)],
  ["ongoingChats", "OngoingChats", b.int],
  ["present", "Present", b.boolean],
  ["chatTopics", "ChatTopics", b.nillable(ArraysBinding.arrayOfint)]
]

/** @internal */
export const chatPresence: b.Codec<ChatPresence.ChatPresence> = b.complex(
  chatPresenceFields,
  x.fromDecoded(ChatPresence.ChatPresence)
)

/** @internal */
export const arrayOfChatPresence: b.Codec<ChatPresence.ArrayOfChatPresence> = b.array(
  "ChatPresence",
  b.nillable(chatPresence)
)
