// Status and spoken-language filters as toggle chips (one of each at a time, like the API),
// and the sort control.
import { EPISODE_STATUSES, SPOKEN_LANGUAGES } from '../../../shared/domain/types';
import { useApp } from '../../hooks/app-context';
import { useI18n } from '../../i18n/i18n-context';
import type { SortKey } from '../../lib/sort-episodes';
import { Icon } from '../frame/Icon';

export function FilterChips() {
  const { ws } = useApp();
  const { t } = useI18n();
  const { filters, setFilters, sort, setSort } = ws;
  return (
    <div className="filters">
      <div className="chip-group" role="group" aria-label={t('filter.status')}>
        {EPISODE_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`chip status-${status}`}
            aria-pressed={filters.status === status}
            onClick={() => setFilters({ ...filters, status: filters.status === status ? null : status })}
            data-testid={`filter-status-${status}`}
          >
            <span className="status-dot" aria-hidden="true" />
            {t(`status.${status}`)}
          </button>
        ))}
      </div>
      <div className="filter-line">
        <div className="chip-group" role="group" aria-label={t('filter.spoken')}>
          {SPOKEN_LANGUAGES.map((spoken) => (
            <button
              key={spoken}
              type="button"
              className="chip"
              aria-pressed={filters.spoken === spoken}
              title={t(`spokenLong.${spoken}`)}
              onClick={() => setFilters({ ...filters, spoken: filters.spoken === spoken ? null : spoken })}
              data-testid={`filter-spoken-${spoken}`}
            >
              {t(`spoken.${spoken}`)}
            </button>
          ))}
        </div>
        <span className="sort">
          <select
            aria-label={t('sort.label')}
            value={sort.key}
            onChange={(e) => setSort({ ...sort, key: e.target.value as SortKey })}
            data-testid="sort-select"
          >
            {(['number', 'date', 'title', 'status'] as const).map((key) => (
              <option key={key} value={key}>{t(`sort.${key}`)}</option>
            ))}
          </select>
          <button
            type="button"
            className="icon-button"
            aria-label={sort.dir === 'asc' ? t('sort.asc') : t('sort.desc')}
            title={sort.dir === 'asc' ? t('sort.asc') : t('sort.desc')}
            onClick={() => setSort({ ...sort, dir: sort.dir === 'asc' ? 'desc' : 'asc' })}
            data-testid="sort-direction"
          >
            <span className={`sort-arrow ${sort.dir}`}><Icon name="arrows" /></span>
          </button>
        </span>
      </div>
    </div>
  );
}
