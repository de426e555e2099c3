// A bilingual field: French and English side by side, each validated on its own.
import type { Bilingual } from '../../../shared/domain/types';
import type { ProblemKey } from '../../../shared/domain/problems';
import { useI18n } from '../../i18n/i18n-context';
import { Problem } from './Problem';
import { TextField } from './FormRow';

interface Props {
  /** Id prefix: inputs get ids '<name>-fr' / '<name>-en'. */
  name: string;
  /** Where the schema reports this field's problems, e.g. 'title' for 'title.fr'. */
  path: string;
  label: string;
  value: Bilingual;
  onChange: (value: Bilingual) => void;
  problems: Partial<Record<string, ProblemKey>>;
  multiline?: boolean;
}

export function BilingualRow({ name, path, label, value, onChange, problems, multiline }: Props) {
  const { t } = useI18n();
  const side = (lang: 'fr' | 'en') => {
    const id = `${name}-${lang}`;
    const problem = problems[`${path}.${lang}`] ?? (lang === 'fr' ? problems[path] : undefined);
    return (
      <div className="form-control">
        <TextField
          id={id}
          lang={lang === 'fr' ? 'fr-CA' : 'en-CA'}
          value={value[lang]}
          onChange={(text) => onChange({ ...value, [lang]: text })}
          problem={problem}
          multiline={multiline}
          placeholder={lang === 'fr' ? t('common.french') : t('common.english')}
        />
        <Problem id={id} problem={problem} />
      </div>
    );
  };
  return (
    <div className="form-row">
      <label className="form-label" htmlFor={`${name}-fr`}>{label}</label>
      {side('fr')}
      {side('en')}
    </div>
  );
}

/** The FR | EN column header that opens a bilingual section. */
export function LanguageHeader() {
  const { t } = useI18n();
  return (
    <div className="form-row form-lang-header" aria-hidden="true">
      <span />
      <span>{t('common.french')}</span>
      <span>{t('common.english')}</span>
    </div>
  );
}
