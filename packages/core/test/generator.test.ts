import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "vitest"
import { builtin } from "../scripts/generate/builtins.js"
import { generate, SOURCES } from "../scripts/generate/generate.js"
import type { Model, TypeDecl } from "../scripts/generate/model.js"
import { ARRAYS, key, SERIALIZATION, UnsupportedConstruct, XS } from "../scripts/generate/model.js"
import { markNotGiven } from "../scripts/generate/notGiven.js"
import { plan } from "../scripts/generate/plan.js"
import { markSecrets } from "../scripts/generate/secrets.js"
import { merge, readWsdl } from "../scripts/generate/wsdl.js"

const TNS = "http://www.superoffice.net/ws/crm/NetServer/Services88"

/** A WSDL with the given schema items and (optionally) one operation `Op` on service `Svc`. */
const wsdl = (schema: string, operation = "") =>
  `<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions targetNamespace="${TNS}" xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:tns="${TNS}"
  xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/">
  <wsdl:types>
    <xs:schema elementFormDefault="qualified" targetNamespace="${TNS}" xmlns:xs="${XS}" xmlns:ser="${SERIALIZATION}">
      ${schema}
    </xs:schema>
    <xs:schema elementFormDefault="qualified" targetNamespace="${SERIALIZATION}" xmlns:xs="${XS}" xmlns:tns="${SERIALIZATION}">
      <xs:simpleType name="char"><xs:restriction base="xs:int" /></xs:simpleType>
    </xs:schema>
    <xs:schema elementFormDefault="qualified" targetNamespace="${ARRAYS}" xmlns:xs="${XS}" xmlns:tns="${ARRAYS}">
      <xs:complexType name="ArrayOfint">
        <xs:sequence><xs:element minOccurs="0" maxOccurs="unbounded" name="int" type="xs:int" /></xs:sequence>
      </xs:complexType>
    </xs:schema>
  </wsdl:types>
  ${operation}
</wsdl:definitions>`

const typeOf = (model: Model, name: string, ns = TNS): TypeDecl => {
  const t = model.types.get(key({ ns, name }))
  if (t === undefined) throw new Error(`no ${name}`)
  return t
}

const read = (schema: string, operation?: string) => readWsdl(wsdl(schema, operation), "test.wsdl")

const fails = (f: () => unknown, pathPart: string, detail: RegExp) => {
  try {
    f()
  } catch (e) {
    expect(e).toBeInstanceOf(UnsupportedConstruct)
    expect((e as UnsupportedConstruct).path).toContain(pathPart)
    expect((e as UnsupportedConstruct).detail).toMatch(detail)
    return
  }
  throw new Error("did not fail")
}

