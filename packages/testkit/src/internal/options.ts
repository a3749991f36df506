/**
 * The fake's options: their defaults, and their checking and resolving into
 * what the server runs on (the users with their secrets in clear, for
 * comparing; never shown).
 *
 * @internal
 */
import * as Duration from "effect/Duration"
import * as Either from "effect/Either"
import * as Redacted from "effect/Redacted"
import type { Options, User } from "../FakeNetServer.js"
import type { Installation, SeedSession } from "../Installation.js"
import type { ResolvedUser } from "./handler.js"
import { checkInstallation } from "./installation/check.js"
import { defaultInstallation } from "./installation/defaultSeed.js"

export const defaultTicketLifetime: Duration.Duration = Duration.hours(8)

export const defaultBasePath = "/Cust12345/"

export const defaultChatSessionIds: ReadonlyArray<number> = [1, 2, 3]

import { defaultApplicationToken } from "./defaults.js"

export { defaultApplicationToken, defaultTicket, defaultUser } from "./defaults.js"

export const defaultMaxRequestBytes = 1024 * 1024

const defaultMaxRecordedRequests = 10_000

/** The options, checked, with the secrets in clear for comparing (never shown). */
export interface ResolvedOptions {
  /** The installation the fake starts with, checked. */
  readonly installation: Installation
  readonly users: ReadonlyArray<ResolvedUser>
  /** The users' configured tickets, which never expire. */
  readonly usersByTicket: ReadonlyMap<string, ResolvedUser>
  readonly online: boolean
  readonly applicationTokens: ReadonlySet<string>
  readonly firstChatMessageId: number
  readonly maxRequestBytes: number
  readonly maxRecordedRequests: number
  /** The installation's path, e.g. `/Cust12345/`; the services are below it. */
  readonly basePath: string
  /** How long a ticket a login issues is valid; `Infinity` for ever. */
  readonly ticketLifetimeMillis: number
  readonly issueTicket: ((login: { readonly username: string; readonly serial: number }) => string) | undefined
}

/** Which option a fake cannot run with, and why (the public module makes it an `InvalidOptions`). */
export interface OptionProblem {
  readonly option: string
  readonly detail: string
}

const INT32_MIN = -2147483648
const INT32_MAX = 2147483647
const isInt32 = (n: number) => Number.isInteger(n) && n >= INT32_MIN && n <= INT32_MAX

const reveal = (secret: string | Redacted.Redacted<string>): string =>
  Redacted.isRedacted(secret) ? Redacted.value(secret) : secret

/** A configured user, with the defaults filled in: its associate id is its position in `users`, from 1. */
const resolveUser = (u: User, i: number): ResolvedUser => ({
  username: u.username,
  password: reveal(u.password),
  ticket: reveal(u.ticket),
  associateId: u.associateId ?? i + 1,
  fullName: u.fullName ?? u.username
})

export const resolveOptions = (options: Options): Either.Either<ResolvedOptions, OptionProblem> => {
  const bad = (option: string, detail: string) => Either.left({ option, detail })
  const badId = Array.from(options.chatSessionIds ?? []).find((id) => !isInt32(id))
  if (badId !== undefined) return bad("chatSessionIds", `${badId} is not an xs:int`)
  const first = options.firstChatMessageId ?? 1
  if (!isInt32(first)) return bad("firstChatMessageId", `${first} is not an xs:int`)
  const maxRequestBytes = options.maxRequestBytes ?? defaultMaxRequestBytes
  if (!Number.isSafeInteger(maxRequestBytes) || maxRequestBytes <= 0) {
    return bad("maxRequestBytes", `${maxRequestBytes} is not a positive integer`)
  }
  const maxRecordedRequests = options.maxRecordedRequests ?? defaultMaxRecordedRequests
  if (!(maxRecordedRequests >= 0)) return bad("maxRecordedRequests", `${maxRecordedRequests} is negative`)
  const basePath = options.basePath ?? defaultBasePath
  if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
    return bad("basePath", `${JSON.stringify(basePath)} must start and end with "/"`)
  }
  const badAssociate = (options.users ?? []).map(resolveUser).find((u) => !isInt32(u.associateId))
  if (badAssociate !== undefined) return bad("users", `associateId ${badAssociate.associateId} is not an xs:int`)
  const installation = effectiveInstallation(options)
  const checked = checkInstallation(installation)
  if (checked._tag === "Left") {
    const { detail, path } = checked.left
    const option = options.users !== undefined && path.startsWith("users") ? "users" : "installation"
    return bad(option, path === "" ? detail : `${path}: ${detail}`)
  }
  const users = installation.users.map((u) =>
    resolveUser({ ...u, fullName: u.fullName ?? u.username }, u.associateId - 1)
  )
  const lifetime = Duration.decodeUnknown(options.ticketLifetime ?? defaultTicketLifetime)
  if (lifetime._tag === "None" || !(Duration.toMillis(lifetime.value) > 0)) {
    return bad("ticketLifetime", `${String(options.ticketLifetime)} is not a positive duration`)
  }
  return Either.right({
    installation,
    users,
    usersByTicket: new Map(users.map((u) => [u.ticket, u])),
    online: options.online ?? false,
    applicationTokens: new Set((options.applicationTokens ?? [defaultApplicationToken]).map(reveal)),
    firstChatMessageId: first,
    maxRequestBytes,
    maxRecordedRequests,
    basePath,
    ticketLifetimeMillis: Duration.toMillis(lifetime.value),
    issueTicket: options.issueTicket
  })
}

/** Older tests' sessions: open, in the first topic, the first user's, empty. */
const legacySessions = (installation: Installation, ids: Iterable<number>): ReadonlyArray<SeedSession> => {
  const topicId = installation.topics[0]?.topic.chatTopicId
  const owner = installation.users[0]?.username
  return topicId === undefined ? [] : Array.from(ids, (chatSessionId) =>
    owner === undefined
      ? { chatSessionId, topicId, status: "InQueue" as const }
      : { chatSessionId, topicId, status: "CustomerLast" as const, user: owner })
}

/**
 * The installation the options make. `users` (the older option) replaces
 * the installation's users, every one of them an agent with every right on
 * every topic (as the fake had no rights before), and the sessions with
 * `chatSessionIds`' (default 1, 2, 3); `chatSessionIds` alone replaces the
 * sessions only.
 */
export const effectiveInstallation = (options: Options): Installation => {
  const base = options.installation ?? defaultInstallation
  if (options.users === undefined) {
    return options.chatSessionIds === undefined
      ? base
      : { ...base, sessions: legacySessions(base, options.chatSessionIds) }
  }
  const users = options.users.map((u, i) => {
    const r = resolveUser(u, i)
    return {
      associateId: r.associateId,
      username: r.username,
      password: Redacted.make(r.password),
      ticket: Redacted.make(r.ticket),
      fullName: r.fullName
    }
  })
  const withUsers: Installation = {
    ...base,
    users,
    topics: base.topics.map(({ topic }) => ({
      topic,
      agents: users.map((u) => ({
        username: u.username,
        canListen: true,
        canRespond: true,
        canManage: true,
        canNotify: true
      }))
    }))
  }
  return { ...withUsers, sessions: legacySessions(withUsers, options.chatSessionIds ?? defaultChatSessionIds) }
}
