/**
 * The messages of a session: `AddChatMessage` (which moves an open session
 * between `CustomerLast` and `UserLast` by who wrote), `GetChatMessages`,
 * `GetChatTranscript` (text or escaped HTML).
 *
 * @internal
 */
import { AddChatMessage, GetChatMessages } from "@so-chat/core"
import type { ChatMessage } from "@so-chat/core"
import { ChatSessionEntity } from "@so-chat/core/generated/ChatSession"
import * as ChatMessages from "@so-chat/core/generated/operations/ChatMessages"
import * as Chunk from "effect/Chunk"
import * as DateTime from "effect/DateTime"
import * as Either from "effect/Either"
import * as HashMap from "effect/HashMap"
import { handler } from "../handler.js"
import { SoError } from "../handler.js"
import { accessDenied, notAllowed } from "./refusals.js"
import { canAct, isOwner, visibleSession } from "./rights.js"
import type { SessionState } from "./state.js"
import { endedStatuses, openStatuses, post, transition } from "./state.js"

/**
 * A customer's message (`ToUser`) may be posted by whoever sees the session
 * (an integration writes on the customer's behalf); an agent's (`ToCustomer`,
 * `Special`) by the session's owner or a manager of its topic, once it is
 * picked up. Nothing is posted to an ended session.
 */
export const addChatMessage = handler({
  operation: AddChatMessage.operation,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ chatSessionId, message }, { now, user }, state) => {
    if (message === null) {
      return Either.left(
        new SoError(
          "ArgumentNullException",
          "Value cannot be null. Parameter name: message",
          "No message was given to add to the chat session.",
          { parameter: "message" }
        )
      )
    }
    return Either.flatMap(visibleSession(state, chatSessionId, user!), ({ entity }) => {
      if (endedStatuses.has(entity.status)) {
        return Either.left(notAllowed(entity, "take messages", `it is ${entity.status}`))
      }
      const fromCustomer = message.type === "ToUser"
      if (!fromCustomer) {
        if (!canAct(state, entity, user!)) {
          return Either.left(
            accessDenied(user!.username, `write to the customer in chat session ${chatSessionId}`, {
              chatSessionId: String(chatSessionId)
            })
          )
        }
        if (!openStatuses.has(entity.status)) {
          return Either.left(
            notAllowed(entity, "take an agent's message", `it is ${entity.status}; pick it up first`)
          )
        }
      }
      const [stored, posted] = post(state, chatSessionId, message, now, fromCustomer ? null : user!)
      const status = !openStatuses.has(entity.status)
        ? entity.status
        : message.type === "ToUser"
        ? "CustomerLast" as const
        : message.type === "ToCustomer"
        ? "UserLast" as const
        : entity.status
      const next = status === entity.status
        ? posted
        : transition(posted, chatSessionId, { status }, { at: now, by: user!, operation: "AddChatMessage" })
      return Either.right([{ response: stored }, next] as const)
    })
  }
})

/** What was added comes back, in the order it was added, after the given id; the owner's read sets `WhenFetched`. */
export const getChatMessages = handler({
  operation: GetChatMessages.operation,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ after, chatSessionId }, { now, user }, state) =>
    Either.map(visibleSession(state, chatSessionId, user!), (session) => {
      const response = Chunk.toReadonlyArray(Chunk.filter(session.messages, (m) => m.chatMessageId > after))
      const next = isOwner(session.entity, user!)
        ? {
          ...state,
          sessions: HashMap.set(state.sessions, chatSessionId, {
            ...session,
            entity: new ChatSessionEntity({ ...session.entity, whenFetched: now }, true)
          })
        }
        : state
      return [{ response }, next] as const
    })
})

const authorOf = (session: SessionState, m: ChatMessage.ChatMessage): string =>
  m.author ??
    (m.type === "ToUser"
      ? session.entity.customerName ?? session.entity.customerAlias ?? "Customer"
      : HashMap.get(session.postedBy, m.chatMessageId).pipe((by) =>
        by._tag === "Some" ? by.value : session.entity.user?.fullName ?? "Agent"
      ))

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" })[c]!)

const clock = (d: DateTime.Utc) => DateTime.formatIso(d).replace(/\.\d+Z$/, "Z")

/** The transcript as text: one line per message, `time author: text`, a special message as `time * text`. */
export const transcriptText = (session: SessionState): string =>
  Chunk.toReadonlyArray(session.messages).map((m) =>
    m.type === "Special"
      ? `${clock(m.whenPosted)} * ${m.message ?? ""}\n`
      : `${clock(m.whenPosted)} ${authorOf(session, m)}: ${m.message ?? ""}\n`
  ).join("")

/** The transcript as HTML: every text escaped, line breaks as `<br>`. */
export const transcriptHtml = (session: SessionState): string => {
  const html = (text: string) => escapeHtml(text).replace(/\r?\n/g, "<br>")
  const rows = Chunk.toReadonlyArray(session.messages).map((m) => {
    const kind = m.type === "ToUser" ? "customer" : m.type === "ToCustomer" ? "agent" : "special"
    const who = m.type === "Special" ? "" : `<span class="author">${html(authorOf(session, m))}</span> `
    return `<p class="${kind}"><time datetime="${clock(m.whenPosted)}">${clock(m.whenPosted)}</time> ${who}` +
      `<span class="message">${html(m.message ?? "")}</span></p>`
  })
  return `<div class="chat-transcript" data-chat-session-id="${session.entity.chatSessionId}">${rows.join("")}</div>`
}

export const getChatTranscript = handler({
  operation: ChatMessages.GetChatTranscript,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ chatSessionId, html }, { user }, state) =>
    Either.map(
      visibleSession(state, chatSessionId, user!),
      (session) => [{ response: html ? transcriptHtml(session) : transcriptText(session) }, state] as const
    )
})
