/** docs/testkit.md shows the bot and its tests as they are here, whole. */
import { expect, it } from "@effect/vitest"
import * as fs from "node:fs"
import * as path from "node:path"

const guide = fs.readFileSync(path.join(__dirname, "../../../../docs/testkit.md"), "utf8")

for (const file of ["bot.ts", "bot.test.ts"]) {
  it(`the testkit guide shows ${file} as it is`, () => {
    const text = fs.readFileSync(path.join(__dirname, file), "utf8")
    expect(guide).toContain("```ts file=example-bot/" + file + "\n" + text + "```\n")
  })
}
