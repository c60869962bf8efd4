import { describe, expect, it } from 'vitest';
import { ProvenanceSidecar, SPEC_VERSION } from '../../generator/spec/schema.ts';
import { extractProvenance, mergeProvenance, sidecarPath } from '../../generator/spec/sidecar.ts';
import {
  normalizeSpecSet,
  SpecFileError,
  specSetFromFiles,
  specSetToFiles,
  targetInputDigest,
  withoutSourceHashes,
  type SpecSet,
} from '../../generator/spec/spec-set.ts';
import { PAGE_TEXT, specSetOfPage } from './page.ts';

const SPEC_FILE = 'rest/crm/crm.contact.get.json';
const PAGE_LINES = PAGE_TEXT.split('\n');

describe('provenance sidecar', () => {
  it('keeps lines and hashes out of the API file and in the sidecar, keyed by JSON Pointer', () => {
    const files = specSetToFiles(specSetOfPage());
    const api = files.get(SPEC_FILE)!;
    expect(api).not.toMatch(/"line":|"sha256":/);
    const sidecar = ProvenanceSidecar.parse(JSON.parse(files.get(sidecarPath(SPEC_FILE))!));
    // Read from the page: the H1 is line 1, the scope line 9, the `id` row of the params table line 30,
    // and the three error rows lines 491–493 (sorted by id: access-denied, id-is-not-defined, not-found).
    expect(sidecar.lines['/facts/title']).toBe(1);
    expect(PAGE_LINES[sidecar.lines['/facts/scope']! - 1]).toMatch(/^> Scope:/);
    expect(PAGE_LINES[sidecar.lines['/params/0/source']! - 1]).toMatch(/^\|\| \*\*id\*\*\*/);
    expect([0, 1, 2].map((i) => sidecar.lines[`/errors/${i}/source`])).toEqual([492, 491, 493]);
    expect(Object.keys(sidecar.sha256)).toEqual(['crm-contact-get.md']);
  });

  it('round-trips: files → spec set deep-equals the canonical input, and writing leaves the input alone', () => {
    const set = specSetOfPage();
    const before = structuredClone(set);
    const files = specSetToFiles(set);
    expect(set).toEqual(before);
    expect(specSetFromFiles(files)).toEqual(normalizeSpecSet(before));
  });

  it('digests the files as the targets see them: a source hash alone does not move the digest, a line does', () => {
    const set = specSetOfPage();
    const files = specSetToFiles(set);
    const rehashed = specSetToFiles({ ...set, specs: set.specs.map((s) => ({ ...s, sources: s.sources.map((f) => ({ ...f, sha256: 'f'.repeat(64) })) })) });
    expect(rehashed.get(sidecarPath(SPEC_FILE))).not.toBe(files.get(sidecarPath(SPEC_FILE)));
    expect(targetInputDigest(rehashed)).toBe(targetInputDigest(files));
    const moved = new Map(files);
    moved.set(sidecarPath(SPEC_FILE), files.get(sidecarPath(SPEC_FILE))!.replace('"/facts/title": 1', '"/facts/title": 2'));
    expect(targetInputDigest(moved)).not.toBe(targetInputDigest(files));
    // What the targets are given carries no hash, so nothing they emit can depend on one.
    expect(withoutSourceHashes(set).specs.flatMap((s) => s.sources.map((f) => f.sha256))).toEqual(set.specs.flatMap((s) => s.sources.map(() => '')));
  });

  it('splits and merges catalogues too, and leaves pages.json its lines', () => {
    const source = { file: 'api-reference/crm/data-types.md', line: 12, how: 'read' as const };
    const set: SpecSet = {
      specs: [],
      errorCatalogues: [
        {
          specVersion: SPEC_VERSION,
          id: 'rest-system-errors',
          api: 'rest' as const,
          errors: [{ id: 'error:X', code: 'X', status: 400, message: null, source }],
        },
      ],
      typeCatalogues: [
        {
          specVersion: SPEC_VERSION,
          id: 'rest-types-crm',
          types: [
            {
              name: 'crm_multifield',
              type: {
                kind: 'object' as const,
                fields: [
                  {
                    id: 'crm_multifield.VALUE',
                    name: 'VALUE',
                    type: { kind: 'scalar' as const, name: 'string' as const },
                    required: true,
                    source: { ...source, line: 20 },
                  },
                ],
              },
              source,
            },
          ],
        },
      ],
      pages: [
        {
          path: 'api-reference/crm/data-types.md',
          reader: 'yfm-markdown' as const,
          methods: [],
          warnings: [{ code: 'c', message: 'm', file: 'api-reference/crm/data-types.md', line: 3 }],
        },
      ],
    };
    const files = specSetToFiles(set);
    expect(JSON.parse(files.get(sidecarPath('_shared/rest-types-crm.json'))!).lines).toEqual({ '/types/0/source': 12, '/types/0/type/fields/0/source': 20 });
    expect(JSON.parse(files.get(sidecarPath('_shared/rest-system-errors.json'))!).lines).toEqual({ '/errors/0/source': 12 });
    expect(JSON.parse(files.get('pages.json')!).pages[0].warnings[0].line).toBe(3);
    expect(specSetFromFiles(files)).toEqual(normalizeSpecSet(set));
  });

  it('keeps a line on each of two objects that share one provenance object', () => {
    const spec = specSetOfPage().specs[0]!;
    const shared = { file: 'x.md', line: 7, how: 'read' as const };
    const sidecar = extractProvenance({ ...spec, result: spec.result && { ...spec.result, source: shared }, facts: { ...spec.facts, result: shared } });
    expect([sidecar.lines['/result/source'], sidecar.lines['/facts/result']]).toEqual([7, 7]);
  });

  it('changes only sidecars when lines are prepended to the page', () => {
    const before = specSetToFiles(specSetOfPage());
    const after = specSetToFiles(specSetOfPage(`\n\n\n${PAGE_TEXT}`));
    const changed = [...before.keys()].filter((f) => before.get(f) !== after.get(f));
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect(changed).toEqual([sidecarPath(SPEC_FILE)]);
    const [was, now] = [before, after].map((files) => ProvenanceSidecar.parse(JSON.parse(files.get(sidecarPath(SPEC_FILE))!)));
    expect(Object.keys(now!.lines)).toEqual(Object.keys(was!.lines));
    for (const [pointer, line] of Object.entries(was!.lines)) expect(now!.lines[pointer]).toBe(line + 3);
    expect(now!.sha256['crm-contact-get.md']).not.toBe(was!.sha256['crm-contact-get.md']);
  });

  it('names the file when a sidecar line points nowhere or a hash is missing', () => {
    const files = specSetToFiles(specSetOfPage());
    const bad = new Map(files);
    bad.set(sidecarPath(SPEC_FILE), JSON.stringify({ specVersion: 2, sha256: { 'crm-contact-get.md': 'ab' }, lines: { '/params/9/source': 3 } }));
    expect(() => specSetFromFiles(bad)).toThrow(SpecFileError);
    expect(() => specSetFromFiles(bad)).toThrow(/crm\.contact\.get\.json: sidecar line \/params\/9\/source points at no provenance object/);
    const noHash = new Map(files);
    noHash.delete(sidecarPath(SPEC_FILE));
    expect(() => specSetFromFiles(noHash)).toThrow(/no sha256 in the sidecar for source crm-contact-get\.md/);
  });

  it('escapes fact keys as JSON Pointer tokens', () => {
    const spec = specSetOfPage().specs[0]!;
    const api = structuredClone({ ...spec, facts: { 'a/b~c': { file: 'x.md', line: 4, how: 'read' as const } } });
    const sidecar = extractProvenance(api);
    expect(sidecar.lines).toHaveProperty(['/facts/a~1b~0c'], 4);
    const json = JSON.parse(JSON.stringify(api));
    expect(json.facts['a/b~c'].line).toBeUndefined();
    expect(mergeProvenance(json, sidecar)).toBeNull();
    expect(json.facts['a/b~c'].line).toBe(4);
  });

  it('moves the line of an alternative group to the sidecar and back', () => {
    const spec = specSetOfPage().specs[0]!;
    const api = structuredClone({ ...spec, alternatives: [{ id: 'alt:a|b', params: ['a', 'b'], source: { file: 'x.md', line: 9, how: 'read' as const } }] });
    const sidecar = extractProvenance(api);
    expect(sidecar.lines).toHaveProperty(['/alternatives/0/source'], 9);
    const json = JSON.parse(JSON.stringify(api));
    expect(json.alternatives[0].source.line).toBeUndefined();
    expect(mergeProvenance(json, sidecar)).toBeNull();
    expect(json.alternatives[0].source.line).toBe(9);
  });
});
