// Run by .ci/consumer.sh: posts over real HTTP to the testkit's fake on
// 127.0.0.1, through the public entry points only (the package roots and a
// "./*" module), and exits non-zero when anything is not as documented.
import * as ChatMessage from "@so-chat/core/ChatMessage"
import { FakeNetServer, FakeNetServerHttp } from "@so-chat/testkit"
import { Effect } from "effect"
import { greet } from "./greet.js"

// The internal modules are not exported: this import must not resolve.
// @ts-expect-error: @so-chat/core/internal/* is not part of the public API
import type * as _Internal from "@so-chat/core/internal/xsdExtended"

const program = Effect.gen(function*() {
  const id = yield* greet(3, "Ada")
  const stored = yield* FakeNetServer.messages(3)
  if (id !== 1) return yield* Effect.die(`expected message id 1, got ${id}`)
  if (stored[0]?.message !== "Hello Ada, how can we help?") return yield* Effect.die("the fake did not store the message")
  // A "./*" module is usable as a value, not just as types.
  if (typeof ChatMessage.ChatMessage !== "function") return yield* Effect.die("ChatMessage is not exported")
  return id
}).pipe(Effect.provide(FakeNetServerHttp.layerChatAgent()), Effect.scoped)

Effect.runPromise(program).then(
  (id) => console.log(`consumer: posted message ${id} to the fake over HTTP`),
  (e: unknown) => {
    console.error("consumer: failed", e)
    process.exitCode = 1
  }
)
