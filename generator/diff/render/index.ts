/** The report formats of `b24gen diff --format`. */
import type { DiffReport, Severity } from '../report-schema.ts';
import { renderGithubActions } from './github-actions.ts';
import { renderJson } from './json.ts';
import { renderJunit } from './junit.ts';
import { renderMarkdown } from './markdown.ts';
import { renderText } from './text.ts';

export const DIFF_FORMATS = ['text', 'markdown', 'json', 'githubactions', 'junit'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** Render a report in one of the formats. */
export function renderReport(r: DiffReport, format: DiffFormat, failOn?: Severity): string {
  switch (format) {
    case 'text':
      return renderText(r);
    case 'markdown':
      return renderMarkdown(r);
    case 'json':
      return renderJson(r);
    case 'githubactions':
      return renderGithubActions(r);
    case 'junit':
      return renderJunit(r, failOn);
  }
}
