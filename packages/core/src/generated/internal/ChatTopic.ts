/**
 * The bindings of the `ChatTopic` data contracts.
 *
 * @internal
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as b from "../../internal/binding.js"
import * as x from "../../internal/bindingExtras.js"
import * as ChatTopic from "../ChatTopic.js"
import * as CarrierBinding from "./Carrier.js"

/**
 * The elements of `CustomerLanguage`, base type's first, in sequence order.
 *
 * @internal
 */
export const customerLanguageFields = (): ReadonlyArray<b.Field> => [
  ...CarrierBinding.carrierFields(),
  ["id", "Id", b.int],
  ["value", "Value", b.nillable(b.string)],
  ["tooltip", "Tooltip", b.nillable(b.string)]
]

/** @internal */
export const customerLanguage: b.Codec<ChatTopic.CustomerLanguage> = b.complex(
  customerLanguageFields,
  x.fromDecoded(ChatTopic.CustomerLanguage)
)

/**
 * The elements of `ReplyTemplate`, base type's first, in sequence order.
 *
 * @internal
 */
export const replyTemplateFields = (): ReadonlyArray<b.Field> => [
  ["replyTemplateId", "ReplyTemplateId", b.int],
  ["name", "Name", b.nillable(b.string)],
  ["description", "Description", b.nillable(b.string)],
  ["folderId", "FolderId", b.int]
]

/** @internal */
export const replyTemplate: b.Codec<ChatTopic.ReplyTemplate> = b.complex(
  replyTemplateFields,
  x.fromDecoded(ChatTopic.ReplyTemplate)
)

/**
 * The elements of `TicketCategory`, base type's first, in sequence order.
 *
 * @internal
 */
export const ticketCategoryFields = (): ReadonlyArray<b.Field> => [
  ...CarrierBinding.carrierFields(),
  ["id", "Id", b.int],
  ["value", "Value", b.nillable(b.string)],
  ["tooltip", "Tooltip", b.nillable(b.string)]
]

/** @internal */
export const ticketCategory: b.Codec<ChatTopic.TicketCategory> = b.complex(
  ticketCategoryFields,
  x.fromDecoded(ChatTopic.TicketCategory)
)

/**
 * The elements of `TicketPriority`, base type's first, in sequence order.
 *
 * @internal
 */
export const ticketPriorityFields = (): ReadonlyArray<b.Field> => [
  ...CarrierBinding.carrierFields(),
  ["id", "Id", b.int],
  ["value", "Value", b.nillable(b.string)],
  ["tooltip", "Tooltip", b.nillable(b.string)]
]

/** @internal */
export const ticketPriority: b.Codec<ChatTopic.TicketPriority> = b.complex(
  ticketPriorityFields,
  x.fromDecoded(ChatTopic.TicketPriority)
)

/**
 * The elements of `TimeZoneRule`, base type's first, in sequence order.
 *
 * @internal
 */
export const timeZoneRuleFields = (): ReadonlyArray<b.Field> => [
  ["tZOffset", "TZOffset", x.notGiven(b.int)],
  ["startRulePattern", "StartRulePattern", b.nillable(b.string)],
  ["endRulePattern", "EndRulePattern", b.nillable(b.string)],
  ["startDay", "StartDay", x.notGiven(b.int)],
  ["startMonth", "StartMonth", x.notGiven(b.int)],
  ["endDay", "EndDay", x.notGiven(b.int)],
  ["endMonth", "EndMonth", x.notGiven(b.int)]
]

/** @internal */
export const timeZoneRule: b.Codec<ChatTopic.TimeZoneRule> = b.complex(
  timeZoneRuleFields,
  x.fromDecoded(ChatTopic.TimeZoneRule)
)

/** @internal */
export const timeZoneRuleDictionary: b.Codec<ChatTopic.TimeZoneRuleDictionary> = x.entries(
  "TimeZoneRuleKeyValuePair",
  x.notGiven(b.dateTime),
  b.nillable(timeZoneRule)
)

