/**
 * What every operation of the fake shares: the caller, the context a
 * handler reads, the refusal NetServer reports (`SoError`), and the shape
 * of a handler.
 *
 * @internal
 */
import type { Operation } from "@so-chat/core"
import { NetServerHeaders } from "@so-chat/core"
import type * as DateTime from "effect/DateTime"
import type * as Either from "effect/Either"
import type { ChatState } from "./installation/state.js"

export type { ChatState } from "./installation/state.js"

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
export const handler = <Req, Res>(h: OperationHandler<Req, Res>): OperationHandler<any, any> => h
