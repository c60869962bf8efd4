/**
 * The input edge for `b24gen.config.*`: found in the working folder (or named with --config), JSON or an
 * ES module whose default export is the config object. Its sections are validated by their stages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../core/errors.ts';

export const CONFIG_NAMES = ['b24gen.config.json', 'b24gen.config.mjs', 'b24gen.config.js'] as const;

/** The config file's path and content, or undefined when there is none (an explicit path must exist). */
export async function loadConfigFile(explicit?: string, cwd = process.cwd()): Promise<{ file: string; raw: unknown } | undefined> {
  const file = explicit ? resolve(cwd, explicit) : CONFIG_NAMES.map((n) => join(cwd, n)).find((f) => existsSync(f));
  if (!file) return undefined;
  if (!existsSync(file)) throw new UserError(`${explicit}: no such config file`);
  if (file.endsWith('.json')) {
    try {
      return { file, raw: JSON.parse(readFileSync(file, 'utf8')) };
    } catch (err) {
      throw new UserError(`${file}: not valid JSON (${(err as Error).message})`);
    }
  }
  try {
    const url = pathToFileURL(file).href;
    // A TypeScript config goes through tsx's one-off import: the CLI runs as a bundle, with no loader registered.
    const mod = (/\.[cm]?ts$/.test(file) ? await (await import('tsx/esm/api')).tsImport(url, import.meta.url) : await import(url)) as { default?: unknown };
    return { file, raw: mod.default };
  } catch (err) {
    throw new UserError(`${file}: cannot load (${(err as Error).message})`);
  }
}
