/** WEB-6: how files and the product list are shown and narrowed; pure, so it is unit-tested. */

export interface FileChoice {
  language: string;
  os: string;
  sizeBytes: number;
}

/** A language tag in the browser's language ("de-DE" → "German (Germany)"); the tag when unknown. */
export function languageName(tag: string, locale?: string): string {
  try {
    return new Intl.DisplayNames(locale, { type: 'language', languageDisplay: 'standard' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A file size in the browser's locale, in MB below 1 GB and GB above ("4.7 GB"). */
export function formatSize(bytes: number, locale?: string): string {
  const gb = bytes / 1024 ** 3;
  const [value, unit] = gb >= 1 ? [gb, 'gigabyte'] : [bytes / 1024 ** 2, 'megabyte'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/** The Files drop-down's value for one file: language and operating system (both needed to download). */
export function fileKey(file: { language: string; os: string }): string {
  return JSON.stringify([file.language, file.os]);
}

export function parseFileKey(key: string): { language: string; os: string } {
  const [language, os] = JSON.parse(key) as [string, string];
  return { language, os };
}

/**
 * The Files drop-down lists the browser's language first, then the others by name; within a language,
 * by operating system.
 */
export function orderFiles<T extends FileChoice>(
  files: readonly T[],
  preferred: string,
  locale?: string,
): T[] {
  const rank = (f: T) =>
    f.language === preferred ? 0 : f.language.split('-')[0] === preferred.split('-')[0] ? 1 : 2;
  return [...files].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      languageName(a.language, locale).localeCompare(languageName(b.language, locale)) ||
      a.os.localeCompare(b.os),
  );
}

/** Every category of the products, alphabetical: the Categories checkboxes. */
export function categoriesOf(products: readonly { categories: readonly string[] }[]): string[] {
  return [...new Set(products.flatMap((p) => p.categories))].sort((a, b) => a.localeCompare(b));
}

/** The guide: one or more checked categories narrow the list to products in any of them; none checked, all. */
export function inCategories(
  product: { categories: readonly string[] },
  checked: ReadonlySet<string>,
): boolean {
  return checked.size === 0 || product.categories.some((c) => checked.has(c));
}
