/**
 * What the XML reader keeps from one document to the next, per caller: the
 * namespace URIs it compares against (as its own strings), and the last root
 * start tag, as scanned and as resolved.
 *
 * @internal
 */
import type { NamespaceScope } from "./namespaceScope.js"
import { detach } from "./xsd.js"

/**
 * The root start tag a scanner last read, kept by its caller from one
 * document to the next. Every response of one server opens with the same
 * envelope tag, and the documented ones declare seven namespaces on it: a
 * third of scanning a small response (ChatPresence: 1.05 of 3.13 µs). Its
 * text compared whole (`slice` and `===`, some 36 ns for 475 characters;
 * `startsWith` takes five times that) stands for reading it again.
 *
 * @internal
 */
export interface RootTagMemo {
  /** The tag from `<` to `>`; its own string, not a slice that would keep a document alive. */
  tag: string
  name: string
  /** Read-only for everyone: each document whose root is this tag shares it. */
  attributes: ReadonlyArray<string>
  /**
   * The last root tag read in full. A tag is remembered the second time in a
   * row it is read, so that documents whose roots take turns pay a comparison
   * each, not a copy of every attribute.
   */
  seen: string
}

/** @internal */
export const makeRootTagMemo = (): RootTagMemo => ({ tag: "", name: "", attributes: [], seen: "" })

/** A root tag longer than this is read every time: copying it would cost more than it saves. @internal */
export const MAX_MEMO_TAG = 2048

/**
 * Offers the root tag the scanner just read in full; whether `memo` now
 * holds it (the scanner then gives the sink the remembered strings).
 *
 * @internal
 */
export const rememberRootTag = (
  memo: RootTagMemo,
  tag: string,
  name: string,
  attributes: ReadonlyArray<string>
): boolean => {
  // Copies (`detach`): slices would keep the document they were read from alive.
  if (tag !== memo.seen) {
    memo.seen = detach(tag)
    return false
  }
  memo.tag = memo.seen
  memo.name = detach(name)
  memo.attributes = attributes.map(detach)
  return true
}

/**
 * The namespace URIs a caller compares elements against, each mapped to
 * itself. A declaration of one of them binds the caller's very string, so
 * that comparing an element's namespace with it succeeds on identity instead
 * of comparing some fifty characters (measured: a tenth of decoding a
 * response went into such comparisons).
 *
 * @internal
 */
export type KnownNamespaces = ReadonlyMap<string, string>

/** @internal */
export const knownNamespaces = (uris: Iterable<string>): KnownNamespaces => {
  const known: KnownNamespaces = new Map([...uris].map((u) => [u, u]))
  readers.set(known, makeReaderMemo(known))
  return known
}

/** @internal */
export const NO_KNOWN_NAMESPACES: KnownNamespaces = new Map()

/**
 * What a reader keeps from one document to the next, per known set (one per
 * caller, such as the envelope reader): the known URIs as a list, and the
 * last root start tag, as scanned and as resolved. Only ever a shortcut to
 * the same result: a root tag that is not the very text remembered is read
 * and resolved in full.
 *
 * @internal
 */
export interface ReaderMemo {
  readonly knownList: ReadonlyArray<string>
  readonly rootTag: RootTagMemo
  /** The resolution of `rootTag`'s attributes, when its root resolved. */
  root: RootResolution | undefined
}

/** The root element's resolution, for the remembered tag's very strings. @internal */
export interface RootResolution {
  readonly attributes: ReadonlyArray<string>
  readonly uri: string
  readonly local: string
  readonly scope: NamespaceScope
  readonly nil: boolean
}

const makeReaderMemo = (known: KnownNamespaces): ReaderMemo => ({
  knownList: [...known.keys()],
  rootTag: makeRootTagMemo(),
  root: undefined
})

const readers = new WeakMap<KnownNamespaces, ReaderMemo>([[NO_KNOWN_NAMESPACES, makeReaderMemo(NO_KNOWN_NAMESPACES)]])

/** The memo of a known set (`knownNamespaces` makes one with it). @internal */
export const readerOf = (known: KnownNamespaces): ReaderMemo => {
  let memo = readers.get(known)
  if (memo === undefined) readers.set(known, memo = makeReaderMemo(known))
  return memo
}
