/**
 * The generator's service tables (`generated/services/<Service>.ts`) and the
 * retry rule it writes into each operation.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "vitest"
import { emitArea, emitService, isRead } from "../scripts/generate/emitOperations.js"
import { generate, SOURCES } from "../scripts/generate/generate.js"
import type { OperationDecl, ServiceDecl } from "../scripts/generate/model.js"
import { UnsupportedConstruct, XS } from "../scripts/generate/model.js"
import type { Plan } from "../scripts/generate/plan.js"
import * as ChatService from "../src/generated/services/Chat.js"
import * as SoPrincipalService from "../src/generated/services/SoPrincipal.js"

const TNS = "http://www.superoffice.net/ws/crm/NetServer/Services88"

describe("the retry rule", () => {
  it("reads are Get*, *ForUser, IsWithinOpeningHours and CreateDefault*; nothing else", () => {
    for (
      const name of ["GetChatMessages", "ChatSessionsForUser", "IsWithinOpeningHours", "CreateDefaultChatTopicAgent"]
    ) {
      expect(isRead(name), name).toBe(true)
    }
    for (
      const name of [
        "AddChatMessage",
        "CreateChatSessionForTopic",
        "PickUpFirstChatSession",
        "SaveChatPresence",
        "AuthenticateUsernamePassword",
        "ResetChatSession"
      ]
    ) expect(isRead(name), name).toBe(false)
  })

  it("every generated operation carries it, and so does its row in the service table", async () => {
    for (const m of [...ChatService.methods, ...SoPrincipalService.methods]) {
      const operation = await m.operation()
      expect([operation.name, operation.safeToRetry], m.name).toEqual([m.name, isRead(m.name)])
      expect(m.safeToRetry, m.name).toBe(isRead(m.name))
    }
  })
})

describe("the service tables", () => {
  const files = generate(SOURCES.map((s) => fs.readFileSync(path.join(__dirname, "..", s), "utf8")))

  it("one module per service, its methods in the WSDL's order, camelCase, parameters in the WSDL's order", () => {
    expect([...files.keys()].filter((f) => f.startsWith("services/")).sort()).toEqual([
      "services/Chat.ts",
      "services/SoPrincipal.ts"
    ])
    const wsdl = fs.readFileSync(path.join(__dirname, "..", SOURCES[0]!), "utf8")
    const portType = wsdl.slice(wsdl.indexOf("<wsdl:portType"), wsdl.indexOf("</wsdl:portType>"))
    const order = [...portType.matchAll(/<wsdl:operation name="([^"]+)"/g)].map((m) => m[1])
    expect(ChatService.methods.map((m) => m.name)).toEqual(order)
    const transfer = ChatService.methods.find((m) => m.method === "transferChatSession")!
    expect(transfer.parameters).toEqual(["chatSessionId", "toAssociate"])
    expect(transfer.result).toEqual({ _tag: "Field", field: "response" })
    expect(ChatService.methods.find((m) => m.method === "deleteChatSessionEntity")!.result).toEqual({ _tag: "Void" })
    expect(SoPrincipalService.methods.find((m) => m.method === "authenticateImplicit")!.result).toEqual({
      _tag: "Body"
    })
  })

  it("a parameter no method can be given fails with where it is", () => {
    const op: OperationDecl = {
      service: "Svc",
      name: "Op",
      soapAction: `${TNS}/Svc/Op`,
      request: { ns: TNS, name: "Op" },
      response: { ns: TNS, name: "OpResponse" },
      requestFields: [{ name: "Default", type: { ns: XS, name: "int" }, minOccurs: 1, nillable: false } as any],
      responseFields: [],
      requestHeaders: [],
      responseHeaders: []
    }
    const service: ServiceDecl = { name: "Svc", endpointPath: "Remote/Services88/Svc.svc", operations: [op] }
    const plan = { areas: [{ module: "Area", summary: "", operations: [op] }] } as unknown as Plan
    expect(() => emitService(plan, service, [])).toThrow(UnsupportedConstruct)
    expect(() => emitService(plan, service, [])).toThrow(/Op\/Default/)
  })

  it("each operation says which request header blocks it declares; one Operation cannot write fails", () => {
    const op = (requestHeaders: OperationDecl["requestHeaders"]): OperationDecl => ({
      service: "Svc",
      name: "Op",
      soapAction: `${TNS}/Svc/Op`,
      request: { ns: TNS, name: "Op" },
      response: { ns: TNS, name: "OpResponse" },
      requestFields: [],
      responseFields: [],
      requestHeaders,
      responseHeaders: []
    })
    const emit = (o: OperationDecl) => {
      const service: ServiceDecl = { name: "Svc", endpointPath: "Remote/Services88/Svc.svc", operations: [o] }
      const area = { module: "Area", summary: "x", operations: [o] }
      return emitArea({ model: { services: [service] }, areas: [area] } as unknown as Plan, area as any, [])
    }
    expect(emit(op([{ ns: TNS, name: "ApplicationToken" }]))).toContain(`requestHeaders: ["ApplicationToken"],`)
    expect(emit(op([]))).toContain("requestHeaders: [],")
    expect(() => emit(op([{ ns: TNS, name: "Culture" }]))).toThrow(/Svc\/Op.*Culture is not one Operation writes/)
    expect(() => emit(op([{ ns: "urn:other", name: "Credentials" }]))).toThrow(/\{urn:other\}Credentials/)
    const twice = [{ ns: TNS, name: "TimeZone" }, { ns: TNS, name: "TimeZone" }]
    expect(() => emit(op(twice))).toThrow(/listed twice/)
  })
})
