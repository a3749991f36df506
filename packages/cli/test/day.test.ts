/**
 * The commands of an agent's day (sessions, topics, pick-up, transfer, accept,
 * reject, close, transcript, presence) with the real binary over a real
 * socket, against a server that answers with values the test made (encoded
 * by core): what each sends, what it prints as text and as JSON (the shape
 * `so-chat call` prints, checked against `call` itself), its exit codes and
 * that the ticket is never printed.
 */
import { Associate } from "@so-chat/core/generated/Associate"
import { ChatPresence } from "@so-chat/core/generated/ChatPresence"
import { ChatSessionEntity } from "@so-chat/core/generated/ChatSession"
import { ChatTopicEntity } from "@so-chat/core/generated/ChatTopic"
import * as DateTime from "effect/DateTime"
import { describe, expect, it } from "vitest"
import type { Answer } from "./support/answering.js"
import { answering } from "./support/answering.js"
import { lines, run, uniqueSecret } from "./support/cli.js"
import { stalling } from "./support/servers.js"

const ticket = uniqueSecret("7T:day-ticket")
const env = { SO_TICKET: ticket }
const ago = (minutes: number) => DateTime.unsafeMake(Date.now() - minutes * 60_000)

const ada = new Associate({ associateId: 1, name: "ada", userName: "ada", fullName: "Ada Lovelace" })
const bob = new Associate({ associateId: 2, name: "bob", userName: "bob", fullName: "Bob Kahn" })

const session = (fields: ConstructorParameters<typeof ChatSessionEntity>[0]) => new ChatSessionEntity(fields)

const sessions = [
  session({ chatSessionId: 1, topicId: 1, status: "UserLast", user: ada, customerName: "Una", whenStarted: ago(30) }),
  session({ chatSessionId: 2, topicId: 1, status: "InQueue", customerName: "Quin", whenRequested: ago(10) }),
  session({ chatSessionId: 3, topicId: 2, status: "InQueue", customerName: "Ray", whenRequested: ago(3) }),
  session({
    chatSessionId: 4,
    topicId: 2,
    status: "CustomerLast",
    user: ada,
    transferTo: bob,
    customerName: "Dora",
    customerEmail: "dora@example.com",
    whenStarted: ago(40),
    whenIdle: ago(20)
  })
]

const topics = [
  new ChatTopicEntity({ chatTopicId: 1, name: "Sales", description: "Before you buy", openingHoursEnabled: true }),
  new ChatTopicEntity({ chatTopicId: 2, name: "Support", botEnabled: true })
]

const presences = [
  new ChatPresence({ userId: 1, displayName: "Ada Lovelace", ongoingChats: 2, present: true, chatTopics: [1, 2] })
]

/** A server answering each operation as `answers` says. */
const server = (answers: Readonly<Record<string, (body: any) => Answer>>) =>
  answering((name, body) => answers[name]?.(body))

const over = (url: string) => ["--url", url]

describe("sessions", () => {
  it("lists the sessions, those waiting first and the one waiting longest named", async () => {
    const s = await server({ ChatSessionsForUser: () => ({ body: { response: sessions } }) })
    try {
      const r = await run(["sessions", ...over(s.url)], { env })
      expect(r.stderr).toBe("")
      expect(r.code).toBe(0)
      const [summary, , header, ...rows] = r.stdout.split("\n").filter((l, i) => l !== "" || i === 1)
      expect(summary).toMatch(
        /^4 chat sessions, 3 waiting; waiting longest: session 4 \(Dora, 20m \d+s for an answer\)$/
      )
      expect(header).toMatch(/^ID\s+STATUS\s+TOPIC\s+CUSTOMER\s+AGENT\s+WAITING$/)
      expect(rows.map((row) => row.trim().split(/\s+/)[0])).toEqual(["4", "2", "3", "1"])
      expect(rows[0]).toMatch(/CustomerLast\s+2\s+Dora\s+Ada Lovelace \(ada\) -> Bob Kahn \(bob\)\s+20m \d+s$/)
      expect(rows[1]).toMatch(/InQueue\s+1\s+Quin\s+-\s+10m \d+s$/)
      expect(rows[3]).toMatch(/UserLast\s+1\s+Una\s+Ada Lovelace \(ada\)\s+-$/)
      expect(s.received().map((q) => q.name)).toEqual(["ChatSessionsForUser"])
      expect(s.received()[0]!.ticket).toBe(ticket)
    } finally {
      await s.close()
    }
  })

  it("--json prints one session per line, in that order, each as call prints it", async () => {
    const s = await server({ ChatSessionsForUser: () => ({ body: { response: [...sessions, null] } }) })
    try {
      const r = await run(["sessions", "--json", ...over(s.url)], { env })
      expect(r.code).toBe(0)
      const printed = lines(r.stdout).map((l) => JSON.parse(l))
      expect(printed.map((p) => p.chatSessionId)).toEqual([4, 2, 3, 1])
      const called = await run(["call", "ChatSessionsForUser", "--json", ...over(s.url)], { env })
      const byId = new Map(JSON.parse(called.stdout).response.filter(Boolean).map((e: any) => [e.chatSessionId, e]))
      for (const p of printed) expect(p).toEqual(byId.get(p.chatSessionId))
      expect(printed[0].transferTo.userName).toBe("bob")
      expect(printed[0].whenRequested).toBe("0001-01-01T00:00:00.000Z")
      expect(printed[1].customerEmail).toBeNull()
    } finally {
      await s.close()
    }
  })

  it("says so when there are none", async () => {
    const s = await server({ ChatSessionsForUser: () => ({ body: { response: null } }) })
    try {
      const r = await run(["sessions", ...over(s.url)], { env })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe("no chat sessions\n")
      const j = await run(["sessions", "--json", ...over(s.url)], { env })
      expect(j.stdout).toBe("")
    } finally {
      await s.close()
    }
  })
})

