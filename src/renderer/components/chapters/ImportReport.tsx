// What an import did, kept on screen until dismissed: created or merged, how many chapters the
// file had, how many matched by time, and which did not match on either side (never guessed).
import type { ChapterImportResult } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n-context';
import { formatClock } from '../../lib/timecode';
import { Icon } from '../frame/Icon';

export function ImportReport({ report, fileName, onClose }: { report: ChapterImportResult; fileName: string; onClose: () => void }) {
  const { t, lang, count } = useI18n();
  // Language names take no capital inside a French sentence; they do in English.
  const name = t(`chapters.lang.${report.lang}`);
  const language = lang === 'fr' ? name.toLowerCase() : name;
  const figures: Array<[string, number, string]> = [
    [t('report.imported'), report.imported, 'import-imported'],
    [t('report.matched'), report.matched, 'import-matched'],
    [t('report.unmatchedImported'), report.unmatchedImported.length, 'import-unmatched-imported'],
    [t('report.unmatchedExisting'), report.unmatchedExisting.length, 'import-unmatched-existing'],
  ];
  return (
    <section className="import-report" role="status" data-testid="import-report" aria-label={t('report.title', { file: fileName, format: t(`format.${report.format}`) })}>
      <header>
        <h4>{t('report.title', { file: fileName, format: t(`format.${report.format}`) })}</h4>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('report.dismiss')} data-testid="import-report-close">
          <Icon name="close" />
        </button>
      </header>
      <p>{report.mode === 'created' ? t('report.created', { lang: language }) : t('report.merged', { lang: language })}</p>
      <dl className="report-figures">
        {figures.map(([label, n, id]) => (
          <div key={id}><dt>{label}</dt><dd className="tabular" data-testid={id}>{count(n)}</dd></div>
        ))}
      </dl>
      {report.unmatchedImported.length > 0 && (
        <div className="report-list">
          <h5>{t('report.unmatchedImported')}</h5>
          <ul>{report.unmatchedImported.map((c, i) => <li key={i}><span className="tabular">{formatClock(c.startMs)}</span> {c.title}</li>)}</ul>
        </div>
      )}
      {report.unmatchedExisting.length > 0 && (
        <div className="report-list">
          <h5>{t('report.unmatchedExisting')}</h5>
          <ul>{report.unmatchedExisting.map((c) => <li key={c.id}><span className="tabular">{formatClock(c.startMs)}</span> {c.title[lang] || c.title[lang === 'fr' ? 'en' : 'fr'] || t('chapters.untitled')}</li>)}</ul>
        </div>
      )}
    </section>
  );
}
