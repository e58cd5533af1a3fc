import { describe, expect, it } from 'vitest';
import { containsPattern, filterText, TEXT_FILTER_MAX_LENGTH } from './text-filter.ts';

describe('API text filters', () => {
  it('API trims, drops empty filters and refuses over-long ones naming the field', () => {
    expect(filterText('contactEmail', '  ada  ')).toBe('ada');
    expect(filterText('contactEmail', '   ')).toBeUndefined();
    expect(filterText('contactEmail', null)).toBeUndefined();
    expect(filterText('name', 'x'.repeat(TEXT_FILTER_MAX_LENGTH))).toHaveLength(TEXT_FILTER_MAX_LENGTH);
    expect(() => filterText('name', 'x'.repeat(TEXT_FILTER_MAX_LENGTH + 1))).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'name' } }),
    );
  });

  it('API escapes the LIKE wildcards and the escape character', () => {
    expect(containsPattern('100%_Off!')).toBe('%100!%!_off!!%');
    expect(containsPattern('plain')).toBe('%plain%');
  });
});
