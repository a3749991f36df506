/**
 * Shell completion scripts for bash, zsh and fish, made from the command
 * tree's usage (the subcommands, their flags, which flags take a value).
 *
 * `@effect/cli` 0.77's own `--completions` scripts do not complete after a
 * subcommand: bash's matches `so__chat,add__message` while it sets
 * `cmd="so-chat"` and the word typed is `add-message`; zsh's declares flags
 * that take text as taking no value, so `--session 1 --t<TAB>` offers
 * nothing, and from `$fpath` its first TAB only registers the function;
 * `sh` prints nothing. Hence these, kept small: names and values, no
 * descriptions.
 *
 * @internal
 */
import * as Command from "@effect/cli/Command"
import * as Descriptor from "@effect/cli/CommandDescriptor"
import type * as Usage from "@effect/cli/Usage"
import * as HashMap from "effect/HashMap"
import * as Option from "effect/Option"

/** The shells `--completions` takes. */
export const shells = ["bash", "zsh", "fish", "sh"] as const

/** A flag, and the pseudo name of its value when it takes one (`ID`, `1.1|1.2`). */
interface Flag {
  readonly name: string
  readonly value: string | undefined
}

interface Subcommand {
  readonly name: string
  readonly flags: ReadonlyArray<Flag>
}

// Built-in flags worth offering: help everywhere; the rest only before a subcommand.
const rootFlags: ReadonlyArray<Flag> = [
  { name: "--help", value: undefined },
  { name: "--version", value: undefined },
  { name: "--completions", value: "bash|zsh|fish|sh" }
]

const flagsOf = (usage: Usage.Usage): Array<Flag> => {
  switch (usage._tag) {
    case "Named":
      return usage.names.filter((n) => n.startsWith("--")).map((name) => ({
        name,
        value: Option.getOrUndefined(usage.acceptedValues)
      }))
    case "Optional":
    case "Repeated":
      return flagsOf(usage.usage)
    case "Concat":
    case "Alternation":
      return [...flagsOf(usage.left), ...flagsOf(usage.right)]
    default:
      return []
  }
}

const subcommandsOf = <Name extends string, R, E, A>(
  command: Command.Command<Name, R, E, A>
): Array<Subcommand> =>
  HashMap.toEntries(Descriptor.getSubcommands(command.descriptor)).map(([name, sub]) => ({
    name,
    flags: [...flagsOf(Descriptor.getUsage(sub)), { name: "--help", value: undefined }]
  })).sort((a, b) => a.name.localeCompare(b.name))

/**
 * A value's choices, when its pseudo name lists them (`ToCustomer|ToUser|Special`;
 * `Options.choice` shows `a | b`).
 */
const choices = (value: string): ReadonlyArray<string> | undefined =>
  value.includes("|") ? value.split("|").map((c) => c.trim()) : undefined

const isFile = (value: string) => value.toUpperCase() === "FILE"

const bash = (program: string, subs: ReadonlyArray<Subcommand>): string => {
  const fn = `_${program.replace(/\W/g, "_")}_completions`
  const valueCases = (flags: ReadonlyArray<Flag>) =>
    flags.flatMap(({ name, value }) => {
      if (value === undefined) return []
      const reply = isFile(value)
        ? "compopt -o filenames; COMPREPLY=( $(compgen -f -- \"$cur\") )"
        : choices(value) !== undefined
        ? `COMPREPLY=( $(compgen -W "${choices(value)!.join(" ")}" -- "$cur") )`
        : "COMPREPLY=()"
      return [`            ${name}) ${reply}; return 0 ;;`]
    })
  const block = (label: string, words: ReadonlyArray<string>, flags: ReadonlyArray<Flag>) => [
    `        ${label})`,
    "            case \"$prev\" in",
    ...valueCases(flags),
    "            esac",
    `            words="${words.join(" ")}" ;;`
  ]
  return [
    `${fn}() {`,
    "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\" sub=\"\" words i",
    "    for ((i = 1; i < COMP_CWORD; i++)); do",
    "        case \"${COMP_WORDS[i]}\" in",
    `            ${subs.map((s) => s.name).join("|")}) sub="\${COMP_WORDS[i]}"; break ;;`,
    "        esac",
    "    done",
    "    case \"$sub\" in",
    ...block("\"\"", [...rootFlags.map((f) => f.name), ...subs.map((s) => s.name)], rootFlags),
    ...subs.flatMap((s) => block(s.name, s.flags.map((f) => f.name), s.flags)),
    "    esac",
    "    COMPREPLY=( $(compgen -W \"$words\" -- \"$cur\") )",
    "}",
    `complete -F ${fn} ${program}`
  ].join("\n")
}

const zshSpec = ({ name, value }: Flag): string => {
  if (value === undefined) return `'${name}'`
  const action = isFile(value) ? "_files" : choices(value) !== undefined ? `(${choices(value)!.join(" ")})` : " "
  return `'${name}:${value.replaceAll(":", "\\:")}:${action}'`
}

const zsh = (program: string, subs: ReadonlyArray<Subcommand>): string => {
  const fn = `_${program}`
  return [
    `#compdef ${program}`,
    "",
    `${fn}() {`,
    "    local curcontext=\"$curcontext\" state line",
    "    _arguments -C \\",
    ...rootFlags.map((f) => `        ${zshSpec(f)} \\`),
    `        '1:command:(${subs.map((s) => s.name).join(" ")})' \\`,
    "        '*::arg:->args'",
    "    [[ $state == args ]] || return",
    "    case $line[1] in",
    ...subs.flatMap((s) => [
      `        ${s.name}) _arguments ${s.flags.map(zshSpec).join(" ")} ;;`
    ]),
    "    esac",
    "}",
    "",
    // From $fpath the file is the function's body: complete now. Sourced: register.
    `if [ "$funcstack[1]" = "${fn}" ]; then`,
    `    ${fn} "$@"`,
    "else",
    `    compdef ${fn} ${program}`,
    "fi"
  ].join("\n")
}

const fish = (program: string, subs: ReadonlyArray<Subcommand>): string => {
  const line = (condition: string, { name, value }: Flag) => {
    const values = value === undefined
      ? ""
      : isFile(value)
      ? " -r -F"
      : choices(value) !== undefined
      ? ` -r -f -a "${choices(value)!.join(" ")}"`
      : " -r -f"
    return `complete -c ${program} -n "${condition}" -l ${name.slice(2)}${values}`
  }
  return [
    `complete -c ${program} -f`,
    `complete -c ${program} -n "__fish_use_subcommand" -a "${subs.map((s) => s.name).join(" ")}"`,
    ...rootFlags.map((f) => line("__fish_use_subcommand", f)),
    ...subs.flatMap((s) => s.flags.map((f) => line(`__fish_seen_subcommand_from ${s.name}`, f)))
  ].join("\n")
}

/**
 * The completion script for `shell` (`sh`: the bash one), for the command
 * `program` whose tree is `command`.
 */
export const script = <Name extends string, R, E, A>(
  command: Command.Command<Name, R, E, A>,
  program: string,
  shell: typeof shells[number]
): string => {
  const subs = subcommandsOf(command)
  return shell === "zsh" ? zsh(program, subs) : shell === "fish" ? fish(program, subs) : bash(program, subs)
}

/** The shell `argv` asks a script for (`--completions SHELL`), if it does. */
export const requested = (argv: ReadonlyArray<string>): typeof shells[number] | undefined => {
  const i = argv.indexOf("--completions", 2)
  const shell = i < 0 ? undefined : argv[i + 1]
  return shells.find((s) => s === shell)
}
