import { describe, expect, it } from "@effect/vitest"
import { AddChatMessage } from "@so-chat/core"
import { NetServerConfig } from "@so-chat/transport"
import { Cause, ConfigError, ConfigProvider, Duration, Effect, Either, Option, Redacted } from "effect"

const resolved = (input: string) => Either.map(NetServerConfig.resolveEndpoint(input), (u) => u.href)

const fromEnv = (env: Record<string, string>) =>
  NetServerConfig.NetServerConfig.pipe(
    Effect.provide(NetServerConfig.layerConfig()),
    Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env)))),
    Effect.either
  )

const errorText = <A, E>(e: Either.Either<A, E>): string => (Either.isLeft(e) ? String(e.left) : "no error")

describe("NetServerConfig", () => {
  it("resolves a base URL, with or without its trailing slash, to Chat.svc", () => {
    expect(resolved("https://sod.superoffice.com/Cust12345/")).toEqual(
      Either.right("https://sod.superoffice.com/Cust12345/Remote/Services88/Chat.svc")
    )
    expect(resolved("https://sod.superoffice.com/Cust12345")).toEqual(
      Either.right("https://sod.superoffice.com/Cust12345/Remote/Services88/Chat.svc")
    )
    expect(resolved("http://crm.example.local:8080")).toEqual(
      Either.right("http://crm.example.local:8080/Remote/Services88/Chat.svc")
    )
  })

  it("keeps a full .svc URL as it is", () => {
    expect(resolved("https://sod.superoffice.com/Cust12345/Remote/Services88/Chat.svc")).toEqual(
      Either.right("https://sod.superoffice.com/Cust12345/Remote/Services88/Chat.svc")
    )
    expect(resolved("https://proxy.example.com/so/chat.SVC")).toEqual(
      Either.right("https://proxy.example.com/so/chat.SVC")
    )
  })

  it("refuses a query or a fragment rather than dropping it, for a base URL and a .svc URL, given as text or URL", () => {
    for (
      const input of [
        "https://sod.superoffice.com/Cust12345/?tenant=2",
        "https://sod.superoffice.com/Cust12345/#/chat",
        "https://proxy.example.com/so/chat.SVC#x",
        "https://proxy.example.com/so/Chat.svc?wsdl",
        "https://sod.superoffice.com/Cust12345/?",
        new URL("https://sod.superoffice.com/Cust12345/?tenant=2")
      ]
    ) {
      const error = errorText(NetServerConfig.resolveEndpoint(input))
      expect(error).toContain("must not have a query (?…) or fragment (#…)")
    }
    expect(errorText(NetServerConfig.resolveEndpoint("https://sod.superoffice.com/Cust12345/?a=1"))).toContain(
      "e.g. https://sod.superoffice.com/Cust12345/"
    )
  })

  it("a URL without its scheme suggests the one meant: http for a local server or a port, else https", () => {
    expect(errorText(NetServerConfig.resolveEndpoint("localhost:18080"))).toBe(
      "\"localhost:18080\" is not an absolute URL: it has no scheme; did you mean http://localhost:18080/?"
    )
    expect(errorText(NetServerConfig.resolveEndpoint("127.0.0.1:8080/Cust1"))).toContain(
      "did you mean http://127.0.0.1:8080/Cust1/?"
    )
    expect(errorText(NetServerConfig.resolveEndpoint("sod.superoffice.com/Cust12345"))).toContain(
      "did you mean https://sod.superoffice.com/Cust12345/?"
    )
  })

  it("a port out of range is named as such, not as a URL that is not absolute", () => {
    expect(errorText(NetServerConfig.resolveEndpoint("http://127.0.0.1:99999/"))).toBe(
      "the port 99999 in \"http://127.0.0.1:99999/\" is out of range: a port is 1 to 65535"
    )
    expect(errorText(NetServerConfig.resolveEndpoint("http://[::1]:0/Cust1/"))).toContain("port 0")
    expect(resolved("http://127.0.0.1:65535/")).toEqual(
      Either.right("http://127.0.0.1:65535/Remote/Services88/Chat.svc")
    )
  })

  it("NetServerConfig.make refuses the same URLs with the same reasons", async () => {
    for (const url of ["localhost:18080", "http://127.0.0.1:99999/", "https://sod.superoffice.com/Cust1/?x=1"]) {
      const exit = await Effect.runPromiseExit(NetServerConfig.make({ url }))
      expect(exit._tag).toBe("Failure")
      expect(exit._tag === "Failure" && String(Cause.squash(exit.cause))).toContain(
        errorText(NetServerConfig.resolveEndpoint(url))
      )
    }
  })

  it("refuses what is not an absolute http(s) URL without credentials, saying why", () => {
    expect(errorText(NetServerConfig.resolveEndpoint("sod.superoffice.com/Cust1"))).toContain("not an absolute URL")
    expect(errorText(NetServerConfig.resolveEndpoint("ftp://example.com/"))).toContain("not ftp")
    expect(errorText(NetServerConfig.resolveEndpoint("https://u:p@example.com/"))).toContain("user name or password")
  })

  it("finds other services' endpoints next to Chat.svc", () => {
    const soPrincipal = {
      ...AddChatMessage.operation,
      service: "SoPrincipal",
      endpointPath: "Remote/Services88/SoPrincipal.svc"
    }
    const endpoint = Either.getOrThrow(NetServerConfig.resolveEndpoint("https://sod.superoffice.com/Cust1"))
    expect(NetServerConfig.endpointFor({ endpoint }, soPrincipal).href).toBe(
      "https://sod.superoffice.com/Cust1/Remote/Services88/SoPrincipal.svc"
    )
    expect(NetServerConfig.endpointFor({ endpoint }, AddChatMessage.operation)).toBe(endpoint)
  })

  it.effect("make applies the defaults", () =>
    Effect.gen(function*() {
      const settings = yield* NetServerConfig.make({ url: "https://sod.superoffice.com/Cust1/" })
      expect(settings.soapVersion).toBe("1.1")
      expect(Duration.toMillis(settings.timeout)).toBe(30_000)
      expect(settings.maxResponseBytes).toBe(8 * 1024 * 1024)
      expect(settings.retry).toBe(NetServerConfig.defaultRetry)
      expect(Option.isNone(settings.ticket)).toBe(true)
    }))

  it.effect("make names the option that is unusable", () =>
    Effect.gen(function*() {
      const url = "https://sod.superoffice.com/Cust1/"
      expect(errorText(yield* Effect.either(NetServerConfig.make({ url: "nope" })))).toContain("url")
      expect(errorText(yield* Effect.either(NetServerConfig.make({ url, timeout: 0 })))).toContain("timeout")
      expect(errorText(yield* Effect.either(NetServerConfig.make({ url, timeout: Duration.infinity })))).toContain(
        "timeout"
      )
      expect(errorText(yield* Effect.either(NetServerConfig.make({ url, maxResponseBytes: 1.5 })))).toContain(
        "maxResponseBytes"
      )
    }))

  it.effect("reads SO_URL, SO_TICKET, SO_APP_TOKEN, SO_SOAP_VERSION, SO_TIMEOUT", () =>
    Effect.gen(function*() {
      const settings = Either.getOrThrow(
        yield* fromEnv({
          SO_URL: "https://sod.superoffice.com/Cust1",
          SO_TICKET: "7T:abc==",
          SO_APP_TOKEN: "token",
          SO_SOAP_VERSION: "1.2",
          SO_TIMEOUT: "2.5"
        })
      )
      expect(settings.endpoint.href).toBe("https://sod.superoffice.com/Cust1/Remote/Services88/Chat.svc")
      expect(settings.ticket.pipe(Option.map(Redacted.value))).toEqual(Option.some("7T:abc=="))
      expect(settings.applicationToken.pipe(Option.map(Redacted.value))).toEqual(Option.some("token"))
      expect(settings.soapVersion).toBe("1.2")
      expect(Duration.toMillis(settings.timeout)).toBe(2500)
    }))

  it.effect("SO_TIMEOUT takes durations; unset and empty values fall back", () =>
    Effect.gen(function*() {
      const a = Either.getOrThrow(yield* fromEnv({ SO_URL: "https://x.example/", SO_TIMEOUT: "500 millis" }))
      expect(Duration.toMillis(a.timeout)).toBe(500)
      const b = Either.getOrThrow(yield* fromEnv({ SO_URL: "https://x.example/", SO_TICKET: "" }))
      expect(Duration.toMillis(b.timeout)).toBe(30_000)
      expect(b.soapVersion).toBe("1.1")
      expect(Option.isNone(b.ticket)).toBe(true)
    }))

  // One rule with the CLI: an empty variable is an unset one.
  it.effect("an empty or blank SO_TIMEOUT, SO_SOAP_VERSION, SO_TICKET or SO_APP_TOKEN counts as unset", () =>
    Effect.gen(function*() {
      for (const empty of ["", "  ", "\t"]) {
        const settings = yield* fromEnv({
          SO_URL: "https://x.example/",
          SO_TIMEOUT: empty,
          SO_SOAP_VERSION: empty,
          SO_TICKET: empty,
          SO_APP_TOKEN: empty
        })
        expect(Either.isRight(settings), errorText(settings)).toBe(true)
        const s = Either.getOrThrow(settings)
        expect(Duration.toMillis(s.timeout)).toBe(30_000)
        expect(s.soapVersion).toBe("1.1")
        expect(Option.isNone(s.ticket)).toBe(true)
        expect(Option.isNone(s.applicationToken)).toBe(true)
      }
    }))

  it.effect("an empty SO_URL is missing, as an unset one is", () =>
    Effect.gen(function*() {
      for (const empty of ["", "  "]) {
        const e = yield* fromEnv({ SO_URL: empty })
        expect(Either.isLeft(e) && ConfigError.isMissingData(e.left), errorText(e)).toBe(true)
        expect(errorText(e)).toContain("SO_URL")
        expect(errorText(e)).not.toContain("absolute URL")
      }
    }))

  it.effect("SO_TIMEOUT takes hours and days, short or long, however long", () =>
    Effect.gen(function*() {
      const cases: ReadonlyArray<readonly [string, number]> = [
        ["1h", 3_600_000],
        ["1.5h", 5_400_000],
        ["2 hours", 7_200_000],
        ["1d", 86_400_000],
        ["30 days", 2_592_000_000],
        ["2m", 120_000],
        ["99999999999", 99_999_999_999_000]
      ]
      for (const [input, ms] of cases) {
        const s = yield* fromEnv({ SO_URL: "https://x.example/", SO_TIMEOUT: input })
        expect(Either.isRight(s) && Duration.toMillis(s.right.timeout), input).toBe(ms)
      }
    }))

  it.effect("a bad or missing variable fails naming it", () =>
    Effect.gen(function*() {
      expect(errorText(yield* fromEnv({}))).toContain("SO_URL")
      expect(errorText(yield* fromEnv({ SO_URL: "ftp://x" }))).toContain("SO_URL")
      expect(errorText(yield* fromEnv({ SO_URL: "https://x.example/", SO_SOAP_VERSION: "1.3" }))).toContain(
        "SO_SOAP_VERSION"
      )
      for (const bad of ["soon", "0", "-1"]) {
        expect(errorText(yield* fromEnv({ SO_URL: "https://x.example/", SO_TIMEOUT: bad })), bad).toContain(
          "SO_TIMEOUT"
        )
      }
    }))
})
