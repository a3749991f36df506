/**
 * Services88 data contracts: chat topics (channels): opening hours, widget and bot settings. Holds
 * `CustomerLanguage`, `ReplyTemplate`, `TicketCategory`, `TicketPriority`, `TimeZoneRule`,
 * `TimeZoneRuleDictionary`, `TimeZoneData`, `ChatOpeningHours`, `KbCategory`, `WidgetRequiredFields`,
 * `ChatWidgetSize`, `WidgetTheme`, `ChatWidgetSettings`, `ChatBotSettings`, `ChatTopicEntity`,
 * `ArrayOfChatTopicEntity`.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as Duration from "effect/Duration"
import * as Schema from "effect/Schema"
import { makeEnumeration } from "../internal/enumeration.js"
import { makeFlags } from "../internal/flags.js"
import { withDefault } from "../internal/schemaDefaults.js"
import * as Xsd from "../Xsd.js"
import * as XsdExtended from "../XsdExtended.js"
import { Carrier } from "./Carrier.js"

/**
 * The `CustomerLanguage` data contract, extending `Carrier`. Every field defaults to what an absent
 * element decodes to (the .NET default), so only what matters needs saying; a nillable field is `null`
 * when nil, which stays apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class CustomerLanguage extends Carrier.extend<CustomerLanguage>("@so-chat/core/CustomerLanguage")({
  /** `Id` (xs:int). */
  id: withDefault(Xsd.Int, () => 0),
  /** `Value` (xs:string, nillable). */
  value: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Tooltip` (xs:string, nillable). */
  tooltip: withDefault(Schema.NullOr(Xsd.XmlString), () => null)
}) {}

/**
 * The `ReplyTemplate` data contract. Every field defaults to what an absent element decodes to (the
 * .NET default), so only what matters needs saying; a nillable field is `null` when nil, which stays
 * apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class ReplyTemplate extends Schema.Class<ReplyTemplate>("@so-chat/core/ReplyTemplate")({
  /** `ReplyTemplateId` (xs:int). */
  replyTemplateId: withDefault(Xsd.Int, () => 0),
  /** `Name` (xs:string, nillable). */
  name: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Description` (xs:string, nillable). */
  description: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `FolderId` (xs:int). */
  folderId: withDefault(Xsd.Int, () => 0)
}) {}

/**
 * The `TicketCategory` data contract, extending `Carrier`. Every field defaults to what an absent
 * element decodes to (the .NET default), so only what matters needs saying; a nillable field is `null`
 * when nil, which stays apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class TicketCategory extends Carrier.extend<TicketCategory>("@so-chat/core/TicketCategory")({
  /** `Id` (xs:int). */
  id: withDefault(Xsd.Int, () => 0),
  /** `Value` (xs:string, nillable). */
  value: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Tooltip` (xs:string, nillable). */
  tooltip: withDefault(Schema.NullOr(Xsd.XmlString), () => null)
}) {}

/**
 * The `TicketPriority` data contract, extending `Carrier`. Every field defaults to what an absent
 * element decodes to (the .NET default), so only what matters needs saying; a nillable field is `null`
 * when nil, which stays apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class TicketPriority extends Carrier.extend<TicketPriority>("@so-chat/core/TicketPriority")({
  /** `Id` (xs:int). */
  id: withDefault(Xsd.Int, () => 0),
  /** `Value` (xs:string, nillable). */
  value: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Tooltip` (xs:string, nillable). */
  tooltip: withDefault(Schema.NullOr(Xsd.XmlString), () => null)
}) {}

