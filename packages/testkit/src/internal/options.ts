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
import type { ResolvedUser } from "./operations.js"

export const defaultTicketLifetime: Duration.Duration = Duration.hours(8)

export const defaultBasePath = "/Cust12345/"

export const defaultChatSessionIds: ReadonlyArray<number> = [1, 2, 3]

export const defaultTicket: Redacted.Redacted<string> = Redacted.make("7T:1234abcxyzExample==")

export const defaultApplicationToken: Redacted.Redacted<string> = Redacted.make("1234567-1234-9876")

export const defaultUser: User = {
  username: "ada",
  password: Redacted.make("lovelace"),
  ticket: defaultTicket
}

export const defaultMaxRequestBytes = 1024 * 1024

const defaultMaxRecordedRequests = 10_000

/** The options, checked, with the secrets in clear for comparing (never shown). */
export interface ResolvedOptions {
  readonly chatSessionIds: ReadonlyArray<number>
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
  const chatSessionIds = Array.from(options.chatSessionIds ?? defaultChatSessionIds)
  const badId = chatSessionIds.find((id) => !isInt32(id))
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
  const users = (options.users ?? [defaultUser]).map(resolveUser)
  const badAssociate = users.find((u) => !isInt32(u.associateId))
  if (badAssociate !== undefined) return bad("users", `associateId ${badAssociate.associateId} is not an xs:int`)
  const lifetime = Duration.decodeUnknown(options.ticketLifetime ?? defaultTicketLifetime)
  if (lifetime._tag === "None" || !(Duration.toMillis(lifetime.value) > 0)) {
    return bad("ticketLifetime", `${String(options.ticketLifetime)} is not a positive duration`)
  }
  return Either.right({
    chatSessionIds,
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
