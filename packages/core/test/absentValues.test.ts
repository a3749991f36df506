/**
 * What an absent element decodes to, in every generated contract: the value
 * WCF's DataContractSerializer leaves a missing member at (it runs no
 * constructor, so the CLR default; docs/codecs.md, "Exact values"), and the
 * same value the Schema class's constructor gives an omitted field, so that
 * `new X({})` is what `<X/>` decodes to.
 */
import { addEqualityTesters, describe, expect, it } from "@effect/vitest"
import { Duration } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import type { Codec } from "../src/internal/binding.js"
import { SERVICES88 } from "../src/internal/binding.js"
import { readXml, XmlReadFailure } from "../src/internal/xmlReader.js"
import * as Xsd from "../src/Xsd.js"

addEqualityTesters()

const generated = path.join(__dirname, "..", "src", "generated")
const families = fs.readdirSync(generated).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3))

const emptyElement = (name: string) => {
  const element = readXml(`<${name} xmlns="${SERVICES88}"/>`, { maxBytes: 1 << 16, maxDepth: 4 })
  if (element instanceof XmlReadFailure) throw new Error(element.message)
  return element
}

const classes = async () => {
  const found: Array<readonly [string, new(props: object) => object, Codec<unknown>, boolean]> = []
  for (const family of families) {
    const schemas: Record<string, unknown> = await import(`../src/generated/${family}.ts`)
    const bindings: Record<string, unknown> = await import(`../src/generated/internal/${family}.ts`)
    const source = fs.readFileSync(path.join(generated, "internal", `${family}.ts`), "utf8")
    const classNames = fs.readFileSync(path.join(generated, `${family}.ts`), "utf8").matchAll(/^export class (\w+)/gm)
    for (const [, className] of classNames) {
      const name = className!
      const value = schemas[name]
      const codecName = name[0]!.toLowerCase() + name.slice(1)
      const codec = bindings[codecName] as Codec<unknown> | undefined
      if (codec === undefined) throw new Error(`no codec ${codecName} for ${name}`)
      // A type with required elements (a .NET struct's, DSAParameters) cannot be read empty.
      const readableEmpty = !new RegExp(`${codecName}: [^=]*= x\\.complexIn\\([^\\]]*\\["`).test(source)
      found.push([name, value as never, codec, readableEmpty])
    }
  }
  return found
}

describe("absent elements in the generated contracts", () => {
  it("decode to what the constructor gives an omitted field, in every data contract", async () => {
    const all = await classes()
    expect(all.length).toBe(40) // the complex types of the two WSDLs
    for (const [name, Class, codec, readableEmpty] of all) {
      const made = new Class({})
      expect(codec.absent(), name).toEqual(made)
      if (readableEmpty) expect(codec.read(emptyElement(name), name), name).toEqual(made)
    }
  })

  it("are the CLR defaults DataContractSerializer leaves: null, 0, false, DateTime.MinValue, TimeSpan.Zero, member 0", async () => {
    const { ChatSessionEntity } = await import("../src/generated/ChatSession.js")
    const { ChatOpeningHours, TimeZoneRule } = await import("../src/generated/ChatTopic.js")
    const { DSAParameters } = await import("../src/generated/SystemInfo.js")
    const session = new ChatSessionEntity({})
    expect(session.chatSessionId).toBe(0)
    expect(session.customerName).toBeNull() // a string is a reference type: null, as nil
    expect(session.contact).toBeNull()
    expect(session.whenRequested).toEqual(Xsd.DateTimeMin)
    expect(session.status).toBe("Invalid") // its member of value 0
    expect(session.flags).toEqual([])
    expect(new ChatOpeningHours({}).monStart).toEqual(Duration.zero)
    expect(new ChatOpeningHours({}).monEnabled).toBe(false)
    expect(new TimeZoneRule({}).tZOffset).toBe(0) // absent is 0, not NotGiven: the WSDL allows absent
    const key = new DSAParameters({})
    expect([key.p, key.counter]).toEqual([null, 0]) // a struct's byte[] is null, its int 0
  })
})