/**
 * The `TimeZoneRule` data contract. Every field defaults to what an absent element decodes to (the
 * .NET default), so only what matters needs saying; a nillable field is `null` when nil, which stays
 * apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class TimeZoneRule extends Schema.Class<TimeZoneRule>("@so-chat/core/TimeZoneRule")({
  /** `TZOffset` (xs:int or `NotGiven`: decision 20). */
  tZOffset: withDefault(Schema.Union(Xsd.Int, XsdExtended.NotGiven), () => 0),
  /** `StartRulePattern` (xs:string, nillable). */
  startRulePattern: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `EndRulePattern` (xs:string, nillable). */
  endRulePattern: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `StartDay` (xs:int or `NotGiven`: decision 20). */
  startDay: withDefault(Schema.Union(Xsd.Int, XsdExtended.NotGiven), () => 0),
  /** `StartMonth` (xs:int or `NotGiven`: decision 20). */
  startMonth: withDefault(Schema.Union(Xsd.Int, XsdExtended.NotGiven), () => 0),
  /** `EndDay` (xs:int or `NotGiven`: decision 20). */
  endDay: withDefault(Schema.Union(Xsd.Int, XsdExtended.NotGiven), () => 0),
  /** `EndMonth` (xs:int or `NotGiven`: decision 20). */
  endMonth: withDefault(Schema.Union(Xsd.Int, XsdExtended.NotGiven), () => 0)
}) {}

/**
 * `TimeZoneRuleDictionary`: a WCF dictionary keyed by xs:dateTime or `NotGiven`: decision 20 (repeated
 * `TimeZoneRuleKeyValuePair` items), as a list of `{ key, value }` in document order.
 *
 * @since 0.2.0
 * @category models
 */
export const TimeZoneRuleDictionary = Schema.Array(
  Schema.Struct({ key: Schema.Union(Xsd.DateTimeUtc, XsdExtended.NotGiven), value: Schema.NullOr(TimeZoneRule) })
).annotations({ identifier: "TimeZoneRuleDictionary" })

/**
 * @since 0.2.0
 * @category models
 */
export type TimeZoneRuleDictionary = Schema.Schema.Type<typeof TimeZoneRuleDictionary>

/**
 * The `TimeZoneData` data contract. Every field defaults to what an absent element decodes to (the
 * .NET default), so only what matters needs saying; a nillable field is `null` when nil, which stays
 * apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class TimeZoneData extends Schema.Class<TimeZoneData>("@so-chat/core/TimeZoneData")({
  /** `TZLocationID` (xs:int). */
  tZLocationID: withDefault(Xsd.Int, () => 0),
  /** `Name` (xs:string, nillable). */
  name: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `TZLocationCode` (xs:string, nillable). */
  tZLocationCode: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `TZLocationCities` (xs:string, nillable). */
  tZLocationCities: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `IsoNumber` (xs:int). */
  isoNumber: withDefault(Xsd.Int, () => 0),
  /** `TimeZoneSTDRules` (`TimeZoneRuleDictionary`, nillable). */
  timeZoneSTDRules: withDefault(Schema.NullOr(TimeZoneRuleDictionary), () => null),
  /** `TimeZoneDSTRules` (`TimeZoneRuleDictionary`, nillable). */
  timeZoneDSTRules: withDefault(Schema.NullOr(TimeZoneRuleDictionary), () => null)
}) {}

