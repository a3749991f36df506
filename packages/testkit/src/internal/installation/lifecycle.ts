/**
 * A session's way through the installation: picked up from the queue
 * (`PickUpChatSession`, `PickUpFirstChatSession`), transferred to a
 * colleague (`TransferChatSession`, then `AcceptChatSessionTransfer` or
 * `RejectChatSessionTransfer`), put back in the queue (`ResetChatSession`).
 * Where SuperOffice's documentation says "nothing happens", the session is
 * answered unchanged.
 *
 * @internal
 */
import type { ChatSessionEntity } from "@so-chat/core/generated/ChatSession"
import * as ChatSessions from "@so-chat/core/generated/operations/ChatSessions"
import type * as DateTime from "effect/DateTime"
import * as Either from "effect/Either"
import * as HashMap from "effect/HashMap"
import type { ResolvedUser, SoError } from "../handler.js"
import { handler } from "../handler.js"
import { accessDenied, argumentNull, noSuchUser, notAllowed } from "./refusals.js"
import { canAct, canRespondIn, isOwner, visibleSession } from "./rights.js"
import type { ChatState } from "./state.js"
import { associateOf, endedStatuses, openStatuses, postSpecial, transition, userById, userNamed } from "./state.js"

type Step = Either.Either<readonly [{ readonly response: ChatSessionEntity | null }, ChatState], SoError>

const answer = (state: ChatState, chatSessionId: number): Step =>
  Either.right([{ response: HashMap.unsafeGet(state.sessions, chatSessionId).entity }, state] as const)

const whyNot = (entity: ChatSessionEntity): string =>
  openStatuses.has(entity.status)
    ? `it is ${entity.user?.name ?? "someone"}'s already`
    : `it is ${entity.status}`

/** The caller takes a waiting session: it becomes its owner, and the topic's welcome message is sent. */
const pickUp = (
  state: ChatState,
  entity: ChatSessionEntity,
  user: ResolvedUser,
  now: DateTime.Utc,
  operation: string
): Step => {
  if (entity.status !== "InQueue") return Either.left(notAllowed(entity, "be picked up", whyNot(entity)))
  if (!canRespondIn(state, entity.topicId, user)) {
    return Either.left(
      accessDenied(user.username, `pick up chats of topic ${entity.topicId}`, { chatTopicId: String(entity.topicId) })
    )
  }
  const id = entity.chatSessionId
  const picked = transition(state, id, { status: "CustomerLast", user: associateOf(user), whenStarted: now }, {
    at: now,
    by: user,
    operation
  })
  const welcome = HashMap.get(state.topics, entity.topicId).pipe((t) =>
    t._tag === "Some" ? t.value.entity.welcomeMessage : null
  )
  const next = welcome === null || welcome === ""
    ? picked
    : postSpecial(picked, id, "Welcome", welcome, null, now)
  return answer(next, id)
}

export const pickUpChatSession = handler({
  operation: ChatSessions.PickUpChatSession,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ chatSessionId }, { now, user }, state) =>
    Either.flatMap(
      visibleSession(state, chatSessionId, user!),
      ({ entity }) => pickUp(state, entity, user!, now, "PickUpChatSession")
    )
})

/** The oldest waiting session (by `WhenRequested`, then id) of the topics the caller may respond in; none: null. */
export const pickUpFirstChatSession = handler({
  operation: ChatSessions.PickUpFirstChatSession,
  authenticated: true,
  failedResponse: { response: null },
  run: (_, { now, user }, state) => {
    const waiting = Array.from(HashMap.values(state.sessions))
      .map((s) => s.entity)
      .filter((e) => e.status === "InQueue" && canRespondIn(state, e.topicId, user!))
      .sort((a, b) => a.whenRequested.epochMillis - b.whenRequested.epochMillis || a.chatSessionId - b.chatSessionId)
    const first = waiting[0]
    return first === undefined
      ? Either.right([{ response: null }, state] as const)
      : pickUp(state, first, user!, now, "PickUpFirstChatSession")
  }
})

/** A user by name (without regard to case) or by associate id, as SuperOffice's `toAssociate` takes either. */
const resolveAssociate = (users: ReadonlyArray<ResolvedUser>, text: string): ResolvedUser | undefined =>
  userNamed(users, text) ?? (/^\d+$/.test(text.trim()) ? userById(users, Number(text.trim())) : undefined)

/**
 * Asks a colleague to take the session over (`TransferTo`); it stays the
 * caller's until accepted. Not the caller's session: nothing happens.
 */
