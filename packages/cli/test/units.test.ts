/**
 * The pieces the process tests rely on, in-process: exit codes by error,
 * the masking of secrets, settings parsing, the XML layout, the flag lists.
 */
import { ChatMessageSpecialType, ChatMessageType, CodecError, NetServerException, SoapFault } from "@so-chat/core"
import { ChatAgentError, Redaction } from "@so-chat/transport"
import * as Duration from "effect/Duration"
import * as Either from "effect/Either"
import { describe, expect, it } from "vitest"
import * as Cli from "../src/Cli.js"
import * as CliError from "../src/CliError.js"
import * as ExitCode from "../src/ExitCode.js"
import * as Output from "../src/internal/output.js"
import { pretty } from "../src/internal/prettyXml.js"
import * as Settings from "../src/Settings.js"

describe("ExitCode.fromError", () => {
  const url = "http://127.0.0.1:1/Chat.svc"
  it.each([
    [new CliError.InvalidFlag({ flag: "--session", reason: "x" }), ExitCode.Usage],
    [new CodecError.UnencodableValue({ path: "Message/Message", detail: "x" }), ExitCode.Usage],
    [new CliError.InvalidSetting({ source: "SO_TIMEOUT", reason: "x" }), ExitCode.Configuration],
    [new CliError.MissingUrl({ configFile: "/x" }), ExitCode.Configuration],
    [new ChatAgentError.ConnectionFailed({ reason: "Refused", url, detail: "x" }), ExitCode.Connection],
    // Nothing was sent: a connection failure, though it is a timeout (docs/cli.md, exit codes).
    [new ChatAgentError.ConnectionFailed({ reason: "ConnectTimeout", url, detail: "x" }), ExitCode.Connection],
    [new ChatAgentError.Timeout({ url, timeoutMillis: 1000, responseStarted: false }), ExitCode.Timeout],
    [
      new NetServerException.NetServerException({ operation: "AddChatMessage", exceptionInfo: null, extraInfo: {} }),
      ExitCode.Refused
    ],
    [new ChatAgentError.UnexpectedStatus({ url, status: 401, contentType: null, excerpt: "" }), ExitCode.Refused],
    [new ChatAgentError.UnexpectedStatus({ url, status: 403, contentType: null, excerpt: "" }), ExitCode.Refused],
    [SoapFault.make({ version: "1.1", code: "Receiver", reason: "x" }), ExitCode.SoapFault],
    [new ChatAgentError.UnexpectedStatus({ url, status: 404, contentType: null, excerpt: "" }), ExitCode.BadResponse],
    [new ChatAgentError.UnexpectedStatus({ url, status: 502, contentType: null, excerpt: "" }), ExitCode.BadResponse],
    [
      new ChatAgentError.UndecodableResponse({
        reason: "MalformedXml",
        url,
        status: 200,
        contentType: null,
        detail: "x",
        excerpt: ""
      }),
      ExitCode.BadResponse
    ],
    [new ChatAgentError.ResponseTooLarge({ url, maxBytes: 1, declaredBytes: null }), ExitCode.BadResponse],
    [new ChatAgentError.ConnectionLost({ url, responseStarted: true, detail: "x" }), ExitCode.OutcomeUnknown],
    [new CliError.Interrupted({ signal: "SIGINT", mayHaveBeenPosted: true }), ExitCode.Interrupted],
    [new Error("a bug"), ExitCode.Internal],
    ["a string", ExitCode.Internal]
  ])("%s → %i", (error, code) => {
    expect(ExitCode.fromError(error)).toBe(code)
  })

  it("gives each class its own code", () => {
    const codes = ExitCode.all.map((c) => c.code)
    expect(new Set(codes).size).toBe(codes.length)
  })

  it("maps every ChatAgentError to a code other than Internal", () => {
    const url = "u"
    const errors: ReadonlyArray<ChatAgentError.ChatAgentError> = [
      new ChatAgentError.ConnectionFailed({ reason: "Tls", url, detail: "" }),
      new ChatAgentError.Timeout({ url, timeoutMillis: 1, responseStarted: true }),
      new ChatAgentError.ConnectionLost({ url, responseStarted: false, detail: "" }),
      new ChatAgentError.UnexpectedStatus({ url, status: 500, contentType: null, excerpt: "" }),
      new ChatAgentError.ResponseTooLarge({ url, maxBytes: 1, declaredBytes: 2 })
    ]
    for (const e of errors) expect(ExitCode.fromError(e)).not.toBe(ExitCode.Internal)
  })
})

