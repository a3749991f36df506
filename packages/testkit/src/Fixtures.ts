/**
 * The documented example envelopes of all 36 operations, shipped with the
 * package and loadable by operation name.
 *
 * @since 0.1.0
 */
import type * as ChatMessages from "@so-chat/core/generated/operations/ChatMessages"
import type * as ChatPresence from "@so-chat/core/generated/operations/ChatPresence"
import type * as ChatSessions from "@so-chat/core/generated/operations/ChatSessions"
import type * as ChatTopicAgents from "@so-chat/core/generated/operations/ChatTopicAgents"
import type * as ChatTopics from "@so-chat/core/generated/operations/ChatTopics"
import type * as SoPrincipal from "@so-chat/core/generated/operations/SoPrincipal"
import type * as Operation from "@so-chat/core/Operation"
import * as fs from "node:fs"

/** The names of a generated operations module's operations (its other exports are schemas). */
type OperationsOf<M> = { [K in keyof M]: M[K] extends Operation.Operation.Any ? K : never }[keyof M]

/**
 * The name of one of the 36 operations, as the WSDLs spell it: the 31 of
 * `Chat.svc` and the 5 of `SoPrincipal.svc`.
 *
 * @since 0.2.0
 * @category models
 */
export type OperationName = ChatOperationName | SoPrincipalOperationName

/**
 * @since 0.2.0
 * @category models
 */
export type ChatOperationName = OperationsOf<
  typeof ChatMessages & typeof ChatPresence & typeof ChatSessions & typeof ChatTopicAgents & typeof ChatTopics
>

/**
 * @since 0.2.0
 * @category models
 */
export type SoPrincipalOperationName = OperationsOf<typeof SoPrincipal>

/**
 * Which envelope of an operation: what the client sends or what the server
 * answers.
 *
 * @since 0.2.0
 * @category models
 */
export type Kind = "request" | "response"

/**
 * A fixture's name: an operation's name and which envelope, e.g.
 * `GetChatSessionEntity.response`. Every documented request and response is
 * one, exactly as SuperOffice's reference page shows it (SOAP 1.2 envelope
 * namespace, header blocks directly inside `<Envelope>`, `xsi:type` on every
 * element).
 *
 * @since 0.1.0
 * @category models
 */
export type Name = `${OperationName}.${Kind}`

// Complete: a name the WSDLs don't have, or one of theirs missing here, fails the typecheck.
const complete = <All extends string>() =>
<const Names extends ReadonlyArray<All>>(
  names:
    & Names
    & ([Exclude<All, Names[number]>] extends [never] ? unknown : { readonly missing: Exclude<All, Names[number]> })
): Names => names

/**
 * The operations, per service, in the WSDLs' order.
 *
 * @since 0.2.0
 * @category constants
 */
export const operations: {
  readonly Chat: ReadonlyArray<ChatOperationName>
  readonly SoPrincipal: ReadonlyArray<SoPrincipalOperationName>
} = {
  Chat: complete<ChatOperationName>()([
    "CreateDefaultChatSessionEntity",
    "SaveChatSessionEntity",
    "DeleteChatSessionEntity",
    "GetChatSessionEntity",
    "ChatSessionsForUser",
    "CreateChatSessionForTopic",
    "PickUpChatSession",
    "PickUpFirstChatSession",
    "TransferChatSession",
    "AcceptChatSessionTransfer",
    "RejectChatSessionTransfer",
    "ResetChatSession",
    "GetChatMessages",
    "AddChatMessage",
    "GetChatTranscript",
    "CreateDefaultChatTopicEntity",
    "SaveChatTopicEntity",
    "DeleteChatTopicEntity",
    "GetChatTopicEntity",
    "ChatTopicsForUser",
    "IsWithinOpeningHours",
    "CreateDefaultChatTopicAgent",
    "GetUserAgentList",
    "GetChatTopicUserAgentList",
    "GetChatTopicUserAgent",
    "AddChatTopicUserAgent",
    "UpdateChatTopicUserAgent",
    "UpdateChatTopicUserAgents",
    "DeleteChatTopicUserAgent",
    "GetChatPresence",
    "SaveChatPresence"
  ]),
  SoPrincipal: complete<SoPrincipalOperationName>()([
    "AuthenticateUsernamePassword",
    "AuthenticateImplicit",
    "AuthenticateGeneric",
    "AuthenticateWithAccessToken",
    "GetSystemInfo"
  ])
}

/**
 * The service an operation belongs to: `Chat` or `SoPrincipal`.
 *
 * @since 0.2.0
 * @category utils
 */
export const serviceOf = (operation: OperationName): "Chat" | "SoPrincipal" =>
  (operations.SoPrincipal as ReadonlyArray<string>).includes(operation) ? "SoPrincipal" : "Chat"

/**
 * Every fixture's name: each operation's request, then its response.
 *
 * @since 0.1.0
 * @category constants
 */
export const names: ReadonlyArray<Name> = [...operations.Chat, ...operations.SoPrincipal].flatMap((
  operation
): Array<Name> => [`${operation}.request`, `${operation}.response`])

// `src/` and `dist/` both sit one level below the package root, beside
// `fixtures/`, so one relative URL serves the sources (vitest) and the build.
const directory = new URL("../fixtures/documented/", import.meta.url)

/**
 * The file a fixture is stored in.
 *
 * @since 0.1.0
 * @category constructors
 */
export const url = (name: Name): URL => new URL(`${name}.xml`, directory)

/**
 * A fixture's bytes, as a server would send them.
 *
 * @example
 * import { Fixtures } from "@so-chat/testkit"
 *
 * const body: Uint8Array = Fixtures.bytes("AddChatMessage.response")
 *
 * @since 0.1.0
 * @category constructors
 */
export const bytes = (name: Name): Uint8Array => new Uint8Array(fs.readFileSync(url(name)))

/**
 * A fixture's text.
 *
 * @example
 * import { Fixtures } from "@so-chat/testkit"
 *
 * const xml: string = Fixtures.load("GetChatSessionEntity.request")
 *
 * @since 0.1.0
 * @category constructors
 */
export const load = (name: Name): string => fs.readFileSync(url(name), "utf8")

/**
 * An operation's documented envelope, by operation name.
 *
 * @example
 * import { Fixtures } from "@so-chat/testkit"
 *
 * const xml: string = Fixtures.documented("ChatSessionsForUser", "response")
 *
 * @since 0.2.0
 * @category constructors
 */
export const documented = (operation: OperationName, kind: Kind): string => load(`${operation}.${kind}`)
