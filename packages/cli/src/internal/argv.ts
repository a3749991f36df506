/**
 * A look at the command line before `@effect/cli` parses it, for what its
 * parser (0.77.2) gets wrong or says unhelpfully:
 *
 * - a flag's value that is one of the command's own flags (`--text --dry-run`)
 *   is taken as the value, so the safety flag is swallowed; `--text=--dry-run`
 *   is the way to mean it, and only this look can tell the two apart, as the
 *   parser splits `--text=--dry-run` into the same two words;
 * - a repeated flag is reported as another flag missing, or as an unknown
 *   argument, and a non-number for an integer flag as "'abc' is not a
 *   integer", neither naming the flag;
 * - several missing flags come as several messages run together, as do the
 *   missing flags and a word given without its flag;
 * - `--log-level` is taken only before a command's own flags, although every
 *   command's help lists it;
 * - a command's `--help` shows its usage without `so-chat` in front; the
 *   parser puts it there only when the root command is asked for help too.
 *
 * Pure: it takes the words and the commands' flags and returns the words to
 * hand on, or the one line to print.
 *
 * @internal
 */
import type * as Usage from "@effect/cli/Usage"
import * as Arr from "effect/Array"
import * as Either from "effect/Either"
import * as LogLevel from "effect/LogLevel"
import * as Option from "effect/Option"

/** One flag of a command, as its usage describes it. */
export interface Flag {
  readonly name: string
  /** Whether a value follows it (`--session ID`); false for a switch (`--dry-run`). */
  readonly takesValue: boolean
  /** Whether it must be given. */
  readonly required: boolean
  /** Whether its value is a whole number. */
  readonly integer: boolean
  /** Whether it may be given more than once (`--arg A=1 --arg B=2`). */
  readonly repeatable?: boolean
  /** Whether it is a positional argument (`<OPERATION>`), given as a word of its own. */
  readonly positional?: boolean
}

/** The flags of a command's usage (`Options.getUsage`); `integers` names those whose value is a whole number. */
export const flagsOf = (usage: Usage.Usage, integers: ReadonlyArray<string>): ReadonlyArray<Flag> => {
  const walk = (u: Usage.Usage, required: boolean, repeatable: boolean): ReadonlyArray<Flag> => {
    switch (u._tag) {
      case "Named":
        return u.names.map((name) => ({
          name,
          takesValue: Option.isSome(u.acceptedValues),
          required,
          integer: integers.includes(name),
          repeatable,
          positional: !name.startsWith("-")
        }))
      case "Optional":
        return walk(u.usage, false, repeatable)
      case "Repeated":
        return walk(u.usage, false, true)
      case "Alternation":
        return [...walk(u.left, false, repeatable), ...walk(u.right, false, repeatable)]
      case "Concat":
        return [...walk(u.left, required, repeatable), ...walk(u.right, required, repeatable)]
      default:
        return []
    }
  }
  return walk(usage, true, false)
}

/** What to run: the words for `@effect/cli`, and the log level `--log-level` asked for. */
export interface Checked {
  readonly argv: ReadonlyArray<string>
  readonly logLevel: Option.Option<LogLevel.LogLevel>
}

/** Why the command line was refused: one line, and the command whose help to point to. */
export interface Refused {
  readonly message: string
  readonly command: Option.Option<string>
}

const helpFlags = ["--help", "-h"]
// `@effect/cli`'s own flags; a value flag followed by one of them has lost its value too.
const builtInFlags = [...helpFlags, "--version", "--wizard", "--completions", "--log-level"]
// As `@effect/cli`'s help lists them (`warning`, `none`); Effect's labels (`warn`, `off`) are taken too.
const logLevels = LogLevel.allLevels.map((l) => l._tag.toLowerCase())
const switchValues = ["true", "false", "yes", "no", "y", "n", "1", "0", "on", "off"]