/**
 * The `ChatOpeningHours` data contract. Every field defaults to what an absent element decodes to (the
 * .NET default), so only what matters needs saying; a nillable field is `null` when nil, which stays
 * apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class ChatOpeningHours extends Schema.Class<ChatOpeningHours>("@so-chat/core/ChatOpeningHours")({
  /** `TzLocation` (`TimeZoneData`, nillable). */
  tzLocation: withDefault(Schema.NullOr(TimeZoneData), () => null),
  /** `MonEnabled` (xs:boolean). */
  monEnabled: withDefault(Schema.Boolean, () => false),
  /** `MonStart` (duration (TimeSpan) or `NotGiven`: decision 20). */
  monStart: withDefault(Schema.Union(XsdExtended.Duration, XsdExtended.NotGiven), () => Duration.zero),
  /** `MonStop` (duration (TimeSpan) or `NotGiven`: decision 20). */
  monStop: withDefault(Schema.Union(XsdExtended.Duration, XsdExtended.NotGiven), () => Duration.zero),
  /** `TueEnabled` (xs:boolean). */
  tueEnabled: withDefault(Schema.Boolean, () => false),
  /** `TueStart` (duration (TimeSpan) or `NotGiven`: decision 20). */
  tueStart: withDefault(Schema.Union(XsdExtended.Duration, XsdExtended.NotGiven), () => Duration.zero),
  /** `TueStop` (duration (TimeSpan) or `NotGiven`: decision 20). */
  tueStop: withDefault(Schema.Union(XsdExtended.Duration, XsdExtended.NotGiven), () => Duration.zero),
  /** `WedEnabled` (xs:boolean). */
  wedEnabled: withDefault(Schema.Boolean, () => false),
  /** `WedStart` (duration (TimeSpan) or `NotGiven`: decision 20). */
  wedStart: withDefault(Schema.Union(XsdExtended.Duration, XsdExtended.NotGiven), () => Duration.zero),
  /** `WedStop` (duration (TimeSpan) or `NotGiven`: decision 20). */
  wedStop: withDefault(Schema.Union(XsdExtended.Duration, XsdExtended.NotGiven), () => Duration.zero),
  /** `ThuEnabled` (xs:boolean). */
  thuEnabled: withDefault(Schema.Boolean, () => false),
  /** `ThuStart` (duration (TimeSpan) or `NotGiven`: decision 20). */
  thuStart: withDefault(Schema.Union(XsdExtended.Duration, XsdExtended.NotGiven), () => Duration.zero),
  /** `ThuStop` (duration (TimeSpan) or `NotGiven`: decision 20). */
  thuStop: withDefault(Schema.Union(XsdExtended.Duration, XsdExtended.NotGiven), () => Duration.zero),
  /** `FriEnabled` (xs:boolean). */
  friEnabled: withDefault(Schema.Boolean, () => false),
  /** `FriStart` (duration (TimeSpan) or `NotGiven`: decision 20). */
  friStart: withDefault(Schema.Union(XsdExtended.Duration, XsdExtended.NotGiven), () => Duration.zero),
  /** `FriStop` (duration (TimeSpan) or `NotGiven`: decision 20). */
  friStop: withDefault(Schema.Union(XsdExtended.Duration, XsdExtended.NotGiven), () => Duration.zero),
  /** `SatEnabled` (xs:boolean). */
  satEnabled: withDefault(Schema.Boolean, () => false),
  /** `SatStart` (duration (TimeSpan) or `NotGiven`: decision 20). */
  satStart: withDefault(Schema.Union(XsdExtended.Duration, XsdExtended.NotGiven), () => Duration.zero),
  /** `SatStop` (duration (TimeSpan) or `NotGiven`: decision 20). */
  satStop: withDefault(Schema.Union(XsdExtended.Duration, XsdExtended.NotGiven), () => Duration.zero),
  /** `SunEnabled` (xs:boolean). */
  sunEnabled: withDefault(Schema.Boolean, () => false),
  /** `SunStart` (duration (TimeSpan) or `NotGiven`: decision 20). */
  sunStart: withDefault(Schema.Union(XsdExtended.Duration, XsdExtended.NotGiven), () => Duration.zero),
  /** `SunStop` (duration (TimeSpan) or `NotGiven`: decision 20). */
  sunStop: withDefault(Schema.Union(XsdExtended.Duration, XsdExtended.NotGiven), () => Duration.zero),
  /** `UseLunchHours` (xs:boolean). */
  useLunchHours: withDefault(Schema.Boolean, () => false),
  /** `LunchStart` (duration (TimeSpan) or `NotGiven`: decision 20). */
  lunchStart: withDefault(Schema.Union(XsdExtended.Duration, XsdExtended.NotGiven), () => Duration.zero),
  /** `LunchStop` (duration (TimeSpan) or `NotGiven`: decision 20). */
  lunchStop: withDefault(Schema.Union(XsdExtended.Duration, XsdExtended.NotGiven), () => Duration.zero)
}) {}