describe("WSDL → model", () => {
  it("a complex type keeps its sequence order, minOccurs, nillable and resolves type QNames by scope", () => {
    const model = read(`
      <xs:complexType name="Message">
        <xs:sequence>
          <xs:element minOccurs="0" name="Id" type="xs:int" />
          <xs:element name="Text" nillable="true" type="xs:string" />
          <xs:element minOccurs="0" name="Flag" type="q1:Kind" xmlns:q1="${TNS}" />
        </xs:sequence>
      </xs:complexType>`)
    expect(typeOf(model, "Message")).toEqual({
      kind: "complex",
      qname: { ns: TNS, name: "Message" },
      base: undefined,
      valueType: false,
      elements: [
        { name: "Id", ns: TNS, type: { ns: XS, name: "int" }, minOccurs: 0, maxOccurs: 1, nillable: false },
        { name: "Text", ns: TNS, type: { ns: XS, name: "string" }, minOccurs: 1, maxOccurs: 1, nillable: true },
        { name: "Flag", ns: TNS, type: { ns: TNS, name: "Kind" }, minOccurs: 0, maxOccurs: 1, nillable: false }
      ]
    })
  })

  it("an extension names its base and holds only its own elements", () => {
    const model = read(`
      <xs:complexType name="Entity">
        <xs:complexContent mixed="false">
          <xs:extension base="q6:Carrier" xmlns:q6="${TNS}">
            <xs:sequence><xs:element minOccurs="0" name="EntityId" type="xs:int" /></xs:sequence>
          </xs:extension>
        </xs:complexContent>
      </xs:complexType>`)
    const t = typeOf(model, "Entity")
    expect(t.kind === "complex" && t.base).toEqual({ ns: TNS, name: "Carrier" })
    expect(t.kind === "complex" && t.elements.map((e) => e.name)).toEqual(["EntityId"])
  })

  it("an enumeration takes its numbers from EnumerationValue, else from its position, and its ActualType", () => {
    const model = read(`
      <xs:simpleType name="Special">
        <xs:annotation><xs:appinfo>
          <ActualType Name="short" Namespace="${XS}" xmlns="${SERIALIZATION}" />
        </xs:appinfo></xs:annotation>
        <xs:restriction base="xs:string">
          <xs:enumeration value="None" />
          <xs:enumeration value="Welcome" />
          <xs:enumeration value="NewSession">
            <xs:annotation><xs:appinfo>
              <EnumerationValue xmlns="${SERIALIZATION}">5</EnumerationValue>
            </xs:appinfo></xs:annotation>
          </xs:enumeration>
          <xs:enumeration value="Next" />
        </xs:restriction>
      </xs:simpleType>`)
    const t = typeOf(model, "Special")
    expect(t).toMatchObject({ kind: "enum", flags: false, actualType: { ns: XS, name: "short" } })
    // The position gives the number only where no annotation does: Next is third, hence 3, not 6.
    expect(t.kind === "enum" && t.members.map((m) => [m.name, m.value, m.annotated])).toEqual([
      ["None", 0, false],
      ["Welcome", 1, false],
      ["NewSession", 5, true],
      ["Next", 3, false]
    ])
  })

  it("an xs:list of an enumeration is a flags enumeration, its default numbers powers of two", () => {
    const model = read(`
      <xs:simpleType name="Right">
        <xs:list><xs:simpleType><xs:restriction base="xs:string">
          <xs:enumeration value="Select" />
          <xs:enumeration value="Update" />
          <xs:enumeration value="Insert" />
          <xs:enumeration value="R">
            <xs:annotation><xs:appinfo>
              <EnumerationValue xmlns="${SERIALIZATION}">1</EnumerationValue>
            </xs:appinfo></xs:annotation>
          </xs:enumeration>
        </xs:restriction></xs:simpleType></xs:list>
      </xs:simpleType>`)
    const t = typeOf(model, "Right")
    expect(t).toMatchObject({ kind: "enum", flags: true, actualType: { ns: XS, name: "int" } })
    expect(t.kind === "enum" && t.members.map((m) => [m.name, m.value])).toEqual([
      ["Select", 1],
      ["Update", 2],
      ["Insert", 4],
      ["R", 1]
    ])
  })

  it("ArrayOfX with one unbounded element is an array, in whatever namespace its schema has", () => {
    const model = read(`
      <xs:complexType name="ArrayOfMessage">
        <xs:sequence>
          <xs:element minOccurs="0" maxOccurs="unbounded" name="Message" nillable="true" type="tns:Message" />
        </xs:sequence>
      </xs:complexType>`)
    expect(typeOf(model, "ArrayOfMessage")).toMatchObject({
      kind: "array",
      item: { name: "Message", ns: TNS, nillable: true, type: { ns: TNS, name: "Message" } }
    })
    expect(typeOf(model, "ArrayOfint", ARRAYS)).toMatchObject({
      kind: "array",
      item: { name: "int", ns: ARRAYS, nillable: false, type: { ns: XS, name: "int" } }
    })
  })

  it("an IsDictionary type is a dictionary of its item's Key and Value", () => {
    const model = read(`
      <xs:complexType name="RuleDictionary">
        <xs:annotation><xs:appinfo>
          <IsDictionary xmlns="${SERIALIZATION}">true</IsDictionary>
        </xs:appinfo></xs:annotation>
        <xs:sequence>
          <xs:element minOccurs="0" maxOccurs="unbounded" name="RuleKeyValuePair">
            <xs:complexType><xs:sequence>
              <xs:element name="Key" type="xs:dateTime" />
              <xs:element name="Value" nillable="true" type="tns:Rule" />
            </xs:sequence></xs:complexType>
          </xs:element>
        </xs:sequence>
      </xs:complexType>`)
    expect(typeOf(model, "RuleDictionary")).toMatchObject({
      kind: "dictionary",
      item: "RuleKeyValuePair",
      key: { name: "Key", type: { ns: XS, name: "dateTime" }, nillable: false },
      value: { name: "Value", type: { ns: TNS, name: "Rule" }, nillable: true }
    })
  })

  it("a restriction without enumerations is a simple type (the serialization schema's char)", () => {
    expect(typeOf(read(""), "char", SERIALIZATION)).toEqual({
      kind: "simple",
      qname: { ns: SERIALIZATION, name: "char" },
      base: { ns: XS, name: "int" }
    })
  })

  it("an operation has its wrappers' fields, SOAPAction, endpoint path and header blocks", () => {
    const model = read(
      `
      <xs:element name="Op"><xs:complexType><xs:sequence>
        <xs:element minOccurs="0" name="SessionId" type="xs:int" />
      </xs:sequence></xs:complexType></xs:element>
      <xs:element name="OpAnswer"><xs:complexType><xs:sequence>
        <xs:element minOccurs="0" name="Response" nillable="true" type="xs:string" />
      </xs:sequence></xs:complexType></xs:element>
      <xs:element name="ApplicationToken" nillable="true" type="xs:string" />`,
      `
      <wsdl:message name="OpRequest"><wsdl:part name="parameters" element="tns:Op" /></wsdl:message>
      <wsdl:message name="OpRequest_Headers"><wsdl:part name="ApplicationToken" element="tns:ApplicationToken" /></wsdl:message>
      <wsdl:message name="OpResponse"><wsdl:part name="parameters" element="tns:OpAnswer" /></wsdl:message>
      <wsdl:portType name="Svc">
        <wsdl:operation name="Op">
          <wsdl:input message="tns:OpRequest" /><wsdl:output message="tns:OpResponse" />
        </wsdl:operation>
      </wsdl:portType>
      <wsdl:binding name="B" type="tns:Svc">
        <wsdl:operation name="Op">
          <soap:operation soapAction="${TNS}/Svc/Op" style="document" />
          <wsdl:input><soap:header message="tns:OpRequest_Headers" part="ApplicationToken" use="literal" /></wsdl:input>
          <wsdl:output />
        </wsdl:operation>
      </wsdl:binding>
      <wsdl:service name="S"><wsdl:port name="P" binding="tns:B">
        <soap:address location="https://sod.superoffice.com/Cust1/Remote/Services88/Svc.svc" />
      </wsdl:port></wsdl:service>`
    )
    expect(model.services).toHaveLength(1)
    const [service] = model.services
    expect(service!.name).toBe("Svc")
    expect(service!.endpointPath).toBe("Remote/Services88/Svc.svc")
    expect(service!.operations[0]).toMatchObject({
      name: "Op",
      soapAction: `${TNS}/Svc/Op`,
      request: { ns: TNS, name: "Op" },
      response: { ns: TNS, name: "OpAnswer" },
      requestFields: [{ name: "SessionId", type: { ns: XS, name: "int" } }],
      responseFields: [{ name: "Response", nillable: true }],
      requestHeaders: [{ ns: TNS, name: "ApplicationToken" }],
      responseHeaders: []
    })
  })

  it("a construct it does not map fails with where it is", () => {
    fails(
      () =>
        read(
          `<xs:complexType name="Either"><xs:choice><xs:element name="A" type="xs:int" /></xs:choice></xs:complexType>`
        ),
      "Either",
      /xs:choice/
    )
    fails(
      () =>
        read(
          `<xs:complexType name="Refs"><xs:sequence><xs:element ref="tns:A" name="A" /></xs:sequence></xs:complexType>`
        ),
      "Refs/A",
      /references/
    )
    fails(() => read(`<xs:group name="G" />`), "schema", /xs:group/)
    fails(() => readWsdl("<definitions/>", "x.wsdl"), "x.wsdl", /not a WSDL/)
  })

  it("two WSDLs may share a type only if they define it the same way", () => {
    const a = read(
      `<xs:complexType name="T"><xs:sequence><xs:element name="A" type="xs:int" /></xs:sequence></xs:complexType>`
    )
    const b = read(
      `<xs:complexType name="T"><xs:sequence><xs:element name="A" type="xs:short" /></xs:sequence></xs:complexType>`
    )
    expect(merge([a, a]).types.size).toBe(a.types.size)
    fails(() => merge([a, b]), "T", /differently/)
  })
})

