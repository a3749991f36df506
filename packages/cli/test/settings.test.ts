/**
 * Where the connection settings come from: flags, then the environment, then
 * the config file; each value says where it came from.
 */
import { FakeNetServerHttp } from "@so-chat/testkit"
import * as Redacted from "effect/Redacted"
import * as fs from "node:fs"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { configFileIn, lines, run, tempHome, writeConfig } from "./support/cli.js"

const dryRun = (home: string, env: Record<string, string>, ...flags: Array<string>) =>
  run(["add-message", "--session", "1", "--text", "x", "--dry-run", "--verbose", ...flags], { home, env })

describe("configuration precedence", () => {
  it("a flag beats the environment, which beats the config file", async () => {
    const home = tempHome()
    const file = writeConfig(home, { url: "http://file.invalid/", soapVersion: "1.2", timeout: 7 })
    const env = { SO_URL: "http://env.invalid/", SO_SOAP_VERSION: "1.1" }

    const flag = await dryRun(home, env, "--url", "http://flag.invalid/")
    expect(flag.code).toBe(0)
    expect(lines(flag.stdout)[0]).toBe("POST http://flag.invalid/Remote/Services88/Chat.svc")
    expect(flag.stderr).toContain("url: http://flag.invalid/Remote/Services88/Chat.svc (from --url)")
    expect(flag.stderr).toContain("SOAP version: 1.1 (from SO_SOAP_VERSION in the environment)")
    expect(flag.stderr).toContain(`timeout: 7s (from "timeout" in ${file})`)
    expect(flag.stdout).toContain("content-type: text/xml; charset=utf-8")

    const fromEnv = await dryRun(home, env)
    expect(lines(fromEnv.stdout)[0]).toBe("POST http://env.invalid/Remote/Services88/Chat.svc")
    expect(fromEnv.stderr).toContain("(from SO_URL in the environment)")

    const fromFile = await dryRun(home, {})
    expect(lines(fromFile.stdout)[0]).toBe("POST http://file.invalid/Remote/Services88/Chat.svc")
    expect(fromFile.stderr).toContain(`(from "url" in ${file})`)
    expect(fromFile.stdout).toContain("content-type: application/soap+xml; charset=utf-8; action=")
  })

  it("an empty environment variable counts as unset", async () => {
    const home = tempHome()
    writeConfig(home, { url: "http://file.invalid/" })
    // The same rule as the library's NetServerConfig.layerConfig().
    const r = await dryRun(home, {
      SO_URL: "",
      SO_TIMEOUT: " ",
      SO_SOAP_VERSION: "",
      SO_TICKET: "",
      SO_APP_TOKEN: "\t"
    })
    expect(r.code).toBe(0)
    expect(lines(r.stdout)[0]).toBe("POST http://file.invalid/Remote/Services88/Chat.svc")
    expect(r.stderr).toContain("timeout: 30s (default)")
    expect(r.stderr).toContain("SOAP version: 1.1 (default)")
    expect(r.stderr).toContain("ticket: not set")
    expect(r.stderr).toContain("app token: not set")
  })

  it("the config file is $XDG_CONFIG_HOME/so-chat/config.json, else ~/.config/so-chat/config.json", async () => {
    const home = tempHome()
    writeConfig(home, { url: "http://home.invalid/" })
    const xdg = path.join(tempHome(), "xdg")
    fs.mkdirSync(path.join(xdg, "so-chat"), { recursive: true })
    fs.writeFileSync(path.join(xdg, "so-chat", "config.json"), JSON.stringify({ url: "http://xdg.invalid/" }))
    const viaXdg = await run(["add-message", "--session", "1", "--text", "x", "--dry-run"], {
      home,
      env: { XDG_CONFIG_HOME: xdg }
    })
    expect(lines(viaXdg.stdout)[0]).toBe("POST http://xdg.invalid/Remote/Services88/Chat.svc")
    const viaHome = await run(["add-message", "--session", "1", "--text", "x", "--dry-run"], {
      home,
      env: { XDG_CONFIG_HOME: "" }
    })
    expect(lines(viaHome.stdout)[0]).toBe("POST http://home.invalid/Remote/Services88/Chat.svc")
  })

  it("--config beats SO_CONFIG, which beats the default file; a named file that is missing is an error", async () => {
    const home = tempHome()
    writeConfig(home, { url: "http://default.invalid/" })
    const a = path.join(home, "a.json")
    const b = path.join(home, "b.json")
    fs.writeFileSync(a, JSON.stringify({ url: "http://a.invalid/" }))
    fs.writeFileSync(b, JSON.stringify({ url: "http://b.invalid/" }))
    const flag = await dryRun(home, { SO_CONFIG: b }, "--config", a)
    expect(lines(flag.stdout)[0]).toBe("POST http://a.invalid/Remote/Services88/Chat.svc")
    const env = await dryRun(home, { SO_CONFIG: b })
    expect(lines(env.stdout)[0]).toBe("POST http://b.invalid/Remote/Services88/Chat.svc")
    const missing = await run([
      "add-message",
      "--session",
      "1",
      "--text",
      "x",
      "--config",
      path.join(home, "nope.json")
    ], {
      home
    })
    expect(missing.code).toBe(3)
    expect(lines(missing.stderr)).toEqual([`so-chat: ${path.join(home, "nope.json")}: no such config file`])
  })

  it("an unknown key or a wrong type in the config file is a configuration error naming it (exit 3)", async () => {
    const home = tempHome()
    const file = writeConfig(home, { url: "http://x.invalid/", tiket: "oops" })
    const unknown = await run(["add-message", "--session", "1", "--text", "x"], { home })
    expect(unknown.code).toBe(3)
    expect(lines(unknown.stderr)).toEqual([
      `so-chat: ${file}: unknown key "tiket"; the keys are url, ticket, appToken, soapVersion, timeout, user`
    ])
    writeConfig(home, { url: 42 })
    const typed = await run(["add-message", "--session", "1", "--text", "x"], { home })
    expect(typed.code).toBe(3)
    expect(lines(typed.stderr)).toEqual([`so-chat: "url" in ${file}: expected a string, got number`])
    writeConfig(home, "[1, 2]")
    const notObject = await run(["add-message", "--session", "1", "--text", "x"], { home })
    expect(notObject.code).toBe(3)
    expect(notObject.stderr).toContain("expected a JSON object")
  })

  it("warns when the config file holds a secret and others can read it", async () => {
    const home = tempHome()
    const file = writeConfig(home, { url: "http://x.invalid/", ticket: "7T:abcdef" }, 0o644)
    const loose = await dryRun(home, {})
    expect(loose.code).toBe(0)
    expect(loose.stderr).toContain(`so-chat: warning: ${file} holds a secret and other users can read it`)
    expect(loose.stderr).toContain(`chmod 600 ${file}`)
    fs.chmodSync(file, 0o600)
    const tight = await dryRun(home, {})
    expect(tight.stderr).not.toContain("warning")
  })
})

