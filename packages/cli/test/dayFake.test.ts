/**
 * An agent's day against the testkit's fake NetServer over loopback HTTP,
 * with the real binary: each command, checked against what the fake then
 * holds (owners, transfers, statuses, transitions, presence); refused
 * transitions and unknown ids exit 6 and change nothing; no ticket, exit 3;
 * the tickets never printed. Then `demo` against the same kind of fake, its
 * whole conversation checked line by line against what the fake recorded,
 * and `serve-fake --seed`.
 */
import { FakeNetServerHttp, Installation } from "@so-chat/testkit"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as fs from "node:fs"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { Result } from "./support/cli.js"
import { lines, run, start, tempHome } from "./support/cli.js"

const [ada, grace] = Installation.defaultInstallation.users
const tickets = [Redacted.value(ada!.ticket), Redacted.value(grace!.ticket)]
const as = (user: typeof ada) => ({ env: { SO_TICKET: Redacted.value(user!.ticket) } })

let fake: FakeNetServerHttp.Running
const outputs: Array<Result> = []
/** Runs so-chat against the fake as `user`, keeping the output for the secrets check. */
const so = async (user: typeof ada, args: ReadonlyArray<string>) => {
  const r = await run([...args, "--url", fake.url], as(user))
  outputs.push(r)
  return r
}
const record = async (id: number) => (await fake.sessions()).find((s) => s.session.chatSessionId === id)!

beforeAll(async () => {
  fake = await FakeNetServerHttp.start()
})
afterAll(async () => {
  await fake.close()
  // Every command's output, the failures' too: neither agent's ticket ever printed.
  for (const r of outputs) for (const t of tickets) expect(r.stdout + r.stderr).not.toContain(t)
})

