/**
 * OPS-3: what a credential looks like inside an event envelope. No password, token or signing secret
 * may enter an event, the outbox or Kafka; the test harness reads every message a scenario file's
 * system published and fails the file on any finding (scripts/harness/system.ts).
 */

/** Keys that would name a credential; ids of and pages for such things are not credentials. */
const CREDENTIAL_KEY = /(password|secret|token|credential|api[-_]?key|authorization)/i;
const NOT_A_CREDENTIAL_KEY = /(Id|Ids|Page|Url|At|Count|Type|Kind)$/;

/** Values that are credentials whatever their key. */
const CREDENTIAL_VALUES: [string, RegExp][] = [
  ['a JSON Web Token', /\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/],
  ['a Standard Webhooks secret', /\bwhsec_[A-Za-z0-9+/=]{16,}/],
  ['a link with a token', /[?&](token|code|access_token|refresh_token)=[^&\s"]{8,}/i],
  ['a bearer credential', /\bBearer\s+[\w.~+/-]{16,}/],
  ['a temporary password', /temporary password/i],
];

export interface SecretFinding {
  /** Where in the JSON, e.g. `payload.temporaryPassword`. */
  path: string;
  what: string;
}

/** Every place in a parsed envelope that holds something that looks like a credential. */
export function secretsIn(value: unknown, path = ''): SecretFinding[] {
  if (typeof value === 'string') {
    return CREDENTIAL_VALUES.filter(([, pattern]) => pattern.test(value)).map(([what]) => ({ path, what }));
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => secretsIn(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => {
      const at = path ? `${path}.${key}` : key;
      const named =
        CREDENTIAL_KEY.test(key) && !NOT_A_CREDENTIAL_KEY.test(key) && typeof item === 'string' && item !== ''
          ? [{ path: at, what: `a value named ${key}` }]
          : [];
      return [...named, ...secretsIn(item, at)];
    });
  }
  return [];
}
