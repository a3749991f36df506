/**
 * The service contracts the fake serves at `?wsdl`: the shipped Services88
 * WSDLs, with the endpoint address set to where the fake was reached.
 *
 * @internal
 */
import * as fs from "node:fs"
import { createRequire } from "node:module"
import { pathToFileURL } from "node:url"

/**
 * Where the WSDLs may be: beside `src/` and `dist/`, as for the fixtures;
 * else in the installed package, for a bundle of this code (the CLI's).
 */
const directories = (): ReadonlyArray<URL> => {
  const found = [new URL("../../fixtures/", import.meta.url)]
  try {
    const manifest = createRequire(import.meta.url).resolve("@so-chat/testkit/package.json")
    found.push(new URL("fixtures/", pathToFileURL(manifest)))
  } catch {
    // not installed as a package: only the first place
  }
  return found
}

const read = (file: string): string | undefined => {
  for (const directory of directories()) {
    try {
      return fs.readFileSync(new URL(file, directory), "utf8")
    } catch {
      // try the next place
    }
  }
  return undefined
}

const files: Readonly<Record<string, string>> = {
  Chat: "Services88-Chat.wsdl",
  SoPrincipal: "Services88-SoPrincipal.wsdl"
}

const escapeAttribute = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;")

/**
 * A service's WSDL with every `soap:address` and `soap12:address` pointing at
 * `location`; undefined for a service without one, or when it cannot be
 * found. Read from disk on each
 * call: a WSDL is fetched once per client set-up, and nothing is kept.
 */
export const forService = (service: string, location: string): string | undefined => {
  const file = files[service]
  if (file === undefined) return undefined
  const text = read(file)
  return text?.replace(
    /(<soap(?:12)?:address\s+location=")[^"]*(")/g,
    (_, open: string, close: string) => `${open}${escapeAttribute(location)}${close}`
  )
}
