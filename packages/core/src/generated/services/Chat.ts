/**
 * The `Chat` service (`Remote/Services88/Chat.svc`) as methods, one per operation in the WSDL's order,
 * as SuperOffice's own agents have them.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import type * as Effect from "effect/Effect"
import type * as Operation from "../../Operation.js"
import type * as ChatMessages from "../operations/ChatMessages.js"
import type * as ChatPresence from "../operations/ChatPresence.js"
import type * as ChatSessions from "../operations/ChatSessions.js"
import type * as ChatTopicAgents from "../operations/ChatTopicAgents.js"
import type * as ChatTopics from "../operations/ChatTopics.js"

/**
 * The methods of `Chat`, each failing with `E` (the client's error).
 *
 * @since 0.2.0
 * @category models
 */
export interface Methods<E> {
  /**
   * `CreateDefaultChatSessionEntity` on `Remote/Services88/Chat.svc`. Safe to retry after an unknown
   * outcome: it only reads.
   */
  readonly createDefaultChatSessionEntity: () => Effect.Effect<
    ChatSessions.CreateDefaultChatSessionEntityResponse["response"],
    E
  >
  /**
   * `SaveChatSessionEntity` on `Remote/Services88/Chat.svc`. Changes state: retried only when it
   * provably was not sent.
   *
   * @param chatSessionEntity - `ChatSessionEntity`
   */
  readonly saveChatSessionEntity: (
    chatSessionEntity: ChatSessions.SaveChatSessionEntityRequest["chatSessionEntity"]
  ) => Effect.Effect<ChatSessions.SaveChatSessionEntityResponse["response"], E>
  /**
   * `DeleteChatSessionEntity` on `Remote/Services88/Chat.svc`. Changes state: retried only when it
   * provably was not sent.
   *
   * @param chatSessionEntityId - `ChatSessionEntityId`
   */
  readonly deleteChatSessionEntity: (
    chatSessionEntityId: ChatSessions.DeleteChatSessionEntityRequest["chatSessionEntityId"]
  ) => Effect.Effect<void, E>
  /**
   * `CreateDefaultChatTopicAgent` on `Remote/Services88/Chat.svc`. Safe to retry after an unknown
   * outcome: it only reads.
   */
  readonly createDefaultChatTopicAgent: () => Effect.Effect<
    ChatTopicAgents.CreateDefaultChatTopicAgentResponse["response"],
    E
  >
  /**
   * `CreateDefaultChatTopicEntity` on `Remote/Services88/Chat.svc`. Safe to retry after an unknown
   * outcome: it only reads.
   */
  readonly createDefaultChatTopicEntity: () => Effect.Effect<
    ChatTopics.CreateDefaultChatTopicEntityResponse["response"],
    E
  >
  /**
   * `SaveChatTopicEntity` on `Remote/Services88/Chat.svc`. Changes state: retried only when it provably
   * was not sent.
   *
   * @param chatTopicEntity - `ChatTopicEntity`
   */
  readonly saveChatTopicEntity: (
    chatTopicEntity: ChatTopics.SaveChatTopicEntityRequest["chatTopicEntity"]
  ) => Effect.Effect<ChatTopics.SaveChatTopicEntityResponse["response"], E>
  /**
   * `DeleteChatTopicEntity` on `Remote/Services88/Chat.svc`. Changes state: retried only when it
   * provably was not sent.
   *
   * @param chatTopicEntityId - `ChatTopicEntityId`
   */
  readonly deleteChatTopicEntity: (
    chatTopicEntityId: ChatTopics.DeleteChatTopicEntityRequest["chatTopicEntityId"]
  ) => Effect.Effect<void, E>
  /**
   * `GetChatPresence` on `Remote/Services88/Chat.svc`. Safe to retry after an unknown outcome: it only
   * reads.
   */
  readonly getChatPresence: () => Effect.Effect<ChatPresence.GetChatPresenceResponse["response"], E>
  /**
   * `SaveChatPresence` on `Remote/Services88/Chat.svc`. Changes state: retried only when it provably was
   * not sent.
   *
   * @param chatPresence - `ChatPresence`
   */
  readonly saveChatPresence: (
    chatPresence: ChatPresence.SaveChatPresenceRequest["chatPresence"]
  ) => Effect.Effect<void, E>
  /**
   * `GetChatSessionEntity` on `Remote/Services88/Chat.svc`. Safe to retry after an unknown outcome: it
   * only reads.
   *
   * @param chatSessionEntityId - `ChatSessionEntityId`
   */
  readonly getChatSessionEntity: (
    chatSessionEntityId: ChatSessions.GetChatSessionEntityRequest["chatSessionEntityId"]
  ) => Effect.Effect<ChatSessions.GetChatSessionEntityResponse["response"], E>
  /**
   * `ChatSessionsForUser` on `Remote/Services88/Chat.svc`. Safe to retry after an unknown outcome: it
   * only reads.
   */
  readonly chatSessionsForUser: () => Effect.Effect<ChatSessions.ChatSessionsForUserResponse["response"], E>
  /**
   * `TransferChatSession` on `Remote/Services88/Chat.svc`. Changes state: retried only when it provably
   * was not sent.
   *
   * @param chatSessionId - `ChatSessionId`
   * @param toAssociate - `ToAssociate`
   */
  readonly transferChatSession: (
    chatSessionId: ChatSessions.TransferChatSessionRequest["chatSessionId"],
    toAssociate: ChatSessions.TransferChatSessionRequest["toAssociate"]
  ) => Effect.Effect<ChatSessions.TransferChatSessionResponse["response"], E>
  /**
   * `AcceptChatSessionTransfer` on `Remote/Services88/Chat.svc`. Changes state: retried only when it
   * provably was not sent.
   *
   * @param chatSessionId - `ChatSessionId`
   */
  readonly acceptChatSessionTransfer: (
    chatSessionId: ChatSessions.AcceptChatSessionTransferRequest["chatSessionId"]
  ) => Effect.Effect<ChatSessions.AcceptChatSessionTransferResponse["response"], E>
  /**
   * `RejectChatSessionTransfer` on `Remote/Services88/Chat.svc`. Changes state: retried only when it
   * provably was not sent.
   *
   * @param chatSessionId - `ChatSessionId`
   */
  readonly rejectChatSessionTransfer: (
    chatSessionId: ChatSessions.RejectChatSessionTransferRequest["chatSessionId"]
  ) => Effect.Effect<ChatSessions.RejectChatSessionTransferResponse["response"], E>
  /**
   * `PickUpChatSession` on `Remote/Services88/Chat.svc`. Changes state: retried only when it provably
   * was not sent.
   *
   * @param chatSessionId - `ChatSessionId`
   */
  readonly pickUpChatSession: (
    chatSessionId: ChatSessions.PickUpChatSessionRequest["chatSessionId"]
  ) => Effect.Effect<ChatSessions.PickUpChatSessionResponse["response"], E>
  /**
   * `PickUpFirstChatSession` on `Remote/Services88/Chat.svc`. Changes state: retried only when it
   * provably was not sent.
   */
  readonly pickUpFirstChatSession: () => Effect.Effect<ChatSessions.PickUpFirstChatSessionResponse["response"], E>
  /**
   * `ResetChatSession` on `Remote/Services88/Chat.svc`. Changes state: retried only when it provably was
   * not sent.
   *
   * @param chatSessionId - `ChatSessionId`
   */
  readonly resetChatSession: (
    chatSessionId: ChatSessions.ResetChatSessionRequest["chatSessionId"]
  ) => Effect.Effect<ChatSessions.ResetChatSessionResponse["response"], E>
  /**
   * `GetChatTranscript` on `Remote/Services88/Chat.svc`. Safe to retry after an unknown outcome: it only
   * reads.
   *
   * @param chatSessionId - `ChatSessionId`
   * @param html - `Html`
   */
  readonly getChatTranscript: (
    chatSessionId: ChatMessages.GetChatTranscriptRequest["chatSessionId"],
    html: ChatMessages.GetChatTranscriptRequest["html"]
  ) => Effect.Effect<ChatMessages.GetChatTranscriptResponse["response"], E>
  /**
   * `GetChatMessages` on `Remote/Services88/Chat.svc`. Safe to retry after an unknown outcome: it only
   * reads.
   *
   * @param chatSessionId - `ChatSessionId`
   * @param after - `After`
   */
  readonly getChatMessages: (
    chatSessionId: ChatMessages.GetChatMessagesRequest["chatSessionId"],
    after: ChatMessages.GetChatMessagesRequest["after"]
  ) => Effect.Effect<ChatMessages.GetChatMessagesResponse["response"], E>
  /**
   * `AddChatMessage` on `Remote/Services88/Chat.svc`. Changes state: retried only when it provably was
   * not sent.
   *
   * @param chatSessionId - `ChatSessionId`
   * @param message - `Message`
   */
  readonly addChatMessage: (
    chatSessionId: ChatMessages.AddChatMessageRequest["chatSessionId"],
    message: ChatMessages.AddChatMessageRequest["message"]
  ) => Effect.Effect<ChatMessages.AddChatMessageResponse["response"], E>
  /**
   * `GetChatTopicEntity` on `Remote/Services88/Chat.svc`. Safe to retry after an unknown outcome: it
   * only reads.
   *
   * @param chatTopicEntityId - `ChatTopicEntityId`
   */
  readonly getChatTopicEntity: (
    chatTopicEntityId: ChatTopics.GetChatTopicEntityRequest["chatTopicEntityId"]
  ) => Effect.Effect<ChatTopics.GetChatTopicEntityResponse["response"], E>
  /**
   * `IsWithinOpeningHours` on `Remote/Services88/Chat.svc`. Safe to retry after an unknown outcome: it
   * only reads.
   *
   * @param chatTopicId - `ChatTopicId`
   */
  readonly isWithinOpeningHours: (
    chatTopicId: ChatTopics.IsWithinOpeningHoursRequest["chatTopicId"]
  ) => Effect.Effect<ChatTopics.IsWithinOpeningHoursResponse["response"], E>
  /**
   * `ChatTopicsForUser` on `Remote/Services88/Chat.svc`. Safe to retry after an unknown outcome: it only
   * reads.
   */
  readonly chatTopicsForUser: () => Effect.Effect<ChatTopics.ChatTopicsForUserResponse["response"], E>
  /**
   * `GetUserAgentList` on `Remote/Services88/Chat.svc`. Safe to retry after an unknown outcome: it only
   * reads.
   *
   * @param flat - `Flat`
   * @param onlyPresent - `OnlyPresent`
   */
  readonly getUserAgentList: (
    flat: ChatTopicAgents.GetUserAgentListRequest["flat"],
    onlyPresent: ChatTopicAgents.GetUserAgentListRequest["onlyPresent"]
  ) => Effect.Effect<ChatTopicAgents.GetUserAgentListResponse["response"], E>
  /**
   * `GetChatTopicUserAgentList` on `Remote/Services88/Chat.svc`. Safe to retry after an unknown outcome:
   * it only reads.
   *
   * @param chatTopicId - `ChatTopicId`
   */
  readonly getChatTopicUserAgentList: (
    chatTopicId: ChatTopicAgents.GetChatTopicUserAgentListRequest["chatTopicId"]
  ) => Effect.Effect<ChatTopicAgents.GetChatTopicUserAgentListResponse["response"], E>
  /**
   * `GetChatTopicUserAgent` on `Remote/Services88/Chat.svc`. Safe to retry after an unknown outcome: it
   * only reads.
   *
   * @param chatTopicId - `ChatTopicId`
   * @param username - `Username`
   */
  readonly getChatTopicUserAgent: (
    chatTopicId: ChatTopicAgents.GetChatTopicUserAgentRequest["chatTopicId"],
    username: ChatTopicAgents.GetChatTopicUserAgentRequest["username"]
  ) => Effect.Effect<ChatTopicAgents.GetChatTopicUserAgentResponse["response"], E>
  /**
   * `AddChatTopicUserAgent` on `Remote/Services88/Chat.svc`. Changes state: retried only when it
   * provably was not sent.
   *
   * @param chatTopicId - `ChatTopicId`
   * @param useragent - `Useragent`
   */
  readonly addChatTopicUserAgent: (
    chatTopicId: ChatTopicAgents.AddChatTopicUserAgentRequest["chatTopicId"],
    useragent: ChatTopicAgents.AddChatTopicUserAgentRequest["useragent"]
  ) => Effect.Effect<ChatTopicAgents.AddChatTopicUserAgentResponse["response"], E>
  /**
   * `UpdateChatTopicUserAgent` on `Remote/Services88/Chat.svc`. Changes state: retried only when it
   * provably was not sent.
   *
   * @param chatTopicId - `ChatTopicId`
   * @param username - `Username`
   * @param useragent - `Useragent`
   */
  readonly updateChatTopicUserAgent: (
    chatTopicId: ChatTopicAgents.UpdateChatTopicUserAgentRequest["chatTopicId"],
    username: ChatTopicAgents.UpdateChatTopicUserAgentRequest["username"],
    useragent: ChatTopicAgents.UpdateChatTopicUserAgentRequest["useragent"]
  ) => Effect.Effect<ChatTopicAgents.UpdateChatTopicUserAgentResponse["response"], E>
  /**
   * `UpdateChatTopicUserAgents` on `Remote/Services88/Chat.svc`. Changes state: retried only when it
   * provably was not sent.
   *
   * @param chatTopicId - `ChatTopicId`
   * @param useragents - `Useragents`
   */
  readonly updateChatTopicUserAgents: (
    chatTopicId: ChatTopicAgents.UpdateChatTopicUserAgentsRequest["chatTopicId"],
    useragents: ChatTopicAgents.UpdateChatTopicUserAgentsRequest["useragents"]
  ) => Effect.Effect<ChatTopicAgents.UpdateChatTopicUserAgentsResponse["response"], E>
  /**
   * `DeleteChatTopicUserAgent` on `Remote/Services88/Chat.svc`. Changes state: retried only when it
   * provably was not sent.
   *
   * @param chatTopicId - `ChatTopicId`
   * @param username - `Username`
   */
  readonly deleteChatTopicUserAgent: (
    chatTopicId: ChatTopicAgents.DeleteChatTopicUserAgentRequest["chatTopicId"],
    username: ChatTopicAgents.DeleteChatTopicUserAgentRequest["username"]
  ) => Effect.Effect<void, E>
  /**
   * `CreateChatSessionForTopic` on `Remote/Services88/Chat.svc`. Changes state: retried only when it
   * provably was not sent.
   *
   * @param chatTopicId - `ChatTopicId`
   */
  readonly createChatSessionForTopic: (
    chatTopicId: ChatSessions.CreateChatSessionForTopicRequest["chatTopicId"]
  ) => Effect.Effect<ChatSessions.CreateChatSessionForTopicResponse["response"], E>
}