describe("simple types → TypeScript", () => {
  it.each([
    ["long", XS, "XsdExtended.Long", "x.long", "0n"],
    ["double", XS, "XsdExtended.Double", "x.double", "0"],
    ["base64Binary", XS, "XsdExtended.Base64Binary", "x.base64Binary", "new Uint8Array(0)"],
    ["duration", SERIALIZATION, "XsdExtended.Duration", "x.duration", "Duration.zero"],
    ["char", SERIALIZATION, "XsdExtended.Char", "x.char", "\"\\u0000\""],
    ["guid", SERIALIZATION, "XsdExtended.Guid", "x.guid", "\"00000000-0000-0000-0000-000000000000\""],
    ["dateTime", XS, "Xsd.DateTimeUtc", "b.dateTime", "Xsd.DateTimeMin"],
    ["short", XS, "Xsd.Short", "b.short", "0"]
  ])("%s maps to its schema, codec and .NET default", (name, ns, schema, codec, absent) => {
    expect(builtin({ ns, name }, "here")).toMatchObject({ schema, codec, absent })
  })

  it("a simple type it does not map fails with where it is used", () => {
    fails(() => builtin({ ns: XS, name: "unsignedLong" }, "Thing/Size"), "Thing/Size", /unsignedLong/)
  })
})

