/**
 * Presence for chat: `GetChatPresence` (every user: present or not, in
 * which topics, how many chats going on) and `SaveChatPresence` (a user
 * sets its own).
 *
 * @internal
 */
import { ChatPresence } from "@so-chat/core/generated/ChatPresence"
import * as ChatPresenceOps from "@so-chat/core/generated/operations/ChatPresence"
import * as Either from "effect/Either"
import * as HashMap from "effect/HashMap"
import type { ResolvedUser } from "../handler.js"
import { handler } from "../handler.js"
import { accessDenied, argumentNull } from "./refusals.js"
import type { ChatState } from "./state.js"
import { openStatuses } from "./state.js"

/** The topics a user is an agent of, by id. */
const topicsOf = (state: ChatState, user: ResolvedUser): ReadonlyArray<number> =>
  Array.from(HashMap.values(state.topics))
    .filter((t) => HashMap.has(t.agents, user.associateId))
    .map((t) => t.entity.chatTopicId)
    .sort((a, b) => a - b)

export const presenceOf = (state: ChatState, users: ReadonlyArray<ResolvedUser>): ReadonlyArray<ChatPresence> =>
  users.map((user) => {
    const p = HashMap.get(state.presence, user.associateId)
    const present = p._tag === "Some" ? p.value.present : false
    const ongoingChats = HashMap.reduce(
      state.sessions,
      0,
      (n, s) => openStatuses.has(s.entity.status) && s.entity.user?.associateId === user.associateId ? n + 1 : n
    )
    return new ChatPresence({
      userId: user.associateId,
      displayName: user.fullName,
      ongoingChats,
      present,
      chatTopics: p._tag === "Some" && p.value.chatTopics !== null ? p.value.chatTopics : topicsOf(state, user)
    })
  })

export const getChatPresence = handler({
  operation: ChatPresenceOps.GetChatPresence,
  authenticated: true,
  failedResponse: { response: null },
  run: (_, { users }, state) => Either.right([{ response: presenceOf(state, users) }, state] as const)
})

/**
 * Each entry sets one user's presence (`Present`, and `ChatTopics` when
 * given); a user sets only its own (`UserId` 0 means the caller).
 */
export const saveChatPresence = handler({
  operation: ChatPresenceOps.SaveChatPresence,
  authenticated: true,
  failedResponse: {},
  run: ({ chatPresence }, { user }, state) => {
    if (chatPresence === null) return Either.left(argumentNull("chatPresence", "presence"))
    let presence = state.presence
    for (const entry of chatPresence) {
      if (entry === null) continue
      const userId = entry.userId === 0 ? user!.associateId : entry.userId
      if (userId !== user!.associateId) {
        return Either.left(
          accessDenied(user!.username, `set the presence of user ${userId}`, { userId: String(userId) })
        )
      }
      presence = HashMap.set(presence, userId, { present: entry.present, chatTopics: entry.chatTopics })
    }
    return Either.right([{}, { ...state, presence }] as const)
  }
})
