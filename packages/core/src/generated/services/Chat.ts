// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
/**
 * The `Chat` service (`Remote/Services88/Chat.svc`) as methods, one per operation in the WSDL's order,
 * as SuperOffice's own agents have them.
 *
 * @since 0.2.0
 */
import type * as Effect from "effect/Effect"
import type * as Operation from "../../Operation.js"
import * as ChatMessages from "../operations/ChatMessages.js"
import * as ChatPresence from "../operations/ChatPresence.js"
import * as ChatSessions from "../operations/ChatSessions.js"
import * as ChatTopicAgents from "../operations/ChatTopicAgents.js"
import * as ChatTopics from "../operations/ChatTopics.js"

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
 * The table the methods are made from, in the WSDL's order.
 *
 * @since 0.2.0
 * @category constants
 */
export const methods: ReadonlyArray<Operation.Method> = [
  {
    method: "createDefaultChatSessionEntity",
    operation: ChatSessions.CreateDefaultChatSessionEntity,
    parameters: [],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "saveChatSessionEntity",
    operation: ChatSessions.SaveChatSessionEntity,
    parameters: ["chatSessionEntity"],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "deleteChatSessionEntity",
    operation: ChatSessions.DeleteChatSessionEntity,
    parameters: ["chatSessionEntityId"],
    result: { _tag: "Void" }
  },
  {
    method: "createDefaultChatTopicAgent",
    operation: ChatTopicAgents.CreateDefaultChatTopicAgent,
    parameters: [],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "createDefaultChatTopicEntity",
    operation: ChatTopics.CreateDefaultChatTopicEntity,
    parameters: [],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "saveChatTopicEntity",
    operation: ChatTopics.SaveChatTopicEntity,
    parameters: ["chatTopicEntity"],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "deleteChatTopicEntity",
    operation: ChatTopics.DeleteChatTopicEntity,
    parameters: ["chatTopicEntityId"],
    result: { _tag: "Void" }
  },
  {
    method: "getChatPresence",
    operation: ChatPresence.GetChatPresence,
    parameters: [],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "saveChatPresence",
    operation: ChatPresence.SaveChatPresence,
    parameters: ["chatPresence"],
    result: { _tag: "Void" }
  },
  {
    method: "getChatSessionEntity",
    operation: ChatSessions.GetChatSessionEntity,
    parameters: ["chatSessionEntityId"],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "chatSessionsForUser",
    operation: ChatSessions.ChatSessionsForUser,
    parameters: [],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "transferChatSession",
    operation: ChatSessions.TransferChatSession,
    parameters: ["chatSessionId", "toAssociate"],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "acceptChatSessionTransfer",
    operation: ChatSessions.AcceptChatSessionTransfer,
    parameters: ["chatSessionId"],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "rejectChatSessionTransfer",
    operation: ChatSessions.RejectChatSessionTransfer,
    parameters: ["chatSessionId"],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "pickUpChatSession",
    operation: ChatSessions.PickUpChatSession,
    parameters: ["chatSessionId"],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "pickUpFirstChatSession",
    operation: ChatSessions.PickUpFirstChatSession,
    parameters: [],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "resetChatSession",
    operation: ChatSessions.ResetChatSession,
    parameters: ["chatSessionId"],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "getChatTranscript",
    operation: ChatMessages.GetChatTranscript,
    parameters: ["chatSessionId", "html"],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "getChatMessages",
    operation: ChatMessages.GetChatMessages,
    parameters: ["chatSessionId", "after"],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "addChatMessage",
    operation: ChatMessages.AddChatMessage,
    parameters: ["chatSessionId", "message"],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "getChatTopicEntity",
    operation: ChatTopics.GetChatTopicEntity,
    parameters: ["chatTopicEntityId"],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "isWithinOpeningHours",
    operation: ChatTopics.IsWithinOpeningHours,
    parameters: ["chatTopicId"],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "chatTopicsForUser",
    operation: ChatTopics.ChatTopicsForUser,
    parameters: [],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "getUserAgentList",
    operation: ChatTopicAgents.GetUserAgentList,
    parameters: ["flat", "onlyPresent"],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "getChatTopicUserAgentList",
    operation: ChatTopicAgents.GetChatTopicUserAgentList,
    parameters: ["chatTopicId"],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "getChatTopicUserAgent",
    operation: ChatTopicAgents.GetChatTopicUserAgent,
    parameters: ["chatTopicId", "username"],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "addChatTopicUserAgent",
    operation: ChatTopicAgents.AddChatTopicUserAgent,
    parameters: ["chatTopicId", "useragent"],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "updateChatTopicUserAgent",
    operation: ChatTopicAgents.UpdateChatTopicUserAgent,
    parameters: ["chatTopicId", "username", "useragent"],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "updateChatTopicUserAgents",
    operation: ChatTopicAgents.UpdateChatTopicUserAgents,
    parameters: ["chatTopicId", "useragents"],
    result: { _tag: "Field", field: "response" }
  },
  {
    method: "deleteChatTopicUserAgent",
    operation: ChatTopicAgents.DeleteChatTopicUserAgent,
    parameters: ["chatTopicId", "username"],
    result: { _tag: "Void" }
  },
  {
    method: "createChatSessionForTopic",
    operation: ChatSessions.CreateChatSessionForTopic,
    parameters: ["chatTopicId"],
    result: { _tag: "Field", field: "response" }
  }
]
