/**
 * Files reach the person as ordinary browser downloads (issue 15 contract, item 4): the link from the
 * API is followed with a plain GET, no Authorization header, so the browser's own download handling
 * (save, open, cancel) applies.
 */
export function startDownload(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

export interface ExportedFile {
  fileName: string;
  contentType: string;
  content: string;
  /** The file's link on the public origin, when the API gives one (issue 15 contract, item 4). */
  url?: string | null;
}

/** A file the API exported: its link when there is one, else the content it returned, saved as a file. */
export function saveFile(file: ExportedFile): void {
  if (file.url) {
    startDownload(file.url, file.fileName);
    return;
  }
  const url = URL.createObjectURL(new Blob([file.content], { type: file.contentType }));
  startDownload(url, file.fileName);
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The print-friendly page in the tab opened for it during the click (or a new one). */
export function openFile(file: ExportedFile, view: Window | null): void {
  const url = file.url ?? URL.createObjectURL(new Blob([file.content], { type: file.contentType }));
  if (view) view.location.href = url;
  else window.open(url, '_blank');
}
