import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { World } from './world';

/**
 * The world as canonical JSON: object keys in code-point order at every
 * depth, absent (undefined) fields left out as JSON leaves them, so two
 * worlds that hold the same facts give the same text whatever order the
 * reducer built them in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A stable fingerprint of a world (SHA-256 of its canonical JSON): golden fixtures pin the end of each walkthrough with it. */
export function worldDigest(world: World): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(world))));
}
