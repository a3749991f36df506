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
import * as Log from "./internal/log.js"
import * as Output from "./internal/output.js"
import { reportError } from "./internal/report.js"
import { Environment, Signal } from "./internal/runtime.js"
import { describeFailure, watch } from "./internal/streams.js"

const commandNames = [
  "add-message",
  "messages",
  "login",
  "demo",
  "serve-fake",
  "call",
  "sessions",
  "topics",
  "pick-up",
  "transfer",
  "accept",
  "reject",
  "close",
  "transcript",
  "presence"
]

/** `@effect/cli`'s parse errors, as one `so-chat: …` line pointing to the right `--help`. */
const usageLine = (argv: ReadonlyArray<string>) => (text: string): string => {
  const message = text.trim().split("\n").map((l) => l.trim()).filter((l) => l !== "").join(" ")
  const command = argv.slice(2).find((a) => commandNames.includes(a))
  return `so-chat: ${message} (see: so-chat${command === undefined ? "" : ` ${command}`} --help)`
}

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
  const received = Deferred.unsafeMake<string>(FiberId.none)
  let signals = 0
  const onSignal = (name: string) => {
    signals++
    // A second signal means "now": do not wait for a clean stop.
    if (signals > 1) process.exit(ExitCode.Interrupted)
    Deferred.unsafeDone(received, Exit.succeed(name))
  }
  // Output that cannot be written is lost: a command that runs until stopped
  // (`messages --follow`, `serve-fake`) stops, and the exit code says so.
  const stdout = watch(process.stdout, env, () => onSignal("a failed write to stdout"))
  const stderr = watch(process.stderr, env)
  const output = Output.make(stdout.sink, stderr.sink, { stderrIsTty: process.stderr.isTTY === true })
  // Mask secrets from the start, before anything could print them.
  for (const s of Output.secretsInArgv(argv)) output.mask(s)
  for (const name of ["SO_TICKET", "SO_APP_TOKEN", "SO_PASSWORD"]) {
    const value = env[name]
    if (value !== undefined) output.mask(value)
  }
  process.on("SIGINT", () => onSignal("SIGINT"))
  process.on("SIGTERM", () => onSignal("SIGTERM"))

  const platform = Layer.mergeAll(NodeFileSystem.layer, NodePath.layer, NodeTerminal.layer, Log.layer(output))
  const program = Cli.run(options.version)(argv).pipe(
    Effect.provide(platform),
    Effect.provideService(Output.Output, output),
    Effect.provideService(Signal, { received }),
    Effect.provideService(Environment, { env, stdin: process.stdin }),
    Effect.withConsole(Output.console(output, usageLine(argv)))
  )
  Effect.runPromiseExit(program).then((exit) => {
    const code = exitCode(exit, (error) => reportError(output, error, argv.includes("--verbose")))
    // Let stdout drain (a write may still fail), then stderr, then leave even if a socket lingers.
    stdout.flush(() => {
      const posted = argv.includes("add-message") && !argv.includes("--dry-run")
      const final = withOutputFailure(code, stdout.failure(), output, posted)
      process.exitCode = final
      stderr.flush(() => process.exit(final))
    })
  })
}

/** A command whose output was lost has not succeeded, whatever it did; a failure keeps its own code. */
const withOutputFailure = (
  code: number,
  failure: NodeJS.ErrnoException | undefined,
  output: Output.Output,
  posted: boolean
): number => {
  if (failure === undefined) return code
  const what = `writing to stdout failed (${describeFailure(failure)}), so the output is lost`
  if (code !== ExitCode.Success) {
    output.err(`so-chat: also, ${what}`)
    return code
  }
  output.err(`so-chat: ${what}${posted ? "; the message was posted" : ""}`)
  return ExitCode.OutputFailed
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
