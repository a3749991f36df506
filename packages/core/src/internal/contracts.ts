/**
 * The bindings of the Services88 data contracts so-chat speaks.
 *
 * @internal
 */
import { ChatMessage } from "../ChatMessage.js"
import * as ChatMessageSpecialType from "../ChatMessageSpecialType.js"
import * as ChatMessageType from "../ChatMessageType.js"
import { SoExceptionInfo, SoTimeZone } from "../NetServerHeaders.js"
import { SoPrincipalCarrier } from "../SoPrincipal.js"
import * as b from "./binding.js"

/**
 * Enumeration values must look like names; a newer server's unknown ones are
 * kept. A strict (server-side) read accepts only the names listed.
 */
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/

/** @internal */
export const chatMessageFields: ReadonlyArray<b.Field> = [
  ["chatMessageId", "ChatMessageId", b.int],
  ["chatSessionId", "ChatSessionId", b.int],
  ["type", "Type", b.enumeration("ChatMessageType", (s) => NAME.test(s), "Invalid", ChatMessageType.isKnown)],
  ["message", "Message", b.nillable(b.string)],
  ["author", "Author", b.nillable(b.string)],
  ["readByCustomer", "ReadByCustomer", b.short],
  [
    "specialType",
    "SpecialType",
    b.enumeration(
      "ChatMessageSpecialType",
      (s) => NAME.test(s),
      "None",
      ChatMessageSpecialType.isKnown
    )
  ],
  ["specialParam", "SpecialParam", b.nillable(b.string)],
  ["whenPosted", "WhenPosted", b.dateTime]
]

/**
 * Builds a Schema class instance from decoded fields. Every field was checked
 * by its codec on the way in and every field is present, so the constructor's
 * validation and default-merging would only repeat work (15% of decoding a
 * long GetChatMessages answer). The result is what `new C(props, true)` makes:
 * Data classes only assign the props.
 */
const fromDecoded =
  <C extends new(props: any, options?: boolean) => any>(Class: C) => (props: object): InstanceType<C> =>
    Object.assign(Object.create(Class.prototype), props)

/** @internal */
export const chatMessage: b.Codec<ChatMessage> = b.complex(() => chatMessageFields, fromDecoded(ChatMessage))

/** @internal */
export const soTimeZone: b.Codec<SoTimeZone> = b.complex(() => [
  ["soTimeZoneId", "SoTimeZoneId", b.int],
  ["soTimeZoneLocationCode", "SoTimeZoneLocationCode", b.nillable(b.string)]
], fromDecoded(SoTimeZone))

/** @internal */
export const soExceptionInfo: b.Codec<SoExceptionInfo> = b.complex(() => [
  ["message", "Message", b.nillable(b.string)],
  ["stackTrace", "StackTrace", b.nillable(b.string)],
  ["friendlyText", "FriendlyText", b.nillable(b.string)],
  ["exceptionType", "ExceptionType", b.nillable(b.string)],
  ["source", "Source", b.nillable(b.string)],
  // Recursive; the reader's depth limit bounds how deep a response can nest it.
  ["innerException", "InnerException", b.nillable(soExceptionInfo)],
  ["parameters", "Parameters", b.dictionary("SoExceptionInfoParametersKeyValuePair")]
], fromDecoded(SoExceptionInfo))

/** @internal */
export const extraInfo = b.dictionary("ExtraInfoNameValuePair")

/** @internal */
export const soPrincipalCarrier: b.Codec<SoPrincipalCarrier> = b.complex(() => [
  ["userType", "UserType", b.enumeration("UserType", (s) => NAME.test(s), "Unknown")],
  ["associate", "Associate", b.nillable(b.string)],
  ["associateId", "AssociateId", b.int],
  ["isPerson", "IsPerson", b.boolean],
  ["personId", "PersonId", b.int],
  ["countryId", "CountryId", b.int],
  ["homeCountryId", "HomeCountryId", b.int],
  ["contactId", "ContactId", b.int],
  ["groupId", "GroupId", b.int],
  ["businessId", "BusinessId", b.int],
  ["categoryId", "CategoryId", b.int],
  ["contactOwner", "ContactOwner", b.int],
  ["roleId", "RoleId", b.int],
  ["roleName", "RoleName", b.nillable(b.string)],
  ["roleDescription", "RoleDescription", b.nillable(b.string)],
  ["roleType", "RoleType", b.enumeration("RoleType", (s) => NAME.test(s), "Employee")],
  ["fullName", "FullName", b.nillable(b.string)],
  ["eMailAddress", "EMailAddress", b.nillable(b.string)],
  ["ejUserId", "EjUserId", b.int],
  ["ejAccessLevel", "EjAccessLevel", b.int],
  ["databaseContextIdentifier", "DatabaseContextIdentifier", b.nillable(b.string)]
], fromDecoded(SoPrincipalCarrier))
