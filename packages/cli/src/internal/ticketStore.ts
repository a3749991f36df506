/**
 * Where `so-chat login` keeps the tickets it got, for later commands: a JSON
 * file beside the default config file (`~/.config/so-chat/ticket.json`),
 * readable by its owner alone, holding one ticket per installation, keyed by
 * the installation's base URL, so that logging in to a second one keeps the
 * first, and a ticket is never sent to another one.
 *
 * @internal
 */
import * as Fs from "node:fs"
import * as Path from "node:path"

/** One installation's ticket. The password is never part of it. */
export interface Stored {
  /** The Chat endpoint the ticket was obtained for (`…/Remote/Services88/Chat.svc`). */
  readonly url: string
  readonly user: string
  readonly ticket: string
  /** When it was obtained, ISO-8601 UTC. */
  readonly obtained: string
}

/**
 * What the file holds (format 2): the tickets by {@link keyFor} their URL.
 * Format 1, written before, was one `Stored` alone; it is read as a store of
 * that one ticket, and the next login writes format 2.
 */
export interface File {
  readonly version: 2
  readonly tickets: Readonly<Record<string, Stored>>
}

/** `ticket.json` in the directory of the default config file. */
export const pathFor = (defaultConfigFile: string): string => Path.join(Path.dirname(defaultConfigFile), "ticket.json")

const SERVICE_PATH = /Remote\/Services88\/[^/]+\.svc$/i

/**
 * The key of an installation: its base URL, as `new URL` normalises it
 * (scheme and host in lower case, no default port), without the service's
 * path (`Remote/Services88/Chat.svc`), credentials, query or fragment, and
 * ending in `/`. The base URL and the Chat endpoint's URL have the same key;
 * the path keeps its case (two paths may be two installations).
 */
export const keyFor = (url: string | URL): string => {
  const u = new URL(url)
  const path = u.pathname.replace(SERVICE_PATH, "")
  return `${u.protocol}//${u.host}${path.endsWith("/") ? path : `${path}/`}`
}

/**
 * Writes the file: the directory is created readable by its owner alone,
 * the file is written under another name with mode 0600 and renamed into
 * place, so that at no moment can another user read a ticket in it.
 */
const writeFile = (path: string, file: File, platform: NodeJS.Platform): void => {
  const dir = Path.dirname(path)
  Fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  const temporary = Path.join(dir, `.ticket.json.${process.pid}.tmp`)
  try {
    Fs.writeFileSync(temporary, JSON.stringify(file, null, 2) + "\n", { mode: 0o600, flag: "w" })
    // An existing file keeps its mode on open: make sure of 0600.
    if (platform !== "win32") Fs.chmodSync(temporary, 0o600)
    Fs.renameSync(temporary, path)
  } catch (e) {
    Fs.rmSync(temporary, { force: true })
    throw e
  }
}

/**
 * Stores `stored` as the ticket of its installation, keeping the others'. A
 * store that cannot be read as one is replaced: it held no ticket that could
 * be used (and reading it warned so).
 */
export const write = (path: string, stored: Stored, platform: NodeJS.Platform = process.platform): void => {
  const found = read(path, platform)
  const tickets = found._tag === "Found" ? { ...found.tickets } : {}
  tickets[keyFor(stored.url)] = stored
  writeFile(path, { version: 2, tickets }, platform)
}

/** What reading the store found. */
export type ReadResult =
  | { readonly _tag: "Missing" }
  | {
    readonly _tag: "Found"
    readonly tickets: Readonly<Record<string, Stored>>
    readonly warnings: ReadonlyArray<string>
  }
  | { readonly _tag: "Unusable"; readonly warning: string }

const isStored = (u: unknown): u is Stored =>
  typeof u === "object" && u !== null &&
  ["url", "user", "ticket", "obtained"].every((k) => typeof (u as Record<string, unknown>)[k] === "string") &&
  (u as Stored).ticket !== "" && URL.canParse((u as Stored).url)

/** The tickets in the file's JSON, by key; `undefined` for anything but format 1 or 2. */
const ticketsIn = (json: unknown): Record<string, Stored> | undefined => {
  if (isStored(json)) return { [keyFor(json.url)]: json }
  if (typeof json !== "object" || json === null) return undefined
  const { tickets, version } = json as { readonly version?: unknown; readonly tickets?: unknown }
  if (version !== 2 || typeof tickets !== "object" || tickets === null || Array.isArray(tickets)) return undefined
  const found: Record<string, Stored> = {}
  for (const entry of Object.values(tickets)) {
    if (!isStored(entry)) return undefined
    // Keyed afresh: a key edited by hand must not send a ticket elsewhere than its URL.
    found[keyFor(entry.url)] = entry
  }
  return found
}

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
  const tickets = ticketsIn(json)
  if (tickets === undefined) {
    return {
      _tag: "Unusable",
      warning: `${path}: not a ticket stored by so-chat login; ignored (run so-chat login again, or delete the file)`
    }
  }
  const warnings: Array<string> = []
  if (platform !== "win32" && (Fs.statSync(path).mode & 0o077) !== 0) {
    warnings.push(`${path} holds a ticket and other users can read it; restrict it with: chmod 600 ${path}`)
  }
  return { _tag: "Found", tickets, warnings }
}

/** The ticket stored for the installation of `endpoint`, if any. */
export const lookup = (found: ReadResult, endpoint: URL): Stored | undefined =>
  found._tag === "Found" ? found.tickets[keyFor(endpoint)] : undefined
