import type { Migration } from './types';

/**
 * Version 4: beside each stored scenario version, the hash of the built-in
 * file (with courts.json and the app release) it was last loaded from, so a
 * start can tell an unchanged file without reading it through the schema
 * again. NULL for a version not loaded from a built-in file since.
 */
export const migration004: Migration = {
  version: 4,
  name: 'scenario file hash',
  up(db) {
    db.exec('ALTER TABLE scenarios ADD COLUMN file_hash TEXT');
  },
};
