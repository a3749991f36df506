/**
 * Whether an installation hangs together (`Installation.validate`): the
 * checks a seed passes besides its schema, each naming where it failed.
 *
 * @internal
 */
import * as Either from "effect/Either"
import * as Redacted from "effect/Redacted"
import type { Installation } from "../../Installation.js"

/** Where a seed is wrong and why (the public module makes it an `InvalidSeed`). */
export interface SeedProblem {
  readonly path: string
  readonly detail: string
}

/** The statuses a session is open in: picked up, the conversation going on. */
export const openStatuses: ReadonlySet<string> = new Set(["CustomerLast", "UserLast"])

export const checkInstallation = (installation: Installation): Either.Either<Installation, SeedProblem> => {
  const problem = (path: string, detail: string) => Either.left({ path, detail })
  const names = new Map<string, number>()
  const associateIds = new Set<number>()
  const tickets = new Set<string>()
  for (const [i, user] of installation.users.entries()) {
    const name = user.username.toLowerCase()
    if (names.has(name)) return problem(`users[${i}].username`, `${user.username} is in users twice`)
    if (associateIds.has(user.associateId)) {
      return problem(`users[${i}].associateId`, `associate id ${user.associateId} is in users twice`)
    }
    names.set(name, user.associateId)
    associateIds.add(user.associateId)
    const ticket = Redacted.value(user.ticket)
    if (tickets.has(ticket)) return problem(`users[${i}].ticket`, `${user.username}'s ticket is another user's too`)
    tickets.add(ticket)
  }
  const topicIds = new Set<number>()
  for (const [i, { agents, topic }] of installation.topics.entries()) {
    if (topicIds.has(topic.chatTopicId)) {
      return problem(`topics[${i}].topic.chatTopicId`, `topic ${topic.chatTopicId} is in topics twice`)
    }
    topicIds.add(topic.chatTopicId)
    const agentNames = new Set<string>()
    for (const [j, agent] of (agents ?? []).entries()) {
      const name = agent.username.toLowerCase()
      if (!names.has(name)) return problem(`topics[${i}].agents[${j}].username`, `no user ${agent.username}`)
      if (agentNames.has(name)) {
        return problem(`topics[${i}].agents[${j}].username`, `${agent.username} is an agent of the topic twice`)
      }
      agentNames.add(name)
    }
  }
  const sessionIds = new Set<number>()
  const messageIds = new Set<number>()
  for (const [i, session] of (installation.sessions ?? []).entries()) {
    const at = `sessions[${i}]`
    if (sessionIds.has(session.chatSessionId)) {
      return problem(`${at}.chatSessionId`, `session ${session.chatSessionId} is in sessions twice`)
    }
    sessionIds.add(session.chatSessionId)
    if (!topicIds.has(session.topicId)) return problem(`${at}.topicId`, `no topic ${session.topicId}`)
    if (session.user !== undefined && !names.has(session.user.toLowerCase())) {
      return problem(`${at}.user`, `no user ${session.user}`)
    }
    if (session.transferTo !== undefined) {
      if (!names.has(session.transferTo.toLowerCase())) {
        return problem(`${at}.transferTo`, `no user ${session.transferTo}`)
      }
      if (!openStatuses.has(session.status) || session.user === undefined) {
        return problem(
          `${at}.transferTo`,
          `only an open session with a user (CustomerLast, UserLast) can be on its way`
        )
      }
      if (session.transferTo.toLowerCase() === session.user.toLowerCase()) {
        return problem(`${at}.transferTo`, `the session is ${session.user}'s already`)
      }
    }
    if (openStatuses.has(session.status) && session.user === undefined) {
      return problem(`${at}.user`, `an open session (${session.status}) has a user`)
    }
    if (session.status === "InQueue" && session.user !== undefined) {
      return problem(`${at}.user`, `a session in the queue has no user yet`)
    }
    for (const [j, message] of (session.messages ?? []).entries()) {
      if (message.chatMessageId === undefined) continue
      if (messageIds.has(message.chatMessageId)) {
        return problem(`${at}.messages[${j}].chatMessageId`, `message ${message.chatMessageId} is in the seed twice`)
      }
      messageIds.add(message.chatMessageId)
    }
  }
  return Either.right(installation)
}
