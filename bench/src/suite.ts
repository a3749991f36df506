/**
 * What a benchmark suite is: a module with `run`, giving rows, and optionally
 * the bars (ratios between two of its rows) it is held to.
 */
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"

/** One measurement: `value` in `unit` for one implementation on one case. */
export interface Row {
  readonly suite: string
  readonly case: string
  /** `so-chat` (or `so-chat/<layer>`), a peer such as `node-soap`, or `floor`. */
  readonly impl: string
  /** A time per operation (`ns`, `us`, `ms`, lower is better) or a rate (`…/s`, higher is better). */
  readonly unit: string
  readonly value: number
}

/** Options every suite's `run` receives. */
export interface RunOptions {
  /** A short run that only proves the suite still works (CI); numbers are not meaningful. */
  readonly smoke: boolean
}

/**
 * A bar: `impl` must be at least `atLeast` times as fast as `than` on `case`,
 * compared on rows of `unit` from the same run.
 */
export interface Bar {
  readonly suite: string
  readonly case: string
  readonly unit: string
  readonly impl: string
  readonly than: string
  readonly atLeast: number
  /** What the bar says, for the report, e.g. "decode ≥3× node-soap". */
  readonly label: string
}

/** The shape of a suite module, loaded with a dynamic `import()`. */
export interface SuiteModule {
  readonly run: (options: RunOptions) => Promise<ReadonlyArray<Row>>
  readonly bars?: ReadonlyArray<Bar>
}

/**
 * Loads a suite module that another piece of work adds, so that the bench
 * runs before that file exists: `undefined` when the module itself is absent.
 * A module that exists but fails to load (say, a missing dependency) throws.
 */
export const loadIfPresent = async (url: URL): Promise<unknown> =>
  existsSync(fileURLToPath(url)) ? import(url.href) : undefined

/** Whether a loaded module has the shape of a suite. */
export const isSuiteModule = (u: unknown): u is SuiteModule =>
  typeof u === "object" && u !== null && typeof (u as { run?: unknown }).run === "function" &&
  ((u as { bars?: unknown }).bars === undefined || Array.isArray((u as { bars?: unknown }).bars))
