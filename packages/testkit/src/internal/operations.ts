/**
 * What the fake NetServer does for each operation it knows, as a table: one
 * entry per operation, looked up by endpoint and SOAPAction. A new operation
 * is a new entry.
 *
 * @internal
 */
import type { Operation } from "@so-chat/core"
import {
  AddChatMessage,
  AuthenticateUsernamePassword,
  ChatMessage,
  GetChatMessages,
  NetServerHeaders,
  SoPrincipal
} from "@so-chat/core"
import * as Chunk from "effect/Chunk"
import * as DateTime from "effect/DateTime"
import * as Either from "effect/Either"
import * as HashMap from "effect/HashMap"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"

/**
 * What the fake stores: the chat sessions that exist, with the messages
 * posted to them, and the tickets its logins issued.
 */
export interface ChatState {
  readonly nextChatMessageId: number
  readonly sessions: HashMap.HashMap<number, Chunk.Chunk<ChatMessage.ChatMessage>>
  /** Tickets issued by logins, by ticket. */
  readonly tickets: HashMap.HashMap<string, IssuedTicket>
  /** How many tickets were issued: part of each new one, so no two are alike. */
  readonly ticketsIssued: number
}

/** A ticket a login issued: whose, and until when. */
export interface IssuedTicket {
  readonly user: ResolvedUser
  /** Epoch milliseconds; `Infinity` for a ticket that does not expire. */
  readonly expiresAt: number
}

/** A user of the installation, with a ticket that is valid for it. */
export interface ResolvedUser {
  readonly username: string
  readonly password: string
  readonly ticket: string
  readonly associateId: number
  readonly fullName: string
}

/** What a handler may read besides the state. */
export interface HandlerContext {
  /** The user the request's ticket belongs to (set for every operation that needs one). */
  readonly user: ResolvedUser | undefined
  /** Every user of the installation, for logging in. */
  readonly users: ReadonlyArray<ResolvedUser>
  /** The time of the request, from the fake's `Clock`. */
  readonly now: DateTime.Utc
  /** Random bytes for a new ticket, drawn from the fake's `Random` for each request. */
  readonly nonce: Uint8Array
  /** How long a ticket a login issues is valid, in milliseconds (`Infinity`: for ever). */
  readonly ticketLifetimeMillis: number
  /** The test's own ticket maker, if it gave one. */
  readonly issueTicket: ((login: { readonly username: string; readonly serial: number }) => string) | undefined
}

/**
 * An error NetServer reports in the `ExceptionInfo` header (with `Succeeded`
 * false) rather than as a SOAP fault: everything that happens after WCF has
 * read the request and handed it to NetServer's code.
 */
export class SoError {
  constructor(
    readonly exceptionType: string,
    readonly message: string,
    readonly friendlyText: string,
    readonly parameters: Readonly<Record<string, string>> = {}
  ) {}

  toExceptionInfo(): NetServerHeaders.SoExceptionInfo {
    return new NetServerHeaders.SoExceptionInfo({
      message: this.message,
      stackTrace: null,
      friendlyText: this.friendlyText,
      exceptionType: this.exceptionType,
      source: "@so-chat/testkit FakeNetServer",
      innerException: null,
      parameters: this.parameters
    })
  }
}

/**
 * One operation the fake answers. `run` is pure: it gives the answer and the
 * state after it, and the server keeps that state only once the answer was
 * written as a success. A client told "fault" can trust that nothing changed.
 */
export interface OperationHandler<Req, Res> {
  readonly operation: Operation.Operation<Req, Res>
  /** Whether the operation runs as a user, so a valid ticket is required. */
  readonly authenticated: boolean
  /** The body sent beside an `ExceptionInfo` header. */
  readonly failedResponse: Res
  readonly run: (
    request: Req,
    context: HandlerContext,
    state: ChatState
  ) => Either.Either<readonly [response: Res, next: ChatState], SoError>
}

/** Keeps each entry's request and response types tied to its operation. */
const handler = <Req, Res>(h: OperationHandler<Req, Res>): OperationHandler<any, any> => h

const addChatMessage = handler({
  operation: AddChatMessage.operation,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ chatSessionId, message }, { now }, state) => {
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
    const messages = HashMap.get(state.sessions, chatSessionId)
    if (Option.isNone(messages)) return Either.left(noSuchSession(chatSessionId))
    // Every field but the three set here was checked by the decoder. The id
    // may be past xs:int; then the answer cannot be written, and the server
    // keeps the state as it was.
    const stored = new ChatMessage.ChatMessage({
      ...message,
      chatMessageId: state.nextChatMessageId,
      chatSessionId,
      whenPosted: now
    }, true)
    return Either.right(
      [{ response: stored }, {
        ...state,
        nextChatMessageId: state.nextChatMessageId + 1,
        sessions: HashMap.set(state.sessions, chatSessionId, Chunk.append(messages.value, stored))
      }] as const
    )
  }
})

const noSuchSession = (chatSessionId: number) =>
  new SoError(
    "SoException",
    `Chat session ${chatSessionId} does not exist`,
    `The chat session ${chatSessionId} was not found. It may have been deleted.`,
    { chatSessionId: String(chatSessionId) }
  )

/** What was added comes back, in the order it was added, after the given id. */
const getChatMessages = handler({
  operation: GetChatMessages.operation,
  authenticated: true,
  failedResponse: { response: null },
  run: ({ after, chatSessionId }, _, state) => {
    const messages = HashMap.get(state.sessions, chatSessionId)
    if (Option.isNone(messages)) return Either.left(noSuchSession(chatSessionId))
    const response = Chunk.toReadonlyArray(Chunk.filter(messages.value, (m) => m.chatMessageId > after))
    return Either.right([{ response }, state] as const)
  }
})

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
  failedResponse: { response: null, credentials: null, authenticationSucceeded: false },
  run: ({ password, userName }, { issueTicket, nonce, now, ticketLifetimeMillis, users }, state) => {
    const user = users.find((u) =>
      u.username.toLowerCase() === (userName ?? "").toLowerCase() &&
      password !== null && u.password === Redacted.value(password)
    )
    if (user === undefined) {
      return Either.right([{ response: null, credentials: null, authenticationSucceeded: false }, state] as const)
    }
    const at = now.epochMillis
    const serial = state.ticketsIssued + 1
    const ticket = issueTicket?.({ username: user.username, serial }) ?? newTicket(serial, nonce)
    const live = HashMap.filter(state.tickets, (issued) => issued.expiresAt > at)
    return Either.right(
      [
        {
          response: principalOf(user),
          credentials: new NetServerHeaders.SoCredentials({ ticket: Redacted.make(ticket) }),
          authenticationSucceeded: true
        },
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
  authenticateUsernamePassword
]
