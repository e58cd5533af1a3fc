import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * `DateTime`, the one instant type of every subgraph: written as ISO 8601 in UTC with milliseconds
 * (`Date.prototype.toISOString`, "2026-03-01T09:30:00.000Z"); read only from an ISO 8601 date-time
 * with a time zone (`Z` or `±hh:mm`), so "2026-03-01" or a local time is never guessed at.
 * Calendar dates (`expiresOn`, `startDate`) are not instants and stay `String` (YYYY-MM-DD).
 */
export const DATETIME_MESSAGE = 'must be an ISO 8601 date-time with a time zone, e.g. 2026-03-01T09:30:00Z';

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/** The instant an ISO 8601 date-time with a time zone names; null for anything else (Date would roll 02-30 over). */
export function parseIsoDateTime(text: string): Date | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
  const millis = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const leap = year! % 4 === 0 && (year! % 100 !== 0 || year! % 400 === 0);
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month! - 1] ?? 0;
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth) return null;
  if (hour! > 23 || minute! > 59 || second! > 59) return null;
  let offset = 0;
  if (m[8] !== 'Z') {
    const [h, min] = [Number(m[10]), Number(m[11])];
    if (h > 23 || min > 59) return null;
    offset = (m[9] === '-' ? -1 : 1) * (h * 60 + min);
  }
  const utc = new Date(0);
  utc.setUTCFullYear(year!, month! - 1, day!);
  utc.setUTCHours(hour!, minute! - offset, second!, millis);
  return utc;
}

function refused(value: unknown): GraphQLError {
  // 200 and a code, as for MinorUnits: the gateway passes a subgraph's coded error on only from a
  // successful response; the runtime names the field from the coercion path.
  return new GraphQLError(`${DATETIME_MESSAGE} (got ${JSON.stringify(value)?.slice(0, 40)})`, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 200 } },
  });
}

function parse(value: unknown): Date {
  const date = typeof value === 'string' ? parseIsoDateTime(value) : null;
  if (!date) throw refused(value);
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'An instant: ISO 8601 in UTC with milliseconds out ("2026-03-01T09:30:00.000Z"); any ISO 8601 date-time with a time zone in.',
  serialize(value) {
    // Resolvers return a Date (entities) or the ISO text a payload already holds.
    const date = value instanceof Date ? value : typeof value === 'string' ? parseIsoDateTime(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new Error(`DateTime cannot represent ${String(value)}`);
    return date.toISOString();
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING) return parse(ast.value);
    throw refused(ast.kind);
  },
});
