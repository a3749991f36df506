/**
 * `so-chat --completions bash|zsh|fish`: each script, loaded into the real
 * shell, completes subcommands, their flags and the values that have a
 * fixed set. zsh and fish tests are skipped, saying why, where the shell is
 * not installed.
 */
import { execFileSync, spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { run, tempHome } from "./support/cli.js"

const has = (shell: string) => spawnSync(shell, ["-c", "exit 0"]).status === 0

/** A line typed, and what its completion must and must not offer. */
const cases: ReadonlyArray<readonly [line: string, offers: ReadonlyArray<string>, not: ReadonlyArray<string>]> = [
  ["so-chat a", ["add-message"], ["messages"]],
  ["so-chat ", [
    "accept",
    "add-message",
    "call",
    "close",
    "demo",
    "login",
    "messages",
    "pick-up",
    "presence",
    "reject",
    "serve-fake",
    "sessions",
    "topics",
    "transcript",
    "transfer"
  ], []],
  ["so-chat pick-up --", ["--session", "--first", "--json"], ["--to", "--text"]],
  ["so-chat transfer --session 1 --t", ["--to", "--ticket", "--timeout"], ["--text", "--type"]],
  ["so-chat presence --set ", ["present", "away"], ["--json"]],
  ["so-chat transcript --session 1 --h", ["--html", "--help"], []],
  ["so-chat serve-fake --s", ["--seed"], []],
  ["so-chat add-message --s", ["--session", "--soap-version", "--special-param", "--special-type"], ["--follow"]],
  ["so-chat add-message --session 1 --t", ["--text", "--ticket", "--timeout", "--type"], ["--follow"]],
  ["so-chat add-message --session 1 --text hi --json --v", ["--verbose"], []],
  ["so-chat add-message --type ", ["ToCustomer", "ToUser", "Special"], ["--session"]],
  ["so-chat messages --session 1 --f", ["--follow"], []],
  ["so-chat login --", ["--user", "--print-ticket", "--help"], ["--ticket", "--session"]],
  ["so-chat demo --soap-version ", ["1.1", "1.2"], []],
  ["so-chat serve-fake --o", ["--online"], []]
]

const scripts = new Map<string, string>()
let dir: string

beforeAll(async () => {
  dir = tempHome()
  for (const shell of ["bash", "zsh", "fish"]) {
    const r = await run(["--completions", shell])
    expect(r.code, r.stderr).toBe(0)
    scripts.set(shell, r.stdout)
  }
  fs.writeFileSync(path.join(dir, "so-chat.bash"), scripts.get("bash")!)
  fs.writeFileSync(path.join(dir, "_so-chat"), scripts.get("zsh")!)
  fs.writeFileSync(path.join(dir, "so-chat.fish"), scripts.get("fish")!)
})

/** What the sourced script's function puts in COMPREPLY, called as bash calls it on TAB. */
const bash = (line: string): Array<string> => {
  const program = [
    "source \"$1\"",
    // the function `complete` registered for so-chat
    "fn=$(complete -p so-chat | sed -E 's/.* -F ([^ ]+) .*/\\1/')",
    "COMP_LINE=\"$2\"; COMP_POINT=${#COMP_LINE}",
    "read -r -a COMP_WORDS <<< \"$COMP_LINE\"",
    "[[ $COMP_LINE == *' ' ]] && COMP_WORDS+=('')",
    "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))",
    "\"$fn\" so-chat \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"",
    "printf '%s\\n' \"${COMPREPLY[@]}\""
  ].join("\n")
  return execFileSync("bash", ["--norc", "--noprofile", "-c", program, "bash", path.join(dir, "so-chat.bash"), line], {
    encoding: "utf8"
  }).split("\n").filter((w) => w !== "")
}

const zsh = (line: string, how: "fpath" | "source" = "fpath"): Array<string> =>
  execFileSync("zsh", ["-f", path.join(__dirname, "support/zsh-complete.zsh"), dir, line, how], {
    encoding: "utf8",
    timeout: 20_000
  }).split("\n").filter((w) => w !== "")

const fish = (line: string): Array<string> =>
  execFileSync("fish", [
    "--no-config",
    "-c",
    "source $argv[1]; complete -C $argv[2]",
    path.join(dir, "so-chat.fish"),
    line
  ], {
    encoding: "utf8"
  }).split("\n").filter((w) => w !== "").map((w) => w.split("\t")[0]!)

describe.each(
  [
    ["bash", bash, has("bash")],
    ["zsh", zsh, has("zsh")],
    ["fish", fish, has("fish")]
  ] as const
)("--completions %s", (shell, complete, installed) => {
  it.skipIf(!installed).each(cases)(`${shell}: "%s<TAB>" offers %j`, (line, offers, not) => {
    const got = complete(line)
    for (const word of offers) expect(got, `${shell}: ${line}`).toContain(word)
    for (const word of not) expect(got, `${shell}: ${line}`).not.toContain(word)
  })
  if (!installed) {
    it.skip(`${shell} is not installed here (apt-get install -y ${shell}): its script is untested`, () => {})
  }
})

it("--completions sh prints the bash script (sh itself has no programmable completion)", async () => {
  const r = await run(["--completions", "sh"])
  expect(r.code).toBe(0)
  expect(r.stdout).toBe(scripts.get("bash"))
})

it.skipIf(!has("zsh"))(
  "zsh: the script also works sourced after compinit (source <(so-chat --completions zsh))",
  () => {
    expect(zsh("so-chat add-message --session 1 --t", "source")).toEqual(
      expect.arrayContaining(["--text", "--ticket", "--timeout", "--type"])
    )
    expect(zsh("so-chat l", "source")).toEqual(["login"])
  }
)
