// People credited on the episode (podcast:person): name, role, taxonomy group, image and page.
// Edited as rows; saved with the rest of the Details form through episodes.setPersons.
import { PERSON_GROUPS, type PersonGroup } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/fr';
import { personKey, ROLE_GROUPS, type PersonDraft } from '../../lib/episode-draft';
import type { Problems } from '../../lib/problems';
import { invalidProps, Problem } from '../form/Problem';
import { Icon } from '../frame/Icon';

interface Props {
  persons: PersonDraft[];
  onChange: (persons: PersonDraft[]) => void;
  problems: Problems;
}

const roleLabel = (role: string): MessageKey | null => (role in ROLE_GROUPS ? (`role.${role}` as MessageKey) : null);

export function GuestsEditor({ persons, onChange, problems }: Props) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<PersonDraft>) =>
    onChange(persons.map((p, i) => (i === index ? { ...p, ...patch } : p)));

  return (
    <div className="guests" data-testid="guests-editor">
      {persons.length === 0 ? (
        <p className="muted">{t('guests.empty')}</p>
      ) : (
        <div className="guests-grid" role="table">
          <div className="guests-head" role="row">
            {(['guests.name', 'guests.role', 'guests.group', 'guests.img', 'guests.href'] as const).map((k) => (
              <span key={k} role="columnheader">{t(k)}</span>
            ))}
            <span />
          </div>
          {persons.map((person, index) => {
            const id = (field: string) => `person-${index}-${field}`;
            const problem = (field: string) => problems[`${index}.${field}`];
            const known = roleLabel(person.role);
            return (
              <div key={person.key} className="guests-row" role="row" data-testid={`person-${index}`}>
                <span className="form-control">
                  <input id={id('name')} value={person.name} aria-label={t('guests.name')} data-testid={`field-${id('name')}`}
                    onChange={(e) => update(index, { name: e.target.value })} {...invalidProps(id('name'), problem('name'))} />
                  <Problem id={id('name')} problem={problem('name')} />
                </span>
                <span className="form-control">
                  <select id={id('role')} value={person.role} aria-label={t('guests.role')}
                    data-testid={`field-${id('role')}`}
                    onChange={(e) => update(index, { role: e.target.value, group: ROLE_GROUPS[e.target.value] ?? person.group })}>
                    {!known && person.role && <option value={person.role}>{person.role}</option>}
                    {Object.keys(ROLE_GROUPS).map((role) => (
                      <option key={role} value={role}>{t(`role.${role}` as MessageKey)}</option>
                    ))}
                  </select>
                </span>
                <span className="form-control">
                  <select id={id('group')} value={person.group} aria-label={t('guests.group')} data-testid={`field-${id('group')}`}
                    onChange={(e) => update(index, { group: e.target.value as PersonGroup })}>
                    {PERSON_GROUPS.map((g) => <option key={g} value={g}>{g}</option>)}
                  </select>
                </span>
                <span className="form-control">
                  <input id={id('img')} type="url" value={person.img} aria-label={t('guests.img')} placeholder="https://"
                    onChange={(e) => update(index, { img: e.target.value })} {...invalidProps(id('img'), problem('img'))} />
                  <Problem id={id('img')} problem={problem('img')} />
                </span>
                <span className="form-control">
                  <input id={id('href')} type="url" value={person.href} aria-label={t('guests.href')} placeholder="https://"
                    onChange={(e) => update(index, { href: e.target.value })} {...invalidProps(id('href'), problem('href'))} />
                  <Problem id={id('href')} problem={problem('href')} />
                </span>
                <button type="button" className="icon-button" aria-label={`${t('common.remove')} ${person.name}`}
                  title={t('common.remove')} onClick={() => onChange(persons.filter((_, i) => i !== index))}>
                  <Icon name="close" />
                </button>
              </div>
            );
          })}
        </div>
      )}
      <button
        type="button"
        className="button"
        data-testid="add-person"
        onClick={() => onChange([...persons, { key: personKey(), name: '', role: 'guest', group: 'cast', img: '', href: '' }])}
      >
        <Icon name="plus" /> {t('guests.add')}
      </button>
    </div>
  );
}