/**
 * The `KbCategory` data contract. Every field defaults to what an absent element decodes to (the .NET
 * default), so only what matters needs saying; a nillable field is `null` when nil, which stays apart
 * from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class KbCategory extends Schema.Class<KbCategory>("@so-chat/core/KbCategory")({
  /** `KbCategoryId` (xs:int). */
  kbCategoryId: withDefault(Xsd.Int, () => 0),
  /** `Name` (xs:string, nillable). */
  name: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Description` (xs:string, nillable). */
  description: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Fullname` (xs:string, nillable). */
  fullname: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ParentId` (xs:int). */
  parentId: withDefault(Xsd.Int, () => 0),
  /** `SortOrder` (xs:int). */
  sortOrder: withDefault(Xsd.Int, () => 0)
}) {}

/**
 * `WidgetRequiredFields`'s names and numbers, as the WSDL's annotations give them: `values` (name →
 * number), `toNumber`, `fromNumber`, `isKnown`, and the `Known` and `Unknown` schemas.
 *
 * @since 0.2.0
 * @category enums
 */
export const WidgetRequiredFieldsEnumeration = makeEnumeration("WidgetRequiredFields", "UnknownWidgetRequiredFields", {
  Email: 1,
  Name: 2,
  Company: 4,
  Phone: 8,
  Country: 16
})

/**
 * `WidgetRequiredFields`. A flags enumeration (an `xs:list` of names; a .NET `short` of OR-ed bits
 * underneath): a list of names, empty for none. A name a newer server sends that this version does not
 * list decodes to an `UnknownWidgetRequiredFields` that keeps it.
 *
 * @since 0.2.0
 * @category enums
 */
export const WidgetRequiredFields = makeFlags("WidgetRequiredFields", WidgetRequiredFieldsEnumeration.schema)

/**
 * @since 0.2.0
 * @category enums
 */
export type WidgetRequiredFields = Schema.Schema.Type<typeof WidgetRequiredFields>

/**
 * `ChatWidgetSize`'s names and numbers, as the WSDL's annotations give them: `values` (name → number),
 * `toNumber`, `fromNumber`, `isKnown`, and the `Known` and `Unknown` schemas.
 *
 * @since 0.2.0
 * @category enums
 */
export const ChatWidgetSizeEnumeration = makeEnumeration("ChatWidgetSize", "UnknownChatWidgetSize", {
  Normal: 0,
  Large: 1
})

/**
 * `ChatWidgetSize`. An enumeration (a .NET `int` underneath). A name a newer server sends that this
 * version does not list decodes to an `UnknownChatWidgetSize` that keeps it.
 *
 * @since 0.2.0
 * @category enums
 */
export const ChatWidgetSize = ChatWidgetSizeEnumeration.schema

/**
 * @since 0.2.0
 * @category enums
 */
export type ChatWidgetSize = Schema.Schema.Type<typeof ChatWidgetSize>

/**
 * `WidgetTheme`'s names and numbers, as the WSDL's annotations give them: `values` (name → number),
 * `toNumber`, `fromNumber`, `isKnown`, and the `Known` and `Unknown` schemas.
 *
 * @since 0.2.0
 * @category enums
 */
export const WidgetThemeEnumeration = makeEnumeration("WidgetTheme", "UnknownWidgetTheme", {
  Classic: 0,
  Modern: 1
})

/**
 * `WidgetTheme`. An enumeration (a .NET `short` underneath). A name a newer server sends that this
 * version does not list decodes to an `UnknownWidgetTheme` that keeps it.
 *
 * @since 0.2.0
 * @category enums
 */
export const WidgetTheme = WidgetThemeEnumeration.schema

/**
 * @since 0.2.0
 * @category enums
 */
export type WidgetTheme = Schema.Schema.Type<typeof WidgetTheme>

/**
 * The `ChatWidgetSettings` data contract. Every field defaults to what an absent element decodes to
 * (the .NET default), so only what matters needs saying; a nillable field is `null` when nil, which
 * stays apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class ChatWidgetSettings extends Schema.Class<ChatWidgetSettings>("@so-chat/core/ChatWidgetSettings")({
  /** `AutoFaqEnabled` (xs:boolean). */
  autoFaqEnabled: withDefault(Schema.Boolean, () => false),
  /** `AutoFaqCategory` (`KbCategory`, nillable). */
  autoFaqCategory: withDefault(Schema.NullOr(KbCategory), () => null),
  /** `PreFormEnabled` (xs:boolean). */
  preFormEnabled: withDefault(Schema.Boolean, () => false),
  /** `PreFormMessage` (xs:string, nillable). */
  preFormMessage: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `RequiredFields` (`WidgetRequiredFields`). */
  requiredFields: withDefault(WidgetRequiredFields, () => []),
  /** `PostFormEnabled` (xs:boolean). */
  postFormEnabled: withDefault(Schema.Boolean, () => false),
  /** `PostFormHeader` (xs:string, nillable). */
  postFormHeader: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `PostFormMessage` (xs:string, nillable). */
  postFormMessage: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `PostTranscriptEnabled` (xs:boolean). */
  postTranscriptEnabled: withDefault(Schema.Boolean, () => false),
  /** `LanguageIsoCode` (xs:string, nillable). */
  languageIsoCode: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Size` (`ChatWidgetSize`). */
  size: withDefault(ChatWidgetSize, () => "Normal" as const),
  /** `Theme` (`WidgetTheme`). */
  theme: withDefault(WidgetTheme, () => "Classic" as const),
  /** `Color` (xs:string, nillable). */
  color: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `BadgeColor` (xs:string, nillable). */
  badgeColor: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `BadgeTextColor` (xs:string, nillable). */
  badgeTextColor: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `CustMsgColor` (xs:string, nillable). */
  custMsgColor: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `CustMsgTextColor` (xs:string, nillable). */
  custMsgTextColor: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `AgentMsgColor` (xs:string, nillable). */
  agentMsgColor: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `AgentMsgTextColor` (xs:string, nillable). */
  agentMsgTextColor: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ButtonColor` (xs:string, nillable). */
  buttonColor: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ButtonTextColor` (xs:string, nillable). */
  buttonTextColor: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Font` (xs:string, nillable). */
  font: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `FontSize` (xs:string, nillable). */
  fontSize: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `LogoEnabled` (xs:boolean). */
  logoEnabled: withDefault(Schema.Boolean, () => false),
  /** `LogoBlobId` (xs:int). */
  logoBlobId: withDefault(Xsd.Int, () => 0),
  /** `LogoName` (xs:string, nillable). */
  logoName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ShowAgentPhoto` (xs:boolean). */
  showAgentPhoto: withDefault(Schema.Boolean, () => false),
  /** `WelcomeTitle` (xs:string, nillable). */
  welcomeTitle: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `WelcomeMessage` (xs:string, nillable). */
  welcomeMessage: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `OfflineHeader` (xs:string, nillable). */
  offlineHeader: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `OfflineMessage` (xs:string, nillable). */
  offlineMessage: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `OfflineFields` (`WidgetRequiredFields`). */
  offlineFields: withDefault(WidgetRequiredFields, () => []),
  /** `UseAgentFirstname` (xs:boolean). */
  useAgentFirstname: withDefault(Schema.Boolean, () => false)
}) {}

