/** The scraped page as numbered lines with character offsets, so every fact can cite a 1-based line. */

export interface PageText {
  /** The normalised text (BOM dropped, CR/CRLF turned into LF); offsets below index into it. */
  text: string;
  /** lines[i] is line i + 1 of the input file. */
  lines: string[];
  /** starts[i] is the offset of the first character of line i + 1. */
  starts: number[];
}

/** Split a page into lines; CR and CRLF count as one line break so numbering matches editors. */
export function toPageText(raw: string): PageText {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return { text, lines, starts };
}

/** The trimmed text of 1-based line `n` ('' outside the page). */
export function lineText(page: PageText, n: number): string {
  return (page.lines[n - 1] ?? '').trim();
}

/** The 1-based line that holds character `offset`. */
export function lineOf(page: PageText, offset: number): number {
  let lo = 0;
  let hi = page.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((page.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Offset of the first character of 1-based line `n` (the text length past the end). */
export function offsetOf(page: PageText, n: number): number {
  return page.starts[n - 1] ?? page.text.length;
}

/** The raw text of lines [from, to) joined back with LF, for regexes that span lines. */
export function sliceLines(page: PageText, from: number, to: number): { text: string; offset: number } {
  const start = offsetOf(page, from);
  const end = to > page.lines.length ? page.text.length : offsetOf(page, to);
  return { text: page.text.slice(start, end), offset: start };
}
