/** result-wrapper.ts wrapInExampleKey: the key a success example wraps the documented structure in, when the page names it. */
import { describe, expect, it } from 'vitest';
import { wrapInExampleKey } from '../../../../generator/sources/yfm/extract/result-wrapper.ts';
import type { Provenance, TypeRef } from '../../../../generator/spec/schema.ts';
import { specOf } from '../../../support/yfm-corpus.ts';

const PAGE = 'api-reference/booking/resource/resource-type/booking-v1-resourcetype-get.md';
const source: Provenance = { file: PAGE, line: 247, how: 'read', evidence: 'response-example' };
const resource: TypeRef = { kind: 'ref', name: 'resource' };
// booking-v1-resourcetype-get.md:296-302: the `#### Resource Type {#resource}` table (first rows).
const fieldNamesOf = (name: string) => (name === 'resource' ? ['code', 'confirmationCounterDelay', 'delayedCounterDelay', 'id'] : undefined);
// booking-v1-resourcetype-get.md:291, the `result` row.
const RESULT_ROW = 'The root element of the response. Contains information about the resource type fields. The structure is described [below](#resource)';
const shown = (key: string) => ({ value: { [key]: { code: 'equipment', confirmationCounterDelay: 10800, delayedCounterDelay: 300, id: 15 } }, source });

describe('wrapInExampleKey: a camelCase key named by its words written apart', () => {
  it('booking.v1.resourceType.get: "resource type" names the example’s `resourceType` wrapper (:247-250 `"result": {"resourceType": {`)', () => {
    const got = wrapInExampleKey(resource, RESULT_ROW, shown('resourceType'), fieldNamesOf);
    expect(got?.key).toBe('resourceType');
    expect(got?.type).toMatchObject({ kind: 'object', fields: [{ name: 'resourceType', type: resource, source: { how: 'inferred' } }] });
    // Written as one snake_case word, too.
    expect(wrapInExampleKey(resource, 'Information about the resource_type', shown('resourceType'), fieldNamesOf)?.key).toBe('resourceType');
  });

  it('a key the description does not name is no wrapper', () => {
    expect(wrapInExampleKey(resource, RESULT_ROW, shown('bookingType'), fieldNamesOf)).toBeNull();
    expect(wrapInExampleKey(resource, RESULT_ROW, shown('tasks'), fieldNamesOf)).toBeNull();
    // Both words, but not together: "resource" … "type" is no mention of `resourceType`.
    expect(wrapInExampleKey(resource, 'The resource and its booking type', shown('resourceType'), fieldNamesOf)).toBeNull();
  });

  it('on the real page: the result is { resourceType: <the #resource structure> }', () => {
    const s = specOf(PAGE);
    expect(s.result?.type).toMatchObject({ kind: 'object', fields: [{ name: 'resourceType', type: { kind: 'ref', name: 'resource' } }] });
  });
});
