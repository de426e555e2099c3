// The episode's Details form: identity, FR | EN titles and summaries side by side, publication
// date in a chosen zone, artwork and transcripts (saved as soon as chosen), and the people
// credited. Validated as you type; Ctrl+S saves.
import { useMemo, useState } from 'react';
import { z } from 'zod';
import { episodePatchSchema, personInputSchema } from '../../../shared/domain/schemas';
import { EPISODE_STATUSES, EPISODE_TYPES, SPOKEN_LANGUAGES, type Episode } from '../../../shared/domain/types';
import { getApi } from '../../api/client';
import { useDraft } from '../../hooks/use-draft';
import { useNumberCheck } from '../../hooks/use-number-check';
import { useSaveShortcut } from '../../hooks/use-save-shortcut';
import { useToasts } from '../../hooks/use-toasts';
import { useI18n } from '../../i18n/i18n-context';
import { parseCount, toDraft, toPatch, toPersonDrafts, toPersonInputs, type PersonDraft } from '../../lib/episode-draft';
import { problemCount, problemsOf } from '../../lib/problems';
import { timeZones } from '../../lib/zoned-time';
import { BilingualRow, LanguageHeader } from '../form/BilingualRow';
import { FormRow, TextField } from '../form/FormRow';
import { SaveBar } from '../form/SaveBar';
import { EpisodeMedia } from './EpisodeMedia';
import { GuestsEditor } from './GuestsEditor';

const personsSchema = z.array(personInputSchema);

export function DetailsTab({ episode, onSaved }: { episode: Episode; onSaved: (e: Episode) => void }) {
  const { t } = useI18n();
  const toasts = useToasts();
  const base = useMemo(() => toDraft(episode), [episode]);
  const personBase = useMemo(() => ({ list: toPersonDrafts(episode) }), [episode]);
  const { draft, set, dirty } = useDraft(base);
  const people = useDraft(personBase);
  const [saving, setSaving] = useState(false);

  const patch = useMemo(() => toPatch(draft), [draft]);
  const numberChanged = draft.number !== base.number || draft.season !== base.season;
  const check = useNumberCheck(
    { showId: episode.showId, season: parseCount(draft.season), number: parseCount(draft.number), excludeId: episode.id },
    !numberChanged,
  );
  const problems = useMemo(() => {
    const found = problemsOf(episodePatchSchema, patch);
    if (!found.number && check.taken) found.number = 'number_taken';
    return found;
  }, [patch, check.taken]);
  const personProblems = useMemo(() => problemsOf(personsSchema, toPersonInputs(people.draft.list)), [people.draft.list]);
  const count = problemCount(problems) + problemCount(personProblems);
  const anyDirty = dirty || people.dirty;

  const save = async () => {
    if (!anyDirty || count > 0 || saving || check.checking) return;
    setSaving(true);
    try {
      let saved = episode;
      if (dirty) saved = await getApi().invoke('episodes.update', { id: episode.id, patch });
      if (people.dirty) saved = await getApi().invoke('episodes.setPersons', { id: episode.id, persons: toPersonInputs(people.draft.list) });
      onSaved(saved);
    } catch (e) {
      toasts.error(e);
    } finally {
      setSaving(false);
    }
  };
  useSaveShortcut(() => void save());

  const select = <V extends string>(id: string, value: V, values: readonly V[], label: (v: V) => string, onChange: (v: V) => void) => (
    <select id={id} value={value} data-testid={`field-${id}`} onChange={(e) => onChange(e.target.value as V)}>
      {values.map((v) => <option key={v} value={v}>{label(v)}</option>)}
    </select>
  );

  return (
    <form className="form" onSubmit={(e) => { e.preventDefault(); void save(); }} data-testid="episode-form" noValidate>
      <section className="form-section">
        <h3>{t('details.identity')}</h3>
        <FormRow label={t('field.number')} htmlFor="ep-number" problem={problems.number} narrow
          hint={check.checking && numberChanged ? t('field.numberChecking') : undefined}>
          <TextField id="ep-number" value={draft.number} onChange={(v) => set('number', v)} problem={problems.number} />
        </FormRow>
        <FormRow label={t('field.season')} htmlFor="ep-season" problem={problems.season} narrow>
          <TextField id="ep-season" value={draft.season} onChange={(v) => set('season', v)} problem={problems.season} />
        </FormRow>
        <FormRow label={t('field.type')} htmlFor="ep-type" narrow>
          {select('ep-type', draft.type, EPISODE_TYPES, (v) => t(`type.${v}`), (v) => set('type', v))}
        </FormRow>
        <FormRow label={t('field.slug')} htmlFor="ep-slug" problem={problems.slug}>
          <TextField id="ep-slug" value={draft.slug} onChange={(v) => set('slug', v)} problem={problems.slug} />
        </FormRow>
        <FormRow label={t('field.spoken')} htmlFor="ep-spoken" narrow>
          {select('ep-spoken', draft.spoken, SPOKEN_LANGUAGES, (v) => t(`spokenLong.${v}`), (v) => set('spoken', v))}
        </FormRow>
        <FormRow label={t('field.status')} htmlFor="ep-status" narrow>
          {select('ep-status', draft.status, EPISODE_STATUSES, (v) => t(`status.${v}`), (v) => set('status', v))}
        </FormRow>
        <FormRow label={t('field.explicit')} htmlFor="ep-explicit">
          <input id="ep-explicit" type="checkbox" checked={draft.explicit} data-testid="field-ep-explicit"
            onChange={(e) => set('explicit', e.target.checked)} />
        </FormRow>
      </section>

      <section className="form-section">
        <h3>{t('details.texts')}</h3>
        <LanguageHeader />
        <BilingualRow name="ep-title" label={t('field.title')} value={draft.title} onChange={(v) => set('title', v)} path="title" problems={problems} />
        <BilingualRow name="ep-summary" label={t('field.summary')} value={draft.summary} onChange={(v) => set('summary', v)} path="summary" problems={problems} multiline />
      </section>

      <section className="form-section">
        <h3>{t('details.publication')}</h3>
        <FormRow label={t('field.publishedAt')} htmlFor="ep-published-at" problem={problems.publishedAt ?? problems.timeZone}>
          <div className="inline-controls">
            <input id="ep-published-at" type="datetime-local" value={draft.publishedLocal} data-testid="field-ep-published-at"
              onChange={(e) => set('publishedLocal', e.target.value)} />
            <label className="visually-hidden" htmlFor="ep-time-zone">{t('field.timeZone')}</label>
            <select id="ep-time-zone" value={draft.timeZone} data-testid="field-ep-time-zone" onChange={(e) => set('timeZone', e.target.value)}>
              {timeZones().map((zone) => <option key={zone} value={zone}>{zone.replace(/_/g, ' ')}</option>)}
            </select>
            <output className="iso-preview tabular" htmlFor="ep-published-at ep-time-zone">{patch.publishedAt ?? ''}</output>
          </div>
        </FormRow>
      </section>

      <EpisodeMedia episode={episode} onChanged={onSaved} />

      <section className="form-section">
        <h3>{t('details.guests')}</h3>
        <GuestsEditor persons={people.draft.list} onChange={(list: PersonDraft[]) => people.set('list', list)} problems={personProblems} />
      </section>

      <SaveBar dirty={anyDirty} problemCount={count} saving={saving} onSave={() => void save()} checking={check.checking && numberChanged} />
    </form>
  );
}