describe("the ticket and application token", () => {
  let fake: FakeNetServerHttp.Running
  const users = ["flag", "env", "file"].map((name) => ({
    username: name,
    password: "x",
    ticket: `7T:${name}-ticket`
  }))
  beforeAll(async () => {
    fake = await FakeNetServerHttp.start({
      users,
      online: true,
      applicationTokens: ["tok-flag", "tok-env", "tok-file"]
    })
  })
  afterAll(() => fake.close())

  const sentCredentials = async (home: string, env: Record<string, string>, ...flags: Array<string>) => {
    const before = (await fake.requests()).length
    const r = await run(["add-message", "--url", fake.url, "--session", "1", "--text", "x", ...flags], { home, env })
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    const [request] = (await fake.requests()).slice(before)
    return {
      ticket: request?.headers?.ticket === undefined ? undefined : Redacted.value(request.headers.ticket),
      token: request?.headers?.applicationToken === undefined
        ? undefined
        : Redacted.value(request.headers.applicationToken)
    }
  }

  it("come from the flag, else the environment, else the config file", async () => {
    const home = tempHome()
    writeConfig(home, { ticket: "7T:file-ticket", appToken: "tok-file" })
    const env = { SO_TICKET: "7T:env-ticket", SO_APP_TOKEN: "tok-env" }
    expect(await sentCredentials(home, env, "--ticket", "7T:flag-ticket", "--app-token", "tok-flag")).toEqual({
      ticket: "7T:flag-ticket",
      token: "tok-flag"
    })
    expect(await sentCredentials(home, env)).toEqual({ ticket: "7T:env-ticket", token: "tok-env" })
    expect(await sentCredentials(home, {})).toEqual({ ticket: "7T:file-ticket", token: "tok-file" })
  })

  it("a config file that is not there is fine", async () => {
    const home = tempHome()
    expect(fs.existsSync(configFileIn(home))).toBe(false)
    expect(await sentCredentials(home, { SO_TICKET: "7T:env-ticket", SO_APP_TOKEN: "tok-env" })).toEqual({
      ticket: "7T:env-ticket",
      token: "tok-env"
    })
  })
})
