/**
 * The remark-parse step: every region skeleton of a file goes through mdast-util-from-markdown (the parser
 * behind remark-parse) in ONE call. A call costs ~130 µs of set-up and a page has hundreds of cells, so the
 * regions are joined into one document, separated by a blank line and a thematic break, which together close
 * every open CommonMark block except raw-HTML blocks of kinds 1–5. The split is checked; if a region leaked
 * into the next one, the regions are parsed one by one. Regions are first cut into segments (segments.ts),
 * served from the memo when seen before (memo.ts), and single paragraphs are joined into inline groups
 * (groups.ts); single paragraphs of plain text, code spans, links and strong emphasis skip the parser
 * (plain.ts). Every path gives the same tree as parsing each region on its own.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph, RootContent } from 'mdast';
import { warn, type FileCtx } from './context.ts';
import { GROUP_SEPARATOR, inlineLines, splitGroup, type GroupMember } from './groups.ts';
import { fillFromMemo, memoKey, recall, remember } from './memo.ts';
import { PLACEHOLDER, type RegionPlan, type SkelLine } from './plan.ts';
import { plainParagraph } from './plain.ts';
import { blocksOnly, finish } from './resolve.ts';
import { segment } from './segments.ts';

const GROUP_MAX_MEMBERS = 200;
const GROUP_MAX_CHARS = 30_000;

interface Unit {
  /** A region parsed on its own… */
  plan?: RegionPlan;
  key?: string | null;
  /** …or an inline group. */
  group?: GroupMember[];
  /** Batch line (1-based) where the unit's text starts. */
  first: number;
}

function parse(texts: readonly string[], ctx: FileCtx): RootContent[] {
  return fromMarkdown(texts.join('\n'), ctx.markdown).children;
}

/** Parse every plan's skeleton with as few markdown calls as possible and fill each plan with its nodes. */
export function fillPlans(plans: readonly RegionPlan[], ctx: FileCtx): void {
  const units: Unit[] = [];
  const map: Array<SkelLine | null> = [];
  const texts: string[] = [];
  const startUnit = (): number => {
    if (texts.length > 0) {
      texts.push('', PLACEHOLDER);
      map.push(null, null);
    }
    return texts.length + 1;
  };
  let group: GroupMember[] | null = null;
  let groupChars = 0;
  const duplicates = new Map<string, RegionPlan[]>();
  const closeGroup = (): void => {
    if (group) units.push({ group, first: group[0]?.first ?? 0 });
    group = null;
  };

  for (const p of plans.flatMap((x) => (x.hasMarkdown ? segment(x, ctx) : [x]))) {
    if (!p.hasMarkdown) {
      p.fill(blocksOnly(p));
      continue;
    }
    const inl = inlineLines(p, ctx);
    const plain = inl ? plainParagraph(inl, p.skeleton.indexOf(inl[0]!)) : null;
    if (plain) {
      finish(p, [plain], p.skeleton, ctx);
      continue;
    }
    const key = memoKey(p, ctx);
    const hit = recall(key);
    if (hit) {
      fillFromMemo(p, hit, ctx);
      continue;
    }
    if (key !== null) {
      // The same text is already in this batch: wait for its result instead of parsing it twice.
      const waiting = duplicates.get(key);
      if (waiting) {
        waiting.push(p);
        continue;
      }
      duplicates.set(key, []);
    }
    if (inl) {
      if (!group || group.length >= GROUP_MAX_MEMBERS || groupChars > GROUP_MAX_CHARS) {
        closeGroup();
        startUnit();
        group = [];
        groupChars = 0;
      } else {
        texts.push(GROUP_SEPARATOR);
        map.push(null);
      }
      const first = texts.length + 1;
      for (const s of inl) {
        texts.push(s.text);
        map.push(s);
        groupChars += s.text.length;
      }
      group.push({ plan: p, lines: inl, key, first, last: texts.length });
      continue;
    }
    closeGroup();
    const first = startUnit();
    for (const s of p.skeleton) {
      texts.push(s.text);
      map.push(s);
    }
    units.push({ plan: p, key, first });
  }
  closeGroup();
  if (units.length === 0) return;

  const root = parse(texts, ctx);
  const chunks: RootContent[][] = [[]];
  for (const n of root) {
    if (n.type === 'thematicBreak' && n.position && map[n.position.start.line - 1] === null) chunks.push([]);
    else (chunks[chunks.length - 1] as RootContent[]).push(n);
  }
  const leaked = chunks.length !== units.length;
  if (leaked) warn(ctx, 'yfm-batch-fallback', 'A region did not close cleanly (raw HTML block?); regions were parsed separately');

  const retry: RegionPlan[] = [];
  units.forEach((u, k) => {
    const nodes = leaked ? null : (chunks[k] ?? []);
    if (u.plan) {
      if (nodes) {
        remember(u.key ?? null, nodes, u.first);
        finish(u.plan, nodes, map, ctx);
      } else retry.push(u.plan);
      return;
    }
    const members = u.group ?? [];
    const paras = nodes ? splitGroup(nodes, members, texts) : null;
    if (!paras) {
      for (const m of members) retry.push(m.plan);
      return;
    }
    members.forEach((m, j) => {
      const para = paras[j] as Paragraph;
      // The member's skeleton may start with blank lines that the group dropped.
      remember(m.key, [para], m.first - m.plan.skeleton.indexOf(m.lines[0] as SkelLine));
      finish(m.plan, [para], map, ctx);
    });
  });
  // A plan parsed on its own, with its own skeleton as the line map.
  const parseAlone = (p: RegionPlan) =>
    finish(
      p,
      parse(
        p.skeleton.map((s) => s.text),
        ctx,
      ),
      p.skeleton,
      ctx,
    );
  for (const p of retry) parseAlone(p);
  for (const [key, waiting] of duplicates) {
    const hit = recall(key);
    for (const p of waiting) {
      if (hit) fillFromMemo(p, hit, ctx);
      else parseAlone(p);
    }
  }
}
