/**
 * The documented envelopes of the 36 operations (`fixtures/documented/`) and
 * the generated operations they belong to.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import * as ChatMessages from "../../src/generated/operations/ChatMessages.js"
import * as ChatPresence from "../../src/generated/operations/ChatPresence.js"
import * as ChatSessions from "../../src/generated/operations/ChatSessions.js"
import * as ChatTopicAgents from "../../src/generated/operations/ChatTopicAgents.js"
import * as ChatTopics from "../../src/generated/operations/ChatTopics.js"
import * as SoPrincipal from "../../src/generated/operations/SoPrincipal.js"
import type * as Operation from "../../src/Operation.js"

/** Every generated operation, by area. */
export const operations: ReadonlyArray<Operation.Operation.Any> = [
  ChatSessions,
  ChatMessages,
  ChatTopics,
  ChatTopicAgents,
  ChatPresence,
  SoPrincipal
].flatMap((area) =>
  Object.values(area).filter((v): v is Operation.Operation.Any =>
    typeof v === "object" && v !== null && "soapAction" in v
  )
)

/** A documented envelope, byte for byte. */
export const documented = (name: string, kind: "request" | "response"): string =>
  fs.readFileSync(path.join(__dirname, "..", "fixtures", "documented", `${name}.${kind}.xml`), "utf8")
