/** The json format: the report as validated by its zod schema (`b24gen diff --schema` prints that schema). */
import { DiffReport } from '../report-schema.ts';

/** Render a report as JSON (validated first, so the output always matches the published schema). */
export function renderJson(r: DiffReport): string {
  return `${JSON.stringify(DiffReport.parse(r), null, 2)}\n`;
}
