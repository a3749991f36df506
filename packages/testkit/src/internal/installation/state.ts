/**
 * What the fake stores — the installation's topics with their agents, its
 * sessions with their messages and transitions, presence, and the tickets
 * its logins issued — how it is built from a seed, and the small steps the
 * operations are made of. Everything here is pure.
 *
 * @internal
 */
import { ChatMessage } from "@so-chat/core"
import { Associate } from "@so-chat/core/generated/Associate"
import { ChatSessionEntity } from "@so-chat/core/generated/ChatSession"
import type { ChatTopicEntity } from "@so-chat/core/generated/ChatTopic"
import { ChatTopicAgent } from "@so-chat/core/generated/ChatTopicAgent"
import * as Xsd from "@so-chat/core/Xsd"
import * as Chunk from "effect/Chunk"
import * as DateTime from "effect/DateTime"
import * as Duration from "effect/Duration"
import * as HashMap from "effect/HashMap"
import * as HashSet from "effect/HashSet"
import * as Option from "effect/Option"
import type { Installation, SessionRecord, Time, TopicRecord, Transition } from "../../Installation.js"
import type { IssuedTicket, ResolvedUser } from "../handler.js"

/** A session: the entity NetServer returns, its messages and its transitions. */
export interface SessionState {
  readonly entity: ChatSessionEntity
  readonly messages: Chunk.Chunk<ChatMessage.ChatMessage>
  readonly transitions: Chunk.Chunk<Transition>
  /** Who posted each message (full name), by ChatMessageId, for a transcript when a message names no author. */
  readonly postedBy: HashMap.HashMap<number, string>
}

/** A topic: the entity as saved, and its agents by associate id. */
export interface TopicState {
  readonly entity: ChatTopicEntity
  readonly agents: HashMap.HashMap<number, ChatTopicAgent>
}

/** A user's presence for chat: present or not, and in which topics (`null`: all of theirs). */
export interface PresenceState {
  readonly present: boolean
  readonly chatTopics: ReadonlyArray<number> | null
}

export interface ChatState {
  /** The next ChatMessageId to try; ids the seed took are skipped. */
  readonly nextChatMessageId: number
  /** The ids the seed's messages have. */
  readonly seededMessageIds: HashSet.HashSet<number>
  readonly nextChatSessionId: number
  readonly nextChatTopicId: number
  readonly sessions: HashMap.HashMap<number, SessionState>
  readonly topics: HashMap.HashMap<number, TopicState>
  /** By associate id. */
  readonly presence: HashMap.HashMap<number, PresenceState>
  /** Tickets issued by logins, by ticket. */
  readonly tickets: HashMap.HashMap<string, IssuedTicket>
  /** How many tickets were issued: part of each new one, so no two are alike. */
  readonly ticketsIssued: number
}

/** The statuses an ended session has: nothing more happens in it. */
export const endedStatuses: ReadonlySet<string> = new Set(["Finished", "Deleted", "Closed", "ClosedFromQueue"])

/** The statuses of a session picked up and going on. */
export const openStatuses: ReadonlySet<string> = new Set(["CustomerLast", "UserLast"])

/** The `Associate` NetServer puts in a session's `User` and `TransferTo`, and an agent's `User`. */
export const associateOf = (user: ResolvedUser): Associate =>
  new Associate({
    associateId: user.associateId,
    name: user.username,
    personId: user.associateId,
    type: "InternalAssociate",
    fullName: user.fullName,
    formalName: user.fullName,
    userName: user.username
  })

export const userNamed = (users: ReadonlyArray<ResolvedUser>, name: string): ResolvedUser | undefined => {
  const wanted = name.trim().toLowerCase()
  return users.find((u) => u.username.toLowerCase() === wanted)
}

export const userById = (users: ReadonlyArray<ResolvedUser>, associateId: number): ResolvedUser | undefined =>
  users.find((u) => u.associateId === associateId)

/** The caller's rights on a topic, if it is one of the topic's agents. */
export const agentOf = (state: ChatState, topicId: number, user: ResolvedUser): ChatTopicAgent | undefined =>
  Option.getOrUndefined(
    Option.flatMap(HashMap.get(state.topics, topicId), (t) => HashMap.get(t.agents, user.associateId))
  )

const resolveTime = (time: Time | undefined, startMillis: number): DateTime.Utc | undefined =>
  time === undefined
    ? undefined
    : time._tag === "At"
    ? time.at
    : DateTime.unsafeMake(startMillis - Duration.toMillis(time.ago))

/** The next free ChatMessageId at or after `from`. */
const freeId = (state: Pick<ChatState, "seededMessageIds">, from: number): number => {
  let id = from
  while (HashSet.has(state.seededMessageIds, id)) id++
  return id
}