/**
 * The elements of `TimeZoneData`, base type's first, in sequence order.
 *
 * @internal
 */
export const timeZoneDataFields = (): ReadonlyArray<b.Field> => [
  ["tZLocationID", "TZLocationID", b.int],
  ["name", "Name", b.nillable(b.string)],
  ["tZLocationCode", "TZLocationCode", b.nillable(b.string)],
  ["tZLocationCities", "TZLocationCities", b.nillable(b.string)],
  ["isoNumber", "IsoNumber", b.int],
  ["timeZoneSTDRules", "TimeZoneSTDRules", b.nillable(timeZoneRuleDictionary)],
  ["timeZoneDSTRules", "TimeZoneDSTRules", b.nillable(timeZoneRuleDictionary)]
]

/** @internal */
export const timeZoneData: b.Codec<ChatTopic.TimeZoneData> = b.complex(
  timeZoneDataFields,
  x.fromDecoded(ChatTopic.TimeZoneData)
)

/**
 * The elements of `ChatOpeningHours`, base type's first, in sequence order.
 *
 * @internal
 */
export const chatOpeningHoursFields = (): ReadonlyArray<b.Field> => [
  ["tzLocation", "TzLocation", b.nillable(timeZoneData)],
  ["monEnabled", "MonEnabled", b.boolean],
  ["monStart", "MonStart", x.notGiven(x.duration)],
  ["monStop", "MonStop", x.notGiven(x.duration)],
  ["tueEnabled", "TueEnabled", b.boolean],
  ["tueStart", "TueStart", x.notGiven(x.duration)],
  ["tueStop", "TueStop", x.notGiven(x.duration)],
  ["wedEnabled", "WedEnabled", b.boolean],
  ["wedStart", "WedStart", x.notGiven(x.duration)],
  ["wedStop", "WedStop", x.notGiven(x.duration)],
  ["thuEnabled", "ThuEnabled", b.boolean],
  ["thuStart", "ThuStart", x.notGiven(x.duration)],
  ["thuStop", "ThuStop", x.notGiven(x.duration)],
  ["friEnabled", "FriEnabled", b.boolean],
  ["friStart", "FriStart", x.notGiven(x.duration)],
  ["friStop", "FriStop", x.notGiven(x.duration)],
  ["satEnabled", "SatEnabled", b.boolean],
  ["satStart", "SatStart", x.notGiven(x.duration)],
  ["satStop", "SatStop", x.notGiven(x.duration)],
  ["sunEnabled", "SunEnabled", b.boolean],
  ["sunStart", "SunStart", x.notGiven(x.duration)],
  ["sunStop", "SunStop", x.notGiven(x.duration)],
  ["useLunchHours", "UseLunchHours", b.boolean],
  ["lunchStart", "LunchStart", x.notGiven(x.duration)],
  ["lunchStop", "LunchStop", x.notGiven(x.duration)]
]

/** @internal */
export const chatOpeningHours: b.Codec<ChatTopic.ChatOpeningHours> = b.complex(
  chatOpeningHoursFields,
  x.fromDecoded(ChatTopic.ChatOpeningHours)
)

/**
 * The elements of `KbCategory`, base type's first, in sequence order.
 *
 * @internal
 */
export const kbCategoryFields = (): ReadonlyArray<b.Field> => [
  ["kbCategoryId", "KbCategoryId", b.int],
  ["name", "Name", b.nillable(b.string)],
  ["description", "Description", b.nillable(b.string)],
  ["fullname", "Fullname", b.nillable(b.string)],
  ["parentId", "ParentId", b.int],
  ["sortOrder", "SortOrder", b.int]
]

/** @internal */
export const kbCategory: b.Codec<ChatTopic.KbCategory> = b.complex(
  kbCategoryFields,
  x.fromDecoded(ChatTopic.KbCategory)
)

