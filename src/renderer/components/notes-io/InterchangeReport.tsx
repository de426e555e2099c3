// What an XLIFF or TMX import did, in the UI language: the figures, then every unit left out and
// why. A refused file says what was wrong (and where) and that nothing changed.
import type { NoteLang, XliffUnitReport } from '../../../shared/notes/types';
import type { InterchangeOutcome } from '../../hooks/use-interchange';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/fr';
import { Dialog } from '../frame/Dialog';
import { Icon } from '../frame/Icon';

const XLIFF_PROBLEMS: Record<XliffUnitReport['problem'], MessageKey> = {
  unknown_id: 'notesIo.xliff.problem.unknown_id',
  not_in_episode: 'notesIo.xliff.problem.not_in_episode',
  empty_target: 'notesIo.xliff.problem.empty_target',
  wrong_language: 'notesIo.xliff.problem.wrong_language',
  snippet_reference: 'notesIo.xliff.problem.snippet_reference',
};

/** What an XLIFF unit id (as this app writes them: n<row>, c<chapter>, title) stands for. */
function unitName(id: string, t: (key: MessageKey) => string): string {
  if (id === 'title') return t('notesIo.report.unitTitle');
  if (/^c\d+$/.test(id)) return t('notesIo.report.unitChapter');
  if (/^n\d+$/.test(id)) return t('notesIo.report.unitRow');
  return t('notesIo.report.unitOther');
}

/** Why a TMX unit was skipped, from the languages it lacks. */
function tmxReason(missing: readonly NoteLang[], t: (key: MessageKey) => string): string {
  if (missing.length > 1) return t('notesIo.tmx.noBoth');
  return t(missing[0] === 'fr' ? 'notesIo.tmx.noFrench' : 'notesIo.tmx.noEnglish');
}

export function InterchangeReport({ outcome, onClose }: { outcome: InterchangeOutcome; onClose: () => void }) {
  const { t, lang, count } = useI18n();
  const figures = (list: Array<[MessageKey, number, string]>) => (
    <dl className="report-figures">
      {list.map(([label, n, id]) => (
        <div key={id}><dt>{t(label)}</dt><dd className="tabular" data-testid={id}>{count(n)}</dd></div>
      ))}
    </dl>
  );
  const title = outcome.kind === 'refused'
    ? t(outcome.format === 'xliff' ? 'notesIo.report.xliffRefused' : 'notesIo.report.tmxRefused')
    : t(outcome.kind === 'xliff' ? 'notesIo.report.xliffTitle' : 'notesIo.report.tmxTitle');

  const content = () => {
    if (outcome.kind === 'refused') {
      return (
        <p className="io-refused" role="alert" data-testid="io-report-error">
          <Icon name="warning" /> <span>{outcome.message[lang]}</span>
        </p>
      );
    }
    if (outcome.kind === 'xliff') {
      const { report } = outcome;
      return (
        <>
          {figures([
            ['notesIo.report.units', report.units, 'io-report-units'],
            ['notesIo.report.updated', report.updated, 'io-report-updated'],
            ['notesIo.report.unchanged', report.unchanged, 'io-report-unchanged'],
            ['notesIo.report.unmatched', report.unmatched.length, 'io-report-unmatched'],
          ])}
          {report.unmatched.length > 0 && (
            <div className="report-list">
              <h5>{t('notesIo.report.unmatchedList')}</h5>
              <ul data-testid="io-report-problems">
                {report.unmatched.map((u) => (
                  <li key={u.id}>{unitName(u.id, t)} <code>{u.id}</code> — {t(XLIFF_PROBLEMS[u.problem])}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      );
    }
    const { report } = outcome;
    return (
      <>
        {figures([
          ['notesIo.report.tmxUnits', report.units, 'io-report-units'],
          ['notesIo.report.added', report.added, 'io-report-added'],
          ['notesIo.report.known', report.known, 'io-report-known'],
          ['notesIo.report.skipped', report.skipped.length, 'io-report-skipped'],
          ['notesIo.report.total', report.total, 'io-report-total'],
        ])}
        {report.skipped.length > 0 && (
          <div className="report-list">
            <h5>{t('notesIo.report.skippedList')}</h5>
            <ul data-testid="io-report-problems">
              {report.skipped.map((s, i) => (
                <li key={i}>
                  <span className="tabular">{s.tuid ? `tuid ${s.tuid}` : t('notesIo.report.line', { line: s.line ?? '?' })}</span>{' '}
                  {tmxReason(s.missing, t)}
                </li>
              ))}
            </ul>
          </div>
        )}
      </>
    );
  };

  return (
    <Dialog title={title} onClose={onClose} className={`io-report${outcome.kind === 'refused' ? ' refused' : ''}`} testId="io-report">
      <div className="dialog-body">
        <p className="io-report-file"><Icon name="file" size={14} /> <span data-testid="io-report-file">{outcome.fileName}</span></p>
        {content()}
        {outcome.kind !== 'refused' && <p className="field-hint">{t(outcome.kind === 'xliff' ? 'notesIo.report.xliffHint' : 'notesIo.report.tmxHint')}</p>}
        <div className="dialog-footer">
          <button type="button" className="button primary" onClick={onClose} data-testid="io-report-close">{t('common.close')}</button>
        </div>
      </div>
    </Dialog>
  );
}
