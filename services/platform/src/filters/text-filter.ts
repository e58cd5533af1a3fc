import { raw } from '@mikro-orm/core';
import { badInput } from '../errors.ts';

/**
 * Longest text a filter takes (characters, after trimming). Enough for any name, number or email
 * part; far below what makes a database give up on a LIKE pattern (SQLite: 50,000 bytes).
 */
export const TEXT_FILTER_MAX_LENGTH = 200;

/** The escape character of every LIKE we build: not special in SQLite or PostgreSQL patterns. */
export const LIKE_ESCAPE = '!';

/**
 * A text filter as the user typed it: trimmed, `undefined` when empty (no filter), refused as
 * BAD_USER_INPUT naming the field when longer than TEXT_FILTER_MAX_LENGTH.
 */
export function filterText(field: string, value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (trimmed.length > TEXT_FILTER_MAX_LENGTH)
    throw badInput(field, `must be at most ${TEXT_FILTER_MAX_LENGTH} characters`);
  return trimmed;
}

/** A case-insensitive "contains" LIKE pattern in which `%`, `_` and `!` typed by a user match themselves. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[!%_]/g, (c) => `${LIKE_ESCAPE}${c}`)}%`;
}

/**
 * The SQL condition `lower(column) like containsPattern(text) escape '!'`, as a MikroORM where entry.
 * Its key is a symbol (MikroORM 7 raw fragment): `Object.keys` does not see it, `Reflect.ownKeys` does.
 */
export function containsText(column: string, text: string): Record<string, never[]> {
  const sql = `lower(${column}) like ? escape '${LIKE_ESCAPE}'`;
  return { [raw(sql, [containsPattern(text)])]: [] };
}