/** @internal */
export const widgetRequiredFields: b.Codec<ChatTopic.WidgetRequiredFields> = x.flags<
  ChatTopic.WidgetRequiredFields[number]
>("WidgetRequiredFields", ChatTopic.WidgetRequiredFieldsEnumeration.isKnown)

/** @internal */
export const chatWidgetSize: b.Codec<ChatTopic.ChatWidgetSize> = b.enumeration<ChatTopic.ChatWidgetSize>(
  "ChatWidgetSize",
  x.isName,
  "Normal",
  ChatTopic.ChatWidgetSizeEnumeration.isKnown
)

/** @internal */
export const widgetTheme: b.Codec<ChatTopic.WidgetTheme> = b.enumeration<ChatTopic.WidgetTheme>(
  "WidgetTheme",
  x.isName,
  "Classic",
  ChatTopic.WidgetThemeEnumeration.isKnown
)

/**
 * The elements of `ChatWidgetSettings`, base type's first, in sequence order.
 *
 * @internal
 */
export const chatWidgetSettingsFields = (): ReadonlyArray<b.Field> => [
  ["autoFaqEnabled", "AutoFaqEnabled", b.boolean],
  ["autoFaqCategory", "AutoFaqCategory", b.nillable(kbCategory)],
  ["preFormEnabled", "PreFormEnabled", b.boolean],
  ["preFormMessage", "PreFormMessage", b.nillable(b.string)],
  ["requiredFields", "RequiredFields", widgetRequiredFields],
  ["postFormEnabled", "PostFormEnabled", b.boolean],
  ["postFormHeader", "PostFormHeader", b.nillable(b.string)],
  ["postFormMessage", "PostFormMessage", b.nillable(b.string)],
  ["postTranscriptEnabled", "PostTranscriptEnabled", b.boolean],
  ["languageIsoCode", "LanguageIsoCode", b.nillable(b.string)],
  ["size", "Size", chatWidgetSize],
  ["theme", "Theme", widgetTheme],
  ["color", "Color", b.nillable(b.string)],
  ["badgeColor", "BadgeColor", b.nillable(b.string)],
  ["badgeTextColor", "BadgeTextColor", b.nillable(b.string)],
  ["custMsgColor", "CustMsgColor", b.nillable(b.string)],
  ["custMsgTextColor", "CustMsgTextColor", b.nillable(b.string)],
  ["agentMsgColor", "AgentMsgColor", b.nillable(b.string)],
  ["agentMsgTextColor", "AgentMsgTextColor", b.nillable(b.string)],
  ["buttonColor", "ButtonColor", b.nillable(b.string)],
  ["buttonTextColor", "ButtonTextColor", b.nillable(b.string)],
  ["font", "Font", b.nillable(b.string)],
  ["fontSize", "FontSize", b.nillable(b.string)],
  ["logoEnabled", "LogoEnabled", b.boolean],
  ["logoBlobId", "LogoBlobId", b.int],
  ["logoName", "LogoName", b.nillable(b.string)],
  ["showAgentPhoto", "ShowAgentPhoto", b.boolean],
  ["welcomeTitle", "WelcomeTitle", b.nillable(b.string)],
  ["welcomeMessage", "WelcomeMessage", b.nillable(b.string)],
  ["offlineHeader", "OfflineHeader", b.nillable(b.string)],
  ["offlineMessage", "OfflineMessage", b.nillable(b.string)],
  ["offlineFields", "OfflineFields", widgetRequiredFields],
  ["useAgentFirstname", "UseAgentFirstname", b.boolean]
]

/** @internal */
export const chatWidgetSettings: b.Codec<ChatTopic.ChatWidgetSettings> = b.complex(
  chatWidgetSettingsFields,
  x.fromDecoded(ChatTopic.ChatWidgetSettings)
)

