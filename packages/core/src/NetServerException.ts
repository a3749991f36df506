/**
 * NetServer's own report that a call failed.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { SoExceptionInfo, StringDictionary } from "./NetServerHeaders.js"

/**
 * NetServer answered, but said the call failed: an `ExceptionInfo` header,
 * `Succeeded` false, or both. The message shows `FriendlyText` when there is
 * one, as that is the text NetServer means people to read.
 *
 * @since 0.1.0
 * @category errors
 */
export class NetServerException extends Schema.TaggedError<NetServerException>("@so-chat/core/NetServerException")(
  "NetServerException",
  {
    operation: Schema.String,
    exceptionInfo: Schema.NullOr(SoExceptionInfo),
    extraInfo: StringDictionary
  }
) {
  /** The text for people: FriendlyText, else Message, else a generic line. */
  get friendlyText(): string {
    const info = this.exceptionInfo
    return info?.friendlyText || info?.message || "NetServer reported that the call did not succeed"
  }

  /** NetServer's exception type, e.g. `SoException` or `SoSessionException`. */
  get exceptionType(): string | null {
    return this.exceptionInfo?.exceptionType ?? null
  }

  override get message(): string {
    const type = this.exceptionType
    return `NetServer refused ${this.operation}: ${this.friendlyText}${type ? ` (${type})` : ""}`
  }
}
