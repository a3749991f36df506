/**
 * One value through one codec, as a field of a contract is written and read,
 * for the codec-level tests.
 */
import type { Codec } from "../../src/internal/binding.js"
import { BindingFailure, SERVICES88, tag, XmlOut } from "../../src/internal/binding.js"
import { readXml, XmlReadFailure } from "../../src/internal/xmlReader.js"

/** The value written as `<V>…</V>`, failures reported at `path`. */
export const write = <A>(codec: Codec<A>, value: A, path = "V"): string => {
  const out = new XmlOut()
  codec.write(out, tag("V"), value, path)
  return out.xml
}

/** `<V>text</V>` (in the Services88 namespace) read, failures reported at `path`. */
export const read = <A>(codec: Codec<A>, text: string, path = "V", strict?: boolean): A => {
  const element = readXml(`<V xmlns="${SERVICES88}">${text}</V>`, { maxBytes: 1 << 20, maxDepth: 8 })
  if (element instanceof XmlReadFailure) throw new Error(element.message)
  return strict === undefined ? codec.read(element, path) : codec.read(element, path, strict)
}

/** The binding failure `f` throws (anything else is rethrown; no failure is an error). */
export const failure = (f: () => unknown): BindingFailure => {
  try {
    f()
  } catch (e) {
    if (e instanceof BindingFailure) return e
    throw e
  }
  throw new Error("did not fail")
}
