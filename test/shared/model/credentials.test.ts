import { describe, expect, it } from 'vitest';
import { digestPassword, toSecret } from '../../../shared/model/credentials';

describe('passwords as the model sees them (never clear text)', () => {
  it('a password becomes a salted 64-character hex digest and its length', () => {
    const secret = toSecret('salt-one-1', 'Gateway#Arch19');
    expect(secret.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(secret.length).toBe(14);
    expect(JSON.stringify(secret)).not.toContain('Gateway');
  });

  it('the same password and salt give the same digest; another salt or another case does not', () => {
    expect(digestPassword('salt-one-1', 'Gateway#Arch19')).toBe(digestPassword('salt-one-1', 'Gateway#Arch19'));
    expect(digestPassword('salt-two-2', 'Gateway#Arch19')).not.toBe(digestPassword('salt-one-1', 'Gateway#Arch19'));
    expect(digestPassword('salt-one-1', 'gateway#arch19')).not.toBe(digestPassword('salt-one-1', 'Gateway#Arch19'));
  });

  it('salt and password cannot be shifted into each other', () => {
    expect(digestPassword('ab', 'c')).not.toBe(digestPassword('a', 'bc'));
  });

  it('the length counts characters as a person types them, not UTF-16 units', () => {
    expect(toSecret('salt-one-1', '🔒🔒🔒🔒🔒🔒🔒🔒').length).toBe(8);
  });
});