describe("topics and presence", () => {
  it("topics lists the caller's topics; --json as call prints them", async () => {
    const s = await server({ ChatTopicsForUser: () => ({ body: { response: topics } }) })
    try {
      const r = await run(["topics", ...over(s.url)], { env })
      expect(r.code).toBe(0)
      const [header, sales, support] = lines(r.stdout)
      expect(header).toMatch(/^ID\s+NAME\s+OPENING HOURS\s+BOT\s+DESCRIPTION$/)
      expect(sales).toMatch(/^ 1\s+Sales\s+on\s+off\s+Before you buy$/)
      expect(support).toMatch(/^ 2\s+Support\s+off\s+on\s+-$/)
      const j = await run(["topics", "--json", ...over(s.url)], { env })
      const called = await run(["call", "ChatTopicsForUser", "--json", ...over(s.url)], { env })
      expect(lines(j.stdout).map((l) => JSON.parse(l))).toEqual(JSON.parse(called.stdout).response)
    } finally {
      await s.close()
    }
  })

  it("presence lists the agents; --set away saves the caller's presence alone, topics untouched", async () => {
    let stored = presences
    const s = await server({
      GetChatPresence: () => ({ body: { response: stored } }),
      SaveChatPresence: (body) => {
        stored = stored.map((p) => new ChatPresence({ ...p, present: body.chatPresence[0].present }))
        return { body: {} }
      }
    })
    try {
      const r = await run(["presence", ...over(s.url)], { env })
      expect(r.code).toBe(0)
      expect(lines(r.stdout)[1]).toMatch(/^ {3}1\s+Ada Lovelace\s+yes\s+2\s+1, 2$/)
      const set = await run(["presence", "--set", "AWAY", ...over(s.url)], { env })
      expect(set.stderr).toBe("")
      expect(set.code).toBe(0)
      expect(lines(set.stdout)[0]).toBe("you are away now")
      expect(lines(set.stdout)[2]).toMatch(/^ {3}1\s+Ada Lovelace\s+no\s+2\s+1, 2$/)
      expect(s.received().slice(1).map((q) => q.name)).toEqual(["SaveChatPresence", "GetChatPresence"])
      // The caller's own entry alone (UserId 0: the ticket's user), its topics left as they are.
      expect(s.received()[1]!.body.chatPresence).toEqual([new ChatPresence({ userId: 0, present: false })])
    } finally {
      await s.close()
    }
  })

  it("presence --set takes present or away only, and sends nothing otherwise", async () => {
    const s = await server({})
    try {
      const r = await run(["presence", "--set", "busy", ...over(s.url)], { env })
      expect(r.code).toBe(2)
      expect(r.stderr).toBe("so-chat: --set: \"busy\" is not a presence; give present or away\n")
      expect(s.received()).toEqual([])
    } finally {
      await s.close()
    }
  })
})

const picked = session({ chatSessionId: 7, topicId: 1, status: "UserLast", user: ada, customerName: "Quin" })

