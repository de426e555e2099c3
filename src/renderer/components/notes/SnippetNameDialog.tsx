// Naming a new snippet made of the selected rows (which must follow each other); the name
// starts as the first words of the first row.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Dialog } from '../frame/Dialog';

interface Props {
  count: number;
  suggested: string;
  problem: string | null;
  onCreate: (name: string) => void;
  onClose: () => void;
}

export function SnippetNameDialog({ count, suggested, problem, onCreate, onClose }: Props) {
  const { t, plural } = useI18n();
  const [name, setName] = useState(suggested);
  const blocked = problem ?? (name.trim() === '' ? t('notes.nameRequired') : null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!blocked) onCreate(name.trim());
  };
  return (
    <Dialog title={t('notes.nameTitle')} onClose={onClose} testId="snippet-name-dialog">
      <form className="dialog-body" onSubmit={submit}>
        <p className="muted">{plural('notes.nameHelp', count)}</p>
        <label className="field-label" htmlFor="snippet-name">{t('notes.nameLabel')}</label>
        <input id="snippet-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} data-testid="snippet-name-input" />
        {blocked && <p className="field-problem" role="alert">{blocked}</p>}
        <div className="dialog-footer">
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="button primary" aria-disabled={blocked !== null} data-testid="snippet-name-create">{t('common.create')}</button>
        </div>
      </form>
    </Dialog>
  );
}
