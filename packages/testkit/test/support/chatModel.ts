/**
 * A small model of the chat rules the fake NetServer keeps (issue 13,
 * docs/testkit.md "Every operation's rules"), written from the rules and not
 * from the fake's code: three users with different rights on two topics,
 * sessions with their status, owner, transfer target and messages. Each
 * step says what the fake must answer (`ok`, `refused`, or `same`: either,
 * but nothing may change) and what the state becomes.
 */
import { Installation } from "@so-chat/testkit"
import { Either } from "effect"

export type User = "ada" | "grace" | "cy"
export const users: ReadonlyArray<User> = ["ada", "grace", "cy"]

export const tickets: Record<User, string> = { ada: "7T:adaModel==", grace: "7T:graceModel==", cy: "7T:cyModel==" }
export const fullNames: Record<User, string> = { ada: "Ada Lovelace", grace: "Grace Hopper", cy: "Cy Young" }

interface Rights {
  readonly listen: boolean
  readonly respond: boolean
  readonly manage: boolean
}
const none: Rights = { listen: false, respond: false, manage: false }

/**
 * Topic 1 Support (a welcome message): ada manages it, grace listens and
 * responds, cy is no agent of it. Topic 2 Sales (none): grace manages it,
 * ada and cy listen and respond.
 */
export const rights: Record<number, Partial<Record<User, Rights>>> = {
  1: { ada: { listen: true, respond: true, manage: true }, grace: { listen: true, respond: true, manage: false } },
  2: {
    grace: { listen: true, respond: true, manage: true },
    ada: { listen: true, respond: true, manage: false },
    cy: { listen: true, respond: true, manage: false }
  }
}
export const topicIds: ReadonlyArray<number> = [1, 2]
export const welcome: Record<number, string | undefined> = { 1: "Welcome to Support", 2: undefined }

const rightsOf = (user: User, topic: number): Rights => rights[topic]?.[user] ?? none

/** The installation the fake is started with: the users, the topics and their agents, no sessions. */
export const installation: Installation.Installation = Either.getOrThrow(Installation.decodeSeed({
  users: users.map((u, i) => ({
    associateId: i + 1,
    username: u,
    password: `${u}-pw`,
    ticket: tickets[u],
    fullName: fullNames[u]
  })),
  topics: topicIds.map((id) => ({
    topic: {
      chatTopicId: id,
      name: id === 1 ? "Support" : "Sales",
      ...(welcome[id] === undefined ? {} : { welcomeMessage: welcome[id] })
    },
    agents: Object.entries(rights[id]!).map(([username, r]) => ({
      username,
      canListen: r.listen,
      canRespond: r.respond,
      canManage: r.manage
    }))
  })),
  sessions: []
}))

export type Status = "InQueue" | "CustomerLast" | "UserLast" | "Closed" | "Deleted"
const open = (s: Status) => s === "CustomerLast" || s === "UserLast"
const ended = (s: Status) => s === "Closed" || s === "Deleted"

/** A message as the model keeps it: a special one by its kind, the others by their text. */
export type Message =
  | { readonly type: "ToUser" | "ToCustomer"; readonly text: string }
  | { readonly type: "Special"; readonly special: string }

export interface Session {
  readonly id: number
  readonly topic: number
  status: Status
  owner: User | null
  transferTo: User | null
  readonly messages: Array<Message>
}

export interface Model {
  /** By id, in the order created. */
  readonly sessions: Map<number, Session>
  readonly present: Record<User, boolean>
  /** How many messages were written, for texts no two alike. */
  written: number
}

export const initial = (): Model => ({
  sessions: new Map(),
  present: { ada: true, grace: true, cy: true },
  written: 0
})

/** What the fake must answer: success, a refusal, or either of them, with nothing changed. */
export type Expected = "ok" | "refused" | "same"

export const sees = (user: User, s: Session): boolean =>
  s.owner === user || s.transferTo === user || rightsOf(user, s.topic).listen || rightsOf(user, s.topic).manage

const acts = (user: User, s: Session) => s.owner === user || rightsOf(user, s.topic).manage

/** Runs `change` when the answer is to be a success: the model's step and the fake's agree on what happens. */
type Step = { readonly expected: Expected; readonly apply?: () => void }
const refused: Step = { expected: "refused" }
const same: Step = { expected: "same" }

export const create = (m: Model, topic: number, id: number | undefined): Step =>
  rights[topic] === undefined
    ? refused
    : {
      expected: "ok",
      apply: () => {
        m.sessions.set(id!, {
          id: id!,
          topic,
          status: "InQueue",
          owner: null,
          transferTo: null,
          messages: [{ type: "Special", special: "NewSession" }]
        })
      }
    }

