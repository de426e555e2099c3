// One finding of the checklist: severity (icon and word), the message and how to fix it in the UI
// language, where it points, and "Go to". The row itself takes the focus (Enter = go to).
import type { KeyboardEvent, Ref } from 'react';
import type { FindingWhere, ReleaseFinding } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from '../frame/Icon';
import { SeverityLabel } from './SeverityLabel';
import { whereLabel } from './where-label';

interface Props {
  finding: ReleaseFinding;
  /** The row the list's roving focus rests on (the one Tab reaches). */
  active: boolean;
  rowRef: Ref<HTMLLIElement>;
  onGoTo: (where: FindingWhere) => void;
  onKeyDown: (e: KeyboardEvent<HTMLLIElement>) => void;
  onFocus: () => void;
}

export function FindingRow({ finding, active, rowRef, onGoTo, onKeyDown, onFocus }: Props) {
  const { t, pick } = useI18n();
  const where = whereLabel(finding.where, t);
  const fix = pick(finding.fix);
  return (
    <li ref={rowRef} className={`finding finding-${finding.severity}`} tabIndex={active ? 0 : -1}
      onKeyDown={onKeyDown} onFocus={onFocus} data-testid="finding" data-code={finding.code} data-severity={finding.severity}>
      <SeverityLabel severity={finding.severity} />
      <div className="finding-text">
        <p className="finding-message">{pick(finding.message)}</p>
        {fix && <p className="finding-fix"><span className="finding-label">{t('release.fix')}</span> {fix}</p>}
        <p className="finding-where" data-testid="finding-where"><span className="finding-label">{t('release.where')}</span> {where}</p>
      </div>
      <button type="button" className="button small" tabIndex={-1} onClick={() => onGoTo(finding.where)}
        aria-label={t('release.goToLabel', { where })} data-testid="finding-goto">
        {t('release.goTo')}
        <Icon name="chevron" size={12} />
      </button>
    </li>
  );
}