describe("pick-up, transfer, accept, reject, close", () => {
  it("pick-up --session sends PickUpChatSession and prints the session; --json as call prints it", async () => {
    const s = await server({ PickUpChatSession: () => ({ body: { response: picked } }) })
    try {
      const r = await run(["pick-up", "--session", "7", ...over(s.url)], { env })
      expect(r.stderr).toBe("")
      expect(r.code).toBe(0)
      const out = lines(r.stdout)
      expect(out[0]).toBe("picked up chat session 7")
      expect(out).toContain("  status         UserLast")
      expect(out).toContain("  agent          Ada Lovelace (ada)")
      expect(out).toContain("  customer       Quin")
      expect(s.received()[0]!.body).toEqual({ chatSessionId: 7 })
      const j = await run(["pick-up", "--session", "7", "--json", ...over(s.url)], { env })
      const called = await run(["call", "PickUpChatSession", "--arg", "ChatSessionId=7", "--json", ...over(s.url)], {
        env
      })
      expect(JSON.parse(j.stdout)).toEqual(JSON.parse(called.stdout).response)
    } finally {
      await s.close()
    }
  })

  it("pick-up --first with nothing waiting says so, exits 0 and prints null as JSON", async () => {
    const s = await server({ PickUpFirstChatSession: () => ({ body: { response: null } }) })
    try {
      const r = await run(["pick-up", "--first", ...over(s.url)], { env })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe("")
      expect(r.stderr).toBe("so-chat: no chat session is waiting in your topics; nothing was picked up\n")
      const j = await run(["pick-up", "--first", "--json", ...over(s.url)], { env })
      expect(j.stdout).toBe("null\n")
      expect(s.received().map((q) => q.name)).toEqual(["PickUpFirstChatSession", "PickUpFirstChatSession"])
    } finally {
      await s.close()
    }
  })

  it("an answer without the session is exit 6, naming the id", async () => {
    const s = await server({ PickUpChatSession: () => ({ body: { response: null } }) })
    try {
      const r = await run(["pick-up", "--session", "9", ...over(s.url)], { env })
      expect(r.code).toBe(6)
      expect(r.stdout).toBe("")
      expect(r.stderr).toMatch(/^so-chat: NetServer has no chat session 9 that you can see .*Nothing was changed\.\n$/)
    } finally {
      await s.close()
    }
  })

  it("transfer sends the session and the colleague's user name", async () => {
    const offered = session({ ...picked, transferTo: bob })
    const s = await server({ TransferChatSession: () => ({ body: { response: offered } }) })
    try {
      const r = await run(["transfer", "--session", "7", "--to", " bob ", ...over(s.url)], { env })
      expect(r.code).toBe(0)
      expect(s.received()[0]!.body).toEqual({ chatSessionId: 7, toAssociate: "bob" })
      const out = lines(r.stdout)
      expect(out[0]).toBe("offered chat session 7 to bob: theirs once they accept it (so-chat accept --session 7)")
      expect(out).toContain("  transfer to    Bob Kahn (bob), not yet accepted")
    } finally {
      await s.close()
    }
  })

  it("accept and reject send their operation for the session", async () => {
    const s = await server({
      AcceptChatSessionTransfer: () => ({ body: { response: session({ ...picked, user: bob }) } }),
      RejectChatSessionTransfer: () => ({ body: { response: picked } })
    })
    try {
      const a = await run(["accept", "--session", "7", ...over(s.url)], { env })
      expect(a.code).toBe(0)
      expect(lines(a.stdout)[0]).toBe("accepted chat session 7: it is yours now")
      const r = await run(["reject", "--session", "7", ...over(s.url)], { env })
      expect(r.code).toBe(0)
      expect(lines(r.stdout)[0]).toBe("rejected the transfer of chat session 7: it stays with Ada Lovelace (ada)")
      expect(s.received().map((q) => [q.name, q.body.chatSessionId])).toEqual([
        ["AcceptChatSessionTransfer", 7],
        ["RejectChatSessionTransfer", 7]
      ])
    } finally {
      await s.close()
    }
  })

  it("close reads the session and saves it back as Closed, changing nothing else", async () => {
    const s = await server({
      GetChatSessionEntity: () => ({ body: { response: sessions[3] } }),
      SaveChatSessionEntity: (body) => ({ body: { response: body.chatSessionEntity } })
    })
    try {
      const r = await run(["close", "--session", "4", ...over(s.url)], { env })
      expect(r.stderr).toBe("")
      expect(r.code).toBe(0)
      expect(lines(r.stdout)[0]).toBe("closed chat session 4")
      const [get, save] = s.received()
      expect(get!.body).toEqual({ chatSessionEntityId: 4 })
      expect(save!.name).toBe("SaveChatSessionEntity")
      expect(save!.body.chatSessionEntity).toEqual(new ChatSessionEntity({ ...sessions[3]!, status: "Closed" }))
    } finally {
      await s.close()
    }
  })

  it("close of a session NetServer does not have saves nothing", async () => {
    const s = await server({ GetChatSessionEntity: () => ({ body: { response: new ChatSessionEntity({}) } }) })
    try {
      const r = await run(["close", "--session", "5", ...over(s.url)], { env })
      expect(r.code).toBe(6)
      expect(s.received().map((q) => q.name)).toEqual(["GetChatSessionEntity"])
    } finally {
      await s.close()
    }
  })
})

