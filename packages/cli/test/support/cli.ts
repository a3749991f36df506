/**
 * Runs the built `so-chat` as a child process, with an environment of the
 * test's making: a HOME and XDG_CONFIG_HOME of its own (so no real config
 * file is read) and no SO_* variable unless the test sets one.
 */
import { spawn } from "node:child_process"
import { randomUUID } from "node:crypto"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

export const bin = path.resolve(__dirname, "../../bin/so-chat.js")
export const packageVersion: string = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")
).version

export interface Result {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

export interface RunOptions {
  readonly env?: Readonly<Record<string, string | undefined>>
  readonly stdin?: string | Uint8Array
  readonly home?: string
  /** Kill the process after this long (a test bug, not a CLI behaviour under test). */
  readonly killAfterMs?: number
}

/** A fresh directory to be the child's HOME and XDG_CONFIG_HOME parent. */
export const tempHome = (): string => fs.mkdtempSync(path.join(os.tmpdir(), "so-chat-cli-test-"))

/** The config file path for a home made by {@link tempHome}. */
export const configFileIn = (home: string): string => path.join(home, ".config", "so-chat", "config.json")

export const writeConfig = (home: string, content: unknown, mode = 0o600): string => {
  const file = configFileIn(home)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content), { mode })
  fs.chmodSync(file, mode)
  return file
}

/** A string that appears nowhere unless this test put it there. */
export const uniqueSecret = (label: string): string => `${label}-${randomUUID()}`

const baseEnv = (home: string): Record<string, string> => ({
  PATH: process.env.PATH ?? "",
  HOME: home,
  XDG_CONFIG_HOME: path.join(home, ".config"),
  NO_COLOR: "1"
})

export const run = (args: ReadonlyArray<string>, options: RunOptions = {}): Promise<Result> =>
  new Promise((resolve, reject) => {
    const home = options.home ?? tempHome()
    const env: Record<string, string> = baseEnv(home)
    for (const [k, v] of Object.entries(options.env ?? {})) if (v !== undefined) env[k] = v
    const child = spawn(process.execPath, [bin, ...args], { env, stdio: ["pipe", "pipe", "pipe"] })
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (d: string) => stdout += d)
    child.stderr.setEncoding("utf8").on("data", (d: string) => stderr += d)
    const timer = setTimeout(() => child.kill("SIGKILL"), options.killAfterMs ?? 25_000)
    child.on("error", reject)
    child.on("close", (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stdout, stderr })
    })
    if (options.stdin !== undefined) child.stdin.end(options.stdin)
    else child.stdin.end()
  })

/** Non-empty lines. */
export const lines = (text: string): Array<string> => text.split("\n").filter((l) => l.trim() !== "")
