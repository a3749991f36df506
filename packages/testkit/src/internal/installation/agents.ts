/**
 * Who works on which topic, and with which rights (`ChatTopicAgent`):
 * `CreateDefaultChatTopicAgent`, `GetChatTopicUserAgentList`,
 * `GetChatTopicUserAgent`, `AddChatTopicUserAgent`,
 * `UpdateChatTopicUserAgent(s)`, `DeleteChatTopicUserAgent`, and
 * `GetUserAgentList` (the users who can chat, as a list).
 *
 * @internal
 */
import { ChatTopicAgent } from "@so-chat/core/generated/ChatTopicAgent"
import { MDOListItem } from "@so-chat/core/generated/MDOListItem"
import * as ChatTopicAgents from "@so-chat/core/generated/operations/ChatTopicAgents"
import * as Either from "effect/Either"
import * as HashMap from "effect/HashMap"
import type { ResolvedUser } from "../handler.js"
import { handler, SoError } from "../handler.js"
import { accessDenied, argumentNull, noSuchTopic, noSuchUser } from "./refusals.js"
import type { ChatState, TopicState } from "./state.js"
import { agentOf, associateOf, userById, userNamed } from "./state.js"

const sorted = (topic: TopicState): ReadonlyArray<ChatTopicAgent> =>
  Array.from(HashMap.values(topic.agents)).sort((a, b) => (a.user?.associateId ?? 0) - (b.user?.associateId ?? 0))

/** The topic, when the caller manages it. */
const managed = (state: ChatState, chatTopicId: number, user: ResolvedUser): Either.Either<TopicState, SoError> => {
  const found = HashMap.get(state.topics, chatTopicId)
  if (found._tag === "None") return Either.left(noSuchTopic(chatTopicId))
  return agentOf(state, chatTopicId, user)?.canManage === true
    ? Either.right(found.value)
    : Either.left(
      accessDenied(user.username, `manage the agents of chat topic ${chatTopicId}`, {
        chatTopicId: String(chatTopicId)
      })
    )
}

/** The user an agent names: by its `User`'s associate id, else its user name or name. */
const userOfAgent = (
  users: ReadonlyArray<ResolvedUser>,
  agent: ChatTopicAgent
): Either.Either<ResolvedUser, SoError> => {
  const a = agent.user
  const found = (a?.associateId ? userById(users, a.associateId) : undefined) ??
    (a?.userName ? userNamed(users, a.userName) : undefined) ?? (a?.name ? userNamed(users, a.name) : undefined)
  return found === undefined
    ? Either.left(noSuchUser(a?.userName ?? a?.name ?? String(a?.associateId ?? "")))
    : Either.right(found)
}

/** The agent as stored: the topic's id, the user as NetServer writes associates, the rights as given. */
const stored = (chatTopicId: number, user: ResolvedUser, agent: ChatTopicAgent) =>
  new ChatTopicAgent({ ...agent, topicId: chatTopicId, user: associateOf(user) })

const notAgent = (chatTopicId: number, username: string) =>
  new SoError(
    "SoException",
    `${username} is not an agent of chat topic ${chatTopicId}`,
    `${username} does not work on the chat topic ${chatTopicId}.`,
    { chatTopicId: String(chatTopicId), user: username }
  )

export const createDefaultChatTopicAgent = handler({
  operation: ChatTopicAgents.CreateDefaultChatTopicAgent,
  authenticated: true,
  failedResponse: { response: null },
  run: (_, __, state) => Either.right([{ response: new ChatTopicAgent({}) }, state] as const)
})

/** Seen by the topic's agents. */
export const getChatTopicUserAgentList = handler({
  operation: ChatTopicAgents.GetChatTopicUserAgentList,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ chatTopicId }, { user }, state) => {
    const found = HashMap.get(state.topics, chatTopicId)
    if (found._tag === "None") return Either.left(noSuchTopic(chatTopicId))
    if (agentOf(state, chatTopicId, user!) === undefined) {
      return Either.left(
        accessDenied(user!.username, `see the agents of chat topic ${chatTopicId}`, {
          chatTopicId: String(chatTopicId)
        })
      )
    }
    return Either.right([{ response: sorted(found.value) }, state] as const)
  }
})

/** A user who is no agent of the topic answers null. */
export const getChatTopicUserAgent = handler({
  operation: ChatTopicAgents.GetChatTopicUserAgent,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ chatTopicId, username }, { users }, state) => {
    if (!HashMap.has(state.topics, chatTopicId)) return Either.left(noSuchTopic(chatTopicId))
    if (username === null) return Either.left(argumentNull("username", "user name"))
    const target = userNamed(users, username)
    if (target === undefined) return Either.left(noSuchUser(username))
    return Either.right([{ response: agentOf(state, chatTopicId, target) ?? null }, state] as const)
  }
})

/** The state with a topic's agents replaced by `agents`. */
const withAgents = (
  state: ChatState,
  chatTopicId: number,
  topic: TopicState,
  agents: HashMap.HashMap<number, ChatTopicAgent>
): ChatState => ({ ...state, topics: HashMap.set(state.topics, chatTopicId, { ...topic, agents }) })

