/**
 * The default installation (see `Installation.defaultInstallation` and the
 * testkit guide): two agents, two topics, sessions in several states.
 *
 * @internal
 */
import * as ChatTopic from "@so-chat/core/generated/ChatTopic"
import * as Duration from "effect/Duration"
import * as Redacted from "effect/Redacted"
import type { Installation, SeedMessage, Time } from "../../Installation.js"
import { defaultUser } from "../defaults.js"

const ago = (d: Duration.DurationInput): Time => ({ _tag: "Ago", ago: Duration.decode(d) })

const weekdays = (start: Duration.Duration, stop: Duration.Duration) => ({
  monEnabled: true,
  monStart: start,
  monStop: stop,
  tueEnabled: true,
  tueStart: start,
  tueStop: stop,
  wedEnabled: true,
  wedStart: start,
  wedStop: stop,
  thuEnabled: true,
  thuStart: start,
  thuStop: stop,
  friEnabled: true,
  friStart: start,
  friStop: stop
})

const support = new ChatTopic.ChatTopicEntity({
  chatTopicId: 1,
  name: "Support",
  description: "Help with the product",
  welcomeMessage: "Welcome to Support! An agent will be with you shortly.",
  openingHoursEnabled: true,
  openingHours: new ChatTopic.ChatOpeningHours({
    tzLocation: new ChatTopic.TimeZoneData({
      tZLocationID: 1,
      name: "Oslo",
      tZLocationCode: "Europe/Oslo",
      tZLocationCities: "Oslo",
      timeZoneSTDRules: null,
      timeZoneDSTRules: null
    }),
    ...weekdays(Duration.hours(8), Duration.hours(16))
  }),
  widget: new ChatTopic.ChatWidgetSettings({
    welcomeTitle: "Support",
    welcomeMessage: "Ask us anything",
    languageIsoCode: "en",
    theme: "Modern"
  }),
  botEnabled: false
})

const sales = new ChatTopic.ChatTopicEntity({
  chatTopicId: 2,
  name: "Sales",
  description: "Quotes and orders",
  welcomeMessage: null,
  openingHoursEnabled: false,
  widget: new ChatTopic.ChatWidgetSettings({ welcomeTitle: "Sales", languageIsoCode: "en" }),
  botEnabled: true,
  botSettings: new ChatTopic.ChatBotSettings({ botName: "Quotebot" })
})

const message = (
  chatMessageId: number,
  type: SeedMessage["type"],
  text: string,
  author: string,
  when: Duration.DurationInput
): SeedMessage => ({ chatMessageId, type, message: text, author, whenPosted: ago(when) })

export const defaultInstallation: Installation = {
  users: [
    {
      associateId: 1,
      username: defaultUser.username,
      password: defaultUser.password as Redacted.Redacted<string>,
      ticket: defaultUser.ticket as Redacted.Redacted<string>,
      fullName: "Ada Lovelace",
      present: true
    },
    {
      associateId: 2,
      username: "grace",
      password: Redacted.make("hopper"),
      ticket: Redacted.make("7T:5678graceExample=="),
      fullName: "Grace Hopper",
      present: true
    }
  ],
  topics: [
    {
      topic: support,
      agents: [
        { username: "ada", canListen: true, canRespond: true, canManage: true, canNotify: true },
        { username: "grace", canListen: true, canRespond: true, canManage: false, canNotify: true }
      ]
    },
    {
      topic: sales,
      agents: [
        { username: "ada", canListen: true, canRespond: true, canManage: false, canNotify: false },
        { username: "grace", canListen: true, canRespond: true, canManage: true, canNotify: true }
      ]
    }
  ],
  sessions: [
    ...[1, 2, 3].map((chatSessionId) => ({
      chatSessionId,
      topicId: 1,
      status: "CustomerLast" as const,
      user: "ada",
      customerName: `Customer ${chatSessionId}`,
      whenRequested: ago("30 minutes"),
      whenStarted: ago("25 minutes")
    })),
    {
      chatSessionId: 4,
      topicId: 1,
      status: "InQueue",
      customerName: "Alan Turing",
      customerEmail: "alan@example.com",
      whenRequested: ago("12 minutes"),
      messages: [message(900001, "ToUser", "My machine will not halt. Can you help?", "Alan Turing", "12 minutes")]
    },
    {
      chatSessionId: 5,
      topicId: 2,
      status: "InQueue",
      customerName: "Katherine Johnson",
      customerCompanyName: "NACA",
      whenRequested: ago("4 minutes"),
      messages: [message(900002, "ToUser", "I would like a quote for 40 licences.", "Katherine Johnson", "4 minutes")]
    },
    {
      chatSessionId: 6,
      topicId: 1,
      status: "UserLast",
      user: "grace",
      customerName: "Edsger Dijkstra",
      whenRequested: ago("20 minutes"),
      whenStarted: ago("18 minutes"),
      messages: [
        message(900003, "ToUser", "Is the goto statement supported?", "Edsger Dijkstra", "20 minutes"),
        message(900004, "ToCustomer", "It is, though we would rather you did not.", "Grace Hopper", "17 minutes")
      ]
    },
    {
      chatSessionId: 7,
      topicId: 2,
      status: "CustomerLast",
      user: "grace",
      transferTo: "ada",
      customerName: "Barbara Liskov",
      whenRequested: ago("15 minutes"),
      whenStarted: ago("14 minutes"),
      messages: [
        message(900005, "ToUser", "Can I swap my plan for a subtype of it?", "Barbara Liskov", "15 minutes"),
        message(
          900006,
          "ToCustomer",
          "Let me pass you to a colleague who knows the plans.",
          "Grace Hopper",
          "13 minutes"
        ),
        message(900007, "ToUser", "Thank you.", "Barbara Liskov", "12 minutes")
      ]
    },
    {
      chatSessionId: 8,
      topicId: 1,
      status: "Closed",
      user: "ada",
      customerName: "Charles Babbage",
      whenRequested: ago("3 hours"),
      whenStarted: ago("175 minutes"),
      whenEnded: ago("160 minutes"),
      messages: [
        message(900008, "ToUser", "How do I reset the difference engine?", "Charles Babbage", "3 hours"),
        message(900009, "ToCustomer", "Turn the crank back to zero.", "Ada Lovelace", "170 minutes"),
        message(900010, "ToUser", "That did it, thanks!", "Charles Babbage", "165 minutes")
      ]
    }
  ]
}
