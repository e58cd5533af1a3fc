import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { fieldOfCoercion } from '../errors.ts';

/**
 * API-5, the one money rule of every service: an amount is a whole number of the currency's minor
 * units, at most 9,007,199,254,740,991 (2^53 − 1) in absolute value. Up to there a JavaScript number,
 * a JSON event and a PostgreSQL `bigint` all hold it exactly, so nothing on the way (outbox, Kafka,
 * read models, exports) needs another type. Order totals are held to the same bound.
 */
export const MAX_MINOR_UNITS = Number.MAX_SAFE_INTEGER;
const MAX_TEXT = '9,007,199,254,740,991';

export const isMinorUnits = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value);

/** Whether `a × b` (and so every smaller product) stays within the bound; exact, unlike a float product. */
export const productWithinBound = (a: number, b: number) =>
  BigInt(a) * BigInt(b) <= BigInt(MAX_MINOR_UNITS) && BigInt(a) * BigInt(b) >= -BigInt(MAX_MINOR_UNITS);

export const RANGE_MESSAGE = `must be a whole number of minor units within ±${MAX_TEXT}`;

function refused(value: unknown): GraphQLError {
  // 200 and a code: the gateway passes a subgraph's coded error on only from a successful response;
  // the runtime names the field from the coercion path (`fieldOfCoercionError`).
  return new GraphQLError(`${RANGE_MESSAGE} (got ${JSON.stringify(value)?.slice(0, 40)})`, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 200 } },
  });
}

function parse(value: unknown): number {
  if (typeof value === 'number') {
    if (isMinorUnits(value)) return value;
    throw refused(value);
  }
  if (typeof value === 'string' && /^-?\d{1,16}$/.test(value)) {
    const n = Number(value);
    if (isMinorUnits(n)) return n;
  }
  throw refused(value);
}

/**
 * `MinorUnits`: written as a decimal string ("3000000000") so no client parses it into a 32-bit or
 * floating-point number; read from such a string or from a JSON/GraphQL integer.
 */
export const MinorUnitsScalar = new GraphQLScalarType<number, string>({
  name: 'MinorUnits',
  description: `A whole number of a currency's minor units (cents), as a decimal string; at most ${MAX_TEXT} in absolute value.`,
  serialize(value) {
    if (typeof value === 'bigint' && value <= BigInt(MAX_MINOR_UNITS) && value >= -BigInt(MAX_MINOR_UNITS))
      return value.toString();
    if (typeof value === 'string') return String(parse(value));
    if (isMinorUnits(value)) return String(value);
    // An amount we cannot state exactly is a server fault, never a rounded answer.
    throw new Error(`MinorUnits cannot represent ${String(value)}`);
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind === Kind.INT || ast.kind === Kind.STRING) return parse(ast.value);
    throw refused(ast.kind);
  },
});

const digitsCache = new Map<string, number>();

/** ISO 4217 minor-unit digits as the platform's Intl knows them (EUR 2, JPY 0, KWD 3). */
export function currencyDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits as number;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** Minor units as the exact decimal a person reads (300000000099 USD → "3000000000.99"), no float on the way. */
export function decimalAmount(minor: number, currency: string): string {
  const digits = currencyDigits(currency.toUpperCase());
  const text = BigInt(Math.abs(minor))
    .toString()
    .padStart(digits + 1, '0');
  const sign = minor < 0 ? '-' : '';
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** The input field a refused `MinorUnits` value sat in (`fieldOfCoercion`): `lines[0].listUnitPrice.amountMinor`. */
export const fieldOfCoercionError = (message: string) => fieldOfCoercion(message, RANGE_MESSAGE);
