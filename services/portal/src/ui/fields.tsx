import { type ReactNode, useEffect, useId, useRef } from 'react';
import type { ApiProblem } from '../ui/errors.ts';

/**
 * Form pieces every page shares: a labelled input or select with its hint (marked invalid when the
 * server names it), and the alert that says why the server refused a form (focused, so a keyboard or
 * screen-reader user hears it; what was typed stays).
 */
export function TextField({
  label,
  value,
  onChange,
  type = 'text',
  hint,
  invalid,
  autoComplete,
  suffix,
  inputMode,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'date' | 'number' | 'search' | 'tel';
  hint?: ReactNode;
  invalid?: boolean;
  autoComplete?: string;
  /** Text shown right after the input (the initial domain's suffix). */
  suffix?: string;
  inputMode?: 'numeric' | 'decimal' | 'email' | 'text';
}) {
  const id = useId();
  const input = (
    <input
      id={id}
      type={type}
      value={value}
      autoComplete={autoComplete}
      inputMode={inputMode}
      aria-describedby={hint ? `${id}-hint` : undefined}
      aria-invalid={invalid ? true : undefined}
      onChange={(e) => onChange(e.target.value)}
    />
  );
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {suffix ? (
        <div className="input-with-suffix">
          {input}
          <span aria-hidden="true">{suffix}</span>
        </div>
      ) : (
        input
      )}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

export function SelectField({
  label,
  value,
  onChange,
  options,
  invalid,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  invalid?: boolean;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={invalid ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FormProblem({ problem }: { problem: ApiProblem | null }) {
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) alert.current?.focus();
  }, [problem]);
  if (!problem) return null;
  return (
    <div className="form-error" role="alert" tabIndex={-1} ref={alert}>
      {problem.message}
    </div>
  );
}

/** A success message on the page a form returns to (the guide's "notification message"). */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="notice page-notice" role="status">
      {children}
    </p>
  );
}

/** A page reached by its address whose permission the person's roles lack (the menus do not offer it). */
export function NotPermitted({ title, what }: { title: string; what: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p className="state state-empty">
        Your role does not include {what}. See My profile for your roles and permissions, or ask your
        administrator.
      </p>
    </>
  );
}
