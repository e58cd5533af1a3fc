import { describe, expect, it } from 'vitest';
import { nulCharacterPath } from './input-guard.ts';

describe('GW-3 NUL characters are bad input', () => {
  it('GW-3 finds the first NUL in nested variables and names its path', () => {
    expect(nulCharacterPath({ input: { name: 'ok', tags: ['a', 'b\u0000'] } }, '')).toBe('input.tags.1');
    expect(nulCharacterPath({ description: '\u0000' }, '')).toBe('description');
    expect(nulCharacterPath({ input: { name: 'Zoë 𝔘 <b>', n: 1, ok: true, none: null } }, '')).toBeNull();
  });
});
