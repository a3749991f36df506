/**
 * The default installation's two agents, each with its own ChatAgent on one
 * in-memory fake, and how a test calls as one of them or expects a refusal.
 */
import { expect } from "@effect/vitest"
import { NetServerException } from "@so-chat/core"
import { FakeNetServer } from "@so-chat/testkit"
import { ChatAgent } from "@so-chat/transport"
import type { Layer } from "effect"
import { Effect, Redacted } from "effect"

export const fake = FakeNetServer.layer()
export const ada = FakeNetServer.layerChatAgentFor({})
export const grace = FakeNetServer.layerChatAgentFor({ ticket: Redacted.make("7T:5678graceExample==") })

/** Runs `f` with `who`'s ChatAgent. */
export const as = <A, E>(
  who: Layer.Layer<ChatAgent.ChatAgent, unknown, FakeNetServer.FakeNetServer>,
  f: (agent: ChatAgent.ChatAgent["Type"]) => Effect.Effect<A, E>
) => Effect.provide(Effect.flatMap(ChatAgent.ChatAgent, f), who)

/** The exception type of NetServer's refusal that `effect` must fail with. */
export const refusal = <A, E>(effect: Effect.Effect<A, E, FakeNetServer.FakeNetServer>) =>
  Effect.map(Effect.flip(effect), (e) => {
    expect(e).toBeInstanceOf(NetServerException.NetServerException)
    return (e as unknown as NetServerException.NetServerException).exceptionType
  })
