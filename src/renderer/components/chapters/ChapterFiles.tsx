// Chapter files in and out: import a file (read here, sent as text with the language of its
// titles) or the audio file's own chapters, and export in any format as a download.
import { useState } from 'react';
import { CHAPTER_FORMATS, type ChapterExport, type ChapterFormat, type UiLanguage } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n-context';
import { decodeText } from '../../lib/decode-text';
import { downloadText } from '../../lib/download-text';
import { FileButton } from '../frame/FileButton';
import { Icon } from '../frame/Icon';

const CHAPTER_ACCEPT = '.json,.txt,.chapters,.vtt,.webvtt,.cue,.ffmeta,.ffmetadata,.xml,.psc,.labels,text/*,application/json';

interface Props {
  defaultLang: UiLanguage;
  embeddedCount: number;
  onImport: (text: string, fileName: string, lang: UiLanguage) => Promise<unknown>;
  onImportEmbedded: (lang: UiLanguage) => Promise<unknown>;
  onExport: (format: ChapterFormat, lang: UiLanguage) => Promise<ChapterExport>;
  onError: (e: unknown) => void;
  onExported: (fileName: string) => void;
}

export function ChapterFiles({ defaultLang, embeddedCount, onImport, onImportEmbedded, onExport, onError, onExported }: Props) {
  const { t } = useI18n();
  const [importLang, setImportLang] = useState<UiLanguage>(defaultLang);
  const [exportLang, setExportLang] = useState<UiLanguage>(defaultLang);
  const [format, setFormat] = useState<ChapterFormat>('json');
  const [busy, setBusy] = useState(false);
  // Buttons stay enabled while busy (a disabled button drops the focus, and the editor's keys with it).
  const run = (work: () => Promise<unknown>) => {
    if (busy) return;
    setBusy(true);
    work().catch(onError).finally(() => setBusy(false));
  };
  const langSelect = (value: UiLanguage, set: (l: UiLanguage) => void, testId: string, label: string) => (
    <label className="io-field">
      <span>{label}</span>
      <select value={value} onChange={(e) => set(e.target.value as UiLanguage)} data-testid={testId}>
        <option value="fr">{t('chapters.lang.fr')}</option>
        <option value="en">{t('chapters.lang.en')}</option>
      </select>
    </label>
  );
  return (
    <div className="chapter-io" data-testid="chapter-io" aria-busy={busy}>
      <fieldset>
        <legend>{t('chapters.importTitle')}</legend>
        <div className="io-row">
          {langSelect(importLang, setImportLang, 'chapter-import-lang', t('chapters.importLang'))}
          <FileButton testId="chapter-import" accept={CHAPTER_ACCEPT}
            onFile={(file) => run(async () => onImport(decodeText(new Uint8Array(await file.arrayBuffer())), file.name, importLang))}>
            <Icon name="upload" /> {t('chapters.import')}
          </FileButton>
          <button type="button" className="button" disabled={embeddedCount === 0} data-testid="chapter-import-embedded"
            onClick={() => run(() => onImportEmbedded(importLang))}>
            {t('chapters.importEmbedded', { n: embeddedCount })}
          </button>
        </div>
        <p className="field-hint">{t('chapters.importHint')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('chapters.exportTitle')}</legend>
        <div className="io-row">
          <label className="io-field">
            <span>{t('chapters.exportFormat')}</span>
            <select value={format} onChange={(e) => setFormat(e.target.value as ChapterFormat)} data-testid="chapter-export-format">
              {CHAPTER_FORMATS.map((f) => <option key={f} value={f}>{t(`format.${f}`)}</option>)}
            </select>
          </label>
          {langSelect(exportLang, setExportLang, 'chapter-export-lang', t('chapters.exportLang'))}
          <button type="button" className="button primary" aria-disabled={busy} data-testid="chapter-export"
            onClick={() => run(async () => {
              const exported = await onExport(format, exportLang);
              downloadText(exported);
              onExported(exported.fileName);
            })}>
            {t('chapters.export')}
          </button>
        </div>
      </fieldset>
    </div>
  );
}