describe("an agent's day against the fake", () => {
  it("sessions lists what ada may see, waiting ones first, each waiting longer than the next", async () => {
    const r = await so(ada, ["sessions", "--json"])
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    const printed = lines(r.stdout).map((l) => JSON.parse(l))
    const held = await fake.sessions()
    // What the fake says ada may see: every session it lists exists, with the status it has there.
    for (const p of printed) {
      expect(held.find((h) => h.session.chatSessionId === p.chatSessionId)!.session.status).toBe(p.status)
    }
    expect(printed.map((p) => p.chatSessionId)).toEqual(expect.arrayContaining([1, 2, 3, 4, 5, 7]))
    const since = (p: any) =>
      p.status === "InQueue"
        ? Date.parse(p.whenRequested)
        : p.status === "CustomerLast"
        ? Date.parse(p.whenIdle.startsWith("0001") ? p.whenStarted : p.whenIdle)
        : undefined
    const waits = printed.map(since)
    const firstNotWaiting = waits.indexOf(undefined)
    const waiting = waits.slice(0, firstNotWaiting < 0 ? undefined : firstNotWaiting) as Array<number>
    expect(waiting.length).toBeGreaterThan(0)
    expect(waits.slice(waiting.length).every((w) => w === undefined)).toBe(true)
    for (let i = 1; i < waiting.length; i++) expect(waiting[i]!).toBeGreaterThanOrEqual(waiting[i - 1]!)
    const text = await so(ada, ["sessions"])
    expect(lines(text.stdout)[0]).toMatch(
      new RegExp(
        `^${printed.length} chat sessions, ${waiting.length} waiting; waiting longest: session ${
          printed[0].chatSessionId
        } `
      )
    )
  })

  it("topics lists the topics ada is an agent of", async () => {
    const r = await so(ada, ["topics"])
    expect(r.code).toBe(0)
    const [, support, sales] = lines(r.stdout)
    expect(support).toMatch(/^ 1\s+Support\s+on\s+off\s+Help with the product$/)
    expect(sales).toMatch(/^ 2\s+Sales\s+off\s+on\s+Quotes and orders$/)
  })

  it("pick-up --first takes the session waiting longest in ada's topics; the fake makes it ada's", async () => {
    const r = await so(ada, ["pick-up", "--first", "--json"])
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    const picked = JSON.parse(r.stdout)
    expect(picked.chatSessionId).toBe(4)
    const held = await record(4)
    expect(held.session.status).toBe(picked.status)
    expect(held.session.user?.associateId).toBe(ada!.associateId)
    expect(held.transitions.at(-1)).toMatchObject({ operation: "PickUpFirstChatSession", by: "ada", user: "ada" })
  })

  it("picking up a closed session is refused (exit 6) and changes nothing", async () => {
    const before = await record(8)
    const r = await so(ada, ["pick-up", "--session", "8"])
    expect(r.code).toBe(6)
    expect(r.stdout).toBe("")
    expect(lines(r.stderr)).toHaveLength(1)
    expect(await record(8)).toEqual(before)
  })

  it("a transfer meant for ada: grace cannot reject it (exit 6), ada accepts it and it is hers", async () => {
    const before = await record(7)
    const refused = await so(grace, ["reject", "--session", "7"])
    expect(refused.code).toBe(6)
    expect(await record(7)).toEqual(before)
    const r = await so(ada, ["accept", "--session", "7"])
    expect(r.code).toBe(0)
    expect(lines(r.stdout)[0]).toBe("accepted chat session 7: it is yours now")
    const held = await record(7)
    expect(held.session.user?.associateId).toBe(ada!.associateId)
    expect(held.session.transferTo).toBeNull()
    expect(held.messages.at(-1)?.specialType).toBe("TransferedSession")
  })

  it("ada transfers session 4 to grace, grace rejects it: it stays ada's", async () => {
    const t = await so(ada, ["transfer", "--session", "4", "--to", "grace"])
    expect(t.stderr).toBe("")
    expect(t.code).toBe(0)
    expect((await record(4)).session.transferTo?.associateId).toBe(grace!.associateId)
    const r = await so(grace, ["reject", "--session", "4"])
    expect(r.code).toBe(0)
    expect(lines(r.stdout)[0]).toMatch(/^rejected the transfer of chat session 4: it stays with (.* \()?ada\)?$/)
    const held = await record(4)
    expect(held.session.transferTo).toBeNull()
    expect(held.session.user?.associateId).toBe(ada!.associateId)
    expect(held.transitions.slice(-2).map((x) => x.operation)).toEqual([
      "TransferChatSession",
      "RejectChatSessionTransfer"
    ])
  })

  it("an unknown session is exit 6, and nothing changes", async () => {
    const before = await fake.sessions()
    for (const args of [["transfer", "--session", "999", "--to", "grace"], ["close", "--session", "999"]]) {
      const r = await so(ada, args)
      expect(r.code).toBe(6)
      expect(r.stdout).toBe("")
    }
    expect(await fake.sessions()).toEqual(before)
  })

  it("transcript prints what the chat holds; close ends it, as the fake records", async () => {
    const t = await so(ada, ["transcript", "--session", "4"])
    expect(t.code).toBe(0)
    expect(t.stdout).toContain("Alan Turing: My machine will not halt. Can you help?")
    const html = await so(ada, ["transcript", "--session", "4", "--html"])
    expect(html.stdout).toMatch(/^</)
    const r = await so(ada, ["close", "--session", "4", "--json"])
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).status).toBe("Closed")
    const held = await record(4)
    expect(held.session.status).toBe("Closed")
    expect(DateTime.toEpochMillis(held.session.whenEnded)).toBeGreaterThan(Date.now() - 60_000)
    expect(held.messages.at(-1)?.specialType).toBe("ClosedByUser")
    const again = await so(ada, ["pick-up", "--session", "4"])
    expect(again.code).toBe(6)
  })

  it("presence --set away changes grace's presence alone", async () => {
    const r = await so(grace, ["presence", "--set", "away"])
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    expect(lines(r.stdout)[0]).toBe("you are away now")
    const presence = await Effect.runPromise(fake.fake.presence)
    expect(presence.map((p) => [p.userId, p.present])).toEqual([[1, true], [2, false]])
    const json = await so(ada, ["presence", "--json"])
    expect(lines(json.stdout).map((l) => JSON.parse(l).present)).toEqual([true, false])
  })

  it("without a ticket nothing is sent (exit 3)", async () => {
    const before = (await fake.requests()).length
    const r = await run(["pick-up", "--first", "--url", fake.url])
    expect(r.code).toBe(3)
    expect((await fake.requests()).length).toBe(before)
  })
})

