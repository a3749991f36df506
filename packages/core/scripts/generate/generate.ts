/**
 * The generator as one pure function: WSDL texts in, generated files out
 * (paths relative to `src/generated/`). `main.ts` writes them; the test
 * compares them with the committed files.
 */
import { emitArea, emitService } from "./emitOperations.js"
import { emitFamily, emitFamilyBindings } from "./emitTypes.js"
import { markNotGiven } from "./notGiven.js"
import { plan } from "./plan.js"
import { markSecrets } from "./secrets.js"
import { merge, readWsdl } from "./wsdl.js"

/** The WSDLs core ships, relative to the package. */
export const SOURCES: ReadonlyArray<string> = ["wsdl/Services88-Chat.wsdl", "wsdl/Services88-SoPrincipal.wsdl"]

/** Generates every module; `wsdls` are the texts of `SOURCES`, in that order. */
export const generate = (
  wsdls: ReadonlyArray<string>,
  sources: ReadonlyArray<string> = SOURCES
): Map<string, string> => {
  const model = markNotGiven(markSecrets(merge(wsdls.map((text, i) => readWsdl(text, sources[i] ?? `wsdl ${i}`)))))
  const p = plan(model)
  const files = new Map<string, string>()
  for (const family of p.families) {
    files.set(`${family.module}.ts`, emitFamily(p, family, sources))
    files.set(`internal/${family.module}.ts`, emitFamilyBindings(p, family, sources))
  }
  for (const area of p.areas) files.set(`operations/${area.module}.ts`, emitArea(p, area, sources))
  for (const service of model.services) files.set(`services/${service.name}.ts`, emitService(p, service, sources))
  return files
}