/** A new message's id, and the state that has used it. */
export const takeMessageId = (state: ChatState): readonly [number, ChatState] => {
  const id = freeId(state, state.nextChatMessageId)
  return [id, { ...state, nextChatMessageId: id + 1 }]
}

/**
 * The session entity with some fields changed. Every message changes one, so
 * this copies the instance rather than running the class's constructor (its
 * defaults over 35 fields were most of a post's time); the fields set are
 * ones already checked (the decoder read the message, the Clock gave the time).
 */
const copyEntity = (
  entity: ChatSessionEntity,
  patch: Partial<ConstructorParameters<typeof ChatSessionEntity>[0]>
): ChatSessionEntity => Object.assign(Object.create(Object.getPrototypeOf(entity)), entity, patch)

/** Appends a message (given without id, session and time) to a session; the session's text fields follow. */
export const post = (
  state: ChatState,
  chatSessionId: number,
  fields: ConstructorParameters<typeof ChatMessage.ChatMessage>[0],
  now: DateTime.Utc,
  by: ResolvedUser | null = null
): readonly [ChatMessage.ChatMessage, ChatState] => {
  const session = HashMap.unsafeGet(state.sessions, chatSessionId)
  const [chatMessageId, next] = takeMessageId(state)
  const stored = new ChatMessage.ChatMessage({ ...fields, chatMessageId, chatSessionId, whenPosted: now }, true)
  const entity = stored.type === "Special" ? session.entity : copyEntity(session.entity, {
    firstMessage: session.entity.firstMessage ?? stored.message,
    lastMessage: stored.message,
    whenIdle: now
  })
  return [stored, {
    ...next,
    sessions: HashMap.set(next.sessions, chatSessionId, {
      ...session,
      entity,
      messages: Chunk.append(session.messages, stored),
      postedBy: by === null ? session.postedBy : HashMap.set(session.postedBy, chatMessageId, by.fullName)
    })
  }]
}

/** A special message NetServer posts on a transition. */
export const postSpecial = (
  state: ChatState,
  chatSessionId: number,
  specialType: ChatMessage.ChatMessage["specialType"],
  message: string,
  specialParam: string | null,
  now: DateTime.Utc
): ChatState =>
  post(state, chatSessionId, {
    type: "Special",
    specialType,
    message,
    author: null,
    specialParam,
    readByCustomer: 0
  }, now)[1]

/** Changes a session's entity and records the transition. */
export const transition = (
  state: ChatState,
  chatSessionId: number,
  patch: Partial<ConstructorParameters<typeof ChatSessionEntity>[0]>,
  step: { readonly at: DateTime.Utc; readonly by: ResolvedUser | null; readonly operation: string }
): ChatState => {
  const session = HashMap.unsafeGet(state.sessions, chatSessionId)
  const entity = new ChatSessionEntity({ ...session.entity, ...patch }, true)
  const record: Transition = {
    status: entity.status,
    at: step.at,
    by: step.by?.username ?? null,
    operation: step.operation,
    user: entity.user?.name ?? null,
    transferTo: entity.transferTo?.name ?? null
  }
  return {
    ...state,
    sessions: HashMap.set(state.sessions, chatSessionId, {
      ...session,
      entity,
      transitions: Chunk.append(session.transitions, record)
    })
  }
}

/** Where a new session stands in its topic's queue: 1 + those waiting before it. */
export const queueLength = (state: ChatState, topicId: number): number =>
  HashMap.reduce(
    state.sessions,
    0,
    (n, s) => s.entity.topicId === topicId && s.entity.status === "InQueue" ? n + 1 : n
  )

