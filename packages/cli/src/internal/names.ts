/**
 * The names the flags accept, kept here rather than taken from
 * `@so-chat/core` so that `--help` does not load the codecs (a test checks
 * that they are core's).
 *
 * @internal
 */

/** `--type`'s names. */
export const messageTypes = ["ToCustomer", "ToUser", "Special"] as const

/** `--special-type`'s names, in `ChatMessageSpecialType`'s order. */
export const specialTypes = [
  "None",
  "Welcome",
  "Url",
  "Block",
  "NewSession",
  "TransferedSession",
  "Error",
  "SessionDeleted",
  "FaqSuccessQuestion",
  "ClosedByUser",
  "ClosedByCustomer",
  "ClosedByIdle",
  "TransferRejected",
  "ReopenedByCustomer",
  "ClickedOption",
  "BotMessage",
  "Options",
  "IllegalFileType"
] as const