describe("the plan", () => {
  const shipped = merge(
    SOURCES.map((s) => readWsdl(fs.readFileSync(path.join(__dirname, "..", s), "utf8"), s))
  )

  it("places every type of the shipped WSDLs in one family and every operation in one area", () => {
    const p = plan(shipped)
    const placed = p.families.flatMap((f) => f.types.map((t) => t.qname.name))
    expect(new Set(placed).size).toBe(placed.length)
    const emitted = [...shipped.types.values()].filter((t) => t.kind !== "simple").map((t) => t.qname.name)
    expect(placed.sort()).toEqual(emitted.sort())
    expect(p.areas.flatMap((a) => a.operations).length).toBe(36)
  })

  it("makes recursive references lazy and defines what a type uses before it", () => {
    const p = plan(shipped)
    expect(p.lazy).toContain(
      `${key({ ns: TNS, name: "SoExceptionInfo" })}->${key({ ns: TNS, name: "SoExceptionInfo" })}`
    )
    expect(p.lazy).toContain(
      `${key({ ns: TNS, name: "ArrayOfMDOListItem" })}->${key({ ns: TNS, name: "MDOListItem" })}`
    )
    const chat = p.families.find((f) => f.module === "ChatMessage")!.types.map((t) => t.qname.name)
    expect(chat.indexOf("ChatMessageType")).toBeLessThan(chat.indexOf("ChatMessage"))
    expect(chat.indexOf("ChatMessage")).toBeLessThan(chat.indexOf("ArrayOfChatMessage"))
  })

  it("fails on a type no family reaches and on an operation no area holds", () => {
    const families = [{ module: "Carrier", summary: "", roots: ["Carrier"] }]
    fails(() => plan(shipped, families, []), "", /no family in layout.ts reaches/)
  })

  it("fails on families that would import each other", () => {
    const model = read(`
      <xs:complexType name="A"><xs:sequence><xs:element minOccurs="0" name="B" nillable="true" type="tns:B" /></xs:sequence></xs:complexType>
      <xs:complexType name="B"><xs:sequence><xs:element minOccurs="0" name="A" nillable="true" type="tns:A" /></xs:sequence></xs:complexType>`)
    const families = [
      { module: "A", summary: "", roots: ["A"] },
      { module: "B", summary: "", roots: ["B"] },
      { module: "Arrays", summary: "", roots: ["ArrayOfint"] }
    ]
    fails(() => plan(model, families, []), "layout", /A → B → A/)
  })
})