describe("transcript", () => {
  it("prints the transcript as it is; --html asks for HTML; --json wraps it", async () => {
    const text = "Quin: Hi <there>\nAda: Hello & welcome\n"
    const s = await server({
      GetChatTranscript: (body) => ({ body: { response: body.html ? `<p>${text}</p>` : text } })
    })
    try {
      const r = await run(["transcript", "--session", "7", ...over(s.url)], { env })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe(text)
      const h = await run(["transcript", "--session", "7", "--html", ...over(s.url)], { env })
      expect(h.stdout).toBe(`<p>${text}</p>\n`)
      const j = await run(["transcript", "--session", "7", "--json", ...over(s.url)], { env })
      expect(JSON.parse(j.stdout)).toEqual({ chatSessionId: 7, html: false, transcript: text })
      expect(s.received().map((q) => q.body)).toEqual([
        { chatSessionId: 7, html: false },
        { chatSessionId: 7, html: true },
        { chatSessionId: 7, html: false }
      ])
    } finally {
      await s.close()
    }
  })
})

describe("failures", () => {
  it("a refusal is exit 6 with NetServer's words, and nothing on stdout", async () => {
    const s = await server({ AcceptChatSessionTransfer: () => ({ refuse: "The session is not offered to you" }) })
    try {
      const r = await run(["accept", "--session", "7", ...over(s.url)], { env })
      expect(r.code).toBe(6)
      expect(r.stdout).toBe("")
      expect(r.stderr).toContain("The session is not offered to you")
    } finally {
      await s.close()
    }
  })

  it.each([
    [["sessions"]],
    [["pick-up", "--first"]],
    [["close", "--session", "1"]],
    [["presence", "--set", "present"]]
  ])("%j without a ticket exits 3 and sends nothing", async (args) => {
    const s = await server({})
    try {
      const r = await run([...args, ...over(s.url)])
      expect(r.code).toBe(3)
      expect(r.stderr).toMatch(/^so-chat: no ticket is configured for .*Nothing was sent\.\n$/)
      expect(s.received()).toEqual([])
    } finally {
      await s.close()
    }
  })

  it.each([
    [["pick-up", "--session", "0"], "--session: 0 is out of range"],
    [["transfer", "--session", "1", "--to", "  "], "--to: give the user name"],
    [["accept"], "accept needs --session"],
    [["transcript", "--session", "x"], "--session: \"x\" is not a whole number"]
  ])("%j is a usage error (exit 2) naming the flag", async (args, message) => {
    const r = await run([...args, "--url", "http://127.0.0.1:9/"], { env })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(message)
  })

  it("a timeout on a change says what may have been done, not that a message may have been posted", async () => {
    const s = await stalling()
    try {
      const r = await run(["pick-up", "--session", "7", "--timeout", "300ms", ...over(s.url)], { env })
      expect(r.code).toBe(5)
      expect(r.stderr).toContain("the session may have been picked up")
      expect(r.stderr).not.toContain("message may have been posted")
      const read = await run(["sessions", "--timeout", "300ms", ...over(s.url)], { env })
      expect(read.code).toBe(5)
      expect(read.stderr).not.toContain("may have been")
    } finally {
      await s.close()
    }
  })

  it("a ticket a server echoes back in a session is shown masked, never as it is", async () => {
    const s = await server({
      ChatSessionsForUser: () => ({ body: { response: [session({ ...picked, customerName: `x ${ticket} y` })] } })
    })
    try {
      for (const args of [["sessions"], ["sessions", "--json"], ["sessions", "--verbose"]]) {
        const r = await run([...args, ...over(s.url)], { env })
        expect(r.code).toBe(0)
        expect(r.stdout + r.stderr).not.toContain(ticket)
        expect(r.stdout).toContain("x <redacted> y")
      }
    } finally {
      await s.close()
    }
  })
})