const listed = (names: ReadonlyArray<string>): string =>
  names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`

/**
 * Checks `argv` (as `process.argv`: runtime and script first) against the
 * commands' flags. What it does not know (an unknown flag, `--completions`,
 * anything before the command) it leaves to `@effect/cli`, whose messages for
 * those are good (it suggests the flag meant).
 */
export const check = (
  argv: ReadonlyArray<string>,
  commands: Readonly<Record<string, ReadonlyArray<Flag>>>
): Either.Either<Checked, Refused> => {
  const [head, words] = Arr.splitAt(argv, 2)
  let logLevel = Option.none<LogLevel.LogLevel>()
  const kept: Array<string> = [...head]
  let command: string | undefined
  let flags: ReadonlyArray<Flag> = []
  let positionals = 0
  const refuse = (message: string) => Either.left({ message, command: Option.fromNullable(command) })
  const seen = new Map<string, Array<string>>()
  let complete = true

  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    const [, flagName, equalsValue] = /^(--[^=]+)=(.*)$/s.exec(word) ?? [undefined, word, undefined]
    const name = flagName!.toLowerCase()

    if (name === "--log-level") {
      const value = equalsValue ?? words[++i]
      if (value === undefined) return refuse(`--log-level needs a value: ${logLevels.join(", ")}`)
      const wanted = value.trim().toLowerCase()
      const level = LogLevel.allLevels.find((l) => l._tag.toLowerCase() === wanted || l.label.toLowerCase() === wanted)
      if (level === undefined) {
        return refuse(`--log-level: ${JSON.stringify(value)} is not a log level; give one of ${logLevels.join(", ")}`)
      }
      logLevel = Option.some(level)
      continue
    }
    if (!complete) {
      kept.push(word)
      continue
    }
    if (command === undefined) {
      kept.push(word)
      if (word in commands) {
        command = word
        flags = commands[word]!
        positionals = flags.filter((f) => f.positional === true).length
      } else if (!word.startsWith("-")) {
        complete = false
      }
      continue
    }
    if (helpFlags.includes(name)) {
      // Asked for the root's help as well, the parser shows `so-chat <command>` in the usage.
      return Either.right({ argv: [...head, "--help", command, "--help"], logLevel })
    }
    const flag = flags.find((f) => f.name === name && f.positional !== true)
    if (flag === undefined && !word.startsWith("-") && positionals > 0) {
      // The command's own argument (`call GetChatSessionEntity`), which the parser takes wherever it is.
      positionals--
      kept.push(word)
      continue
    }
    if (flag === undefined && !word.startsWith("-")) {
      const previous = flags.find((f) => f.name === words[i - 1]?.toLowerCase())
      // The parser takes `--dry-run true`; anything else is a value without its flag.
      if (previous?.takesValue === false && switchValues.includes(word.toLowerCase())) {
        kept.push(word)
        continue
      }
      return refuse(
        `${command} takes no argument ${JSON.stringify(word)} on its own: a value goes after its flag ` +
          `(as in --session 1)`
      )
    }
    if (flag === undefined || word === "--") {
      kept.push(word)
      complete = false
      continue
    }
    const values = seen.get(flag.name) ?? []
    if (flag.takesValue) {
      const value = equalsValue ?? words[i + 1]
      if (value === undefined) return refuse(`${flag.name} needs a value (see its line in the help)`)
      if (equalsValue === undefined) {
        const valueName = /^(-[^=]+)(?:=.*)?$/s.exec(value)?.[1]?.toLowerCase()
        if (valueName !== undefined && (flags.some((f) => f.name === valueName) || builtInFlags.includes(valueName))) {
          return refuse(
            `${flag.name} is followed by ${valueName}, one of ${command}'s flags, not a value: give ${flag.name} a ` +
              `value; to mean ${JSON.stringify(value)} itself, write ${flag.name}=${value}`
          )
        }
        i++
      }
      // Two words: the parser would trim `--text= a`'s value and not take `--text=` at all.
      kept.push(flag.name, value)
      if (flag.integer && !/^\d+$/.test(value.trim())) {
        return refuse(`${flag.name}: ${JSON.stringify(value)} is not a whole number`)
      }
      values.push(value)
    } else {
      kept.push(word)
      values.push(equalsValue ?? "")
    }
    seen.set(flag.name, values)
    // The values are not quoted: one may be a secret (--ticket).
    if (values.length > 1 && flag.repeatable !== true) {
      return refuse(`${flag.name} is given ${values.length} times; give it once`)
    }
  }

  if (command !== undefined && complete) {
    const missing = flags.filter((f) => f.required && f.positional !== true && !seen.has(f.name)).map((f) => f.name)
    if (missing.length > 0) {
      return refuse(`${command} needs ${listed(missing)}`)
    }
  }
  return Either.right({ argv: kept, logLevel })
}
