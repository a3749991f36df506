/**
 * Type-checks code shown in a guide as modules of their own, with the
 * compiler options of the tsconfig.json nearest the calling package's tests,
 * as a reader's file beside those tests would be. One source for the
 * transport's and the testkit's guide tests.
 */
import * as path from "node:path"
import ts from "typescript"

/**
 * Type-checks each of `modules` (name to source) as `<testDir>/.guide/<guide>/<name>.ts`
 * (so one may import another as `./<name>.js`), and returns the errors, each
 * naming its module and line. An unused import is an error; an unused
 * declaration after the imports is not (an example defines what it shows).
 */
export const typecheckModules = (
  testDir: string,
  guide: string,
  modules: Readonly<Record<string, string>>
): Array<string> => {
  const configFile = ts.findConfigFile(testDir, ts.sys.fileExists)!
  const config = ts.getParsedCommandLineOfConfigFile(configFile, { noEmit: true }, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"))
    }
  })!
  const dir = path.join(testDir, ".guide", guide)
  const files = new Map(Object.entries(modules).map(([name, code]) => [path.join(dir, `${name}.ts`), code]))
  const host = ts.createCompilerHost(config.options)
  const { directoryExists, fileExists, getSourceFile, readFile } = host
  host.directoryExists = (d) => path.relative(d, dir) === "" || directoryExists?.(d) !== false
  host.fileExists = (f) => files.has(f) || fileExists(f)
  host.readFile = (f) => files.get(f) ?? readFile(f)
  host.getSourceFile = (f, language, ...rest) => {
    const code = files.get(f)
    return code === undefined ? getSourceFile(f, language, ...rest) : ts.createSourceFile(f, code, language, true)
  }
  const program = ts.createProgram([...files.keys()], config.options, host)
  return ts.getPreEmitDiagnostics(program).flatMap((d) => {
    if (d.file === undefined || !files.has(d.file.fileName)) return []
    const imports = d.file.statements.filter(ts.isImportDeclaration)
    const importsEnd = imports.length === 0 ? 0 : imports[imports.length - 1]!.end
    // 6133: declared but never read; 6192/6196/6198: unused imports, type, destructuring
    if ([6133, 6196, 6198].includes(d.code) && (d.start ?? 0) > importsEnd) return []
    const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0)
    return [`${path.basename(d.file.fileName)}:${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`]
  })
}

/** A guide's example block: its import lines and the code after them. */
export const splitImports = (code: string): { readonly imports: string; readonly body: string } => {
  const [head = "", ...rest] = code.split(/\n\n/)
  return head.split("\n").every((line) => /^import |^ {2}|^}/.test(line)) && head.startsWith("import ")
    ? { imports: head, body: rest.join("\n\n") }
    : { imports: "", body: code }
}
