/**
 * Who is calling: NetServer's checks of the application token and the
 * ticket, and the randomness a new ticket is made of.
 *
 * @internal
 */
import type { NetServerHeaders } from "@so-chat/core"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as HashMap from "effect/HashMap"
import * as Option from "effect/Option"
import * as Random from "effect/Random"
import * as Redacted from "effect/Redacted"
import type { ChatState, OperationHandler, ResolvedUser } from "./handler.js"
import { SoError } from "./handler.js"
import type { ResolvedOptions } from "./options.js"

const sessionException = (message: string, friendlyText: string) =>
  new SoError("SoSessionException", message, friendlyText)

/** Whose ticket this is: a configured user's (never expires) or one a login issued and that has not expired. */
const ticketOwner = (
  options: ResolvedOptions,
  state: ChatState,
  ticket: string,
  now: number
): Either.Either<ResolvedUser, SoError> => {
  const configured = options.usersByTicket.get(ticket)
  if (configured !== undefined) return Either.right(configured)
  const issued = HashMap.get(state.tickets, ticket)
  if (Option.isSome(issued) && issued.value.expiresAt > now) return Either.right(issued.value.user)
  return Either.left(
    Option.isSome(issued)
      ? sessionException(
        "The ticket has expired",
        "Your session has expired. Log in and try again."
      )
      : sessionException(
        "The ticket is not valid: it is unknown or has expired",
        "Your session has expired or is not valid. Log in and try again."
      )
  )
}

export const checkCaller = (
  options: ResolvedOptions,
  entry: OperationHandler<any, any>,
  headers: NetServerHeaders.RequestHeaders,
  state: ChatState,
  now: number
): Either.Either<ResolvedUser | undefined, SoError> => {
  if (options.online) {
    const token = headers.applicationToken
    if (token === undefined) {
      return Either.left(
        new SoError(
          "SoSecurityException",
          "No application token was sent; this Online installation requires one",
          "The application is not allowed to access this installation: it did not identify itself with an application token."
        )
      )
    }
    if (!options.applicationTokens.has(Redacted.value(token))) {
      return Either.left(
        new SoError(
          "SoSecurityException",
          "The application token is not valid for this Online installation",
          "The application is not allowed to access this installation: its application token is not valid."
        )
      )
    }
  }
  if (!entry.authenticated) return Either.right(undefined)
  const ticket = headers.ticket
  if (ticket === undefined) {
    return Either.left(
      sessionException(
        "No credentials were sent: the Credentials header with a Ticket is required",
        "You are not logged in. Log in and try again."
      )
    )
  }
  return ticketOwner(options, state, Redacted.value(ticket), now)
}

/** Twelve random bytes from the fake's `Random`, for a ticket. */
export const nonce: Effect.Effect<Uint8Array> = Effect.map(
  Effect.all([Random.nextInt, Random.nextInt, Random.nextInt]),
  (ints) => {
    const bytes = new Uint8Array(12)
    const view = new DataView(bytes.buffer)
    ints.forEach((n, i) => view.setUint32(i * 4, n >>> 0))
    return bytes
  }
)