export const transferChatSession = handler({
  operation: ChatSessions.TransferChatSession,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ chatSessionId, toAssociate }, { now, user, users }, state) =>
    Either.flatMap(visibleSession(state, chatSessionId, user!), ({ entity }): Step => {
      if (toAssociate === null || toAssociate.trim() === "") {
        return Either.left(argumentNull("toAssociate", "user to transfer to"))
      }
      if (!isOwner(entity, user!)) return answer(state, chatSessionId)
      if (!openStatuses.has(entity.status)) {
        return Either.left(notAllowed(entity, "be transferred", `it is ${entity.status}`))
      }
      if (entity.transferTo !== null) {
        return Either.left(
          notAllowed(entity, "be transferred", `it is on its way to ${entity.transferTo.name} already`)
        )
      }
      const target = resolveAssociate(users, toAssociate)
      if (target === undefined) return Either.left(noSuchUser(toAssociate))
      if (target.associateId === user!.associateId) {
        return Either.left(notAllowed(entity, `be transferred to ${target.username}`, "it is theirs already"))
      }
      if (!canRespondIn(state, entity.topicId, target)) {
        return Either.left(
          accessDenied(target.username, `take chats of topic ${entity.topicId}`, {
            chatTopicId: String(entity.topicId)
          })
        )
      }
      const next = transition(state, chatSessionId, { transferTo: associateOf(target) }, {
        at: now,
        by: user!,
        operation: "TransferChatSession"
      })
      return answer(next, chatSessionId)
    })
})

/** The checks accepting and rejecting share: not being transferred, nothing happens; meant for another, refused. */
const asTransferTarget = (
  state: ChatState,
  chatSessionId: number,
  user: ResolvedUser,
  what: string,
  then: (entity: ChatSessionEntity) => Step
): Step =>
  Either.flatMap(visibleSession(state, chatSessionId, user), ({ entity }) => {
    if (entity.transferTo === null) return answer(state, chatSessionId)
    if (entity.transferTo.associateId !== user.associateId) {
      return Either.left(
        accessDenied(
          user.username,
          `${what} a transfer of chat session ${chatSessionId} meant for ${entity.transferTo.name}`,
          {
            chatSessionId: String(chatSessionId)
          }
        )
      )
    }
    return then(entity)
  })

export const acceptChatSessionTransfer = handler({
  operation: ChatSessions.AcceptChatSessionTransfer,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ chatSessionId }, { now, user }, state) =>
    asTransferTarget(state, chatSessionId, user!, "accept", (entity) => {
      const from = entity.user?.fullName ?? entity.user?.name ?? "a colleague"
      const handed = transition(state, chatSessionId, { user: associateOf(user!), transferTo: null }, {
        at: now,
        by: user!,
        operation: "AcceptChatSessionTransfer"
      })
      const next = postSpecial(
        handed,
        chatSessionId,
        "TransferedSession",
        `The chat was transferred from ${from} to ${user!.fullName}`,
        user!.username,
        now
      )
      return answer(next, chatSessionId)
    })
})

export const rejectChatSessionTransfer = handler({
  operation: ChatSessions.RejectChatSessionTransfer,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ chatSessionId }, { now, user }, state) =>
    asTransferTarget(state, chatSessionId, user!, "reject", () => {
      const back = transition(state, chatSessionId, { transferTo: null }, {
        at: now,
        by: user!,
        operation: "RejectChatSessionTransfer"
      })
      const next = postSpecial(
        back,
        chatSessionId,
        "TransferRejected",
        `${user!.fullName} did not take the chat over`,
        user!.username,
        now
      )
      return answer(next, chatSessionId)
    })
})

/**
 * Puts a picked-up session back in the queue for another to pick up (how a
 * bot hands a chat to a person): no owner, no transfer. Already waiting:
 * nothing happens; ended: refused.
 */
export const resetChatSession = handler({
  operation: ChatSessions.ResetChatSession,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ chatSessionId }, { now, user }, state) =>
    Either.flatMap(visibleSession(state, chatSessionId, user!), ({ entity }): Step => {
      if (endedStatuses.has(entity.status)) {
        return Either.left(notAllowed(entity, "be put back in the queue", `it is ${entity.status}`))
      }
      if (entity.status === "InQueue") return answer(state, chatSessionId)
      if (!canAct(state, entity, user!)) {
        return Either.left(
          accessDenied(user!.username, `put chat session ${chatSessionId} back in the queue`, {
            chatSessionId: String(chatSessionId)
          })
        )
      }
      const next = transition(state, chatSessionId, { status: "InQueue", user: null, transferTo: null }, {
        at: now,
        by: user!,
        operation: "ResetChatSession"
      })
      return answer(next, chatSessionId)
    })
})
