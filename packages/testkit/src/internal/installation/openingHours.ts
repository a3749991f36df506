/**
 * Whether a topic is open at a moment: its opening hours, read in the
 * topic's own time zone.
 *
 * @internal
 */
import type { ChatOpeningHours, ChatTopicEntity } from "@so-chat/core/generated/ChatTopic"
import * as XsdExtended from "@so-chat/core/XsdExtended"
import * as DateTime from "effect/DateTime"
import * as Duration from "effect/Duration"
import * as Option from "effect/Option"

/**
 * The topic's zone: `TZLocationCode` when it names an IANA zone
 * (`Europe/Oslo`); else the standard rule's `TZOffset` (minutes east of
 * UTC); else UTC.
 */
export const zoneOf = (hours: ChatOpeningHours): DateTime.TimeZone => {
  const location = hours.tzLocation
  const named = location?.tZLocationCode ? DateTime.zoneMakeNamed(location.tZLocationCode) : Option.none()
  if (Option.isSome(named)) return named.value
  const offset = location?.timeZoneSTDRules?.[0]?.value?.tZOffset
  return DateTime.zoneMakeOffset(typeof offset === "number" ? offset * 60_000 : 0)
}

const millisOf = (d: Duration.Duration | XsdExtended.NotGiven): number =>
  XsdExtended.isNotGiven(d) ? 0 : Duration.toMillis(d)

const days = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const

/**
 * Open when opening hours are off; else when the day of the week (in the
 * topic's zone) is enabled and the time of day is in [start, stop), and not
 * in lunch when lunch hours are used. A day enabled with start and stop
 * both 00:00 is open all day.
 */
export const isOpen = (topic: ChatTopicEntity, now: DateTime.Utc): boolean => {
  const hours = topic.openingHours
  if (!topic.openingHoursEnabled || hours === null) return true
  const local = DateTime.unsafeMakeZoned(now, { timeZone: zoneOf(hours) })
  const parts = DateTime.toParts(local)
  const day = days[parts.weekDay]!
  if (!hours[`${day}Enabled`]) return false
  const t = ((parts.hours * 60 + parts.minutes) * 60 + parts.seconds) * 1000 + parts.millis
  const start = millisOf(hours[`${day}Start`])
  const stop = millisOf(hours[`${day}Stop`])
  const inDay = start === 0 && stop === 0 ? true : t >= start && t < stop
  if (!inDay) return false
  if (hours.useLunchHours) {
    const lunchStart = millisOf(hours.lunchStart)
    const lunchStop = millisOf(hours.lunchStop)
    if (t >= lunchStart && t < lunchStop) return false
  }
  return true
}
