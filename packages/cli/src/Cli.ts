/**
 * The `so-chat` command tree, on `@effect/cli`. Each command's work lives in
 * a module loaded only when that command runs, so `--help` and the parser
 * never load the SOAP codecs, the HTTP client or the fake server.
 *
 * @since 0.1.0
 */
import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Descriptor from "@effect/cli/CommandDescriptor"
import * as Options from "@effect/cli/Options"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Logger from "effect/Logger"
import * as Option from "effect/Option"
import type * as ExitCode from "./ExitCode.js"
import { Usage } from "./ExitCode.js"
import * as Argv from "./internal/argv.js"
import * as Completions from "./internal/completions.js"
import * as Day from "./internal/dayCommands.js"
import { connection, json, verbose } from "./internal/flags.js"
import * as names from "./internal/names.js"
import { Output } from "./internal/output.js"
import { Exit, redactQuoted, reporting } from "./internal/report.js"
import type { AddMessageArgs, CallArgs, DemoArgs, LoginArgs, MessagesArgs, ServeFakeArgs } from "./internal/runtime.js"

/**
 * The names `--type` accepts.
 *
 * @since 0.1.0
 * @category constants
 */
export const messageTypes = names.messageTypes

/**
 * The names `--special-type` accepts (or their numbers), as
 * `ChatMessageSpecialType` lists them.
 *
 * @since 0.1.0
 * @category constants
 */
export const specialTypes = names.specialTypes

const addMessage = Command.make("add-message", {
  session: Options.integer("session").pipe(
    Options.withPseudoName("ID"),
    Options.withDescription("The chat session to post into (its ChatSessionId, a positive whole number).")
  ),
  text: Options.text("text").pipe(
    Options.withPseudoName("TEXT"),
    Options.withDescription(
      "The message. \"-\" reads it from stdin (one trailing newline is dropped). A text that starts like a flag " +
        "goes with an equals sign: --text=--dry-run."
    )
  ),
  allowEmpty: Options.boolean("allow-empty").pipe(
    Options.withDescription("Post the message even if its text is empty or white space alone (refused otherwise).")
  ),
  type: Options.text("type").pipe(
    Options.withPseudoName(messageTypes.join("|")),
    Options.withDescription(
      "ToCustomer (agent to customer, the default), ToUser (customer to agent) or Special (the default with " +
        "--special-type)."
    ),
    Options.optional
  ),
  author: Options.text("author").pipe(
    Options.withPseudoName("NAME"),
    Options.withDescription("Who wrote it, as the chat shows it."),
    Options.optional
  ),
  specialType: Options.text("special-type").pipe(
    Options.withPseudoName("NAME"),
    Options.withDescription(
      `What a Special message means: ${specialTypes.join(", ")} (or its number). Implies --type Special.`
    ),
    Options.optional
  ),
  specialParam: Options.text("special-param").pipe(
    Options.withPseudoName("TEXT"),
    Options.withDescription(
      "The special message's parameter (a URL, ...); for --special-type Options, a JSON array of the options: " +
        "'[\"Yes\",\"No\"]'."
    ),
    Options.optional
  ),
  dryRun: Options.boolean("dry-run").pipe(
    Options.withDescription(
      "Print the request that would be sent (the SOAP envelope, secrets masked) and send nothing."
    )
  ),
  ...connection,
  json,
  verbose
}, (args: AddMessageArgs) =>
  Effect.promise(() => import("./internal/addMessage.js")).pipe(
    Effect.flatMap((m) => m.addMessage(args)),
    reporting(args.verbose)
  )).pipe(
    Command.withDescription(
      "Post a message into a chat session and print the message NetServer stored (with its id and time)."
    )
  )

const messages = Command.make("messages", {
  session: Options.integer("session").pipe(
    Options.withPseudoName("ID"),
    Options.withDescription("The chat session to read (its ChatSessionId, a positive whole number).")
  ),
  after: Options.integer("after").pipe(
    Options.withPseudoName("ID"),
    Options.withDescription("Only the messages after this chat message id (default 0: all of them)."),
    Options.optional
  ),
  follow: Options.boolean("follow").pipe(
    Options.withDescription(
      "Keep going: print new messages as they arrive, until Ctrl-C (SIGINT) or SIGTERM, which exit 0."
    )
  ),
  ...connection,
  json: Options.boolean("json").pipe(
    Options.withDescription(
      "One JSON object per message, one per line (NDJSON), with the fields add-message --json prints."
    )
  ),
  verbose
}, (args: MessagesArgs) =>
  Effect.promise(() => import("./internal/messages.js")).pipe(
    Effect.flatMap((m) => m.messages(args)),
    reporting(args.verbose, false)
  )).pipe(
    Command.withDescription(
      "Print a chat session's messages (time, id, direction, author, text), or with --follow keep printing " +
        "new ones as they arrive."
    )
  )

const { ticket: _ticket, ...loginConnection } = connection