describe("emitted code", () => {
  const files = generate(SOURCES.map((s) => fs.readFileSync(path.join(__dirname, "..", s), "utf8")))

  it("names fields as the WSDL's elements with the first letter lower-cased", () => {
    const principal = files.get("SoPrincipal.ts")!
    expect(principal).toContain("  eMailAddress: withDefault(Schema.NullOr(Xsd.XmlString), () => null)")
    expect(files.get("ChatSession.ts")).toContain("  chatSessionId: withDefault(Xsd.Int, () => 0)")
  })

  it("writes an extension as the base class's extend, and its binding with the base's fields first", () => {
    expect(files.get("ChatSession.ts")).toContain(
      "export class ChatSessionEntity extends Carrier.extend<ChatSessionEntity>(\"@so-chat/core/ChatSessionEntity\")({"
    )
    expect(files.get("internal/ChatSession.ts")).toMatch(
      /chatSessionEntityFields = \(\): ReadonlyArray<b\.Field> => \[\n {2}\.\.\.CarrierBinding\.carrierFields\(\),\n {2}\["chatSessionId", "ChatSessionId", b\.int\]/
    )
  })

  it("splits the code by family and area, none of it one giant module", () => {
    expect([...files.keys()].filter((f) => f.startsWith("operations/")).sort()).toEqual([
      "operations/ChatMessages.ts",
      "operations/ChatPresence.ts",
      "operations/ChatSessions.ts",
      "operations/ChatTopicAgents.ts",
      "operations/ChatTopics.ts",
      "operations/SoPrincipal.ts"
    ])
    for (const [file, text] of files) expect(text.split("\n").length, file).toBeLessThan(1500)
  })
})

describe("secrets", () => {
  const model = read(`
    <xs:complexType name="Login">
      <xs:sequence>
        <xs:element minOccurs="0" name="UserName" nillable="true" type="xs:string" />
        <xs:element minOccurs="0" name="ApiToken" nillable="true" type="xs:string" />
      </xs:sequence>
    </xs:complexType>`)

  it("a listed secret element gets the secret type, which maps to Redacted", () => {
    const marked = markSecrets(model, ["Login/ApiToken"])
    const login = typeOf(marked, "Login")
    expect(login.kind === "complex" && login.elements.map((e) => e.type.ns)).toEqual([XS, "so-chat:secret"])
    expect(builtin({ ns: "so-chat:secret", name: "string" }, "Login/ApiToken")).toMatchObject({
      schema: "Schema.RedactedFromSelf(Xsd.XmlString)",
      codec: "b.redactedString"
    })
  })

  it("a string element that looks like a secret and is not listed fails, and so does a listed one that does not exist", () => {
    fails(() => markSecrets(model, []), "Login/ApiToken", /looks like a secret/)
    fails(() => markSecrets(model, ["Login/ApiToken", "Login/Password"]), "secrets.ts", /Login\/Password/)
  })

  it("the shipped contracts redact the ticket, the password, the access token and generic authentication data", () => {
    const files = generate(SOURCES.map((s) => fs.readFileSync(path.join(__dirname, "..", s), "utf8")))
    expect(files.get("NetServerHeaders.ts")).toContain(
      "ticket: withDefault(Schema.NullOr(Schema.RedactedFromSelf(Xsd.XmlString))"
    )
    const operations = files.get("operations/SoPrincipal.ts")!
    expect(operations).toContain("password: Schema.NullOr(Schema.RedactedFromSelf(Xsd.XmlString))")
    expect(operations).toContain("accessToken: Schema.NullOr(Schema.RedactedFromSelf(Xsd.XmlString))")
    expect(files.get("SoPrincipal.ts")).toContain("value: Schema.NullOr(Schema.RedactedFromSelf(Xsd.XmlString))")
  })
})

describe("values NetServer sends that the WSDL does not allow (NotGiven)", () => {
  const model = read(`
    <xs:complexType name="Rule">
      <xs:sequence>
        <xs:element minOccurs="0" name="Offset" type="xs:int" />
        <xs:element minOccurs="0" name="Pattern" nillable="true" type="xs:string" />
        <xs:element minOccurs="0" name="Start" type="ser:char" />
        <xs:element minOccurs="0" name="Inner" type="tns:Rule" />
      </xs:sequence>
    </xs:complexType>`)

  it("a listed element is marked; the others are not", () => {
    const rule = typeOf(markNotGiven(model, ["Rule/Offset", "Rule/Start"]), "Rule")
    expect(rule.kind === "complex" && rule.elements.map((e) => e.notGiven === true)).toEqual([
      true,
      false,
      true,
      false
    ])
  })

  it("an entry that names no element, a nillable one or a complex one fails the generator", () => {
    fails(() => markNotGiven(model, ["Rule/Offset", "Rule/Missing"]), "notGiven.ts", /Rule\/Missing/)
    fails(() => markNotGiven(model, ["Rule/Pattern"]), "Rule/Pattern", /nillable/)
    fails(() => markNotGiven(model, ["Rule/Inner"]), "Rule/Inner", /simple types/)
  })

  it("the shipped contracts take T | NotGiven exactly at the elements the documented envelopes need", () => {
    const files = generate(SOURCES.map((s) => fs.readFileSync(path.join(__dirname, "..", s), "utf8")))
    const all = [...files.values()].join("\n")
    expect(all.match(/x\.notGiven\(b\.int\)/g)).toHaveLength(6)
    expect(all.match(/x\.notGiven\(x\.duration\)/g)).toHaveLength(16)
    expect(all.match(/x\.notGiven\(b\.dateTime\)/g)).toHaveLength(1)
    expect(all.match(/x\.notGiven\(/g)).toHaveLength(23)
    expect(files.get("Contact.ts")).toContain(
      "valueLength: withDefault(Schema.Union(Xsd.Int, XsdExtended.NotGiven), () => 0)"
    )
    expect(files.get("ChatTopic.ts")).toContain(
      "key: Schema.Union(Xsd.DateTimeUtc, XsdExtended.NotGiven), value: Schema.NullOr(TimeZoneRule)"
    )
  })
})
