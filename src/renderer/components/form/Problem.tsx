// The problem under a field, in the UI language (texts from src/shared/domain/problems.ts).
import { problemText, type ProblemKey } from '../../../shared/domain/problems';
import { useI18n } from '../../i18n/i18n-context';

export function Problem({ id, problem }: { id: string; problem: ProblemKey | undefined }) {
  const { lang } = useI18n();
  if (!problem) return null;
  return (
    <span className="field-problem" id={`${id}-problem`} data-testid={`problem-${id}`} role="alert">
      {problemText(problem)[lang]}
    </span>
  );
}

/** aria props linking an input to its problem text. */
export function invalidProps(id: string, problem: ProblemKey | undefined) {
  return problem ? { 'aria-invalid': true, 'aria-describedby': `${id}-problem` } : {};
}