/**
 * The `ChatBotSettings` data contract. Every field defaults to what an absent element decodes to (the
 * .NET default), so only what matters needs saying; a nillable field is `null` when nil, which stays
 * apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class ChatBotSettings extends Schema.Class<ChatBotSettings>("@so-chat/core/ChatBotSettings")({
  /** `BotName` (xs:string, nillable). */
  botName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `BotRegisterScriptId` (xs:int). */
  botRegisterScriptId: withDefault(Xsd.Int, () => 0),
  /** `BotSessionCreatedScriptId` (xs:int). */
  botSessionCreatedScriptId: withDefault(Xsd.Int, () => 0),
  /** `BotSessionChangedScriptId` (xs:int). */
  botSessionChangedScriptId: withDefault(Xsd.Int, () => 0),
  /** `BotMessageReceivedScriptId` (xs:int). */
  botMessageReceivedScriptId: withDefault(Xsd.Int, () => 0)
}) {}

/**
 * The `ChatTopicEntity` data contract, extending `Carrier`. Every field defaults to what an absent
 * element decodes to (the .NET default), so only what matters needs saying; a nillable field is `null`
 * when nil, which stays apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class ChatTopicEntity extends Carrier.extend<ChatTopicEntity>("@so-chat/core/ChatTopicEntity")({
  /** `ChatTopicId` (xs:int). */
  chatTopicId: withDefault(Xsd.Int, () => 0),
  /** `Name` (xs:string, nillable). */
  name: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Description` (xs:string, nillable). */
  description: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `WelcomeMessage` (xs:string, nillable). */
  welcomeMessage: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Language` (`CustomerLanguage`, nillable). */
  language: withDefault(Schema.NullOr(CustomerLanguage), () => null),
  /** `LastAccept` (xs:dateTime). */
  lastAccept: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin),
  /** `SecondsPrAccept` (xs:int). */
  secondsPrAccept: withDefault(Xsd.Int, () => 0),
  /** `AlertRecipient` (xs:string, nillable). */
  alertRecipient: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `AlertTemplate` (`ReplyTemplate`, nillable). */
  alertTemplate: withDefault(Schema.NullOr(ReplyTemplate), () => null),
  /** `CollectConsent` (xs:boolean). */
  collectConsent: withDefault(Schema.Boolean, () => false),
  /** `BadgeHeader` (xs:string, nillable). */
  badgeHeader: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `CustomQueueTextEnabled` (xs:boolean). */
  customQueueTextEnabled: withDefault(Schema.Boolean, () => false),
  /** `CustomQueueText` (xs:string, nillable). */
  customQueueText: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `WarnNewChatMinutes` (xs:int). */
  warnNewChatMinutes: withDefault(Xsd.Int, () => 0),
  /** `WarnManagerNewChatMinutes` (xs:int). */
  warnManagerNewChatMinutes: withDefault(Xsd.Int, () => 0),
  /** `TicketEnabled` (xs:boolean). */
  ticketEnabled: withDefault(Schema.Boolean, () => false),
  /** `TicketCategory` (`TicketCategory`, nillable). */
  ticketCategory: withDefault(Schema.NullOr(TicketCategory), () => null),
  /** `TicketPriority` (`TicketPriority`, nillable). */
  ticketPriority: withDefault(Schema.NullOr(TicketPriority), () => null),
  /** `OpeningHoursEnabled` (xs:boolean). */
  openingHoursEnabled: withDefault(Schema.Boolean, () => false),
  /** `OpeningHours` (`ChatOpeningHours`, nillable). */
  openingHours: withDefault(Schema.NullOr(ChatOpeningHours), () => null),
  /** `Widget` (`ChatWidgetSettings`, nillable). */
  widget: withDefault(Schema.NullOr(ChatWidgetSettings), () => null),
  /** `BotEnabled` (xs:boolean). */
  botEnabled: withDefault(Schema.Boolean, () => false),
  /** `BotSettings` (`ChatBotSettings`, nillable). */
  botSettings: withDefault(Schema.NullOr(ChatBotSettings), () => null),
  /** `OfflineCollectConsent` (xs:boolean). */
  offlineCollectConsent: withDefault(Schema.Boolean, () => false),
  /** `WarnChatMessageMinutes` (xs:int). */
  warnChatMessageMinutes: withDefault(Xsd.Int, () => 0),
  /** `WarnManagerChatMessageMinutes` (xs:int). */
  warnManagerChatMessageMinutes: withDefault(Xsd.Int, () => 0),
  /** `UseQueueOfflineForm` (xs:boolean). */
  useQueueOfflineForm: withDefault(Schema.Boolean, () => false),
  /** `OfflineFormTimeLimit` (xs:int). */
  offlineFormTimeLimit: withDefault(Xsd.Int, () => 0),
  /** `OfflineFormQueueLength` (xs:int). */
  offlineFormQueueLength: withDefault(Xsd.Int, () => 0),
  /** `WidgetEnableRating` (xs:boolean). */
  widgetEnableRating: withDefault(Schema.Boolean, () => false),
  /** `WidgetRatingText` (xs:string, nillable). */
  widgetRatingText: withDefault(Schema.NullOr(Xsd.XmlString), () => null)
}) {}

/**
 * `ArrayOfChatTopicEntity`: repeated `ChatTopicEntity` elements, each nillable.
 *
 * @since 0.2.0
 * @category models
 */
export const ArrayOfChatTopicEntity = Schema.Array(Schema.NullOr(ChatTopicEntity)).annotations({
  identifier: "ArrayOfChatTopicEntity"
})

/**
 * @since 0.2.0
 * @category models
 */
export type ArrayOfChatTopicEntity = Schema.Schema.Type<typeof ArrayOfChatTopicEntity>