/**
 * The table the methods are made from, in the WSDL's order. Each row loads its operation's module when
 * first asked.
 *
 * @since 0.2.0
 * @category constants
 */
export const methods: ReadonlyArray<Operation.Method> = [
  {
    method: "createDefaultChatSessionEntity",
    service: "Chat",
    name: "CreateDefaultChatSessionEntity",
    safeToRetry: true,
    parameters: [],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatSessions.js").then((m) => m.CreateDefaultChatSessionEntity)
  },
  {
    method: "saveChatSessionEntity",
    service: "Chat",
    name: "SaveChatSessionEntity",
    safeToRetry: false,
    parameters: ["chatSessionEntity"],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatSessions.js").then((m) => m.SaveChatSessionEntity)
  },
  {
    method: "deleteChatSessionEntity",
    service: "Chat",
    name: "DeleteChatSessionEntity",
    safeToRetry: false,
    parameters: ["chatSessionEntityId"],
    result: { _tag: "Void" },
    operation: () => import("../operations/ChatSessions.js").then((m) => m.DeleteChatSessionEntity)
  },
  {
    method: "createDefaultChatTopicAgent",
    service: "Chat",
    name: "CreateDefaultChatTopicAgent",
    safeToRetry: true,
    parameters: [],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatTopicAgents.js").then((m) => m.CreateDefaultChatTopicAgent)
  },
  {
    method: "createDefaultChatTopicEntity",
    service: "Chat",
    name: "CreateDefaultChatTopicEntity",
    safeToRetry: true,
    parameters: [],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatTopics.js").then((m) => m.CreateDefaultChatTopicEntity)
  },
  {
    method: "saveChatTopicEntity",
    service: "Chat",
    name: "SaveChatTopicEntity",
    safeToRetry: false,
    parameters: ["chatTopicEntity"],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatTopics.js").then((m) => m.SaveChatTopicEntity)
  },
  {
    method: "deleteChatTopicEntity",
    service: "Chat",
    name: "DeleteChatTopicEntity",
    safeToRetry: false,
    parameters: ["chatTopicEntityId"],
    result: { _tag: "Void" },
    operation: () => import("../operations/ChatTopics.js").then((m) => m.DeleteChatTopicEntity)
  },
  {
    method: "getChatPresence",
    service: "Chat",
    name: "GetChatPresence",
    safeToRetry: true,
    parameters: [],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatPresence.js").then((m) => m.GetChatPresence)
  },
  {
    method: "saveChatPresence",
    service: "Chat",
    name: "SaveChatPresence",
    safeToRetry: false,
    parameters: ["chatPresence"],
    result: { _tag: "Void" },
    operation: () => import("../operations/ChatPresence.js").then((m) => m.SaveChatPresence)
  },
  {
    method: "getChatSessionEntity",
    service: "Chat",
    name: "GetChatSessionEntity",
    safeToRetry: true,
    parameters: ["chatSessionEntityId"],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatSessions.js").then((m) => m.GetChatSessionEntity)
  },
  {
    method: "chatSessionsForUser",
    service: "Chat",
    name: "ChatSessionsForUser",
    safeToRetry: true,
    parameters: [],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatSessions.js").then((m) => m.ChatSessionsForUser)
  },
  {
    method: "transferChatSession",
    service: "Chat",
    name: "TransferChatSession",
    safeToRetry: false,
    parameters: ["chatSessionId", "toAssociate"],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatSessions.js").then((m) => m.TransferChatSession)
  },
  {
    method: "acceptChatSessionTransfer",
    service: "Chat",
    name: "AcceptChatSessionTransfer",
    safeToRetry: false,
    parameters: ["chatSessionId"],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatSessions.js").then((m) => m.AcceptChatSessionTransfer)
  },
  {
    method: "rejectChatSessionTransfer",
    service: "Chat",
    name: "RejectChatSessionTransfer",
    safeToRetry: false,
    parameters: ["chatSessionId"],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatSessions.js").then((m) => m.RejectChatSessionTransfer)
  },
  {
    method: "pickUpChatSession",
    service: "Chat",
    name: "PickUpChatSession",
    safeToRetry: false,
    parameters: ["chatSessionId"],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatSessions.js").then((m) => m.PickUpChatSession)
  },
  {
    method: "pickUpFirstChatSession",
    service: "Chat",
    name: "PickUpFirstChatSession",
    safeToRetry: false,
    parameters: [],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatSessions.js").then((m) => m.PickUpFirstChatSession)
  },
  {
    method: "resetChatSession",
    service: "Chat",
    name: "ResetChatSession",
    safeToRetry: false,
    parameters: ["chatSessionId"],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatSessions.js").then((m) => m.ResetChatSession)
  },
  {
    method: "getChatTranscript",
    service: "Chat",
    name: "GetChatTranscript",
    safeToRetry: true,
    parameters: ["chatSessionId", "html"],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatMessages.js").then((m) => m.GetChatTranscript)
  },
  {
    method: "getChatMessages",
    service: "Chat",
    name: "GetChatMessages",
    safeToRetry: true,
    parameters: ["chatSessionId", "after"],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatMessages.js").then((m) => m.GetChatMessages)
  },
  {
    method: "addChatMessage",
    service: "Chat",
    name: "AddChatMessage",
    safeToRetry: false,
    parameters: ["chatSessionId", "message"],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatMessages.js").then((m) => m.AddChatMessage)
  },
  {
    method: "getChatTopicEntity",
    service: "Chat",
    name: "GetChatTopicEntity",
    safeToRetry: true,
    parameters: ["chatTopicEntityId"],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatTopics.js").then((m) => m.GetChatTopicEntity)
  },
  {
    method: "isWithinOpeningHours",
    service: "Chat",
    name: "IsWithinOpeningHours",
    safeToRetry: true,
    parameters: ["chatTopicId"],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatTopics.js").then((m) => m.IsWithinOpeningHours)
  },
  {
    method: "chatTopicsForUser",
    service: "Chat",
    name: "ChatTopicsForUser",
    safeToRetry: true,
    parameters: [],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatTopics.js").then((m) => m.ChatTopicsForUser)
  },
  {
    method: "getUserAgentList",
    service: "Chat",
    name: "GetUserAgentList",
    safeToRetry: true,
    parameters: ["flat", "onlyPresent"],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatTopicAgents.js").then((m) => m.GetUserAgentList)
  },
  {
    method: "getChatTopicUserAgentList",
    service: "Chat",
    name: "GetChatTopicUserAgentList",
    safeToRetry: true,
    parameters: ["chatTopicId"],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatTopicAgents.js").then((m) => m.GetChatTopicUserAgentList)
  },
  {
    method: "getChatTopicUserAgent",
    service: "Chat",
    name: "GetChatTopicUserAgent",
    safeToRetry: true,
    parameters: ["chatTopicId", "username"],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatTopicAgents.js").then((m) => m.GetChatTopicUserAgent)
  },
  {
    method: "addChatTopicUserAgent",
    service: "Chat",
    name: "AddChatTopicUserAgent",
    safeToRetry: false,
    parameters: ["chatTopicId", "useragent"],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatTopicAgents.js").then((m) => m.AddChatTopicUserAgent)
  },
  {
    method: "updateChatTopicUserAgent",
    service: "Chat",
    name: "UpdateChatTopicUserAgent",
    safeToRetry: false,
    parameters: ["chatTopicId", "username", "useragent"],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatTopicAgents.js").then((m) => m.UpdateChatTopicUserAgent)
  },
  {
    method: "updateChatTopicUserAgents",
    service: "Chat",
    name: "UpdateChatTopicUserAgents",
    safeToRetry: false,
    parameters: ["chatTopicId", "useragents"],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatTopicAgents.js").then((m) => m.UpdateChatTopicUserAgents)
  },
  {
    method: "deleteChatTopicUserAgent",
    service: "Chat",
    name: "DeleteChatTopicUserAgent",
    safeToRetry: false,
    parameters: ["chatTopicId", "username"],
    result: { _tag: "Void" },
    operation: () => import("../operations/ChatTopicAgents.js").then((m) => m.DeleteChatTopicUserAgent)
  },
  {
    method: "createChatSessionForTopic",
    service: "Chat",
    name: "CreateChatSessionForTopic",
    safeToRetry: false,
    parameters: ["chatTopicId"],
    result: { _tag: "Field", field: "response" },
    operation: () => import("../operations/ChatSessions.js").then((m) => m.CreateChatSessionForTopic)
  }
]
