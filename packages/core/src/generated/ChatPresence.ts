/**
 * Services88 data contracts: an agent's chat presence. Holds `ChatPresence`, `ArrayOfChatPresence`.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as Schema from "effect/Schema"
import { withDefault } from "../internal/schemaDefaults.js"
import * as Xsd from "../Xsd.js"
import { ArrayOfint } from "./Arrays.js"
import { Carrier } from "./Carrier.js"

/**
 * The `ChatPresence` data contract, extending `Carrier`. Every field defaults to what an absent
 * element decodes to (the .NET default), so only what matters needs saying; a nillable field is `null`
 * when nil, which stays apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class ChatPresence extends Carrier.extend<ChatPresence>("@so-chat/core/ChatPresence")({
  /** `UserId` (xs:int). */
  userId: withDefault(Xsd.Int, () => 0),
  /** `DisplayName` (xs:string, nillable). */
  displayName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `OngoingChats` (xs:int). */
  ongoingChats: withDefault(Xsd.Int, () => 0),
  /** `Present` (xs:boolean). */
  present: withDefault(Schema.Boolean, () => false),
  /** `ChatTopics` (`ArrayOfint`, nillable). */
  chatTopics: withDefault(Schema.NullOr(ArrayOfint), () => null)
}) {}

/**
 * `ArrayOfChatPresence`: repeated `ChatPresence` elements, each nillable.
 *
 * @since 0.2.0
 * @category models
 */
export const ArrayOfChatPresence = Schema.Array(Schema.NullOr(ChatPresence)).annotations({
  identifier: "ArrayOfChatPresence"
})

/**
 * @since 0.2.0
 * @category models
 */
export type ArrayOfChatPresence = Schema.Schema.Type<typeof ArrayOfChatPresence>
