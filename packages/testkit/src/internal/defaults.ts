/**
 * The documented example secrets and the default user, which the options and
 * the default installation share.
 *
 * @internal
 */
import * as Redacted from "effect/Redacted"
import type { User } from "../FakeNetServer.js"

export const defaultTicket: Redacted.Redacted<string> = Redacted.make("7T:1234abcxyzExample==")

export const defaultApplicationToken: Redacted.Redacted<string> = Redacted.make("1234567-1234-9876")

export const defaultUser: User = {
  username: "ada",
  password: Redacted.make("lovelace"),
  ticket: defaultTicket
}
