/**
 * Chat topics as entities, stored and returned whole: `CreateDefaultChatTopicEntity`,
 * `GetChatTopicEntity`, `SaveChatTopicEntity`, `DeleteChatTopicEntity`,
 * `ChatTopicsForUser`, and `IsWithinOpeningHours` (see `openingHours.ts`).
 *
 * @internal
 */
import { ChatTopicEntity } from "@so-chat/core/generated/ChatTopic"
import { ChatTopicAgent } from "@so-chat/core/generated/ChatTopicAgent"
import * as ChatTopics from "@so-chat/core/generated/operations/ChatTopics"
import * as Either from "effect/Either"
import * as HashMap from "effect/HashMap"
import { handler, SoError } from "../handler.js"
import { isOpen } from "./openingHours.js"
import { accessDenied, argumentNull, noSuchTopic } from "./refusals.js"
import { agentOf, associateOf, endedStatuses } from "./state.js"

export const createDefaultChatTopicEntity = handler({
  operation: ChatTopics.CreateDefaultChatTopicEntity,
  authenticated: true,
  failedResponse: { response: null },
  run: (_, __, state) => Either.right([{ response: new ChatTopicEntity({}) }, state] as const)
})

/** An unknown id answers null, as NetServer's entity reads do. */
export const getChatTopicEntity = handler({
  operation: ChatTopics.GetChatTopicEntity,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ chatTopicEntityId }, _, state) => {
    const found = HashMap.get(state.topics, chatTopicEntityId)
    return Either.right([{ response: found._tag === "Some" ? found.value.entity : null }, state] as const)
  }
})

/**
 * Id 0 makes a new topic (the next id), whose creator becomes its agent
 * with every right; another id replaces that topic whole, by a manager of
 * it.
 */
export const saveChatTopicEntity = handler({
  operation: ChatTopics.SaveChatTopicEntity,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ chatTopicEntity }, { user }, state) => {
    if (chatTopicEntity === null) return Either.left(argumentNull("chatTopicEntity", "chat topic"))
    if (chatTopicEntity.chatTopicId === 0) {
      const id = state.nextChatTopicId
      const entity = new ChatTopicEntity({ ...chatTopicEntity, chatTopicId: id }, true)
      const creator = new ChatTopicAgent({
        topicId: id,
        user: associateOf(user!),
        canListen: true,
        canRespond: true,
        canManage: true,
        canNotify: true
      })
      return Either.right(
        [{ response: entity }, {
          ...state,
          nextChatTopicId: id + 1,
          topics: HashMap.set(state.topics, id, { entity, agents: HashMap.make([user!.associateId, creator]) })
        }] as const
      )
    }
    const id = chatTopicEntity.chatTopicId
    const found = HashMap.get(state.topics, id)
    if (found._tag === "None") return Either.left(noSuchTopic(id))
    if (agentOf(state, id, user!)?.canManage !== true) {
      return Either.left(accessDenied(user!.username, `change chat topic ${id}`, { chatTopicId: String(id) }))
    }
    return Either.right(
      [{ response: chatTopicEntity }, {
        ...state,
        topics: HashMap.set(state.topics, id, { ...found.value, entity: chatTopicEntity })
      }] as const
    )
  }
})

/** By a manager of the topic, and only while no session waits or goes on in it. */
export const deleteChatTopicEntity = handler({
  operation: ChatTopics.DeleteChatTopicEntity,
  authenticated: true,
  failedResponse: {},
  run: ({ chatTopicEntityId: id }, { user }, state) => {
    if (!HashMap.has(state.topics, id)) return Either.left(noSuchTopic(id))
    if (agentOf(state, id, user!)?.canManage !== true) {
      return Either.left(accessDenied(user!.username, `delete chat topic ${id}`, { chatTopicId: String(id) }))
    }
    const live = HashMap.reduce(
      state.sessions,
      0,
      (n, s) => s.entity.topicId === id && !endedStatuses.has(s.entity.status) ? n + 1 : n
    )
    if (live > 0) {
      return Either.left(
        new SoError(
          "SoException",
          `Chat topic ${id} cannot be deleted: ${live} of its sessions are waiting or going on`,
          `The chat topic ${id} still has chats waiting or going on; end them first.`,
          { chatTopicId: String(id) }
        )
      )
    }
    return Either.right([{}, { ...state, topics: HashMap.remove(state.topics, id) }] as const)
  }
})

/** The topics the caller is an agent of (with any right), by id. */
export const chatTopicsForUser = handler({
  operation: ChatTopics.ChatTopicsForUser,
  authenticated: true,
  failedResponse: { response: null },
  run: (_, { user }, state) => {
    const response = Array.from(HashMap.values(state.topics))
      .filter((t) => HashMap.has(t.agents, user!.associateId))
      .map((t) => t.entity)
      .sort((a, b) => a.chatTopicId - b.chatTopicId)
    return Either.right([{ response }, state] as const)
  }
})

export const isWithinOpeningHours = handler({
  operation: ChatTopics.IsWithinOpeningHours,
  authenticated: true,
  failedResponse: { response: false },
  run: ({ chatTopicId }, { now }, state) => {
    const found = HashMap.get(state.topics, chatTopicId)
    return found._tag === "None"
      ? Either.left(noSuchTopic(chatTopicId))
      : Either.right([{ response: isOpen(found.value.entity, now) }, state] as const)
  }
})