export const addChatTopicUserAgent = handler({
  operation: ChatTopicAgents.AddChatTopicUserAgent,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ chatTopicId, useragent }, { user, users }, state) =>
    Either.flatMap(managed(state, chatTopicId, user!), (topic) => {
      if (useragent === null) return Either.left(argumentNull("useragent", "agent"))
      return Either.flatMap(userOfAgent(users, useragent), (target) => {
        if (HashMap.has(topic.agents, target.associateId)) {
          return Either.left(
            new SoError(
              "SoException",
              `${target.username} is an agent of chat topic ${chatTopicId} already`,
              `${target.username} works on the chat topic ${chatTopicId} already.`,
              { chatTopicId: String(chatTopicId), user: target.username }
            )
          )
        }
        const agent = stored(chatTopicId, target, useragent)
        return Either.right(
          [
            { response: agent },
            withAgents(state, chatTopicId, topic, HashMap.set(topic.agents, target.associateId, agent))
          ] as const
        )
      })
    })
})

export const updateChatTopicUserAgent = handler({
  operation: ChatTopicAgents.UpdateChatTopicUserAgent,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ chatTopicId, useragent, username }, { user, users }, state) =>
    Either.flatMap(managed(state, chatTopicId, user!), (topic) => {
      if (username === null) return Either.left(argumentNull("username", "user name"))
      if (useragent === null) return Either.left(argumentNull("useragent", "agent"))
      const target = userNamed(users, username)
      if (target === undefined) return Either.left(noSuchUser(username))
      if (!HashMap.has(topic.agents, target.associateId)) return Either.left(notAgent(chatTopicId, target.username))
      const agent = stored(chatTopicId, target, useragent)
      return Either.right(
        [
          { response: agent },
          withAgents(state, chatTopicId, topic, HashMap.set(topic.agents, target.associateId, agent))
        ] as const
      )
    })
})

/** Replaces the topic's agents with these. */
export const updateChatTopicUserAgents = handler({
  operation: ChatTopicAgents.UpdateChatTopicUserAgents,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ chatTopicId, useragents }, { user, users }, state) =>
    Either.flatMap(managed(state, chatTopicId, user!), (topic) => {
      if (useragents === null) return Either.left(argumentNull("useragents", "agents"))
      let agents = HashMap.empty<number, ChatTopicAgent>()
      for (const given of useragents) {
        if (given === null) continue
        const target = userOfAgent(users, given)
        if (Either.isLeft(target)) return Either.left(target.left)
        agents = HashMap.set(agents, target.right.associateId, stored(chatTopicId, target.right, given))
      }
      return Either.right(
        [{ response: sorted({ ...topic, agents }) }, withAgents(state, chatTopicId, topic, agents)] as const
      )
    })
})

export const deleteChatTopicUserAgent = handler({
  operation: ChatTopicAgents.DeleteChatTopicUserAgent,
  authenticated: true,
  failedResponse: {},
  run: ({ chatTopicId, username }, { user, users }, state) =>
    Either.flatMap(managed(state, chatTopicId, user!), (topic) => {
      if (username === null) return Either.left(argumentNull("username", "user name"))
      const target = userNamed(users, username)
      if (target === undefined) return Either.left(noSuchUser(username))
      if (!HashMap.has(topic.agents, target.associateId)) return Either.left(notAgent(chatTopicId, target.username))
      return Either.right(
        [{}, withAgents(state, chatTopicId, topic, HashMap.remove(topic.agents, target.associateId))] as const
      )
    })
})

const isPresent = (state: ChatState, user: ResolvedUser) =>
  HashMap.get(state.presence, user.associateId).pipe((p) => p._tag === "Some" && p.value.present)

const userItem = (user: ResolvedUser) =>
  new MDOListItem({ id: user.associateId, name: user.fullName, toolTip: user.username, type: "associate" })

/**
 * The users who are agents of some topic. `Flat`: one item each; else one
 * item per topic, its agents as children. `OnlyPresent`: only those present.
 */
export const getUserAgentList = handler({
  operation: ChatTopicAgents.GetUserAgentList,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ flat, onlyPresent }, { users }, state) => {
    const wanted = (u: ResolvedUser) => !onlyPresent || isPresent(state, u)
    const topics = Array.from(HashMap.values(state.topics)).sort((a, b) => a.entity.chatTopicId - b.entity.chatTopicId)
    const response = flat
      ? users.filter((u) => wanted(u) && topics.some((t) => HashMap.has(t.agents, u.associateId))).map(userItem)
      : topics.map((t) =>
        new MDOListItem({
          id: t.entity.chatTopicId,
          name: t.entity.name,
          type: "chattopic",
          childItems: users.filter((u) => wanted(u) && HashMap.has(t.agents, u.associateId)).map(userItem)
        })
      )
    return Either.right([{ response }, state] as const)
  }
})
