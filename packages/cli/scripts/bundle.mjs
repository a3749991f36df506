// Bundles the command into dist/bin/ for bin/so-chat.js: one ESM entry with
// what every command needs (the parser, help, exit codes) and a chunk per
// command's work, loaded by `import()` only when that command runs, so that
// `so-chat --help` never parses the SOAP codecs, undici or the fake server.
import { build } from "esbuild"
import { rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("..", import.meta.url))
const outdir = `${root}dist/bin`
rmSync(outdir, { recursive: true, force: true })

// undici is CommonJS and big (~550 KB of JS, and a WebAssembly parser it
// compiles on first use). The transport loads it with `import("undici")` when
// its Node layer is built, and uses only `Agent`; @effect/platform-node
// imports it statically, for a layer so-chat does not use. Two shims:
// - for @effect/platform-node, exports that are getters, so nothing of undici
//   runs until something uses it;
// - for the transport, an ES module with just `Agent`, from undici's own
//   file for it: the rest of undici (fetch, WebSocket, caches, mocks) is
//   neither bundled nor loaded.
const require = createRequire(import.meta.url)
const undiciPath = require.resolve("undici")
const agentPath = require.resolve("undici/lib/dispatcher/agent.js")
const undiciNames = Object.keys(require("undici")).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== "default")
const undiciShim = {
  name: "undici-shims",
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, (args) => ({
      path: args.importer.includes("@effect/platform-node") ? "lazy" : "named",
      namespace: "undici-shim"
    }))
    b.onLoad({ filter: /.*/, namespace: "undici-shim" }, (args) => ({
      contents: args.path === "lazy"
        ? `let undici\nconst load = () => undici ??= require(${JSON.stringify(undiciPath)})\n` +
          `for (const name of ${JSON.stringify(undiciNames)}) ` +
          `Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] })\n`
        : `import Agent from ${JSON.stringify(agentPath)}\nexport { Agent }\nexport default { Agent }\n`,
      resolveDir: root,
      loader: "js"
    }))
  }
}

// The workspace's own packages are bundled from their sources, as the tests
// alias them: the bundle never lags behind a package whose dist is stale. A
// subpath (`@so-chat/core/generated/services/Chat`) too: taken from dist, it
// would be a second copy of the modules the package's index brings in.
const workspace = {
  name: "so-chat-workspace",
  setup(b) {
    b.onResolve({ filter: /^@so-chat\/(core|transport|testkit)(\/.*)?$/ }, (args) => {
      const [, pkg, sub] = /^@so-chat\/([^/]+)(\/.*)?$/.exec(args.path)
      return { path: `${root}../${pkg}/src${sub === undefined ? "/index" : sub}.ts` }
    })
  }
}

const result = await build({
  plugins: [undiciShim, workspace],
  absWorkingDir: root,
  entryPoints: { main: "src/main.ts" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Less to parse at start-up; the stack traces --verbose shows for a bug
  // keep their function names.
  minify: true,
  keepNames: true,
  legalComments: "none",
  chunkNames: "chunks/[name]-[hash]",
  // CommonJS dependencies (undici) call require(): give the ESM bundle one.
  banner: {
    js:
      "import { createRequire as __soChatCreateRequire } from \"node:module\"; const require = __soChatCreateRequire(import.meta.url);"
  },
  metafile: true,
  logLevel: "warning"
})
// `node scripts/bundle.mjs --meta` writes what went into which chunk, for
// https://esbuild.github.io/analyze/ (kept out of the package otherwise).
if (process.argv.includes("--meta")) writeFileSync(`${root}bundle-meta.json`, JSON.stringify(result.metafile))
