/**
 * Chat sessions as entities: `CreateChatSessionForTopic` (a customer's
 * request, queued), `CreateDefaultChatSessionEntity`, `GetChatSessionEntity`,
 * `SaveChatSessionEntity` (customer fields, and closing), `DeleteChatSessionEntity`,
 * `ChatSessionsForUser`.
 *
 * @internal
 */
import { ChatSessionEntity } from "@so-chat/core/generated/ChatSession"
import * as ChatSessions from "@so-chat/core/generated/operations/ChatSessions"
import * as Xsd from "@so-chat/core/Xsd"
import * as Chunk from "effect/Chunk"
import type * as DateTime from "effect/DateTime"
import * as Either from "effect/Either"
import * as HashMap from "effect/HashMap"
import type { ResolvedUser } from "../handler.js"
import { handler } from "../handler.js"
import { accessDenied, argumentNull, noSuchSession, noSuchTopic, notAllowed } from "./refusals.js"
import { canAct, canSee, isOwner } from "./rights.js"
import type { ChatState } from "./state.js"
import { endedStatuses, postSpecial, queueLength, transition } from "./state.js"

/** How long an ended session stays in its owner's list, as SuperOffice's chat list shows recent ones (8 hours). */
const RECENT_MILLIS = 8 * 60 * 60 * 1000

/** The customer's side of an entity, the fields a caller may set. */
const customerFields = (e: ChatSessionEntity) => ({
  person: e.person,
  customerAlias: e.customerAlias,
  customerHost: e.customerHost,
  customerName: e.customerName,
  customerEmail: e.customerEmail,
  customerPhone: e.customerPhone,
  customerConsented: e.customerConsented,
  customerCompanyName: e.customerCompanyName,
  contact: e.contact,
  project: e.project,
  sale: e.sale,
  ticket: e.ticket,
  rank: e.rank,
  alertLevel: e.alertLevel,
  flags: e.flags,
  chatbotIsActive: e.chatbotIsActive,
  rating: e.rating
})

/** A new session waiting in a topic's queue, with the NewSession message NetServer posts. */
const queue = (
  state: ChatState,
  chatTopicId: number,
  fields: Partial<ReturnType<typeof customerFields>>,
  user: ResolvedUser,
  now: DateTime.Utc,
  operation: string
): Either.Either<readonly [{ readonly response: ChatSessionEntity }, ChatState], ReturnType<typeof noSuchTopic>> => {
  if (!HashMap.has(state.topics, chatTopicId)) return Either.left(noSuchTopic(chatTopicId))
  const id = state.nextChatSessionId
  const entity = new ChatSessionEntity({
    ...fields,
    chatSessionId: id,
    topicId: chatTopicId,
    status: "InQueue",
    whenRequested: now,
    whenIdle: now,
    sessionKey: `fake-session-${id}`,
    initialQueuePos: queueLength(state, chatTopicId) + 1
  }, true)
  const added: ChatState = {
    ...state,
    nextChatSessionId: id + 1,
    sessions: HashMap.set(state.sessions, id, {
      entity,
      messages: Chunk.empty(),
      transitions: Chunk.empty(),
      postedBy: HashMap.empty()
    })
  }
  const recorded = transition(added, id, {}, { at: now, by: user, operation })
  const next = postSpecial(recorded, id, "NewSession", "New chat session", null, now)
  return Either.right([{ response: HashMap.unsafeGet(next.sessions, id).entity }, next] as const)
}

export const createChatSessionForTopic = handler({
  operation: ChatSessions.CreateChatSessionForTopic,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ chatTopicId }, { now, user }, state) => queue(state, chatTopicId, {}, user!, now, "CreateChatSessionForTopic")
})

export const createDefaultChatSessionEntity = handler({
  operation: ChatSessions.CreateDefaultChatSessionEntity,
  authenticated: true,
  failedResponse: { response: null },
  run: (_, { now }, state) =>
    Either.right([{ response: new ChatSessionEntity({ status: "InQueue", whenRequested: now }) }, state] as const)
})

/** An unknown (or deleted) id answers null, as NetServer's entity reads do; one the caller may not see is refused. */
export const getChatSessionEntity = handler({
  operation: ChatSessions.GetChatSessionEntity,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ chatSessionEntityId }, { user }, state) => {
    const found = HashMap.get(state.sessions, chatSessionEntityId)
    if (found._tag === "None" || found.value.entity.status === "Deleted") {
      return Either.right([{ response: null }, state] as const)
    }
    if (!canSee(state, found.value.entity, user!)) {
      return Either.left(
        accessDenied(user!.username, `see chat session ${chatSessionEntityId}`, {
          chatSessionId: String(chatSessionEntityId)
        })
      )
    }
    return Either.right([{ response: found.value.entity }, state] as const)
  }
})

