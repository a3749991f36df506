import type { Operation } from "@so-chat/core"
import * as Effect from "effect/Effect"
import type { ChatAgentError } from "../ChatAgentError.js"

/** Sends one operation's request body and gives its response body. */
export type Invoke = (
  operation: Operation.Operation.Any,
  request: Record<string, unknown>
) => Effect.Effect<Record<string, unknown>, ChatAgentError>

/**
 * A service's methods from its generated table (core's
 * `generated/services/<Service>.ts`): each method puts its arguments into the
 * request body under the WSDL's field names, in the WSDL's order, sends it
 * through `invoke`, and returns what the table says (the only field, nothing,
 * or the whole body). The generated `Methods` interface types the result; one
 * table drives all of them, so no operation has a body of its own to get wrong.
 */
export const makeMethods = <M>(table: ReadonlyArray<Operation.Method>, invoke: Invoke): M => {
  const methods: Record<string, (...args: ReadonlyArray<unknown>) => Effect.Effect<unknown, ChatAgentError>> = {}
  for (const entry of table) {
    const { parameters, result } = entry
    // The operation's module is loaded on the method's first call (a
    // command that posts a message loads no topic contracts), then kept.
    let loaded: Operation.Operation.Any | undefined
    const operation = Effect.suspend(() =>
      loaded !== undefined
        ? Effect.succeed(loaded)
        : Effect.map(Effect.promise(entry.operation), (op) => (loaded = op))
    )
    methods[entry.method] = (...args) => {
      const request: Record<string, unknown> = {}
      for (let i = 0; i < parameters.length; i++) request[parameters[i]!] = args[i]
      const sent = Effect.flatMap(operation, (op) => invoke(op, request))
      switch (result._tag) {
        case "Field":
          return Effect.map(sent, (body) => body[result.field])
        case "Void":
          return Effect.asVoid(sent)
        case "Body":
          return sent
      }
    }
  }
  return methods as M
}
