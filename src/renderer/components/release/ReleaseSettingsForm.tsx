// The show's release settings in a compact form: Apple's show type, description timestamps, the
// other-language title label, podcast:locked; the podcast guids and feed addresses shown read-only.
// Validated as you type with the shared schema; Ctrl+S saves; the checklist is run again after.
import { useMemo, useState } from 'react';
import { releaseSettingsPatchSchema, type ReleaseSettingsPatch } from '../../../shared/domain/schemas';
import { ITUNES_TYPES, type ItunesType, type ReleaseSettings, type Show } from '../../../shared/domain/types';
import { useApp } from '../../hooks/app-context';
import { useDraft } from '../../hooks/use-draft';
import { useSaveShortcut } from '../../hooks/use-save-shortcut';
import { useToasts } from '../../hooks/use-toasts';
import { bilingual, useI18n } from '../../i18n/i18n-context';
import { problemCount, problemsOf } from '../../lib/problems';
import { BilingualRow, LanguageHeader } from '../form/BilingualRow';
import { FormRow } from '../form/FormRow';
import { SaveBar } from '../form/SaveBar';

type Draft = Required<Pick<ReleaseSettingsPatch, 'itunesType' | 'descriptionTimestamps' | 'locked' | 'otherLanguageLabel'>>;

const toDraft = (s: ReleaseSettings): Draft =>
  ({ itunesType: s.itunesType, descriptionTimestamps: s.descriptionTimestamps, locked: s.locked, otherLanguageLabel: s.otherLanguageLabel });

/** The feed addresses a release will carry: the show's base URL and feed.<lang>.xml. */
function feedUrl(baseUrl: string, lang: 'fr' | 'en'): string {
  return `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}feed.${lang}.xml`;
}

interface Props {
  settings: ReleaseSettings;
  show: Show | null;
  onSave: (patch: ReleaseSettingsPatch) => Promise<unknown>;
}

export function ReleaseSettingsForm({ settings, show, onSave }: Props) {
  const { ws } = useApp();
  const { t } = useI18n();
  const toasts = useToasts();
  const base = useMemo(() => toDraft(settings), [settings]);
  const { draft, set, dirty } = useDraft(base);
  const [saving, setSaving] = useState(false);
  const problems = useMemo(() => problemsOf(releaseSettingsPatchSchema, draft), [draft]);
  const count = problemCount(problems);

  const save = async () => {
    if (!dirty || count > 0 || saving) return;
    setSaving(true);
    try {
      await onSave(draft);
      toasts.info(bilingual('release.settings.saved'));
    } catch (e) {
      toasts.error(e);
    } finally {
      setSaving(false);
    }
  };
  useSaveShortcut(() => void save());

  const baseUrl = show?.baseUrl.trim() ?? '';
  return (
    <form className="form release-settings" onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate data-testid="release-settings-form">
      <FormRow label={t('release.settings.itunesType')} htmlFor="release-itunes-type" narrow>
        <select id="release-itunes-type" value={draft.itunesType} data-testid="field-release-itunes-type"
          onChange={(e) => set('itunesType', e.target.value as ItunesType)}>
          {ITUNES_TYPES.map((type) => <option key={type} value={type}>{t(`release.settings.${type}`)}</option>)}
        </select>
      </FormRow>
      <FormRow label={t('release.settings.timestamps')} htmlFor="release-timestamps" hint={t('release.settings.timestampsHint')}>
        <input id="release-timestamps" type="checkbox" checked={draft.descriptionTimestamps} data-testid="field-release-timestamps"
          onChange={(e) => set('descriptionTimestamps', e.target.checked)} />
      </FormRow>
      <FormRow label={t('release.settings.locked')} htmlFor="release-locked" hint={t('release.settings.lockedHint')}>
        <input id="release-locked" type="checkbox" checked={draft.locked} data-testid="field-release-locked"
          onChange={(e) => set('locked', e.target.checked)} />
      </FormRow>
      <LanguageHeader />
      <BilingualRow name="release-label" path="otherLanguageLabel" label={t('release.settings.label')} value={draft.otherLanguageLabel}
        onChange={(v) => set('otherLanguageLabel', v)} problems={problems} />
      <div className="form-row">
        <span />
        <span className="field-hint span-2">{t('release.settings.labelHint')}</span>
      </div>
      <div className="form-row">
        <span className="form-label">{t('release.settings.guids')}</span>
        {(['fr', 'en'] as const).map((lang) => (
          <span key={lang} className="readonly-value" data-testid={`release-guid-${lang}`}>
            {settings.podcastGuid[lang] ?? <span className="muted">{t('release.settings.guidPending')}</span>}
          </span>
        ))}
      </div>
      <div className="form-row">
        <span className="form-label">{t('release.settings.feedUrls')}</span>
        {baseUrl ? (['fr', 'en'] as const).map((lang) => (
          <span key={lang} className="readonly-value">{feedUrl(baseUrl, lang)}</span>
        )) : (
          <span className="readonly-value span-2">
            <span className="field-problem">{t('release.settings.noBaseUrl')}</span>{' '}
            <button type="button" className="link-button" onClick={() => ws.setView({ kind: 'show' })}>{t('release.settings.editShow')}</button>
          </span>
        )}
      </div>
      <div className="form-row">
        <span className="form-label">{t('release.settings.guidFeed')}</span>
        <span className="readonly-value prose span-2">{t('release.settings.guidFeedValue', { lang: settings.guidFeed.toUpperCase() })}</span>
      </div>
      <SaveBar dirty={dirty} problemCount={count} saving={saving} onSave={() => void save()} />
    </form>
  );
}
