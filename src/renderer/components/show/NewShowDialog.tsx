// "New show": slug and FR/EN titles are enough to start; the slug follows the title until typed.
import { useMemo, useState } from 'react';
import { showCreateSchema } from '../../../shared/domain/schemas';
import type { Show } from '../../../shared/domain/types';
import { getApi } from '../../api/client';
import { useToasts } from '../../hooks/use-toasts';
import { bilingual, useI18n } from '../../i18n/i18n-context';
import { problemCount, problemsOf } from '../../lib/problems';
import { slugify } from '../../../shared/domain/slug';
import { BilingualRow, LanguageHeader } from '../form/BilingualRow';
import { FormRow, TextField } from '../form/FormRow';
import { Dialog } from '../frame/Dialog';

export function NewShowDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (show: Show) => void }) {
  const { t } = useI18n();
  const toasts = useToasts();
  const [title, setTitle] = useState({ fr: '', en: '' });
  const [typedSlug, setTypedSlug] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const slug = typedSlug ?? slugify(title.fr || title.en);
  const problems = useMemo(() => problemsOf(showCreateSchema, { slug, title }), [slug, title]);
  const shown = touched ? problems : {};

  const create = async () => {
    setTouched(true);
    if (problemCount(problems) > 0 || busy) return;
    setBusy(true);
    try {
      const show = await getApi().invoke('shows.create', { slug, title });
      toasts.info(bilingual('newShow.created', { title: title.fr || title.en }));
      onCreated(show);
    } catch (e) {
      toasts.error(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('newShow.title')} onClose={onClose} testId="new-show-dialog" className="new-show">
      <form className="form" noValidate onSubmit={(e) => { e.preventDefault(); void create(); }}>
        <LanguageHeader />
        <BilingualRow name="new-show-title" path="title" label={t('field.title')} value={title} onChange={setTitle} problems={shown} />
        <FormRow label={t('field.slug')} htmlFor="new-show-slug" problem={shown.slug}>
          <TextField id="new-show-slug" value={slug} onChange={(v) => setTypedSlug(v)} problem={shown.slug} />
        </FormRow>
        <footer className="dialog-footer">
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="button primary" disabled={busy} data-testid="new-show-create">{t('common.create')}</button>
        </footer>
      </form>
    </Dialog>
  );
}