describe("Output", () => {
  const capture = () => {
    const out: Array<string> = []
    const err: Array<string> = []
    const output = Output.make({ write: (t) => out.push(t) }, { write: (t) => err.push(t) })
    return { output, out, err }
  }

  it("prints the command's own words as they are, even where they spell a secret", () => {
    const { err, out, output } = capture()
    for (const secret of ["password", "http", "ada"]) output.mask(secret)
    output.out("logged in as ada at http://127.0.0.1:8080/")
    output.err("so-chat: the user name or password is wrong")
    expect(out.join("") + err.join("")).toBe(
      "logged in as ada at http://127.0.0.1:8080/\nso-chat: the user name or password is wrong\n"
    )
  })

  it("redacts a secret in any form in text so-chat did not write, with the library's mask", () => {
    const { output } = capture()
    const secret = "7T:ab&c<d>\"e'=="
    output.mask(secret)
    const shown = output.redact(
      `raw ${secret} xml 7T:ab&amp;c&lt;d&gt;"e'== json ${JSON.stringify(secret)} url ${encodeURIComponent(secret)} ` +
        `xml-in-json ${
          JSON.stringify("7T:ab&amp;c&lt;d&gt;\"e'==")
        } twice 7T:ab&amp;amp;c&amp;lt;d&amp;gt;&amp;quot;e'==`
    )
    expect(shown).not.toContain("7T:ab")
    expect(shown).not.toContain("7T%3Aab")
    expect(shown.split(Output.MASK)).toHaveLength(7)
    expect(Output.MASK).toBe(Redaction.mask)
  })

  it("redacts the longer of two overlapping secrets whole", () => {
    const { output } = capture()
    output.mask("abcdef")
    output.mask("abcdefghij")
    expect(output.redact("x abcdefghij y abcdef")).toBe("x <redacted> y <redacted>")
  })

  it("leaves values too short to be a secret alone", () => {
    const { output } = capture()
    output.mask("ab")
    expect(output.redact("abc")).toBe("abc")
  })

  it("finds the values of --ticket and --app-token on a command line", () => {
    expect(Output.secretsInArgv(["node", "so-chat", "--ticket", "t1", "--app-token=t2", "--text", "--ticket"])).toEqual(
      [
        "t1",
        "t2"
      ]
    )
  })
})

describe("Settings", () => {
  it.each([
    ["30", 30_000],
    ["2.5", 2_500],
    ["500ms", 500],
    ["30s", 30_000],
    ["2m", 120_000],
    ["500 millis", 500],
    ["1 minute", 60_000],
    ["1h", 3_600_000],
    ["1d", 86_400_000],
    ["2 hours", 7_200_000],
    ["2147484", 2_147_484_000],
    [7, 7_000]
  ])("parseTimeout(%j) is %i ms", (input, ms) => {
    const d = Settings.parseTimeout(input)
    expect(Either.isRight(d) && Duration.toMillis(d.right)).toBe(ms)
  })

  it.each(["", "0", "-1", "soon", "1 fortnight", "Infinity"])("parseTimeout(%j) fails, quoting the input", (input) => {
    const d = Settings.parseTimeout(input)
    expect(Either.isLeft(d) && d.left).toContain(JSON.stringify(input))
  })

  it("finds the config file by XDG_CONFIG_HOME, APPDATA on Windows, else HOME", () => {
    expect(Settings.defaultConfigFile({ XDG_CONFIG_HOME: "/xdg", HOME: "/home/ada" }, "linux")).toBe(
      "/xdg/so-chat/config.json"
    )
    expect(Settings.defaultConfigFile({ XDG_CONFIG_HOME: "relative", HOME: "/home/ada" }, "linux")).toBe(
      "/home/ada/.config/so-chat/config.json"
    )
    expect(Settings.defaultConfigFile({ APPDATA: "C:\\Users\\ada\\AppData\\Roaming" }, "win32")).toBe(
      "C:\\Users\\ada\\AppData\\Roaming\\so-chat\\config.json"
    )
  })
})

describe("pretty XML", () => {
  it("puts an element per line, text-only elements on one line, and keeps text and attributes", () => {
    const xml = "<a x=\"1 &amp; 2\"><b>text &lt;here&gt;</b><c/><d><e></e></d></a>"
    expect(pretty(xml)).toBe(
      [
        "<a x=\"1 &amp; 2\">",
        "  <b>text &lt;here&gt;</b>",
        "  <c/>",
        "  <d>",
        "    <e></e>",
        "  </d>",
        "</a>"
      ].join("\n")
    )
  })

  it("drops only the whitespace between elements", () => {
    expect(pretty("<a>\n  <b> x </b>\n</a>")).toBe("<a>\n  <b> x </b>\n</a>")
  })
})

describe("flag lists", () => {
  it("--special-type's names are core's", () => {
    expect([...Cli.specialTypes]).toEqual(Object.keys(ChatMessageSpecialType.values))
  })

  it("--type's names are core's, but Invalid", () => {
    expect([...Cli.messageTypes]).toEqual(Object.keys(ChatMessageType.values).filter((n) => n !== "Invalid"))
  })
})

describe("Interrupted says what a stop may have left done", () => {
  it("a message may have been posted; another operation may have taken effect; a read did nothing", () => {
    const stopped = (fields: Partial<ConstructorParameters<typeof CliError.Interrupted>[0]>) =>
      new CliError.Interrupted({ signal: "SIGINT", mayHaveBeenPosted: true, ...fields }).message
    expect(stopped({})).toContain("so the message may have been posted; check the chat session")
    expect(stopped({ operation: "AddChatMessage" })).toContain("so the message may have been posted")
    expect(stopped({ operation: "DeleteChatSessionEntity" })).toBe(
      "stopped by SIGINT: the request may have reached the server, so DeleteChatSessionEntity may have taken " +
        "effect; check before sending it again."
    )
    expect(stopped({ readOnly: true })).toBe("stopped by SIGINT.")
    expect(stopped({ mayHaveBeenPosted: false })).toBe("stopped by SIGINT before anything was sent.")
  })
})
