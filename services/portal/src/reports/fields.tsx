import { type ReactNode, useEffect, useId, useRef } from 'react';
import type { ApiProblem } from '../ui/errors.ts';

/** A labelled input or select, as on the other pages (kept here: areas import only from ui/shell/session). */
export function Field({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id, hint ? `${id}-hint` : undefined)}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** Why the server refused a form: focused, so it is heard; what was typed stays (WEB-11). */
export function Problem({ problem }: { problem: ApiProblem | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) ref.current?.focus();
  }, [problem]);
  if (!problem) return null;
  return (
    <div className="form-error" role="alert" tabIndex={-1} ref={ref}>
      {problem.message}
    </div>
  );
}

/**
 * A file reaches the person as an ordinary browser download (issue 15 contract, item 4): the short-lived
 * link from the API, on the portal's own origin, followed with a plain GET and no Authorization header.
 */
export function startDownload(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
}