const login = Command.make("login", {
  user: Options.text("user").pipe(
    Options.withPseudoName("NAME"),
    Options.withDescription("The user name to log in as. Default: SO_USER, then \"user\" in the config file."),
    Options.optional
  ),
  printTicket: Options.boolean("print-ticket").pipe(
    Options.withDescription(
      "Print the ticket alone on stdout (for SO_TICKET=$(so-chat login --print-ticket)) instead of storing it."
    )
  ),
  ...loginConnection,
  verbose
}, (args: LoginArgs) =>
  Effect.promise(() => import("./internal/login.js")).pipe(
    Effect.flatMap((m) => m.login(args)),
    reporting(args.verbose, false)
  )).pipe(
    Command.withDescription(
      "Log in with a user name and password and store the ticket (in ticket.json beside the config file, " +
        "readable by you alone) for add-message and messages. The password comes from SO_PASSWORD or, on a " +
        "terminal, is asked for without echo; it is never stored."
    )
  )

const demo = Command.make("demo", {
  text: Options.text("text").pipe(
    Options.withPseudoName("TEXT"),
    Options.withDescription("The customer's first message."),
    Options.withDefault("Hi! I would like a quote for 5 licences.")
  ),
  author: Options.text("author").pipe(
    Options.withPseudoName("NAME"),
    Options.withDescription("The customer's name."),
    Options.withDefault("Margaret Hamilton")
  ),
  url: Options.text("url").pipe(
    Options.withPseudoName("URL"),
    Options.withDescription(
      "Talk to this fake NetServer (a so-chat serve-fake with its default installation) instead of starting one."
    ),
    Options.optional
  ),
  soapVersion: Options.text("soap-version").pipe(
    Options.withPseudoName("1.1|1.2"),
    Options.withDescription("The SOAP version to speak."),
    Options.withDefault("1.1")
  ),
  json: Options.boolean("json").pipe(
    Options.withDescription("Print the conversation as one JSON object: its steps, messages, sessions and transcript.")
  ),
  verbose
}, (args: DemoArgs) =>
  Effect.promise(() => import("./internal/demo.js")).pipe(
    Effect.flatMap((m) => m.demo(args)),
    reporting(args.verbose, "the chat may have gone on")
  )).pipe(
    Command.withDescription(
      "See a whole chat without a server: start a fake NetServer on 127.0.0.1 and, over HTTP, open a chat as a " +
        "customer, pick it up, write back and forth, transfer it to a colleague who accepts and closes it, and " +
        "print the transcript."
    )
  )

const serveFake = Command.make("serve-fake", {
  port: Options.integer("port").pipe(
    Options.withPseudoName("PORT"),
    Options.withDescription("The port to listen on (default 0: a free port, printed when ready)."),
    Options.withDefault(0)
  ),
  host: Options.text("host").pipe(
    Options.withPseudoName("ADDRESS"),
    Options.withDescription("The address to listen on. Keep the default unless other machines must reach it."),
    Options.withDefault("127.0.0.1")
  ),
  online: Options.boolean("online").pipe(
    Options.withDescription("Behave as a SuperOffice Online installation: require the application token.")
  ),
  seed: Options.text("seed").pipe(
    Options.withPseudoName("FILE"),
    Options.withDescription(
      "A seed file (JSON): the installation to start with, its users, topics and sessions (see docs/testkit.md). " +
        "Default: the testkit's default installation."
    ),
    Options.optional
  ),
  verbose
}, (args: ServeFakeArgs) =>
  Effect.promise(() => import("./internal/serveFake.js")).pipe(
    Effect.flatMap((m) => m.serveFake(args)),
    reporting(args.verbose)
  )).pipe(
    Command.withDescription(
      "Run the testkit's fake NetServer over HTTP for other programs to test against: prints its endpoint URL " +
        "when ready and (on stderr) its users, topics and sessions, logs each request on one line (secrets " +
        "masked), stops on Ctrl-C (SIGINT) or SIGTERM."
    )
  )

