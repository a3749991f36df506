/**
 * Helpers for writing TypeScript source: imports collected as code uses
 * them, the generated-file header, TSDoc blocks.
 */

export const SINCE = "0.2.0"

export const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1)

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** An object key as written in source: bare when it is an identifier. */
export const propertyKey = (s: string): string => IDENTIFIER.test(s) ? s : JSON.stringify(s)

/** A string literal. */
export const str = (s: string): string => JSON.stringify(s)

/** Collects the imports a module's code uses; renders them sorted by path. */
export class Imports {
  private readonly namespaces = new Map<string, string>()
  private readonly named = new Map<string, Set<string>>()
  private readonly types = new Map<string, Set<string>>()

  /** `import * as alias from path`; returns the alias. */
  namespace(alias: string, path: string): string {
    this.namespaces.set(path, alias)
    return alias
  }

  /** `import { name } from path`; returns the name. */
  name(name: string, path: string): string {
    const set = this.named.get(path) ?? new Set()
    set.add(name)
    this.named.set(path, set)
    return name
  }

  /** `import type { name } from path`; returns the name. */
  type(name: string, path: string): string {
    const set = this.types.get(path) ?? new Set()
    set.add(name)
    this.types.set(path, set)
    return name
  }

  render(): string {
    const lines: Array<[string, string]> = []
    for (const [path, alias] of this.namespaces) lines.push([path, `import * as ${alias} from ${str(path)}`])
    for (const [path, names] of this.named) {
      lines.push([path, `import { ${[...names].sort().join(", ")} } from ${str(path)}`])
    }
    for (const [path, names] of this.types) {
      if (this.named.has(path)) continue
      lines.push([path, `import type { ${[...names].sort().join(", ")} } from ${str(path)}`])
    }
    // Sorted as the hand-written modules are: by path, "effect/…" first.
    const rank = (path: string) => (path.startsWith(".") ? `1${path}` : `0${path}`)
    return lines.sort(([a], [b]) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0)).map(([, line]) => line)
      .join("\n")
  }
}

/** The notice at the top of every generated file, under its module TSDoc (docgen reads the first comment). */
export const header = (sources: ReadonlyArray<string>): string =>
  `// Generated, do not edit: run \`pnpm generate\` in packages/core (scripts/generate) to regenerate\n` +
  `// from ${sources.join(" and ")}.`

/** A TSDoc block, indented; `lines` may hold blank lines (paragraphs). */
export const doc = (lines: ReadonlyArray<string>, indent = ""): string =>
  lines.length === 1 && lines[0]!.length + indent.length < 110
    ? `${indent}/** ${lines[0]} */`
    : [`${indent}/**`, ...lines.map((l) => l === "" ? `${indent} *` : `${indent} * ${l}`), `${indent} */`].join("\n")

/** Wraps prose at about `width` characters into TSDoc lines. */
export const wrap = (text: string, width = 100): Array<string> => {
  const lines: Array<string> = []
  let line = ""
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line === "" ? word : `${line} ${word}`
    }
  }
  if (line !== "") lines.push(line)
  return lines
}
