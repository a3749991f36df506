/**
 * The documented example envelopes, shipped with the package and loadable by
 * name.
 *
 * @since 0.1.0
 */
import * as fs from "node:fs"

/**
 * The fixtures this package ships: the AddChatMessage request and response
 * envelopes exactly as SuperOffice documents them (SOAP 1.2 envelope
 * namespace, header blocks directly inside `<Envelope>`, `xsi:type` on every
 * element).
 *
 * @since 0.1.0
 * @category models
 */
export type Name = "AddChatMessage.request" | "AddChatMessage.response"

/**
 * Every fixture's name.
 *
 * @since 0.1.0
 * @category constants
 */
export const names: ReadonlyArray<Name> = ["AddChatMessage.request", "AddChatMessage.response"]

// `src/` and `dist/` both sit one level below the package root, beside
// `fixtures/`, so one relative URL serves the sources (vitest) and the build.
const directory = new URL("../fixtures/", import.meta.url)

/**
 * The file a fixture is stored in.
 *
 * @since 0.1.0
 * @category constructors
 */
export const url = (name: Name): URL => new URL(`${name}.xml`, directory)

/**
 * A fixture's bytes, as a server would send them.
 *
 * @example
 * import { Fixtures } from "@so-chat/testkit"
 *
 * const body: Uint8Array = Fixtures.bytes("AddChatMessage.response")
 *
 * @since 0.1.0
 * @category constructors
 */
export const bytes = (name: Name): Uint8Array => new Uint8Array(fs.readFileSync(url(name)))

/**
 * A fixture's text.
 *
 * @example
 * import { Fixtures } from "@so-chat/testkit"
 *
 * const xml: string = Fixtures.load("AddChatMessage.request")
 *
 * @since 0.1.0
 * @category constructors
 */
export const load = (name: Name): string => fs.readFileSync(url(name), "utf8")