const call = Command.make("call", {
  operation: Args.text({ name: "OPERATION" }).pipe(
    Args.withDescription(
      "The operation, as the WSDL spells it (GetChatSessionEntity, ChatSessionsForUser, GetSystemInfo, ...)."
    ),
    Args.optional
  ),
  arg: Options.text("arg").pipe(
    Options.withPseudoName("NAME=VALUE"),
    Options.withDescription(
      "One request parameter, by its WSDL name or camelCase: --arg ChatSessionEntityId=42. The value is read by " +
        "the parameter's type (text as it is; numbers, true/false, objects and arrays as JSON). Repeatable."
    ),
    Options.repeated
  ),
  bodyJson: Options.text("body-json").pipe(
    Options.withPseudoName("JSON"),
    Options.withDescription(
      "The request body as a JSON object, in the shape call prints (camelCase fields); \"-\" reads it from stdin. " +
        "--arg values are added to it."
    ),
    Options.optional
  ),
  list: Options.boolean("list").pipe(
    Options.withDescription("List the operations: service, name, parameters with their types, whether safe to retry.")
  ),
  dryRun: Options.boolean("dry-run").pipe(
    Options.withDescription(
      "Print the request that would be sent (the SOAP envelope, secrets masked) and send nothing."
    )
  ),
  ...connection,
  json: Options.boolean("json").pipe(
    Options.withDescription("Print the response as JSON on one line (default: indented); with --list, one per line.")
  ),
  verbose
}, (args: CallArgs) =>
  Effect.promise(() => import("./internal/call.js")).pipe(
    Effect.flatMap((m) => m.call(args)),
    reporting(args.verbose, false)
  )).pipe(
    Command.withDescription(
      "Call any operation of Chat.svc or SoPrincipal.svc by name and print its response as JSON (nil as null, " +
        "dateTime as ISO-8601 UTC, enums as names); --list lists them."
    )
  )

// The flags whose value is a whole number (a test checks that these are the `Options.integer` ones).
const integerFlags = ["--session", "--after", "--port"]

// Each command's flags, from its usage (whose first name is the command's own).
const flags: Readonly<Record<string, ReadonlyArray<Argv.Flag>>> = Object.fromEntries(
  [demo, addMessage, messages, login, serveFake, call, ...Day.commands].map((c) => {
    const [name, ...rest] = Argv.flagsOf(Descriptor.getUsage(c.descriptor as Descriptor.Command<unknown>), integerFlags)
    return [name?.name, rest]
  })
)

const overview = (version: string): ReadonlyArray<string> => [
  `so-chat ${version}: SuperOffice NetServer chat from a terminal or a script: post, read, an agent's day.`,
  "",
  "  so-chat demo                                      see a whole chat, against a built-in fake NetServer",
  "  so-chat add-message --session <id> --text <text>  post a message (connection: --url or SO_URL, SO_TICKET)",
  "  so-chat messages --session <id> [--follow]       print a session's messages, or follow it",
  "  so-chat login [--user <name>]                     log in (password: SO_PASSWORD or asked) and store the ticket",
  "  so-chat serve-fake                                run the fake NetServer for other programs to test against",
  "  so-chat call <Operation> [--arg Name=value]       call any Chat or SoPrincipal operation (--list lists them)",
  ...Day.overview,
  "  so-chat <command> --help                          a command's flags",
  "",
  "Connection settings come from flags, then SO_URL, SO_TICKET, SO_APP_TOKEN, SO_SOAP_VERSION, SO_TIMEOUT,",
  "then ~/.config/so-chat/config.json, then (the ticket) what so-chat login stored. The guide: docs/cli.md."
]

/**
 * The root command, `so-chat`, with its subcommands.
 *
 * @since 0.1.0
 * @category commands
 */
export const command = (version: string) =>
  Command.make(
    "so-chat",
    {},
    () => Effect.flatMap(Output, (output) => Effect.sync(() => overview(version).forEach(output.out)))
  )
    .pipe(Command.withSubcommands([demo, addMessage, messages, login, serveFake, call, ...Day.commands]))

/**
 * Parses `argv` (as `process.argv`: the runtime and script first) and runs
 * the command; `--completions SHELL` prints so-chat's own completion script.
 * Fails with `Exit` (already reported on stderr) or with `@effect/cli`'s
 * `ValidationError` (already printed, a usage error).
 *
 * @since 0.1.0
 * @category running
 */
export const run = (version: string) => {
  const root = command(version)
  const cli = Command.run(root, { name: "so-chat", version })
  return (argv: ReadonlyArray<string>) => {
    // Our own scripts: @effect/cli's do not complete after a subcommand.
    const shell = Completions.requested(argv)
    if (shell !== undefined) {
      return Effect.flatMap(
        Output,
        (output) => Effect.sync(() => output.out(Completions.script(root, "so-chat", shell)))
      )
    }
    return Either.match(Argv.check(argv, flags), {
      onLeft: (refused) =>
        Effect.flatMap(Output, (output) => {
          const help = Option.match(refused.command, { onNone: () => "", onSome: (c) => ` ${c}` })
          output.err(redactQuoted(output, `so-chat: ${refused.message} (see: so-chat${help} --help)`))
          return Effect.fail(new Exit({ code: Usage }))
        }),
      onRight: (checked) =>
        Option.match(checked.logLevel, {
          onNone: () => cli(checked.argv),
          onSome: (level) => Logger.withMinimumLogLevel(cli(checked.argv), level)
        })
    })
  }
}

export {
  /**
   * The failure a command ends with once it has reported its error on stderr:
   * the process exits with `code`.
   *
   * @since 0.1.0
   * @category models
   */
  Exit
}

export type {
  /**
   * The exit codes, for the types of {@link Exit}: see the `ExitCode` module.
   *
   * @since 0.1.0
   * @category models
   */
  ExitCode
}
