// One row of the bilingual form grid: label on the left, then either one control spanning both
// language columns, or (BilingualRow) one control per language side by side.
import type { ReactNode } from 'react';
import type { ProblemKey } from '../../../shared/domain/problems';
import { invalidProps, Problem } from './Problem';

interface RowProps {
  label: string;
  htmlFor: string;
  children: ReactNode;
  hint?: string;
  problem?: ProblemKey;
  /** Narrow controls (numbers, selects) need not stretch across both columns. */
  narrow?: boolean;
}

export function FormRow({ label, htmlFor, children, hint, problem, narrow = false }: RowProps) {
  return (
    <div className="form-row">
      <label className="form-label" htmlFor={htmlFor}>{label}</label>
      <div className={`form-control span-2${narrow ? ' narrow' : ''}`}>
        {children}
        {hint && !problem && <span className="field-hint">{hint}</span>}
        <Problem id={htmlFor} problem={problem} />
      </div>
    </div>
  );
}

interface TextProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  problem?: ProblemKey;
  type?: 'text' | 'email' | 'url';
  placeholder?: string;
  multiline?: boolean;
  lang?: string;
  autoFocus?: boolean;
}

/** A text input or textarea wired to its problem; `data-testid` is `field-<id>`. */
export function TextField({ id, value, onChange, problem, type = 'text', placeholder, multiline, lang, autoFocus }: TextProps) {
  const common = {
    id,
    value,
    lang,
    placeholder,
    autoFocus,
    'data-testid': `field-${id}`,
    spellCheck: multiline ? true : undefined,
    ...invalidProps(id, problem),
  };
  return multiline ? (
    <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
  ) : (
    <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />
  );
}
