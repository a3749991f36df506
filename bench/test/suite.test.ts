import { describe, expect, it } from "@effect/vitest"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { isSuiteModule, loadIfPresent } from "../src/suite.js"

const withModules = async (files: Record<string, string>, f: (dir: URL) => Promise<void>) => {
  const dir = mkdtempSync(join(tmpdir(), "so-chat-bench-"))
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
    await f(pathToFileURL(dir + "/"))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe("loadIfPresent", () => {
  it("gives undefined when the suite's module is not there", () =>
    withModules({}, async (dir) => {
      expect(await loadIfPresent(new URL("e2e.mjs", dir))).toBeUndefined()
    }))

  it("loads the module when it is there", () =>
    withModules({ "e2e.mjs": "export const run = async () => []" }, async (dir) => {
      expect(isSuiteModule(await loadIfPresent(new URL("e2e.mjs", dir)))).toBe(true)
    }))

  it("throws when the module is there but a package it imports is not", () =>
    withModules({ "e2e.mjs": "import \"so-chat-no-such-package\"\nexport const run = async () => []" }, async (dir) => {
      await expect(loadIfPresent(new URL("e2e.mjs", dir))).rejects.toThrow(/so-chat-no-such-package/)
    }))

  it("throws when the module is there but a file it imports is not", () =>
    withModules({ "e2e.mjs": "import \"./helper.mjs\"\nexport const run = async () => []" }, async (dir) => {
      await expect(loadIfPresent(new URL("e2e.mjs", dir))).rejects.toThrow(/helper\.mjs/)
    }))

  it("throws what the module throws while loading", () =>
    withModules({ "e2e.mjs": "throw new Error(\"broken suite\")" }, async (dir) => {
      await expect(loadIfPresent(new URL("e2e.mjs", dir))).rejects.toThrow("broken suite")
    }))
})

describe("isSuiteModule", () => {
  it("wants a run function and, if bars are given, an array of them", () => {
    expect(isSuiteModule({ run: async () => [] })).toBe(true)
    expect(isSuiteModule({ run: async () => [], bars: [] })).toBe(true)
    expect(isSuiteModule({ run: "not a function" })).toBe(false)
    expect(isSuiteModule({ run: async () => [], bars: "fast" })).toBe(false)
    expect(isSuiteModule(undefined)).toBe(false)
  })
})
