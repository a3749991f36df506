/**
 * The errors of the command itself, before or around a call to NetServer: a
 * flag that is invalid, a setting that is invalid or missing, a signal. The
 * call's own errors are `@so-chat/transport`'s `ChatAgentError`s.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * A flag's value is unusable: `flag` names it (`--session`), `reason` says why.
 * Nothing was sent.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidFlag extends Schema.TaggedError<InvalidFlag>("@so-chat/cli/InvalidFlag")("InvalidFlag", {
  flag: Schema.String,
  reason: Schema.String
}) {
  override get message(): string {
    return `${this.flag}: ${this.reason}`
  }
}

/**
 * A connection setting is unusable. `source` says where it came from (`--timeout`,
 * `SO_TIMEOUT in the environment`, `"timeout" in ~/.config/so-chat/config.json`)
 * and `reason` why; a secret's value is never part of either. Nothing was sent.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidSetting
  extends Schema.TaggedError<InvalidSetting>("@so-chat/cli/InvalidSetting")("InvalidSetting", {
    source: Schema.String,
    reason: Schema.String
  })
{
  override get message(): string {
    return `${this.source}: ${this.reason}`
  }
}

/**
 * No NetServer URL is configured anywhere. The message says how to configure
 * one and points to `so-chat demo`. Nothing was sent.
 *
 * @since 0.1.0
 * @category errors
 */
export class MissingUrl extends Schema.TaggedError<MissingUrl>("@so-chat/cli/MissingUrl")("MissingUrl", {
  /** The config file that was looked for. */
  configFile: Schema.String
}) {
  override get message(): string {
    return `no NetServer URL is configured: pass --url, set SO_URL (e.g. export SO_URL=https://sod.superoffice.com/Cust12345/) ` +
      `or put "url" in ${this.configFile}. To see so-chat work without a server, run: so-chat demo`
  }
}

/**
 * No ticket is configured for a command that needs one: NetServer would only
 * refuse the call. The message says how to get one. Nothing was sent.
 *
 * @since 0.1.0
 * @category errors
 */
export class MissingTicket extends Schema.TaggedError<MissingTicket>("@so-chat/cli/MissingTicket")("MissingTicket", {
  /** The Chat endpoint a ticket is needed for, as shown. */
  url: Schema.String
}) {
  override get message(): string {
    return `no ticket is configured for ${this.url}, and NetServer refuses a call without one: run so-chat login ` +
      `(it stores a ticket for this URL), or set SO_TICKET (e.g. export SO_TICKET=$(so-chat login --print-ticket)). ` +
      "Nothing was sent."
  }
}

/**
 * `so-chat login` has no password: `SO_PASSWORD` is not set and it cannot
 * ask for one, as stdin is not a terminal. Nothing was sent.
 *
 * @since 0.1.0
 * @category errors
 */
export class MissingPassword extends Schema.TaggedError<MissingPassword>("@so-chat/cli/MissingPassword")(
  "MissingPassword",
  {}
) {
  override get message(): string {
    return "no password: set SO_PASSWORD in the environment, or run so-chat login in a terminal to be asked for it " +
      "(stdin is not a terminal, so it cannot ask)"
  }
}

/**
 * A signal stopped the command. `mayHaveBeenPosted` is true once the request
 * may have left; `readOnly` is set by the commands that never post
 * (`messages`, `login`), whose message then says nothing about posting, only
 * `note` (what the stop left undone, e.g. `login`'s "no ticket was stored").
 *
 * @since 0.1.0
 * @category errors
 */
export class Interrupted extends Schema.TaggedError<Interrupted>("@so-chat/cli/Interrupted")("Interrupted", {
  signal: Schema.String,
  mayHaveBeenPosted: Schema.Boolean,
  readOnly: Schema.optional(Schema.Boolean),
  note: Schema.optional(Schema.String),
  /** The operation `call` was sending, when it is not AddChatMessage: what may have taken effect. */
  operation: Schema.optional(Schema.String)
}) {
  override get message(): string {
    if (this.readOnly === true) return `stopped by ${this.signal}${this.note === undefined ? "" : `; ${this.note}`}.`
    if (!this.mayHaveBeenPosted) return `stopped by ${this.signal} before anything was sent.`
    return `stopped by ${this.signal}: the request may have reached the server, so ` + (
      this.operation === undefined || this.operation === "AddChatMessage"
        ? "the message may have been posted; check the chat session before sending it again."
        : `${this.operation} may have taken effect; check before sending it again.`
    )
  }
}

/**
 * NetServer answered, but with no chat session where one was asked for
 * (`GetChatSessionEntity` gave nil or an empty entity): there is no session
 * with that id that the caller may see. Nothing was changed.
 *
 * @since 0.1.0
 * @category errors
 */
export class NoSuchSession extends Schema.TaggedError<NoSuchSession>("@so-chat/cli/NoSuchSession")("NoSuchSession", {
  chatSessionId: Schema.Number
}) {
  override get message(): string {
    return `NetServer has no chat session ${this.chatSessionId} that you can see (so-chat sessions lists yours). ` +
      "Nothing was changed."
  }
}

/**
 * @since 0.1.0
 * @category models
 */
export type CliError =
  | InvalidFlag
  | InvalidSetting
  | MissingUrl
  | MissingTicket
  | MissingPassword
  | Interrupted
  | NoSuchSession
