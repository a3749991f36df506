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

/** A command left running, for commands that run until stopped (`messages --follow`). */
export interface Running {
  readonly child: import("node:child_process").ChildProcessWithoutNullStreams
  readonly stdout: () => string
  readonly stderr: () => string
  /** Resolves once stdout satisfies `predicate`; rejects after `timeoutMs`, with what was printed. */
  readonly waitFor: (predicate: (stdout: string) => boolean, timeoutMs?: number) => Promise<string>
  /** The result, once the process has exited. */
  readonly exited: Promise<Result>
}

export const start = (args: ReadonlyArray<string>, options: RunOptions = {}): Running => {
  const home = options.home ?? tempHome()
  const env: Record<string, string> = baseEnv(home)
  for (const [k, v] of Object.entries(options.env ?? {})) if (v !== undefined) env[k] = v
  const child = spawn(process.execPath, [bin, ...args], { env, stdio: ["pipe", "pipe", "pipe"] })
  let stdout = ""
  let stderr = ""
  const listeners = new Set<() => void>()
  child.stdout.setEncoding("utf8").on("data", (d: string) => {
    stdout += d
    for (const l of listeners) l()
  })
  child.stderr.setEncoding("utf8").on("data", (d: string) => stderr += d)
  const timer = setTimeout(() => child.kill("SIGKILL"), options.killAfterMs ?? 25_000)
  const exited = new Promise<Result>((resolve, reject) => {
    child.on("error", reject)
    child.on("close", (code, signal) => {
      clearTimeout(timer)
      for (const l of listeners) l()
      resolve({ code, signal, stdout, stderr })
    })
  })
  child.stdin.end()
  const waitFor = (predicate: (stdout: string) => boolean, timeoutMs = 15_000) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        if (predicate(stdout)) {
          listeners.delete(check)
          clearTimeout(t)
          resolve(stdout)
        } else if (child.exitCode !== null || child.signalCode !== null) {
          listeners.delete(check)
          clearTimeout(t)
          reject(new Error(`exited before the expected output:\n${stdout}\n${stderr}`))
        }
      }
      const t = setTimeout(() => {
        listeners.delete(check)
        reject(new Error(`timed out waiting; stdout:\n${stdout}\nstderr:\n${stderr}`))
      }, timeoutMs)
      listeners.add(check)
      check()
    })
  return { child, stdout: () => stdout, stderr: () => stderr, waitFor, exited }
}

/** Every file under `dir`, with its content. */
export const filesUnder = (dir: string): Array<{ readonly path: string; readonly content: string }> => {
  const found: Array<{ path: string; content: string }> = []
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name)
      if (entry.isDirectory()) walk(p)
      else if (entry.isFile()) found.push({ path: p, content: fs.readFileSync(p, "utf8") })
    }
  }
  if (fs.existsSync(dir)) walk(dir)
  return found
}

/** Where `so-chat login` stores the ticket, for a home made by {@link tempHome}. */
export const ticketFileIn = (home: string): string => path.join(home, ".config", "so-chat", "ticket.json")
