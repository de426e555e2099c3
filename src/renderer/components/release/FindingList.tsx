// The preflight checklist: findings grouped by episode (the show first, then the open episode,
// then the others) and by feed language. One roving focus across the list: ↑/↓, Home/End move,
// Enter goes to the place to fix.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { EpisodeSummary, FindingCounts, FindingWhere, ReleaseReport } from '../../../shared/domain/types';
import { FINDING_SEVERITIES } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n-context';
import { flatten, groupFindings, type FindingGroup } from '../../lib/release-findings';
import { Icon } from '../frame/Icon';
import { episodeName } from './episode-name';
import { FindingRow } from './FindingRow';
import { SEVERITY_ICON } from './SeverityLabel';

interface Props {
  report: ReleaseReport;
  currentEpisodeId: number;
  showTitle: string;
  episodes: ReadonlyMap<number, EpisodeSummary>;
  onGoTo: (where: FindingWhere) => void;
}

function GroupCounts({ counts }: { counts: FindingCounts }) {
  const { plural } = useI18n();
  return (
    <span className="group-counts">
      {FINDING_SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
        <span key={s} className={`group-count severity-${s}`} aria-label={`${counts[s]} ${plural(`release.count.${s}`, counts[s])}`}>
          <Icon name={SEVERITY_ICON[s]} size={13} />
          <span className="tabular" aria-hidden="true">{counts[s]}</span>
        </span>
      ))}
    </span>
  );
}

export function FindingList({ report, currentEpisodeId, showTitle, episodes, onGoTo }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const groups = useMemo(
    () => groupFindings(report.findings, currentEpisodeId, (id) => episodes.get(id)?.number ?? null),
    [report, currentEpisodeId, episodes],
  );
  const flat = useMemo(() => flatten(groups), [groups]);
  const [active, setActive] = useState(0);
  const rows = useRef<Array<HTMLLIElement | null>>([]);
  const current = Math.min(active, Math.max(0, flat.length - 1));

  const move = (index: number) => {
    const next = Math.max(0, Math.min(flat.length - 1, index));
    setActive(next);
    rows.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>, index: number) => {
    // Keys typed on the row itself, not on a control inside it.
    if (e.target !== e.currentTarget) return;
    if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') move(index - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(flat.length - 1);
    else if (e.key === 'Enter') {
      const finding = flat[index];
      if (finding) onGoTo(finding.where);
    } else return;
    e.preventDefault();
  };

  const heading = (g: FindingGroup) =>
    g.episodeId === null ? t('release.group.show', { title: showTitle }) : episodeName(i18n, episodes.get(g.episodeId));

  if (flat.length === 0) {
    return (
      <p className="all-clear" data-testid="release-all-clear">
        <Icon name="ok" /> {t('release.allClear')}
      </p>
    );
  }

  let index = -1;
  return (
    <div className="finding-groups" data-testid="release-findings">
      {groups.map((g) => (
        <section key={g.key} className={`finding-group${g.current ? ' current' : ''}`} aria-labelledby={`finding-group-${g.key}`}
          data-testid={`finding-group-${g.key}`}>
          <header className="finding-group-head">
            <h4 id={`finding-group-${g.key}`}>
              {heading(g)}
              {g.current && <span className="this-episode">{t('release.group.thisEpisode')}</span>}
            </h4>
            <GroupCounts counts={g.counts} />
          </header>
          {g.languages.map((l) => (
            <div key={l.lang ?? 'both'} className="finding-lang">
              <h5 className="finding-lang-head">{t(l.lang ? `release.lang.${l.lang}` : 'release.lang.both')}</h5>
              <ul className="finding-rows">
                {l.findings.map((finding) => {
                  const i = ++index;
                  return (
                    <FindingRow key={i} finding={finding} active={i === current} onGoTo={onGoTo}
                      rowRef={(el) => {
                        rows.current[i] = el;
                      }}
                      onKeyDown={(e) => onKeyDown(e, i)} onFocus={() => setActive(i)} />
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
