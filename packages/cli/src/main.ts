/**
 * The process around the command: output with secrets masked, signals, the
 * exit code. `bin/so-chat.js` calls {@link main}.
 *
 * @since 0.1.0
 */
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as NodePath from "@effect/platform-node/NodePath"
import * as NodeTerminal from "@effect/platform-node/NodeTerminal"
import * as Cause from "effect/Cause"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FiberId from "effect/FiberId"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Cli from "./Cli.js"
import * as ExitCode from "./ExitCode.js"
import * as Output from "./internal/output.js"
import { reportError } from "./internal/report.js"
import { Environment, Signal } from "./internal/runtime.js"

const commandNames = ["add-message", "messages", "login", "demo", "serve-fake"]

/** `@effect/cli`'s parse errors, as one `so-chat: …` line pointing to the right `--help`. */
const usageLine = (argv: ReadonlyArray<string>) => (text: string): string => {
  const message = text.trim().split("\n").map((l) => l.trim()).filter((l) => l !== "").join(" ")
  const command = argv.slice(2).find((a) => commandNames.includes(a))
  return `so-chat: ${message} (see: so-chat${command === undefined ? "" : ` ${command}`} --help)`
}

// eslint-disable-next-line no-control-regex -- an ANSI escape starts with ESC
const ANSI_STYLE = /\x1b\[[0-9;]*m/g

// Colours only for a terminal that has not asked for none.
const plain = (stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): Output.Sink =>
  stream.isTTY === true && env.NO_COLOR === undefined
    ? stream
    : { write: (text: string) => stream.write(text.replace(ANSI_STYLE, "")) }

/**
 * Runs `so-chat` with the process's arguments and environment, then exits
 * with the command's exit code.
 *
 * @since 0.1.0
 * @category running
 */
export const main = (options: { readonly version: string }): void => {
  const argv = process.argv
  const env = process.env
  const output = Output.make(plain(process.stdout, env), plain(process.stderr, env), {
    stderrIsTty: process.stderr.isTTY === true
  })
  // Mask secrets from the start, before anything could print them.
  for (const s of Output.secretsInArgv(argv)) output.mask(s)
  for (const name of ["SO_TICKET", "SO_APP_TOKEN", "SO_PASSWORD"]) {
    const value = env[name]
    if (value !== undefined) output.mask(value)
  }
  const received = Deferred.unsafeMake<string>(FiberId.none)
  let signals = 0
  const onSignal = (name: string) => {
    signals++
    // A second signal means "now": do not wait for a clean stop.
    if (signals > 1) process.exit(ExitCode.Interrupted)
    Deferred.unsafeDone(received, Exit.succeed(name))
  }
  // A reader that goes away (`so-chat serve-fake | head -1`) is not a reason to stop.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e
    })
  }
  process.on("SIGINT", () => onSignal("SIGINT"))
  process.on("SIGTERM", () => onSignal("SIGTERM"))

  const platform = Layer.mergeAll(NodeFileSystem.layer, NodePath.layer, NodeTerminal.layer)
  const program = Cli.run(options.version)(argv).pipe(
    Effect.provide(platform),
    Effect.provideService(Output.Output, output),
    Effect.provideService(Signal, { received }),
    Effect.provideService(Environment, { env, stdin: process.stdin }),
    Effect.withConsole(Output.console(output, usageLine(argv)))
  )
  Effect.runPromiseExit(program).then((exit) => {
    const code = exitCode(exit, (error) => reportError(output, error, argv.includes("--verbose")))
    process.exitCode = code
    // Let stdout and stderr drain, then leave even if a socket lingers.
    process.stdout.write("", () => process.stderr.write("", () => process.exit(code)))
  })
}

const exitCode = (exit: Exit.Exit<unknown, unknown>, report: (error: unknown) => number): number => {
  if (Exit.isSuccess(exit)) return ExitCode.Success
  const failure = Cause.failureOption(exit.cause)
  if (Option.isSome(failure)) {
    const error = failure.value
    if (error instanceof Cli.Exit) return error.code
    // @effect/cli's ValidationError: it has printed the message already.
    return ExitCode.Usage
  }
  if (Cause.isInterruptedOnly(exit.cause)) return ExitCode.Interrupted
  return report(Option.getOrElse(Cause.dieOption(exit.cause), () => new Error(Cause.pretty(exit.cause))))
}