/**
 * Id 0 queues a new session (in the entity's `TopicId`, with its customer
 * fields). An existing one takes the customer fields; its status may stay,
 * or become `Closed` or `Finished`, which ends it (`WhenEnded`, the
 * `ClosedByUser` message). Owner, transfer and times are NetServer's to set,
 * and kept.
 */
export const saveChatSessionEntity = handler({
  operation: ChatSessions.SaveChatSessionEntity,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ chatSessionEntity }, { now, user }, state) => {
    if (chatSessionEntity === null) return Either.left(argumentNull("chatSessionEntity", "chat session"))
    const id = chatSessionEntity.chatSessionId
    if (id === 0) {
      return queue(
        state,
        chatSessionEntity.topicId,
        customerFields(chatSessionEntity),
        user!,
        now,
        "SaveChatSessionEntity"
      )
    }
    const found = HashMap.get(state.sessions, id)
    if (found._tag === "None" || found.value.entity.status === "Deleted") return Either.left(noSuchSession(id))
    const entity = found.value.entity
    if (!canAct(state, entity, user!)) {
      return Either.left(accessDenied(user!.username, `change chat session ${id}`, { chatSessionId: String(id) }))
    }
    const status = chatSessionEntity.status
    const closing = status !== entity.status && (status === "Closed" || status === "Finished")
    if (status !== entity.status && !closing) {
      return Either.left(
        notAllowed(
          entity,
          `become ${status}`,
          "a save only closes a session; PickUp, Transfer, Reset and Delete make the other steps"
        )
      )
    }
    if (closing && endedStatuses.has(entity.status)) {
      return Either.left(notAllowed(entity, `become ${status}`, `it is ${entity.status}`))
    }
    const changed = transition(
      state,
      id,
      closing
        ? { ...customerFields(chatSessionEntity), status, whenEnded: now, transferTo: null }
        : customerFields(chatSessionEntity),
      { at: now, by: user!, operation: "SaveChatSessionEntity" }
    )
    // A save that changes no status is no transition.
    const next = closing
      ? postSpecial(changed, id, "ClosedByUser", `${user!.fullName} closed the chat`, user!.username, now)
      : {
        ...changed,
        sessions: HashMap.modify(changed.sessions, id, (s) => ({ ...s, transitions: found.value.transitions }))
      }
    return Either.right([{ response: HashMap.unsafeGet(next.sessions, id).entity }, next] as const)
  }
})

/** Ends and removes a session (reads answer null after); the fake keeps it, `Deleted`, for a test to read. */
export const deleteChatSessionEntity = handler({
  operation: ChatSessions.DeleteChatSessionEntity,
  authenticated: true,
  failedResponse: {},
  run: ({ chatSessionEntityId: id }, { now, user }, state) => {
    const found = HashMap.get(state.sessions, id)
    if (found._tag === "None" || found.value.entity.status === "Deleted") return Either.left(noSuchSession(id))
    if (!canAct(state, found.value.entity, user!)) {
      return Either.left(accessDenied(user!.username, `delete chat session ${id}`, { chatSessionId: String(id) }))
    }
    const ended = found.value.entity.whenEnded.epochMillis > Xsd.DateTimeMin.epochMillis
    const deleted = transition(state, id, {
      status: "Deleted",
      transferTo: null,
      ...(ended ? {} : { whenEnded: now })
    }, { at: now, by: user!, operation: "DeleteChatSessionEntity" })
    return Either.right(
      [{}, postSpecial(deleted, id, "SessionDeleted", "The chat was deleted", user!.username, now)] as const
    )
  }
})

/**
 * The caller's chat list: the sessions waiting or going on that it may see
 * (its own, those on their way to it, and those of topics it may listen
 * to), and its own ended in the last 8 hours; by id.
 */
export const chatSessionsForUser = handler({
  operation: ChatSessions.ChatSessionsForUser,
  authenticated: true,
  failedResponse: { response: null },
  run: (_, { now, user }, state) => {
    const response = Array.from(HashMap.values(state.sessions))
      .map((s) => s.entity)
      .filter((e) =>
        e.status !== "Deleted" && (endedStatuses.has(e.status)
          ? isOwner(e, user!) && now.epochMillis - e.whenEnded.epochMillis <= RECENT_MILLIS
          : canSee(state, e, user!))
      )
      .sort((a, b) => a.chatSessionId - b.chatSessionId)
    return Either.right([{ response }, state] as const)
  }
})
