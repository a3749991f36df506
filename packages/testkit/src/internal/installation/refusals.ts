/**
 * What NetServer refuses in the chat installation, as `SoError`s (an
 * `ExceptionInfo` header on HTTP 200, decision 18): unknown ids, a caller
 * without the right, a transition the session's state does not allow.
 *
 * @internal
 */
import type { ChatSessionEntity } from "@so-chat/core/generated/ChatSession"
import { SoError } from "../handler.js"

export const noSuchSession = (chatSessionId: number) =>
  new SoError(
    "SoException",
    `Chat session ${chatSessionId} does not exist`,
    `The chat session ${chatSessionId} was not found. It may have been deleted.`,
    { chatSessionId: String(chatSessionId) }
  )

export const noSuchTopic = (chatTopicId: number) =>
  new SoError(
    "SoException",
    `Chat topic ${chatTopicId} does not exist`,
    `The chat topic ${chatTopicId} was not found. It may have been deleted.`,
    { chatTopicId: String(chatTopicId) }
  )

export const noSuchUser = (name: string) =>
  new SoError(
    "SoException",
    `There is no user ${JSON.stringify(name)}`,
    `No user is called ${name}.`,
    { user: name }
  )

export const argumentNull = (parameter: string, what: string) =>
  new SoError(
    "ArgumentNullException",
    `Value cannot be null. Parameter name: ${parameter}`,
    `No ${what} was given.`,
    { parameter }
  )

/** The caller lacks the right (`CanListen`, `CanRespond`, `CanManage`) or the role the step needs. */
export const accessDenied = (username: string, what: string, parameters: Readonly<Record<string, string>> = {}) =>
  new SoError(
    "SoAccessDeniedException",
    `${username} may not ${what}`,
    `You do not have the right to ${what}.`,
    { user: username, ...parameters }
  )

/** The session's state does not allow the step. */
export const notAllowed = (session: ChatSessionEntity, what: string, why: string) =>
  new SoError(
    "SoException",
    `Chat session ${session.chatSessionId} cannot ${what}: ${why}`,
    `The chat session ${session.chatSessionId} cannot ${what}: ${why}.`,
    { chatSessionId: String(session.chatSessionId), status: session.status }
  )
