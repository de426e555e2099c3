// The show's settings: identity, FR | EN titles/subtitles/descriptions side by side, owner and
// rights, feed languages and categories, and the artwork (saved at once, apart from the form).
// Validated as you type; Ctrl+S saves.
import { useMemo, useState } from 'react';
import { showFields } from '../../../shared/domain/schemas';
import type { Show } from '../../../shared/domain/types';
import { getApi } from '../../api/client';
import { useApp } from '../../hooks/app-context';
import { useDraft } from '../../hooks/use-draft';
import { useSaveShortcut } from '../../hooks/use-save-shortcut';
import { useToasts } from '../../hooks/use-toasts';
import { bilingual, useI18n } from '../../i18n/i18n-context';
import { problemCount, problemsOf } from '../../lib/problems';
import { toShowDraft, toShowPatch } from '../../lib/show-draft';
import { BilingualRow, LanguageHeader } from '../form/BilingualRow';
import { FormRow, TextField } from '../form/FormRow';
import { SaveBar } from '../form/SaveBar';
import { ShowArtwork } from './ShowArtwork';

export function ShowSettings({ show }: { show: Show }) {
  const { ws } = useApp();
  const { t, pick, other } = useI18n();
  const toasts = useToasts();
  const base = useMemo(() => toShowDraft(show), [show]);
  const { draft, set, dirty } = useDraft(base);
  const [saving, setSaving] = useState(false);
  const patch = useMemo(() => toShowPatch(draft), [draft]);
  const problems = useMemo(() => problemsOf(showFields, patch), [patch]);
  const count = problemCount(problems);

  const save = async () => {
    if (!dirty || count > 0 || saving) return;
    setSaving(true);
    try {
      await getApi().invoke('shows.update', { id: show.id, patch });
      await ws.reloadShows();
      toasts.info(bilingual('show.saved'));
    } catch (e) {
      toasts.error(e);
    } finally {
      setSaving(false);
    }
  };
  useSaveShortcut(() => void save());

  const text = (id: string, key: 'slug' | 'author' | 'ownerName' | 'ownerEmail' | 'website' | 'copyright' | 'baseUrl', label: string, type?: 'email' | 'url') => (
    <FormRow label={label} htmlFor={id} problem={problems[key]}>
      <TextField id={id} type={type} value={draft[key]} onChange={(v) => set(key, v)} problem={problems[key]}
        placeholder={type === 'url' ? 'https://' : undefined} />
    </FormRow>
  );

  return (
    <div className="show-settings" data-testid="show-settings">
      <header className="page-header">
        <p className="eyebrow">{t('show.settings')}</p>
        <h1>{pick(show.title) || show.title[other] || show.slug}</h1>
      </header>
      <form className="form" onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate data-testid="show-form">
        <section className="form-section">
          <h3>{t('show.identity')}</h3>
          {text('show-slug', 'slug', t('field.slug'))}
          {text('show-author', 'author', t('field.author'))}
          <FormRow label={t('field.explicit')} htmlFor="show-explicit">
            <input id="show-explicit" type="checkbox" checked={draft.explicit} onChange={(e) => set('explicit', e.target.checked)} />
          </FormRow>
          <ShowArtwork show={show} />
        </section>
        <section className="form-section">
          <h3>{t('show.texts')}</h3>
          <LanguageHeader />
          <BilingualRow name="show-title" path="title" label={t('field.title')} value={draft.title} onChange={(v) => set('title', v)} problems={problems} />
          <BilingualRow name="show-subtitle" path="subtitle" label={t('field.subtitle')} value={draft.subtitle} onChange={(v) => set('subtitle', v)} problems={problems} />
          <BilingualRow name="show-description" path="description" label={t('field.description')} value={draft.description} onChange={(v) => set('description', v)} problems={problems} multiline />
        </section>
        <section className="form-section">
          <h3>{t('show.owner')}</h3>
          {text('show-owner-name', 'ownerName', t('field.ownerName'))}
          {text('show-owner-email', 'ownerEmail', t('field.ownerEmail'), 'email')}
          {text('show-website', 'website', t('field.website'), 'url')}
          {text('show-copyright', 'copyright', t('field.copyright'))}
        </section>
        <section className="form-section">
          <h3>{t('show.feeds')}</h3>
          <LanguageHeader />
          <BilingualRow name="show-language" path="languages" label={t('field.feedLanguage')} value={draft.languages} onChange={(v) => set('languages', v)} problems={problems} />
          <FormRow label={t('field.categories')} htmlFor="show-categories" problem={problems.categories ?? firstOf(problems, 'categories.')} hint={t('field.categoriesHint')}>
            <TextField id="show-categories" value={draft.categories} onChange={(v) => set('categories', v)} problem={problems.categories} />
          </FormRow>
          {text('show-base-url', 'baseUrl', t('field.baseUrl'), 'url')}
        </section>
        <SaveBar dirty={dirty} problemCount={count} saving={saving} onSave={() => void save()} />
      </form>
    </div>
  );
}

function firstOf(problems: ReturnType<typeof problemsOf>, prefix: string) {
  return Object.entries(problems).find(([path]) => path.startsWith(prefix))?.[1];
}
