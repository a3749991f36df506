/**
 * The shipped WSDLs' text, read from `fixtures/` beside `src/` and `dist/`.
 * A module of its own so that a bundle of the fake (the CLI's) can put the
 * text in place of this file: a bundle has no package folder to read from.
 *
 * @internal
 */
import * as fs from "node:fs"

const directory = new URL("../../fixtures/", import.meta.url)

/** A WSDL file's text, or undefined when it cannot be read. */
export const read = (file: string): string | undefined => {
  try {
    return fs.readFileSync(new URL(file, directory), "utf8")
  } catch {
    return undefined
  }
}
