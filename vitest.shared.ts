import * as path from "node:path"
import type { ViteUserConfig } from "vitest/config"


/** Tests run against each package's sources, so no build is needed to test a library. */
const config: ViteUserConfig = {
  resolve: {
    alias: [
      { find: /^@so-chat\/(core|transport|testkit)$/, replacement: path.join(__dirname, "packages/$1/src/index.ts") },
      { find: /^@so-chat\/(core|transport|testkit)\/(.*)$/, replacement: path.join(__dirname, "packages/$1/src/$2.ts") }
    ]
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000
  }
}

export default config
