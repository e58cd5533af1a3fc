/** `de-DE` → "German (Germany)" in the browser's language; the code itself when the browser cannot name it. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** An instant as a day in the browser's locale and time zone (WEB-12). */
export function formatInstantDay(instant: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(instant));
}
