/**
 * How a fake NetServer is set up: its users, its installation, Online or
 * on-site, its limits, and the defaults of each (re-exported by
 * `FakeNetServer`, where tests usually name them).
 *
 * @since 0.2.0
 */
import type * as Duration from "effect/Duration"
import type * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import type * as Installation from "./Installation.js"
import * as fakeOptions from "./internal/options.js"

/**
 * A user of the fake installation: the user name and password a login takes
 * (the user name without regard to case), and a ticket that is valid from the
 * start and never expires, for tests that do not log in. A login issues a new
 * ticket each time, which expires (see `ticketLifetime`).
 *
 * @since 0.1.0
 * @category models
 */
export interface User {
  readonly username: string
  readonly password: string | Redacted.Redacted<string>
  readonly ticket: string | Redacted.Redacted<string>
  /** The associate id SoPrincipal reports. Default: the user's position in `users`, from 1. */
  readonly associateId?: number | undefined
  /** The full name SoPrincipal reports. Default: the username. */
  readonly fullName?: string | undefined
}

/**
 * How a fake NetServer is set up. Everything has a default.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /**
   * The installation the fake starts with: users, topics with their agents,
   * sessions with their messages (see the `Installation` module; a seed file
   * is read with `Installation.readSeedFile`). Default
   * `Installation.defaultInstallation`.
   */
  readonly installation?: Installation.Installation | undefined
  /**
   * Replaces the installation's sessions with these, each open (`CustomerLast`)
   * in the first topic, the first user's, with no messages. Default (when
   * `users` is given) {@link defaultChatSessionIds}: 1, 2 and 3.
   */
  readonly chatSessionIds?: Iterable<number> | undefined
  /**
   * Replaces the installation's users (and so the valid tickets), each an
   * agent of every topic with every right, and its sessions with
   * `chatSessionIds`'. Default: the installation's users.
   */
  readonly users?: ReadonlyArray<User> | undefined
  /**
   * `true` behaves as a SuperOffice Online installation, which requires one of
   * `applicationTokens`; `false` (the default) as an on-site one, which does
   * not look at the application token at all.
   */
  readonly online?: boolean | undefined
  /** The application tokens an Online installation accepts. Default: {@link defaultApplicationToken}. */
  readonly applicationTokens?: ReadonlyArray<string | Redacted.Redacted<string>> | undefined
  /** The ChatMessageId the first message gets; later ones count up by 1. Default 1. */
  readonly firstChatMessageId?: number | undefined
  /** The largest request read, in bytes; a larger one gets a fault and is not read. Default 1 MiB. */
  readonly maxRequestBytes?: number | undefined
  /** How many of the latest requests {@link requests} keeps. Default 10 000; 0 keeps none. */
  readonly maxRecordedRequests?: number | undefined
  /**
   * The installation's path; the services are below it, e.g.
   * `/Cust12345/Remote/Services88/Chat.svc`, and nothing else is served.
   * Default {@link defaultBasePath}.
   */
  readonly basePath?: string | undefined
  /**
   * How long a ticket issued by a login is valid, by the fake's `Clock` (so a
   * `TestClock` can expire it); past that, a call with it is refused with a
   * `SoSessionException`, as NetServer refuses an expired ticket. The users'
   * configured tickets never expire. Default {@link defaultTicketLifetime};
   * `Duration.infinity` for never.
   */
  readonly ticketLifetime?: Duration.DurationInput | undefined
  /**
   * Makes the ticket a login issues, for a test that must know it before it
   * logs in. Default: a new random one for each login (`7T:` and base64), as
   * NetServer issues.
   */
  readonly issueTicket?: ((login: { readonly username: string; readonly serial: number }) => string) | undefined
}

/**
 * 8 hours, a working day. (How long NetServer keeps a ticket is the
 * installation's setting; this is a guess at a usual one.)
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultTicketLifetime: Duration.Duration = fakeOptions.defaultTicketLifetime

/**
 * `/Cust12345/`, as in the documented installation URL
 * `https://sod.superoffice.com/Cust12345/`.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultBasePath = fakeOptions.defaultBasePath

/**
 * The chat sessions a fake has unless told otherwise.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultChatSessionIds: ReadonlyArray<number> = fakeOptions.defaultChatSessionIds

/**
 * The documented example ticket: {@link defaultUser}'s, valid on a fake
 * unless told otherwise, and never expiring. It is no secret of anyone's.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultTicket: Redacted.Redacted<string> = fakeOptions.defaultTicket

/**
 * The documented example application token, the one an Online fake accepts
 * unless told otherwise.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultApplicationToken: Redacted.Redacted<string> = fakeOptions.defaultApplicationToken

/**
 * The one user a fake has unless told otherwise; its ticket is
 * {@link defaultTicket}.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultUser: User = fakeOptions.defaultUser

/**
 * 1 MiB: a chat message is a few KiB. (WCF's own default is 64 KiB; NetServer
 * installations raise it, by how much is theirs to say.)
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultMaxRequestBytes = fakeOptions.defaultMaxRequestBytes

/**
 * Options a fake cannot run with.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidOptions extends Schema.TaggedError<InvalidOptions>("@so-chat/testkit/InvalidOptions")(
  "InvalidOptions",
  { option: Schema.String, detail: Schema.String }
) {
  override get message(): string {
    return `Invalid FakeNetServer option ${this.option}: ${this.detail}`
  }
}
