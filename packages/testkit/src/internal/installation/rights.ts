/**
 * Who may see and do what with a session, by the caller's rights on its
 * topic (`ChatTopicAgent`) and its role in the session (owner, transfer
 * target).
 *
 * @internal
 */
import type { ChatSessionEntity } from "@so-chat/core/generated/ChatSession"
import * as Either from "effect/Either"
import * as HashMap from "effect/HashMap"
import type { ResolvedUser, SoError } from "../handler.js"
import { accessDenied, noSuchSession } from "./refusals.js"
import type { ChatState, SessionState } from "./state.js"
import { agentOf } from "./state.js"

export const isOwner = (session: ChatSessionEntity, user: ResolvedUser): boolean =>
  session.user?.associateId === user.associateId

export const isTransferTarget = (session: ChatSessionEntity, user: ResolvedUser): boolean =>
  session.transferTo?.associateId === user.associateId

/** Sees the session: its owner, its transfer target, or an agent who may listen to (or manage) its topic. */
export const canSee = (state: ChatState, session: ChatSessionEntity, user: ResolvedUser): boolean => {
  if (isOwner(session, user) || isTransferTarget(session, user)) return true
  const agent = agentOf(state, session.topicId, user)
  return agent !== undefined && (agent.canListen || agent.canManage)
}

/** Speaks for the agents' side in the session: its owner, or a manager of its topic. */
export const canAct = (state: ChatState, session: ChatSessionEntity, user: ResolvedUser): boolean =>
  isOwner(session, user) || agentOf(state, session.topicId, user)?.canManage === true

export const canRespondIn = (state: ChatState, topicId: number, user: ResolvedUser): boolean =>
  agentOf(state, topicId, user)?.canRespond === true

/** The session, if it exists and is not deleted, and the caller may see it. */
export const visibleSession = (
  state: ChatState,
  chatSessionId: number,
  user: ResolvedUser
): Either.Either<SessionState, SoError> => {
  const found = HashMap.get(state.sessions, chatSessionId)
  if (found._tag === "None" || found.value.entity.status === "Deleted") return Either.left(noSuchSession(chatSessionId))
  return canSee(state, found.value.entity, user)
    ? Either.right(found.value)
    : Either.left(
      accessDenied(user.username, `see chat session ${chatSessionId}`, {
        chatSessionId: String(chatSessionId),
        chatTopicId: String(found.value.entity.topicId)
      })
    )
}