/** A fresh state holding an installation, its relative times taken from `startMillis`. */
export const initialState = (
  installation: Installation,
  users: ReadonlyArray<ResolvedUser>,
  firstChatMessageId: number,
  startMillis: number
): ChatState => {
  const start = DateTime.unsafeMake(startMillis)
  const seededIds = (installation.sessions ?? []).flatMap((s) =>
    (s.messages ?? []).flatMap((m) => m.chatMessageId === undefined ? [] : [m.chatMessageId])
  )
  let nextSeedId = Math.max(0, ...seededIds) + 1
  const allSeeded: Array<number> = [...seededIds]
  const topics = HashMap.fromIterable(installation.topics.map(({ agents, topic }) =>
    [topic.chatTopicId, {
      entity: topic,
      agents: HashMap.fromIterable((agents ?? []).flatMap((a) => {
        const user = userNamed(users, a.username)
        return user === undefined ? [] : [
          [
            user.associateId,
            new ChatTopicAgent({
              topicId: topic.chatTopicId,
              user: associateOf(user),
              canListen: a.canListen ?? true,
              canRespond: a.canRespond ?? true,
              canManage: a.canManage ?? false,
              canNotify: a.canNotify ?? false
            })
          ] as const
        ]
      }))
    }] as const
  ))
  const queued = new Map<number, number>()
  const sessions = HashMap.fromIterable((installation.sessions ?? []).map((seed) => {
    const owner = seed.user === undefined ? undefined : userNamed(users, seed.user)
    const target = seed.transferTo === undefined ? undefined : userNamed(users, seed.transferTo)
    const whenRequested = resolveTime(seed.whenRequested, startMillis) ?? start
    const whenStarted = resolveTime(seed.whenStarted, startMillis)
    const whenEnded = resolveTime(seed.whenEnded, startMillis)
    const messages = (seed.messages ?? []).map((m) => {
      const chatMessageId = m.chatMessageId ?? nextSeedId++
      if (m.chatMessageId === undefined) allSeeded.push(chatMessageId)
      return new ChatMessage.ChatMessage({
        chatMessageId,
        chatSessionId: seed.chatSessionId,
        type: m.type,
        message: m.message,
        author: m.author ?? null,
        readByCustomer: 0,
        specialType: m.specialType ?? "None",
        specialParam: m.specialParam ?? null,
        whenPosted: resolveTime(m.whenPosted, startMillis) ?? whenRequested
      })
    })
    const texts = messages.filter((m) => m.type !== "Special")
    const position = (queued.get(seed.topicId) ?? 0) + 1
    queued.set(seed.topicId, position)
    const entity = new ChatSessionEntity({
      chatSessionId: seed.chatSessionId,
      topicId: seed.topicId,
      user: owner === undefined ? null : associateOf(owner),
      transferTo: target === undefined ? null : associateOf(target),
      customerAlias: seed.customerAlias ?? null,
      customerHost: seed.customerHost ?? null,
      customerName: seed.customerName ?? null,
      customerEmail: seed.customerEmail ?? null,
      customerPhone: seed.customerPhone ?? null,
      customerCompanyName: seed.customerCompanyName ?? null,
      status: seed.status,
      firstMessage: texts[0]?.message ?? null,
      lastMessage: texts.at(-1)?.message ?? null,
      whenRequested,
      whenStarted: whenStarted ?? Xsd.DateTimeMin,
      whenEnded: whenEnded ?? Xsd.DateTimeMin,
      whenIdle: texts.at(-1)?.whenPosted ?? whenStarted ?? whenRequested,
      sessionKey: `fake-session-${seed.chatSessionId}`,
      initialQueuePos: position
    })
    const transitionAt = whenEnded ?? whenStarted ?? whenRequested
    return [seed.chatSessionId, {
      entity,
      messages: Chunk.fromIterable(messages),
      postedBy: HashMap.empty(),
      transitions: Chunk.of<Transition>({
        status: seed.status,
        at: transitionAt,
        by: null,
        operation: "seed",
        user: owner?.username ?? null,
        transferTo: target?.username ?? null
      })
    }] as const
  }))
  const presence = HashMap.fromIterable(installation.users.flatMap((u) => {
    const user = userNamed(users, u.username)
    return user === undefined ? [] : [[user.associateId, { present: u.present ?? true, chatTopics: null }] as const]
  }))
  const maxId = (ids: Iterable<number>) => Math.max(0, ...ids)
  return {
    nextChatMessageId: firstChatMessageId,
    seededMessageIds: HashSet.fromIterable(allSeeded),
    nextChatSessionId: maxId(HashMap.keys(sessions)) + 1,
    nextChatTopicId: maxId(HashMap.keys(topics)) + 1,
    sessions,
    topics,
    presence,
    tickets: HashMap.empty(),
    ticketsIssued: 0
  }
}

const byId = <A>(map: HashMap.HashMap<number, A>): ReadonlyArray<A> =>
  Array.from(HashMap.entries(map)).sort(([a], [b]) => a - b).map(([, v]) => v)

export const sessionRecord = (session: SessionState): SessionRecord => ({
  session: session.entity,
  transitions: Chunk.toReadonlyArray(session.transitions),
  messages: Chunk.toReadonlyArray(session.messages)
})

export const sessionRecords = (state: ChatState): ReadonlyArray<SessionRecord> =>
  byId(state.sessions).map(sessionRecord)

export const topicRecords = (state: ChatState): ReadonlyArray<TopicRecord> =>
  byId(state.topics).map((t) => ({ topic: t.entity, agents: byId(t.agents) }))