describe("demo against the fake", () => {
  let own: FakeNetServerHttp.Running
  beforeAll(async () => {
    own = await FakeNetServerHttp.start()
  })
  afterAll(() => own.close())

  it("holds the whole conversation the fake recorded, line by line", async () => {
    const r = await run(["demo", "--url", own.url])
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    for (const t of tickets) expect(r.stdout).not.toContain(t)
    const out = r.stdout.split("\n")
    const steps = out.filter((l) => /^ {2}\S+\s+.*\s+-> /.test(l)).map((l) => {
      const [, actor, action, result] = /^ {2}(\S+)\s+(.*?)\s+-> (.*)$/.exec(l)!
      return { actor: actor!, action: action!, result: result! }
    })
    const id = Number(/^chat session (\d+), InQueue$/.exec(steps[0]!.result)?.[1])
    const held = (await own.sessions()).find((s) => s.session.chatSessionId === id)!
    // Messages: each line is one the fake holds, in order, with its id and its writer.
    const said = steps.filter((s) => s.action.startsWith("\""))
    const posted = held.messages.filter((m) => m.type !== "Special")
    expect(said).toHaveLength(6)
    expect(posted).toHaveLength(6)
    said.forEach((s, i) => {
      const m = posted[i]!
      expect(s.result).toBe(`message ${m.chatMessageId}`)
      expect(m.message!.startsWith(s.action.slice(1, -1).replace(/…$/, ""))).toBe(true)
      expect(m.type).toBe(s.actor === "customer" ? "ToUser" : "ToCustomer")
    })
    expect(said.filter((s) => s.actor === "customer")).toHaveLength(3)
    // The session's steps: the fake's transitions, in order, done by whom the line says.
    const commands = steps.filter((s) => s.action.startsWith("so-chat "))
    const operation = {
      "pick-up": "PickUpChatSession",
      transfer: "TransferChatSession",
      accept: "AcceptChatSessionTransfer",
      close: "SaveChatSessionEntity"
    } as Record<string, string>
    // Messages move the session between CustomerLast and UserLast too; those are the messages' own lines.
    expect(held.transitions.filter((t) => t.operation !== "AddChatMessage").map((t) => [t.operation, t.by])).toEqual([
      ["CreateChatSessionForTopic", "ada"],
      ...commands.map((c) => [operation[c.action.split(" ")[1]!], c.actor])
    ])
    expect(held.session.status).toBe("Closed")
    expect(held.session.user?.userName ?? held.session.user?.name).toBe("grace")
    expect(commands.at(-1)!.result).toBe("Closed")
    // The transcript printed is the fake's.
    const start = out.indexOf(`so-chat transcript --session ${id}:`)
    const printed = out.slice(start + 1, out.indexOf("", start + 1)).map((l) => l.replace(/^ {4}/, ""))
    const transcript = await run(["transcript", "--session", String(id), "--url", own.url], as(grace))
    expect(printed).toEqual(lines(transcript.stdout))
  })

  it("--json has the same conversation: its messages are the fake's", async () => {
    const r = await run(["demo", "--json", "--url", own.url, "--text", "Bonjour", "--author", "Zoé"])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout)
    const held = (await own.sessions()).find((s) => s.session.chatSessionId === json.chatSessionId)!
    const messages = json.steps.filter((s: any) => s.message !== null).map((s: any) => s.message)
    expect(messages.map((m: any) => [m.chatMessageId, m.message, m.author])).toEqual(
      held.messages.filter((m) => m.type !== "Special").map((m) => [m.chatMessageId, m.message, m.author])
    )
    expect(messages[0]).toMatchObject({ message: "Bonjour", author: "Zoé", type: "ToUser" })
    expect(json.steps.at(-1).session.status).toBe("Closed")
  })
})

describe("serve-fake --seed", () => {
  it("starts from the seed's installation and prints its users, topics and sessions", async () => {
    const home = tempHome()
    const file = path.join(home, "seed.json")
    const seed: Installation.Installation = {
      users: [{ ...ada!, username: "zed", associateId: 5, fullName: "Zed Shaw", ticket: Redacted.make("7T:zed==") }],
      topics: [{ topic: Installation.defaultInstallation.topics[1]!.topic, agents: [{ username: "zed" }] }],
      sessions: [{ chatSessionId: 40, topicId: 2, status: "InQueue", customerName: "Quinn" }]
    }
    fs.writeFileSync(file, Installation.encodeSeed(seed))
    const server = start(["serve-fake", "--seed", file])
    try {
      const url = (await server.waitFor((s) => s.includes("\n"))).split("\n")[0]!
      const deadline = Date.now() + 10_000
      while (!server.stderr().includes("Ctrl-C") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
      const err = lines(server.stderr())
      expect(err).toContain("so-chat: 1 user, with the tickets they may call with:")
      expect(err.find((l) => l.includes("zed"))).toMatch(
        /^ {2}zed\s+associate 5\s+Zed Shaw\s+ticket 7T:zed==\s+present$/
      )
      expect(err.find((l) => /^ {2}2\s+Sales/.test(l))).toMatch(/always open\s+agents zed$/)
      expect(err.find((l) => /^ {2}40 /.test(l))).toMatch(
        /^ {2}40\s+InQueue\s+topic 2\s+no agent\s+Quinn\s+0 messages$/
      )
      const r = await run(["sessions", "--json", "--url", url], { env: { SO_TICKET: "7T:zed==" } })
      expect(r.code).toBe(0)
      expect(lines(r.stdout).map((l) => JSON.parse(l).chatSessionId)).toEqual([40])
      const old = await run(["sessions", "--url", url], as(ada))
      expect(old.code).toBe(6)
    } finally {
      server.child.kill("SIGTERM")
      await server.exited
    }
  })

  it("a seed that does not hang together is exit 3, saying where", async () => {
    const home = tempHome()
    const file = path.join(home, "seed.json")
    fs.writeFileSync(
      file,
      JSON.stringify({ users: [], topics: [], sessions: [{ chatSessionId: 1, topicId: 9, status: "InQueue" }] })
    )
    const r = await run(["serve-fake", "--seed", file])
    expect(r.code).toBe(3)
    expect(r.stderr).toBe(`so-chat: --seed ${file}: Invalid seed at sessions[0].topicId: no topic 9\n`)
  })
})
