import { useEffect, useRef } from 'react';
import type { ApiProblem } from '../ui/errors.ts';

/** A refused change, said where the person is: focused, so a screen reader reads it at once (WEB-11). */
export function FormProblem({ problem }: { problem: ApiProblem | null }) {
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
