// The documented AddChatMessage response, decoded by @so-chat/core.
import { AddChatMessage, Envelope } from "@so-chat/core"
import { DateTime, Either } from "effect"
import * as fs from "node:fs"

const xml = fs.readFileSync(new URL("../packages/core/test/fixtures/AddChatMessage.response.xml", import.meta.url))
const result = Envelope.decodeResponse(AddChatMessage.operation, xml)
if (Either.isLeft(result)) {
  console.error(result.left.message)
  process.exit(1)
}
const m = result.right.body.response
console.log(`SOAP ${result.right.version} AddChatMessageResponse:`)
console.log({ ...m, whenPosted: DateTime.formatIso(m.whenPosted) })
