/**
 * Where `so-chat login` keeps the ticket it got, for later commands: a JSON
 * file beside the default config file (`~/.config/so-chat/ticket.json`),
 * readable by its owner alone, that also says which installation the ticket
 * belongs to, so that it is never sent to another one.
 *
 * @internal
 */
import * as Fs from "node:fs"
import * as Path from "node:path"

/** What the file holds. The password is never part of it. */
export interface Stored {
  /** The Chat endpoint the ticket was obtained for (`…/Remote/Services88/Chat.svc`). */
  readonly url: string
  readonly user: string
  readonly ticket: string
  /** When it was obtained, ISO-8601 UTC. */
  readonly obtained: string
}

/** `ticket.json` in the directory of the default config file. */
export const pathFor = (defaultConfigFile: string): string => Path.join(Path.dirname(defaultConfigFile), "ticket.json")

/**
 * Writes the ticket: the directory is created readable by its owner alone,
 * the file is written under another name with mode 0600 and renamed into
 * place, so that at no moment can another user read a ticket in it.
 */
export const write = (path: string, stored: Stored, platform: NodeJS.Platform = process.platform): void => {
  const dir = Path.dirname(path)
  Fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  const temporary = Path.join(dir, `.ticket.json.${process.pid}.tmp`)
  try {
    Fs.writeFileSync(temporary, JSON.stringify(stored, null, 2) + "\n", { mode: 0o600, flag: "w" })
    // An existing file keeps its mode on open: make sure of 0600.
    if (platform !== "win32") Fs.chmodSync(temporary, 0o600)
    Fs.renameSync(temporary, path)
  } catch (e) {
    Fs.rmSync(temporary, { force: true })
    throw e
  }
}

/** What reading the store found. */
export type ReadResult =
  | { readonly _tag: "Missing" }
  | { readonly _tag: "Found"; readonly stored: Stored; readonly warnings: ReadonlyArray<string> }
  | { readonly _tag: "Unusable"; readonly warning: string }

const isStored = (u: unknown): u is Stored =>
  typeof u === "object" && u !== null &&
  ["url", "user", "ticket", "obtained"].every((k) => typeof (u as Record<string, unknown>)[k] === "string") &&
  (u as Stored).ticket !== ""

/**
 * Reads the store. A missing file is no error; an unreadable or damaged one is
 * ignored with a warning (a ticket can always be got again with `so-chat
 * login`), and the warning never quotes the file's text.
 */
export const read = (path: string, platform: NodeJS.Platform = process.platform): ReadResult => {
  let text: string
  try {
    text = Fs.readFileSync(path, "utf8")
  } catch (e) {
    const code = (e as { code?: unknown }).code
    if (code === "ENOENT") return { _tag: "Missing" }
    return { _tag: "Unusable", warning: `${path}: the stored ticket cannot be read (${String(code)}); ignored` }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  if (!isStored(json)) {
    return {
      _tag: "Unusable",
      warning: `${path}: not a ticket stored by so-chat login; ignored (run so-chat login again, or delete the file)`
    }
  }
  const warnings: Array<string> = []
  if (platform !== "win32" && (Fs.statSync(path).mode & 0o077) !== 0) {
    warnings.push(`${path} holds a ticket and other users can read it; restrict it with: chmod 600 ${path}`)
  }
  return { _tag: "Found", stored: json, warnings }
}
