/**
 * What the fake NetServer does for each operation it knows, as a table: one
 * entry per operation, looked up by endpoint and SOAPAction. A new operation
 * is a new entry.
 *
 * @internal
 */
import { AuthenticateUsernamePassword, SoPrincipal } from "@so-chat/core"
import * as Either from "effect/Either"
import * as HashMap from "effect/HashMap"
import * as Redacted from "effect/Redacted"
import type { OperationHandler, ResolvedUser } from "./handler.js"
import { handler } from "./handler.js"
import {
  addChatTopicUserAgent,
  createDefaultChatTopicAgent,
  deleteChatTopicUserAgent,
  getChatTopicUserAgent,
  getChatTopicUserAgentList,
  getUserAgentList,
  updateChatTopicUserAgent,
  updateChatTopicUserAgents
} from "./installation/agents.js"
import {
  acceptChatSessionTransfer,
  pickUpChatSession,
  pickUpFirstChatSession,
  rejectChatSessionTransfer,
  resetChatSession,
  transferChatSession
} from "./installation/lifecycle.js"
import { addChatMessage, getChatMessages, getChatTranscript } from "./installation/messages.js"
import { getChatPresence, saveChatPresence } from "./installation/presence.js"
import {
  chatSessionsForUser,
  createChatSessionForTopic,
  createDefaultChatSessionEntity,
  deleteChatSessionEntity,
  getChatSessionEntity,
  saveChatSessionEntity
} from "./installation/sessions.js"
import {
  chatTopicsForUser,
  createDefaultChatTopicEntity,
  deleteChatTopicEntity,
  getChatTopicEntity,
  isWithinOpeningHours,
  saveChatTopicEntity
} from "./installation/topics.js"

const principalOf = (user: ResolvedUser) =>
  new SoPrincipal.SoPrincipalCarrier({
    userType: "InternalAssociate",
    associate: user.username,
    associateId: user.associateId,
    isPerson: true,
    personId: user.associateId,
    countryId: 0,
    homeCountryId: 0,
    contactId: 1,
    groupId: 1,
    businessId: 0,
    categoryId: 0,
    contactOwner: 0,
    roleId: 1,
    roleName: "User",
    roleDescription: null,
    roleType: "Employee",
    fullName: user.fullName,
    eMailAddress: null,
    ejUserId: 0,
    ejAccessLevel: 0,
    databaseContextIdentifier: null
  })

/** `7T:` and base64 of the login's serial number and random bytes, like NetServer's tickets. */
const newTicket = (serial: number, nonce: Uint8Array): string => {
  const bytes = new Uint8Array(4 + nonce.length)
  new DataView(bytes.buffer).setUint32(0, serial >>> 0)
  bytes.set(nonce, 4)
  return `7T:${btoa(String.fromCharCode(...bytes))}`
}

/**
 * A login. Wrong credentials are not an exception in NetServer: the answer
 * says `AuthenticationSucceeded` false, with no principal and no ticket. A
 * successful one issues a new ticket each time, as NetServer does; the
 * expired ones are forgotten then.
 */
const authenticateUsernamePassword = handler({
  operation: AuthenticateUsernamePassword.operation,
  authenticated: false,
  failedResponse: { response: null, ticket: null, authenticationSucceeded: false },
  run: ({ password, userName }, { issueTicket, nonce, now, ticketLifetimeMillis, users }, state) => {
    const user = users.find((u) =>
      u.username.toLowerCase() === (userName ?? "").toLowerCase() &&
      password !== null && u.password === Redacted.value(password)
    )
    if (user === undefined) {
      return Either.right([{ response: null, ticket: null, authenticationSucceeded: false }, state] as const)
    }
    const at = now.epochMillis
    const serial = state.ticketsIssued + 1
    const ticket = issueTicket?.({ username: user.username, serial }) ?? newTicket(serial, nonce)
    const live = HashMap.filter(state.tickets, (issued) => issued.expiresAt > at)
    return Either.right(
      [
        { response: principalOf(user), ticket: Redacted.make(ticket), authenticationSucceeded: true },
        {
          ...state,
          ticketsIssued: serial,
          tickets: HashMap.set(live, ticket, { user, expiresAt: at + ticketLifetimeMillis })
        }
      ] as const
    )
  }
})

/** Every operation the fake answers. */
export const handlers: ReadonlyArray<OperationHandler<any, any>> = [
  addChatMessage,
  getChatMessages,
  getChatTranscript,
  createChatSessionForTopic,
  createDefaultChatSessionEntity,
  getChatSessionEntity,
  saveChatSessionEntity,
  deleteChatSessionEntity,
  chatSessionsForUser,
  pickUpChatSession,
  pickUpFirstChatSession,
  transferChatSession,
  acceptChatSessionTransfer,
  rejectChatSessionTransfer,
  resetChatSession,
  getChatPresence,
  saveChatPresence,
  createDefaultChatTopicEntity,
  getChatTopicEntity,
  saveChatTopicEntity,
  deleteChatTopicEntity,
  chatTopicsForUser,
  isWithinOpeningHours,
  createDefaultChatTopicAgent,
  getChatTopicUserAgentList,
  getChatTopicUserAgent,
  addChatTopicUserAgent,
  updateChatTopicUserAgent,
  updateChatTopicUserAgents,
  deleteChatTopicUserAgent,
  getUserAgentList,
  authenticateUsernamePassword
]
