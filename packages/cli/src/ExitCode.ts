/**
 * The exit codes of `so-chat`: one per class of failure, so that a script can
 * tell "fix the command line" from "the server said no" from "the message may
 * have been posted, look before you send it again".
 *
 * @since 0.1.0
 */

/**
 * @since 0.1.0
 * @category models
 */
export type ExitCode = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 130

/**
 * Success.
 *
 * @since 0.1.0
 * @category codes
 */
export const Success = 0 as const

/**
 * A bug in so-chat (an unexpected defect). `--verbose` shows the stack trace.
 *
 * @since 0.1.0
 * @category codes
 */
export const Internal = 1 as const

/**
 * The command line is wrong: an unknown command or flag, a missing or invalid
 * value. Nothing was sent.
 *
 * @since 0.1.0
 * @category codes
 */
export const Usage = 2 as const

/**
 * The connection settings are missing or invalid (no URL, a bad `SO_TIMEOUT`,
 * an unreadable config file), or `serve-fake` cannot listen where it was
 * told to. Nothing was sent.
 *
 * @since 0.1.0
 * @category codes
 */
export const Configuration = 3 as const

/**
 * No connection could be made (DNS, refused, unreachable, TLS), or none in
 * the time allowed (a connect timeout: `ConnectionFailed` with reason
 * `ConnectTimeout`). Nothing was sent; sending again is safe. A connect
 * timeout is this code, not {@link Timeout}: what a script must know is
 * that the request never left.
 *
 * @since 0.1.0
 * @category codes
 */
export const Connection = 4 as const

/**
 * Connected, and the request sent (or being sent), but no complete answer
 * within the timeout. The message may have been posted.
 *
 * @since 0.1.0
 * @category codes
 */
export const Timeout = 5 as const

/**
 * NetServer or the web server in front of it refused the call: an
 * `ExceptionInfo` header or `Succeeded=false` (an unknown session, a bad
 * ticket), or HTTP 401/403. The message was not posted.
 *
 * @since 0.1.0
 * @category codes
 */
export const Refused = 6 as const

/**
 * The server answered with a SOAP fault. The message was not posted.
 *
 * @since 0.1.0
 * @category codes
 */
export const SoapFault = 7 as const

/**
 * The server answered with something that is not the expected SOAP answer: an
 * HTTP error page (404, 502, …), a body that does not decode, an answer over
 * the size limit. After an HTTP 4xx the message was not posted; otherwise it
 * may have been (the message says which).
 *
 * @since 0.1.0
 * @category codes
 */
export const BadResponse = 8 as const

/**
 * The connection broke after the request was sent (reset, closed mid-answer):
 * the message may have been posted.
 *
 * @since 0.1.0
 * @category codes
 */
export const OutcomeUnknown = 9 as const

/**
 * The command did its work, but what it printed could not be written to
 * stdout (`> /dev/full`, a full disk, a closed terminal): the output is lost.
 * For `add-message` the message was posted (its output comes after the
 * answer); with `--dry-run`, nothing was. A reader that stops reading early
 * (`| head -1`) is not this: that exits as if all had been read.
 *
 * @since 0.1.0
 * @category codes
 */
export const OutputFailed = 10 as const

/**
 * Stopped by SIGINT or SIGTERM before finishing (`serve-fake` exits 0 instead,
 * as a signal is how it is meant to stop).
 *
 * @since 0.1.0
 * @category codes
 */
export const Interrupted = 130 as const

/**
 * Every code with its name and what it means, as `docs/cli.md` lists them.
 *
 * @since 0.1.0
 * @category codes
 */
export const all: ReadonlyArray<
  { readonly code: ExitCode; readonly name: string; readonly mayHaveBeenPosted: string }
> = [
  { code: Success, name: "success", mayHaveBeenPosted: "posted" },
  { code: Internal, name: "internal error", mayHaveBeenPosted: "unknown" },
  { code: Usage, name: "usage", mayHaveBeenPosted: "no" },
  { code: Configuration, name: "configuration", mayHaveBeenPosted: "no" },
  { code: Connection, name: "connection", mayHaveBeenPosted: "no" },
  { code: Timeout, name: "timeout", mayHaveBeenPosted: "yes" },
  { code: Refused, name: "refused", mayHaveBeenPosted: "no" },
  { code: SoapFault, name: "SOAP fault", mayHaveBeenPosted: "no" },
  { code: BadResponse, name: "bad response", mayHaveBeenPosted: "yes, unless HTTP 4xx" },
  { code: OutcomeUnknown, name: "outcome unknown", mayHaveBeenPosted: "yes" },
  { code: OutputFailed, name: "output failed", mayHaveBeenPosted: "yes (add-message), unless --dry-run" },
  { code: Interrupted, name: "interrupted", mayHaveBeenPosted: "yes, if sending had begun" }
]

/**
 * The exit code for an error `so-chat` can meet, by its `_tag` (and, for an
 * HTTP status, the status): the CLI's own errors, `@so-chat/transport`'s
 * `ChatAgentError`s and core's codec errors. Anything else is {@link Internal}.
 *
 * @since 0.1.0
 * @category conversions
 */
export const fromError = (error: unknown): ExitCode => {
  if (typeof error !== "object" || error === null) return Internal
  const tag = (error as { readonly _tag?: unknown })._tag
  switch (tag) {
    case "InvalidFlag":
    case "UnencodableValue":
      return Usage
    case "InvalidSetting":
    case "MissingUrl":
    case "MissingTicket":
    case "MissingPassword":
    case "ConfigError":
    case "ServeError":
      return Configuration
    // Every reason, a connect timeout included: nothing was sent.
    case "ConnectionFailed":
      return Connection
    case "Timeout":
      return Timeout
    case "NetServerException":
    case "LoginFailed":
    case "NoSuchSession":
      return Refused
    case "SoapFault":
      return SoapFault
    case "UnexpectedStatus": {
      const status = (error as { readonly status?: unknown }).status
      return status === 401 || status === 403 ? Refused : BadResponse
    }
    case "UndecodableResponse":
    case "ResponseTooLarge":
      return BadResponse
    case "ConnectionLost":
      return OutcomeUnknown
    case "Interrupted":
      return Interrupted
    default:
      return Internal
  }
}
