/**
 * Where generated code goes: which module holds which data contract, and
 * which module holds which operation. Modules are named as SuperOffice names
 * the types and service areas, so a reader finds `ChatSessionEntity` in
 * `generated/ChatSession.ts` and `GetChatSessionEntity` in
 * `generated/operations/ChatSessions.ts`.
 */

/**
 * Type families, in order. A family holds its roots and every type a root
 * uses that no earlier family holds and that is no other family's root. A
 * type no family reaches fails the generator, so a new WSDL type has to be
 * placed here on purpose.
 */
export const FAMILIES: ReadonlyArray<
  { readonly module: string; readonly summary: string; readonly roots: ReadonlyArray<string> }
> = [
  { module: "Carrier", summary: "the base of NetServer's entities: table and field rights", roots: ["Carrier"] },
  {
    module: "NetServerHeaders",
    summary: "the SOAP header blocks' types: credentials, time zone, exception info, extra info",
    roots: ["SoCredentials", "SoTimeZone", "SoExceptionInfo", "SoExtraInfo"]
  },
  {
    module: "Arrays",
    summary: "the serialization schema's arrays of simple values",
    roots: ["ArrayOfint", "ArrayOfstring"]
  },
  { module: "Associate", summary: "an associate (a user) and the user types", roots: ["Associate"] },
  { module: "Person", summary: "a person (a customer's contact person)", roots: ["Person"] },
  { module: "Contact", summary: "a contact (a company) and its addresses", roots: ["Contact"] },
  { module: "Project", summary: "a project", roots: ["Project"] },
  { module: "Sale", summary: "a sale and its statuses", roots: ["Sale"] },
  { module: "Ticket", summary: "a service ticket (request) and its statuses", roots: ["Ticket"] },
  { module: "ChatMessage", summary: "chat messages and their types", roots: ["ChatMessage", "ArrayOfChatMessage"] },
  {
    module: "ChatSession",
    summary: "chat sessions, their status and flags",
    roots: ["ChatSessionEntity", "ArrayOfChatSessionEntity"]
  },
  {
    module: "ChatTopic",
    summary: "chat topics (channels): opening hours, widget and bot settings",
    roots: ["ChatTopicEntity", "ArrayOfChatTopicEntity"]
  },
  {
    module: "ChatTopicAgent",
    summary: "which agents serve a chat topic",
    roots: ["ChatTopicAgent", "ArrayOfChatTopicAgent"]
  },
  { module: "ChatPresence", summary: "an agent's chat presence", roots: ["ChatPresence", "ArrayOfChatPresence"] },
  { module: "MDOListItem", summary: "list items (MDO lists)", roots: ["MDOListItem", "ArrayOfMDOListItem"] },
  {
    module: "SoPrincipal",
    summary: "who a ticket belongs to: the principal carrier, roles and licenses",
    roots: ["SoPrincipalCarrier", "AuthenticationGenericData"]
  },
  { module: "SystemInfo", summary: "the installation: system info, license info", roots: ["SoSystemInfoCarrier"] }
]

/** Operation modules (service areas) and the operations each holds; every operation must be listed once. */
export const AREAS: ReadonlyArray<
  { readonly module: string; readonly summary: string; readonly operations: ReadonlyArray<string> }
> = [
  {
    module: "ChatSessions",
    summary: "chat sessions: create, read, save, delete, list, pick up, transfer, reset",
    operations: [
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
      "ResetChatSession"
    ]
  },
  {
    module: "ChatMessages",
    summary: "the messages of a chat session and its transcript",
    operations: ["GetChatMessages", "AddChatMessage", "GetChatTranscript"]
  },
  {
    module: "ChatTopics",
    summary: "chat topics: create, read, save, delete, list, opening hours",
    operations: [
      "CreateDefaultChatTopicEntity",
      "SaveChatTopicEntity",
      "DeleteChatTopicEntity",
      "GetChatTopicEntity",
      "ChatTopicsForUser",
      "IsWithinOpeningHours"
    ]
  },
  {
    module: "ChatTopicAgents",
    summary: "the agents of a chat topic",
    operations: [
      "CreateDefaultChatTopicAgent",
      "GetUserAgentList",
      "GetChatTopicUserAgentList",
      "GetChatTopicUserAgent",
      "AddChatTopicUserAgent",
      "UpdateChatTopicUserAgent",
      "UpdateChatTopicUserAgents",
      "DeleteChatTopicUserAgent"
    ]
  },
  { module: "ChatPresence", summary: "an agent's chat presence", operations: ["GetChatPresence", "SaveChatPresence"] },
  {
    module: "SoPrincipal",
    summary: "log in and read the installation's system info",
    operations: [
      "AuthenticateUsernamePassword",
      "AuthenticateImplicit",
      "AuthenticateGeneric",
      "AuthenticateWithAccessToken",
      "GetSystemInfo"
    ]
  }
]
