/**
 * Formats generated modules as the repository's lint formats every module
 * (ESLint with @effect/eslint-plugin's dprint rule), so that generated code
 * reads like the hand-written code and `pnpm lint` passes on it. A lint
 * error the fixer cannot fix fails the generator.
 */
import { ESLint } from "eslint"
import * as fs from "node:fs"
import * as path from "node:path"

/** The nearest directory at or above `dir` with the repository's ESLint configuration. */
const configRoot = (dir: string): string => {
  for (let at = path.resolve(dir);; at = path.dirname(at)) {
    if (fs.existsSync(path.join(at, "eslint.config.mjs"))) return at
    if (path.dirname(at) === at) throw new Error(`no eslint.config.mjs above ${dir}`)
  }
}

/** Formats `files` (paths relative to `dir`) with the lint configuration that applies there. */
export const format = async (files: ReadonlyMap<string, string>, dir: string): Promise<Map<string, string>> => {
  const eslint = new ESLint({ cwd: configRoot(dir), fix: true })
  const formatted = new Map<string, string>()
  for (const [file, text] of files) {
    const [result] = await eslint.lintText(text, { filePath: path.join(dir, file) })
    const problems = (result?.messages ?? []).filter((m) => m.severity === 2)
    if (problems.length > 0) {
      const first = problems[0]!
      throw new Error(`${file}:${first.line}:${first.column}: ${first.message} (${first.ruleId ?? "parse"})`)
    }
    formatted.set(file, result?.output ?? text)
  }
  return formatted
}