/**
 * The elements of `ChatBotSettings`, base type's first, in sequence order.
 *
 * @internal
 */
export const chatBotSettingsFields = (): ReadonlyArray<b.Field> => [
  ["botName", "BotName", b.nillable(b.string)],
  ["botRegisterScriptId", "BotRegisterScriptId", b.int],
  ["botSessionCreatedScriptId", "BotSessionCreatedScriptId", b.int],
  ["botSessionChangedScriptId", "BotSessionChangedScriptId", b.int],
  ["botMessageReceivedScriptId", "BotMessageReceivedScriptId", b.int]
]

/** @internal */
export const chatBotSettings: b.Codec<ChatTopic.ChatBotSettings> = b.complex(
  chatBotSettingsFields,
  x.fromDecoded(ChatTopic.ChatBotSettings)
)

/**
 * The elements of `ChatTopicEntity`, base type's first, in sequence order.
 *
 * @internal
 */
export const chatTopicEntityFields = (): ReadonlyArray<b.Field> => [
  ...CarrierBinding.carrierFields(),
  ["chatTopicId", "ChatTopicId", b.int],
  ["name", "Name", b.nillable(b.string)],
  ["description", "Description", b.nillable(b.string)],
  ["welcomeMessage", "WelcomeMessage", b.nillable(b.string)],
  ["language", "Language", b.nillable(customerLanguage)],
  ["lastAccept", "LastAccept", b.dateTime],
  ["secondsPrAccept", "SecondsPrAccept", b.int],
  ["alertRecipient", "AlertRecipient", b.nillable(b.string)],
  ["alertTemplate", "AlertTemplate", b.nillable(replyTemplate)],
  ["collectConsent", "CollectConsent", b.boolean],
  ["badgeHeader", "BadgeHeader", b.nillable(b.string)],
  ["customQueueTextEnabled", "CustomQueueTextEnabled", b.boolean],
  ["customQueueText", "CustomQueueText", b.nillable(b.string)],
  ["warnNewChatMinutes", "WarnNewChatMinutes", b.int],
  ["warnManagerNewChatMinutes", "WarnManagerNewChatMinutes", b.int],
  ["ticketEnabled", "TicketEnabled", b.boolean],
  ["ticketCategory", "TicketCategory", b.nillable(ticketCategory)],
  ["ticketPriority", "TicketPriority", b.nillable(ticketPriority)],
  ["openingHoursEnabled", "OpeningHoursEnabled", b.boolean],
  ["openingHours", "OpeningHours", b.nillable(chatOpeningHours)],
  ["widget", "Widget", b.nillable(chatWidgetSettings)],
  ["botEnabled", "BotEnabled", b.boolean],
  ["botSettings", "BotSettings", b.nillable(chatBotSettings)],
  ["offlineCollectConsent", "OfflineCollectConsent", b.boolean],
  ["warnChatMessageMinutes", "WarnChatMessageMinutes", b.int],
  ["warnManagerChatMessageMinutes", "WarnManagerChatMessageMinutes", b.int],
  ["useQueueOfflineForm", "UseQueueOfflineForm", b.boolean],
  ["offlineFormTimeLimit", "OfflineFormTimeLimit", b.int],
  ["offlineFormQueueLength", "OfflineFormQueueLength", b.int],
  ["widgetEnableRating", "WidgetEnableRating", b.boolean],
  ["widgetRatingText", "WidgetRatingText", b.nillable(b.string)]
]

/** @internal */
export const chatTopicEntity: b.Codec<ChatTopic.ChatTopicEntity> = b.complex(
  chatTopicEntityFields,
  x.fromDecoded(ChatTopic.ChatTopicEntity)
)

/** @internal */
export const arrayOfChatTopicEntity: b.Codec<ChatTopic.ArrayOfChatTopicEntity> = b.array(
  "ChatTopicEntity",
  b.nillable(chatTopicEntity)
)
