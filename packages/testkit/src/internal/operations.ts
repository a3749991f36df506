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
import * as Effect from "effect/Effect"
import * as HashMap from "effect/HashMap"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Ref from "effect/Ref"

/** What the fake stores: the chat sessions that exist, with the messages posted to them. */
export interface ChatState {
  readonly nextChatMessageId: number
  readonly sessions: HashMap.HashMap<number, Chunk.Chunk<ChatMessage.ChatMessage>>
}

/** A user of the installation, with a ticket that is valid for it. */
export interface ResolvedUser {
  readonly username: string
  readonly password: string
  readonly ticket: string
  readonly associateId: number
  readonly fullName: string
}

/** What a handler may read and change. */
export interface HandlerContext {
  readonly chat: Ref.Ref<ChatState>
  /** The user the request's ticket belongs to (set for every operation that needs one). */
  readonly user: ResolvedUser | undefined
  /** Every user of the installation, for logging in. */
  readonly users: ReadonlyArray<ResolvedUser>
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

/** One operation the fake answers. */
export interface OperationHandler<Req, Res> {
  readonly operation: Operation.Operation<Req, Res>
  /** Whether the operation runs as a user, so a valid ticket is required. */
  readonly authenticated: boolean
  /** The body sent beside an `ExceptionInfo` header. */
  readonly failedResponse: Res
  readonly handle: (request: Req, context: HandlerContext) => Effect.Effect<Res, SoError>
}

/** Keeps each entry's request and response types tied to its operation. */
const handler = <Req, Res>(h: OperationHandler<Req, Res>): OperationHandler<any, any> => h

const addChatMessage = handler({
  operation: AddChatMessage.operation,
  authenticated: true,
  failedResponse: { response: null },
  handle: ({ chatSessionId, message }, { chat }) =>
    Effect.gen(function*() {
      if (message === null) {
        return yield* Effect.fail(
          new SoError(
            "ArgumentNullException",
            "Value cannot be null. Parameter name: message",
            "No message was given to add to the chat session.",
            { parameter: "message" }
          )
        )
      }
      const now = yield* DateTime.now
      const added = yield* Ref.modify(chat, (state): readonly [ChatMessage.ChatMessage | undefined, ChatState] => {
        const messages = HashMap.get(state.sessions, chatSessionId)
        if (Option.isNone(messages)) return [undefined, state]
        // Every field but the three set here was checked by the decoder, and
        // those three are in range: validating again would only cost time.
        const stored = new ChatMessage.ChatMessage({
          ...message,
          chatMessageId: state.nextChatMessageId,
          chatSessionId,
          whenPosted: now
        }, true)
        return [stored, {
          nextChatMessageId: state.nextChatMessageId + 1,
          sessions: HashMap.set(state.sessions, chatSessionId, Chunk.append(messages.value, stored))
        }]
      })
      if (added === undefined) return yield* Effect.fail(noSuchSession(chatSessionId))
      return { response: added }
    })
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
  handle: ({ after, chatSessionId }, { chat }) =>
    Effect.flatMap(Ref.get(chat), (state) => {
      const messages = HashMap.get(state.sessions, chatSessionId)
      if (Option.isNone(messages)) return Effect.fail(noSuchSession(chatSessionId))
      return Effect.succeed({
        response: Chunk.toReadonlyArray(Chunk.filter(messages.value, (m) => m.chatMessageId > after))
      })
    })
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

/**
 * A login. Wrong credentials are not an exception in NetServer: the answer
 * says `AuthenticationSucceeded` false, with no principal and no ticket.
 */
const authenticateUsernamePassword = handler({
  operation: AuthenticateUsernamePassword.operation,
  authenticated: false,
  failedResponse: { response: null, ticket: null, authenticationSucceeded: false },
  handle: ({ password, userName }, { users }) => {
    const user = users.find((u) =>
      u.username.toLowerCase() === (userName ?? "").toLowerCase() &&
      password !== null && u.password === Redacted.value(password)
    )
    return Effect.succeed(
      user === undefined
        ? { response: null, ticket: null, authenticationSucceeded: false }
        : { response: principalOf(user), ticket: Redacted.make(user.ticket), authenticationSucceeded: true }
    )
  }
})

/** Every operation the fake answers. */
export const handlers: ReadonlyArray<OperationHandler<any, any>> = [
  addChatMessage,
  getChatMessages,
  authenticateUsernamePassword
]
