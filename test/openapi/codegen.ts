/** Shared by the code-generator tests: a strict tsconfig over a folder of generated files. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Write a strict, no-emit tsconfig including `include` (globs relative to `dir`). */
export async function writeStrictTsconfig(dir: string, include: string[]): Promise<void> {
  const compilerOptions = { strict: true, noEmit: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: true, types: [] };
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include }, null, 2));
}
