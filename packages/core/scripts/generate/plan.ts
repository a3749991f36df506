/**
 * From the model to a plan: which module each type goes in, in what order
 * types are defined, which references must be lazy (recursion), and which
 * module each operation goes in. Everything the layout does not place, and
 * every import cycle between modules, fails here.
 */
import { BUILTINS } from "./builtins.js"
import { AREAS, FAMILIES } from "./layout.js"
import type { Model, OperationDecl, QName, TypeDecl } from "./model.js"
import { key, UnsupportedConstruct } from "./model.js"

/** The named types a type refers to, in field order. */
export const refsOf = (t: TypeDecl): Array<QName> => {
  switch (t.kind) {
    case "complex":
      return [...(t.base === undefined ? [] : [t.base]), ...t.elements.map((e) => e.type)]
    case "array":
      return [t.item.type]
    case "dictionary":
      return [t.key.type, t.value.type]
    default:
      return []
  }
}

/** Types that become TypeScript definitions (simple restrictions map onto `Xsd`/`XsdExtended`). */
const isEmitted = (t: TypeDecl | undefined): t is Exclude<TypeDecl, { kind: "simple" }> =>
  t !== undefined && t.kind !== "simple"

export interface Family {
  readonly module: string
  readonly summary: string
  /** In definition order: what a type uses comes before it, except along `lazy` references. */
  readonly types: ReadonlyArray<Exclude<TypeDecl, { kind: "simple" }>>
}

export interface Area {
  readonly module: string
  readonly summary: string
  readonly operations: ReadonlyArray<OperationDecl>
}

export interface Plan {
  readonly model: Model
  readonly families: ReadonlyArray<Family>
  /** Type key → module. */
  readonly moduleOf: ReadonlyMap<string, string>
  /** `from key → to key` references that close a cycle and so are made lazy. */
  readonly lazy: ReadonlySet<string>
  readonly areas: ReadonlyArray<Area>
}

export const lazyKey = (from: QName, to: QName): string => `${key(from)}->${key(to)}`

const byName = (model: Model): Map<string, TypeDecl> => {
  const names = new Map<string, TypeDecl>()
  for (const t of model.types.values()) {
    if (!isEmitted(t)) continue
    const seen = names.get(t.qname.name)
    if (seen !== undefined) throw new UnsupportedConstruct(t.qname.name, "two namespaces define a type of this name")
    names.set(t.qname.name, t)
  }
  return names
}

export const plan = (model: Model, families = FAMILIES, areas = AREAS): Plan => {
  const names = byName(model)
  const rootOf = new Map<string, string>()
  for (const f of families) {
    for (const r of f.roots) {
      if (!names.has(r)) throw new UnsupportedConstruct(`layout/${f.module}`, `root ${r} is not a type of the WSDLs`)
      rootOf.set(r, f.module)
    }
  }
  const moduleOf = new Map<string, string>()
  for (const f of families) {
    const queue = f.roots.map((r) => names.get(r)!)
    while (queue.length > 0) {
      const t = queue.shift()!
      const k = key(t.qname)
      if (moduleOf.has(k)) continue
      moduleOf.set(k, f.module)
      for (const r of refsOf(t)) {
        const target = model.types.get(key(r))
        if (!isEmitted(target) || moduleOf.has(key(r))) continue
        if (rootOf.has(target.qname.name) && rootOf.get(target.qname.name) !== f.module) continue
        queue.push(target)
      }
    }
  }
  for (const t of model.types.values()) {
    for (const r of refsOf(t)) {
      if (!model.types.has(key(r)) && !BUILTINS.has(key(r))) {
        throw new UnsupportedConstruct(t.qname.name, `refers to ${r.name} in ${r.ns}, which no schema defines or maps`)
      }
    }
    if (isEmitted(t) && !moduleOf.has(key(t.qname))) {
      throw new UnsupportedConstruct(t.qname.name, "no family in layout.ts reaches this type; add it to one")
    }
  }
  // Definition order: depth-first, post-order; a reference back to a type
  // still being visited closes a cycle and is made lazy.
  const order: Array<Exclude<TypeDecl, { kind: "simple" }>> = []
  const state = new Map<string, "visiting" | "done">()
  const lazy = new Set<string>()
  const visit = (t: Exclude<TypeDecl, { kind: "simple" }>) => {
    const k = key(t.qname)
    state.set(k, "visiting")
    for (const r of refsOf(t)) {
      const target = model.types.get(key(r))
      if (!isEmitted(target)) continue
      const s = state.get(key(r))
      if (s === "visiting") lazy.add(lazyKey(t.qname, r))
      else if (s === undefined) visit(target)
    }
    state.set(k, "done")
    order.push(t)
  }
  for (const f of families) {
    for (const r of f.roots) if (!state.has(key(names.get(r)!.qname))) visit(names.get(r)! as any)
  }
  // Module imports must not form a cycle, lazy references included: the
  // public modules' classes are defined at import time.
  const imports = new Map<string, Set<string>>(families.map((f) => [f.module, new Set()]))
  for (const t of order) {
    const from = moduleOf.get(key(t.qname))!
    for (const r of refsOf(t)) {
      const to = moduleOf.get(key(r))
      if (to !== undefined && to !== from) imports.get(from)!.add(to)
    }
  }
  const seen = new Map<string, "visiting" | "done">()
  const check = (m: string, path: Array<string>) => {
    if (seen.get(m) === "done") return
    if (seen.get(m) === "visiting") {
      throw new UnsupportedConstruct("layout", `modules import each other: ${[...path, m].join(" → ")}`)
    }
    seen.set(m, "visiting")
    for (const n of imports.get(m)!) check(n, [...path, m])
    seen.set(m, "done")
  }
  for (const f of families) check(f.module, [])
  const operations = new Map(model.services.flatMap((s) => s.operations.map((o) => [o.name, o] as const)))
  const placed = new Set<string>()
  const planned: Array<Area> = areas.map((a) => ({
    module: a.module,
    summary: a.summary,
    operations: a.operations.map((name) => {
      const o = operations.get(name)
      if (o === undefined) throw new UnsupportedConstruct(`layout/${a.module}`, `operation ${name} is not in the WSDLs`)
      if (placed.has(name)) throw new UnsupportedConstruct(`layout/${a.module}`, `operation ${name} is placed twice`)
      placed.add(name)
      return o
    })
  }))
  for (const name of operations.keys()) {
    if (!placed.has(name)) {
      throw new UnsupportedConstruct(name, "no area in layout.ts holds this operation; add it to one")
    }
  }
  return {
    model,
    families: families.map((f) => ({
      module: f.module,
      summary: f.summary,
      types: order.filter((t) => moduleOf.get(key(t.qname)) === f.module)
    })),
    moduleOf,
    lazy,
    areas: planned
  }
}
