/**
 * The password prompt of `so-chat login`, on a mock terminal: it returns what
 * was typed as `Redacted`, shows none of it (not even its length), takes
 * backspace, and turns Ctrl-C into an interruption.
 */
import * as Terminal from "@effect/platform/Terminal"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Mailbox from "effect/Mailbox"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { promptPassword } from "../src/internal/login.js"

const key = (name: string, input?: string, ctrl = false): Terminal.UserInput => ({
  input: Option.fromNullable(input),
  key: { name, ctrl, meta: false, shift: false }
})

const typed = (text: string): Array<Terminal.UserInput> => [...text].map((c) => key(c, c))

const mockTerminal = (inputs: ReadonlyArray<Terminal.UserInput>, endAfter = false) => {
  const displayed: Array<string> = []
  const terminal = Terminal.Terminal.of({
    columns: Effect.succeed(80),
    rows: Effect.succeed(24),
    isTTY: Effect.succeed(true),
    readInput: Effect.gen(function*() {
      const mailbox = yield* Mailbox.make<Terminal.UserInput>()
      for (const input of inputs) mailbox.unsafeOffer(input)
      if (endAfter) mailbox.unsafeDone(Exit.void)
      return mailbox
    }),
    readLine: Effect.succeed(""),
    display: (text) => Effect.sync(() => void displayed.push(text))
  })
  return { displayed, terminal }
}

describe("promptPassword", () => {
  it.effect("returns what was typed, Redacted, and displays none of it", () =>
    Effect.gen(function*() {
      const secret = "s3cr3t-Pa55"
      const { displayed, terminal } = mockTerminal([...typed(secret), key("enter")])
      const password = yield* Effect.provideService(promptPassword("Password for ada"), Terminal.Terminal, terminal)
      expect(Redacted.isRedacted(password)).toBe(true)
      expect(Redacted.value(password)).toBe(secret)
      expect(String(password)).not.toContain(secret)
      const shown = displayed.join("")
      expect(shown).toContain("Password for ada")
      // No character of it, and no mask character per key that would tell its length.
      for (const part of ["s3c", "Pa55", "r3t"]) expect(shown).not.toContain(part)
      expect(shown).not.toContain("*".repeat(secret.length))
    }))

  it.effect("takes backspace", () =>
    Effect.gen(function*() {
      const { terminal } = mockTerminal([...typed("abcX"), key("backspace"), ...typed("d"), key("return")])
      const password = yield* Effect.provideService(promptPassword("Password"), Terminal.Terminal, terminal)
      expect(Redacted.value(password)).toBe("abcd")
    }))

  it.effect("Ctrl-C (the input ends) stops the command as interrupted, read-only", () =>
    Effect.gen(function*() {
      const { terminal } = mockTerminal([...typed("abc"), key("c", undefined, true)], true)
      const error = yield* Effect.flip(
        Effect.provideService(promptPassword("Password"), Terminal.Terminal, terminal)
      )
      expect(error._tag).toBe("Interrupted")
      expect(error.message).toBe("stopped by Ctrl-C; no ticket was stored.")
      expect(error.message).not.toContain("abc")
    }))
})
