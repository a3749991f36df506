// Bundles the command into dist/bin/ for bin/so-chat.js: one ESM entry with
// what every command needs (the parser, help, exit codes) and a chunk per
// command's work, loaded by `import()` only when that command runs, so that
// `so-chat --help` never parses the SOAP codecs, undici or the fake server.
import { build } from "esbuild"
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import * as path from "node:path"
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

// The package installs on its own (decision 0026): no @so-chat/testkit folder
// to read the fake's WSDLs from, so their text goes into the bundle, in place
// of the testkit module that reads them from disk.
const fixtures = `${root}../testkit/fixtures/`
const wsdlText = {
  name: "so-chat-wsdl-text",
  setup(b) {
    b.onResolve(
      { filter: /\/wsdlText\.js$/ },
      (args) =>
        args.importer.includes(`${path.sep}testkit${path.sep}`)
          ? { path: "wsdlText", namespace: "so-chat-wsdl" }
          : undefined
    )
    b.onLoad({ filter: /.*/, namespace: "so-chat-wsdl" }, () => {
      const texts = Object.fromEntries(
        readdirSync(fixtures).filter((f) => f.endsWith(".wsdl")).map((f) => [f, readFileSync(fixtures + f, "utf8")])
      )
      return {
        contents: `const texts = ${JSON.stringify(texts)}\nexport const read = (file) => texts[file]\n`,
        loader: "js"
      }
    })
  }
}

const result = await build({
  plugins: [undiciShim, workspace, wsdlText],
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

// The bundle carries other packages' code, so it carries their licences: one
// file with each bundled package's name, version and licence text.
const packages = new Map()
for (const input of Object.keys(result.metafile.inputs)) {
  const at = input.lastIndexOf("node_modules/")
  if (at < 0) continue
  const rest = input.slice(at + "node_modules/".length).split("/")
  const name = rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]
  const dir = path.resolve(root, input.slice(0, at + "node_modules/".length) + name)
  if (packages.has(name)) continue
  const manifest = JSON.parse(readFileSync(`${dir}/package.json`, "utf8"))
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f))
  packages.set(
    name,
    `## ${name}@${manifest.version} (${manifest.license ?? "see below"})\n\n${
      file === undefined
        ? "No licence file is shipped with this package."
        : readFileSync(`${dir}/${file}`, "utf8").trim()
    }\n`
  )
}
if (!existsSync(outdir)) throw new Error(`${outdir} was not written`)
writeFileSync(
  `${outdir}/THIRD-PARTY-LICENSES.md`,
  `# Packages bundled into so-chat\n\n${[...packages.keys()].sort().map((n) => packages.get(n)).join("\n")}`
)
