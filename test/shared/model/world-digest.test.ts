import { describe, expect, it } from 'vitest';
import { initialWorld } from '../../../shared/model/initial-world';
import { apply } from '../../../shared/model/reducer';
import { canonicalJson, worldDigest } from '../../../shared/model/world-digest';
import { builtinScenario } from '../../support/scenarios';

describe('the world digest', () => {
  it('canonical JSON orders keys at every depth and leaves out absent fields, as JSON does', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: true, y: null }], c: undefined } })).toBe('{"a":{"d":[1,{"y":null,"z":true}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(canonicalJson([undefined, 'x'])).toBe('[null,"x"]');
  });

  it('is a SHA-256 in hex, the same for the same world and another for a world one event later', () => {
    const scenario = builtinScenario('cmecf-link-bankruptcy');
    const world = initialWorld(scenario, { salt: 's1', mode: 'practice' });
    expect(worldDigest(world)).toMatch(/^[0-9a-f]{64}$/);
    expect(worldDigest(structuredClone(world))).toBe(worldDigest(world));
    const later = apply(world, { type: 'browser/navigated', address: 'https://ecf.moeb.uscourts.gov/', via: 'link' }).world;
    expect(worldDigest(later)).not.toBe(worldDigest(world));
  });
});
