/**
 * How the docs say a method is deprecated, in every wording the page renders have used (the corpus
 * history): a note titled "DEPRECATED", "Deprecated method", "Method Development Stopped", "Method
 * Development Halted", "Method development has been halted", "… Has Been Discontinued", "Development of
 * the method has been halted since version `tasks 25.700.0`", with a body such as "The development of this
 * method has been halted. Please use crm.item.get." or "The method crm.company.add continues to function,
 * but there is a more relevant alternative crm.item.add". Shared by the YFM and scraped readers, which see
 * the same sentences as markdown nodes and as flat lines.
 */

/** A note title (or heading-like line) that announces deprecation. */
export const DEPRECATION_TITLE =
  /deprecated|development\b[^.]{0,60}?\b(?:halted|stopped|discontinued)\b|method development|no longer (?:supported|developed)|outdated/i;

/** A sentence that announces deprecation without a title ("continues to function, but there is a more relevant alternative"). */
export const DEPRECATION_BODY = new RegExp(
  [
    // "Development of this method has been halted", "Development of the crm.deal.* methods has been discontinued"
    'development of (?:this|the) (?:[\\w.*]+ (?:and [\\w.*]+ )?)?(?:method|methods|section|event)[^.]{0,60}?(?:halted|stopped|discontinued)',
    '(?:method|methods) (?:is|are|has been) deprecated',
    'development has been (?:halted|stopped|discontinued)',
    'method development (?:has been )?(?:stopped|halted|discontinued)',
    '\\bis deprecated\\b',
    '\\bdeprecated method\\b',
    // "continues to function, but there is a more relevant alternative", "is still operational, but it has a more relevant counterpart"
    '(?:continues to (?:function|work|operate)|is still (?:operational|functional|working))[^.]{0,20}?\\bbut\\b[^.]{0,60}?(?:more (?:relevant|current)|deprecated|\\buse\\b)',
  ].join('|'),
  'i',
);

/** True when a title or a body says deprecation. */
export function isDeprecationWording(title: string | null, body: string): boolean {
  return (title !== null && DEPRECATION_TITLE.test(title)) || DEPRECATION_BODY.test(body);
}

/** The words before the successor: "use", "replaced by", "a more relevant alternative", "more current equivalent:", … */
const LEAD =
  '(?:use|replaced by|superseded by|instead(?: of it)?,? use|more (?:relevant|current) (?:alternatives?|equivalents?|counterparts?)(?: is| are)?|in favou?r of)';
/** A method name after the lead; a family ("crm.activity.todo.*") names no one successor. */
const SUCCESSOR = new RegExp(
  `\\b${LEAD}[:,]?\\s+(?:the\\s+)?(?:new\\s+|more current\\s+)?(?:method\\s+|methods\\s+)?\`?([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)(?![A-Za-z0-9_]|\\.[A-Za-z0-9_*])`,
  'gi',
);

/** The method a deprecation sentence points to after its lead words, or null when it names none. */
export function successorAfterLead(text: string): string | null {
  for (const m of text.matchAll(SUCCESSOR)) if (m[1]) return m[1];
  return null;
}
