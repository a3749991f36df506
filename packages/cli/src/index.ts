/**
 * @so-chat/cli: the `so-chat` command.
 *
 * @since 0.1.0
 */

/**
 * The command tree and how to run it.
 *
 * @since 0.1.0
 */
export * as Cli from "./Cli.js"

/**
 * The command's own errors (flags, settings, signals).
 *
 * @since 0.1.0
 */
export * as CliError from "./CliError.js"

/**
 * The exit codes, one per class of failure.
 *
 * @since 0.1.0
 */
export * as ExitCode from "./ExitCode.js"

/**
 * Connection settings from flags, environment and config file.
 *
 * @since 0.1.0
 */
export * as Settings from "./Settings.js"