const pickUpStep = (s: Session, user: User): Step => ({
  expected: "ok",
  apply: () => {
    s.owner = user
    s.status = "CustomerLast"
    if (welcome[s.topic] !== undefined) s.messages.push({ type: "Special", special: "Welcome" })
  }
})

export const pickUp = (user: User, s: Session | undefined): Step => {
  if (s === undefined || s.status === "Deleted") return s === undefined ? refused : same
  if (!sees(user, s) || s.status !== "InQueue" || !rightsOf(user, s.topic).respond) return refused
  return pickUpStep(s, user)
}

/** The oldest waiting session of the topics the user responds in: the first created, as none is older. */
export const firstWaiting = (m: Model, user: User): Session | undefined =>
  [...m.sessions.values()].filter((s) => s.status === "InQueue" && rightsOf(user, s.topic).respond)
    .sort((a, b) => a.id - b.id)[0]

export const pickUpFirst = (m: Model, user: User): Step => {
  const first = firstWaiting(m, user)
  return first === undefined ? { expected: "ok" } : pickUpStep(first, user)
}

export const addMessage = (user: User, s: Session | undefined, as: "customer" | "agent", text: string) => {
  if (s === undefined) return refused
  if (s.status === "Deleted") return same
  if (!sees(user, s) || ended(s.status)) return refused
  if (as === "agent" && (!acts(user, s) || !open(s.status))) return refused
  return {
    expected: "ok",
    apply: () => {
      s.messages.push({ type: as === "customer" ? "ToUser" : "ToCustomer", text })
      if (open(s.status)) s.status = as === "customer" ? "CustomerLast" : "UserLast"
    }
  } satisfies Step
}

export const transfer = (user: User, s: Session | undefined, to: User): Step => {
  if (s === undefined) return refused
  if (s.status === "Deleted") return same
  if (!sees(user, s)) return refused
  // "if the session does not belong to the user, nothing happens"
  if (s.owner !== user) return same
  if (!open(s.status) || s.transferTo !== null || to === user || !rightsOf(to, s.topic).respond) return refused
  return { expected: "ok", apply: () => void (s.transferTo = to) }
}

export const answerTransfer = (user: User, s: Session | undefined, accept: boolean): Step => {
  if (s === undefined) return refused
  if (s.status === "Deleted") return same
  if (!sees(user, s)) return refused
  // "if the session is not being transferred, nothing happens"
  if (s.transferTo === null) return same
  if (s.transferTo !== user) return refused
  return {
    expected: "ok",
    apply: () => {
      if (accept) s.owner = user
      s.transferTo = null
      s.messages.push({ type: "Special", special: accept ? "TransferedSession" : "TransferRejected" })
    }
  }
}

export const reset = (user: User, s: Session | undefined): Step => {
  if (s === undefined) return refused
  if (s.status === "Deleted") return same
  if (!sees(user, s) || ended(s.status)) return refused
  if (s.status === "InQueue") return same
  if (!acts(user, s)) return refused
  return {
    expected: "ok",
    apply: () => {
      s.status = "InQueue"
      s.owner = null
      s.transferTo = null
    }
  }
}

export const close = (user: User, s: Session | undefined): Step => {
  if (s === undefined) return refused
  if (s.status === "Deleted") return same
  if (!sees(user, s) || !acts(user, s)) return refused
  if (s.status === "Closed") return same
  return {
    expected: "ok",
    apply: () => {
      s.status = "Closed"
      s.transferTo = null
      s.messages.push({ type: "Special", special: "ClosedByUser" })
    }
  }
}

export const remove = (user: User, s: Session | undefined): Step => {
  if (s === undefined) return refused
  if (s.status === "Deleted") return same
  if (!sees(user, s) || !acts(user, s)) return refused
  return {
    expected: "ok",
    apply: () => {
      s.status = "Deleted"
      s.transferTo = null
      s.messages.push({ type: "Special", special: "SessionDeleted" })
    }
  }
}

/** The caller's chat list: waiting or going on that it sees, and its own ended (all within the last 8 hours here). */
export const chatList = (m: Model, user: User): Array<number> =>
  [...m.sessions.values()]
    .filter((s) =>
      ((s.status === "InQueue" || open(s.status)) && sees(user, s)) || (s.status === "Closed" && s.owner === user)
    )
    .map((s) => s.id)
    .sort((a, b) => a - b)
