/**
 * The process's own streams: whether a terminal gets colours, and whether
 * stdout took what was written to it.
 *
 * @internal
 */
import type { Sink } from "./output.js"

// eslint-disable-next-line no-control-regex -- an ANSI style (SGR) sequence starts with ESC
const ANSI_STYLE = /\x1b\[[0-9;]*m/g

/** `text` without its ANSI styles (colours, bold); cursor movements stay. */
export const withoutStyles = (text: string): string => text.replace(ANSI_STYLE, "")

/**
 * Whether `stream` gets colours: a terminal that can show them (not
 * `TERM=dumb`), and no `NO_COLOR` (which, as https://no-color.org says,
 * counts when set to anything but the empty string).
 */
export const colours = (
  stream: { readonly isTTY?: boolean; readonly hasColors?: (count?: number) => boolean },
  env: Readonly<Record<string, string | undefined>>
): boolean =>
  stream.isTTY === true &&
  (env.NO_COLOR === undefined || env.NO_COLOR === "") &&
  env.TERM !== "dumb" &&
  stream.hasColors?.() !== false

/** A stream as so-chat writes to it: styles dropped where it gets no colours, and its first failed write kept. */
export interface Watched {
  readonly sink: Sink
  /** The first error a write met, once one has. */
  readonly failure: () => NodeJS.ErrnoException | undefined
  /** Calls `done` once everything written so far has been handed to the system (or failed). */
  readonly flush: (done: () => void) => void
}

/**
 * `stream` for so-chat's output. A failed write (`> /dev/full`: ENOSPC) is
 * kept and reported once to `onFailure`. Each write's callback is what says
 * so: stdout and stderr are never destroyed, and Node does not always emit
 * `error` on them. A reader that goes away (EPIPE, as with `so-chat
 * serve-fake | head -1`) is not a failure: it asked for no more.
 */
export const watch = (
  stream: NodeJS.WriteStream,
  env: Readonly<Record<string, string | undefined>>,
  onFailure: () => void = () => {}
): Watched => {
  let failure: NodeJS.ErrnoException | undefined
  const written = (e?: NodeJS.ErrnoException | null) => {
    if (e === undefined || e === null || e.code === "EPIPE" || failure !== undefined) return
    failure = e
    onFailure()
  }
  // Never a crash: a failure is reported through the callbacks above.
  stream.on("error", written)
  const styled = colours(stream, env)
  return {
    sink: { write: (text: string) => stream.write(styled ? text : withoutStyles(text), written) },
    failure: () => failure,
    // The empty write's own error is not counted: on /dev/full even writing nothing fails, and
    // the writes before it (whose callbacks run first) have reported theirs.
    flush: (done) => stream.write("", () => done())
  }
}

/** What a failed write said, short: `ENOSPC: no space left on device`. */
export const describeFailure = (e: NodeJS.ErrnoException): string => {
  const text = e.message.replace(/,\s*write$/, "")
  return e.code !== undefined && !text.startsWith(e.code) ? `${e.code}: ${text}` : text
}
