/**
 * The one rule for a product's display name, shared by the producers (inventory: API, events) and
 * the consumers (notifications: mail, reporting: reports), so a name reads the same everywhere.
 *
 * Product, then version, then edition (or plan), each part without the words the name already has:
 * catalogs repeat themselves ("Exchange Online" with the plan "Exchange Online (Plan 1)", "SharePoint
 * Server" with the edition "Server"), and a plain join would print those words twice. A part that
 * holds every word of the name so far is the fuller name and replaces it ("Visual Studio
 * subscriptions" + "Visual Studio Professional subscription").
 */
export interface ProductNameParts {
  product: string;
  version?: string | null;
  edition?: string | null;
}

export function productDisplayName({ product, version, edition }: ProductNameParts): string {
  let name = words(product);
  for (const part of [version, edition]) name = merge(name, words(part ?? ''));
  return name.join(' ');
}

function merge(name: string[], part: string[]): string[] {
  if (part.length === 0) return name;
  const partKeys = new Set(part.map(key));
  if (name.length > 0 && name.every((w) => partKeys.has(key(w)))) return part;
  const nameKeys = new Set(name.map(key));
  return [...name, ...part.filter((w) => key(w) === '' || !nameKeys.has(key(w)))];
}

const words = (text: string): string[] => text.trim().split(/\s+/).filter(Boolean);

/** Words compare without case, surrounding punctuation ("(Plan" is "plan") or a plural "s". */
function key(word: string): string {
  const bare = word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return bare.length > 3 && bare.endsWith('s') ? bare.slice(0, -1) : bare;
}

/** True when some word appears twice (compared as the rule compares them): what a display name never does. */
export function repeatsAWord(name: string): boolean {
  const keys = words(name).map(key).filter(Boolean);
  return new Set(keys).size !== keys.length;
}
