import { describe, expect, it } from "@effect/vitest"
import { splitImports, typecheckModules } from "@so-chat/test-support"

describe("splitImports", () => {
  it("splits the import lines, multi-line ones included, from the code after the first blank line", () => {
    const code = "import { a } from \"a\"\nimport {\n  b\n} from \"b\"\n\nconst x = a\n\nconst y = b"
    expect(splitImports(code)).toEqual({
      imports: "import { a } from \"a\"\nimport {\n  b\n} from \"b\"",
      body: "const x = a\n\nconst y = b"
    })
  })

  it("shows no imports when the first paragraph is not only imports", () => {
    const code = "import { a } from \"a\"\nconst x = a\n\nconst y = x"
    expect(splitImports(code)).toEqual({ imports: "", body: code })
    expect(splitImports("const x = 1")).toEqual({ imports: "", body: "const x = 1" })
  })
})

describe("typecheckModules", () => {
  // An example defines what it shows: a declaration it leaves unread is no error, an unused import is.
  it("checks the modules together and names each error's module and line", () => {
    const errors = typecheckModules(__dirname, "self", {
      greet: "export const greet = (name: string): string => `Hello ${name}`",
      ok: "import { greet } from \"./greet.js\"\n\nconst unread = greet(\"ada\")",
      unused: "import { greet } from \"./greet.js\"\n\nexport const n = 1",
      wrong: "import { greet } from \"./greet.js\"\n\nexport const n: number = greet(\"ada\")"
    })
    expect(errors).toEqual([
      "unused.ts:1: 'greet' is declared but its value is never read.",
      "wrong.ts:3: Type 'string' is not assignable to type 'number'."
    ])
  }, 60_000)
})
