/** The one shape of a memo of derived text, shared by the stages that take one and the cache that keeps it. */

/** A text → the text derived from it (unformatted → formatted, structures → printed), kept by the caller: a Map, or the build cache's. */
export interface TextMemo {
  get(text: string): string | undefined;
  set(text: string, derived: string): void;
}
