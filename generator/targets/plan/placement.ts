/** Placement, language-neutral: which group (REST namespace, Vibe entity) an element belongs to, and file stems for groups. */
import type { MethodSpec } from '../../spec/schema.ts';

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * A file stem for a namespace or Vibe entity. Never starts with "_" (those stems are kept for the
 * generator's own files such as `zod/_shared.ts`), never "index", never a Windows device name.
 */
export function fileStem(name: string): string {
  let stem = name.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
  if (!/^[a-z0-9]/.test(stem)) stem = `ns${stem}`;
  if (stem === 'index' || stem === 'types' || WINDOWS_DEVICE.test(stem)) stem = `${stem}-ns`;
  return stem;
}

/** The `VibeOperations` key: "VERB /v1/path", from `http` or else from the id ("vibe:GET /v1/contacts/{id}"). */
export function vibeOperationKey(spec: MethodSpec): string {
  if (spec.http) return `${spec.http.verb} ${spec.http.path}`;
  return spec.id.replace(/^vibe:/, '');
}

/** The Vibe entity of an operation: the first non-parameter path segment after the version ("/v1/contacts/{id}" → "contacts"). */
export function vibeEntityOf(spec: MethodSpec): string {
  const path = spec.http?.path ?? vibeOperationKey(spec).split(' ')[1] ?? '';
  const segs = path.split('/').filter((s) => s && !s.startsWith('{') && !s.startsWith(':'));
  const afterVersion = /^v\d+$/.test(segs[0] ?? '') ? segs.slice(1) : segs;
  return afterVersion[0] ?? spec.method.split('.')[0] ?? 'root';
}
