/**
 * Files reach the person as ordinary browser downloads (issue 15 contract, item 4): the short-lived link
 * from the API, on the portal's own origin, is followed with a plain GET and no Authorization header,
 * so the browser's own download handling (save, open, cancel) applies.
 */
export function startDownload(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
}

/** A page to print (the product keys' print-friendly list) in the tab opened for it during the click. */
export function openInTab(url: string, tab: Window | null): void {
  if (tab) {
    // The print page needs nothing of the portal's window.
    tab.opener = null;
    tab.location.href = url;
  } else window.open(url, '_blank');
}
