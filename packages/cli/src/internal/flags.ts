/**
 * The flags several commands share: the connection settings, `--json`,
 * `--verbose`, a chat session's `--session`. Declared once, so that every
 * command describes them alike.
 *
 * @internal
 */
import * as Options from "@effect/cli/Options"

/** `--verbose`. */
export const verbose = Options.boolean("verbose").pipe(
  Options.withDescription("Say more: the settings used and where each came from, and an error's details.")
)

/** `--json`, for a command that prints one object. */
export const json = Options.boolean("json").pipe(
  Options.withDescription(
    "Print the result as one JSON object (camelCase fields, whenPosted as ISO-8601 UTC) instead of text."
  )
)

/** The connection flags (see docs/cli.md, "Connection settings"). */
export const connection = {
  url: Options.text("url").pipe(
    Options.withPseudoName("URL"),
    Options.withDescription(
      "The installation's base URL (https://sod.superoffice.com/Cust12345/) or the full .../Remote/Services88/Chat.svc URL. " +
        "Default: SO_URL, then \"url\" in the config file."
    ),
    Options.optional
  ),
  ticket: Options.redacted("ticket").pipe(
    Options.withPseudoName("TICKET"),
    Options.withDescription(
      "The NetServer ticket (Credentials header). Prefer the SO_TICKET environment variable: a flag's value " +
        "can be seen by other users of this machine in the process list. Never printed."
    ),
    Options.optional
  ),
  appToken: Options.redacted("app-token").pipe(
    Options.withPseudoName("TOKEN"),
    Options.withDescription(
      "The application token SuperOffice Online requires (ApplicationToken header). Prefer SO_APP_TOKEN, " +
        "as for --ticket. Never printed."
    ),
    Options.optional
  ),
  soapVersion: Options.text("soap-version").pipe(
    Options.withPseudoName("1.1|1.2"),
    Options.withDescription(
      "SOAP 1.1 (the WSDL's binding, the default) or 1.2. Default: SO_SOAP_VERSION, then the config file."
    ),
    Options.optional
  ),
  timeout: Options.text("timeout").pipe(
    Options.withPseudoName("DURATION"),
    Options.withDescription(
      "How long to wait for the whole answer: seconds (30) or a duration (500ms, 2m, 1h, \"1 minute\"). " +
        "Default: SO_TIMEOUT, then the config file, then 30 seconds."
    ),
    Options.optional
  ),
  config: Options.text("config").pipe(
    Options.withPseudoName("FILE"),
    Options.withDescription(
      "The config file to read (default: SO_CONFIG, else $XDG_CONFIG_HOME/so-chat/config.json or " +
        "~/.config/so-chat/config.json; %APPDATA%\\so-chat\\config.json on Windows)."
    ),
    Options.optional
  )
}

/** `--json` for a command that prints a list: one object per line. */
export const jsonLines = (what: string) =>
  Options.boolean("json").pipe(
    Options.withDescription(
      `One JSON object per ${what}, one per line (NDJSON), in the shape so-chat call prints (camelCase fields, ` +
        "nil as null, dates as ISO-8601 UTC, enums as names)."
    )
  )

/** `--session ID`: the chat session a command acts on. */
export const session = (what: string) =>
  Options.integer("session").pipe(
    Options.withPseudoName("ID"),
    Options.withDescription(`The chat session ${what} (its ChatSessionId, a positive whole number).`)
  )
