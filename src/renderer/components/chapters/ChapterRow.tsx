// One chapter in the list: number (click to hear it), start, both titles, then link, image and
// the hidden flag (shown for the selected row), and its findings as ⚠ + words under it.
import type { EditorChapter, ChapterPatch } from '../../lib/chapter-edits';
import type { KeyedFinding } from '../../hooks/use-chapter-autosave';
import { isWebUrl } from '../../hooks/use-chapter-autosave';
import { formatClock } from '../../lib/timecode';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from '../frame/Icon';
import { StartInput } from './StartInput';

interface Props {
  chapter: EditorChapter;
  index: number;
  selected: boolean;
  current: boolean;
  findings: KeyedFinding[];
  onSelect: () => void;
  onSeek: () => void;
  onStart: (ms: number) => void;
  onPatch: (patch: ChapterPatch, field: string) => void;
  onDelete: () => void;
}

export function ChapterRow({ chapter: c, index, selected, current, findings, onSelect, onSeek, onStart, onPatch, onDelete }: Props) {
  const { t, lang } = useI18n();
  const n = index + 1;
  const has = (field: KeyedFinding['field']) => findings.some((f) => f.field === field);
  /** Errors mark a field invalid; warnings (an empty title, say) only flag it. */
  const mark = (field: KeyedFinding['field']) => ({
    'aria-invalid': findings.some((f) => f.field === field && f.severity === 'error'),
    'data-warning': findings.some((f) => f.field === field && f.severity === 'warning') || undefined,
  });
  const heldUrl = !isWebUrl(c.url);
  const heldImg = !isWebUrl(c.img);
  const open = selected || heldUrl || heldImg || has('url') || has('img');
  const text = (field: 'url' | 'img', value: string, held: boolean, label: string) => (
    <label className="more-field">
      <span>{t(field === 'url' ? 'chapters.url' : 'chapters.img')}</span>
      <input type="url" value={value} placeholder="https://…" aria-label={label} aria-invalid={held || has(field)}
        data-testid={`chapter-${field}-${index}`} onChange={(e) => onPatch({ [field]: e.target.value }, field)} />
    </label>
  );
  return (
    <li className={`chapter-row${selected ? ' selected' : ''}${current ? ' current' : ''}`} data-testid={`chapter-row-${index}`}
      data-key={c.key} onFocus={onSelect} onMouseDown={onSelect} aria-current={current ? 'true' : undefined}>
      <div className="row-main">
        <button type="button" className="chapter-number tabular" onClick={onSeek}
          aria-label={`${t('chapters.seek', { n, time: formatClock(c.startMs) })}${current ? ` — ${t('chapters.current')}` : ''}`}
          title={t('chapters.seek', { n, time: formatClock(c.startMs) })} data-testid={`chapter-seek-${index}`}>
          {current && <span className="now" aria-hidden="true">▶</span>}{n}
        </button>
        <StartInput ms={c.startMs} label={t('chapters.startLabel', { n })} testId={`chapter-start-${index}`}
          marks={mark('startMs')} onChange={onStart} />
        {(['fr', 'en'] as const).map((l) => (
          <input key={l} className="title-input" lang={l} value={c.title[l]} maxLength={500}
            placeholder={t('chapters.missing')} {...mark(`title.${l}`)}
            aria-label={t(l === 'fr' ? 'chapters.titleFrLabel' : 'chapters.titleEnLabel', { n })}
            data-testid={`chapter-title-${l}-${index}`}
            onChange={(e) => onPatch({ title: { [l]: e.target.value } }, `title.${l}`)} />
        ))}
        {/* Icons for sighted skimming; the same facts are words in the fields below for screen readers. */}
        <span className="row-marks" aria-hidden="true">
          <span className={c.url ? 'on' : ''} title={c.url ? t('chapters.hasUrl') : undefined}><Icon name="link" size={14} /></span>
          <span className={c.img ? 'on' : ''} title={c.img ? t('chapters.hasImg') : undefined}><Icon name="image" size={14} /></span>
          <span className={c.hidden ? 'on' : ''} title={c.hidden ? t('chapters.isHidden') : undefined}><Icon name="hidden" size={14} /></span>
        </span>
        <button type="button" className="icon-button" onClick={onDelete} aria-label={`${t('chapters.delete')} — ${n}`}
          title={t('chapters.delete')} data-testid={`chapter-delete-${index}`}>×</button>
      </div>
      {open && (
        <div className="row-more">
          {text('url', c.url, heldUrl, t('chapters.urlLabel', { n }))}
          {text('img', c.img, heldImg, t('chapters.imgLabel', { n }))}
          <label className="hidden-flag" title={t('chapters.hidden')}>
            <input type="checkbox" checked={c.hidden} onChange={(e) => onPatch({ hidden: e.target.checked }, 'hidden')}
              aria-label={t('chapters.hidden')} data-testid={`chapter-hidden-${index}`} />
            <span aria-hidden="true">{t('chapters.hiddenShort')}</span>
          </label>
        </div>
      )}
      {(findings.length > 0 || heldUrl || heldImg) && (
        <ul className="row-problems" data-testid={`chapter-problems-${index}`}>
          {findings.map((f, i) => (
            <li key={i} className={`sev-${f.severity}`}><span aria-hidden="true">⚠</span> {f.message[lang]}</li>
          ))}
          {heldUrl && <li className="sev-warning"><span aria-hidden="true">⚠</span> {t('chapters.heldUrl', { field: t('chapters.url') })}</li>}
          {heldImg && <li className="sev-warning"><span aria-hidden="true">⚠</span> {t('chapters.heldUrl', { field: t('chapters.img') })}</li>}
        </ul>
      )}
    </li>
  );
}
