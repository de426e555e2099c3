// Ctrl/Cmd+K: go to an episode by number or title, or run a command, without leaving the keyboard.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useApp } from '../../hooks/app-context';
import { usePaletteCommands } from '../../hooks/use-palette-commands';
import { useI18n } from '../../i18n/i18n-context';
import { fold } from '../../lib/fold';
import { Dialog } from '../frame/Dialog';

interface Command {
  id: string;
  label: string;
  hint?: string;
  /** The hint is a key to press (shown as <kbd>) rather than a word. */
  key?: boolean;
  run: () => void;
}

export function CommandPalette({ onClose }: { onClose: () => void }) {
  const app = useApp();
  const { ws } = app;
  const { t, lang, other } = useI18n();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const contributed = usePaletteCommands();

  const commands = useMemo<Command[]>(() => {
    const q = fold(query.trim());
    const digits = /^\d+$/.test(q) ? q : null;
    const episodes = q === '' ? [] : ws.sorted
      .filter((e) => (digits !== null ? String(e.number ?? '').startsWith(digits) : fold(`${e.title.fr} ${e.title.en}`).includes(q)))
      .slice(0, 8)
      .map((e) => ({
        id: `episode-${e.id}`,
        label: `${t('palette.goEpisode')} ${e.number ?? '—'} · ${e.title[lang] || e.title[other] || t('list.untitled')}`,
        hint: t(`status.${e.status}`),
        run: () => ws.openEpisode(e.id),
      }));
    const nextTheme = { system: 'light', light: 'dark', dark: 'system' } as const;
    // The Release tab lives on an episode page: the open episode's, else the list's first.
    const releaseEpisode = ws.view.kind === 'episode' ? ws.view.id : ws.sorted[0]?.id ?? null;
    const actions: Command[] = [
      // The open view's own commands first: they are what the producer is working on.
      ...contributed,
      { id: 'new-show', label: t('palette.newShow'), run: app.openNewShow },
      ...(ws.showId !== null ? [
        { id: 'new-episode', label: t('palette.newEpisode'), run: app.newEpisode },
        { id: 'import', label: t('palette.import'), run: app.pickImport },
        { id: 'show-settings', label: t('palette.showSettings'), run: () => ws.setView({ kind: 'show' }) },
      ] : []),
      ...(releaseEpisode !== null ? [
        { id: 'release', label: t('release.palette.open'), run: () => ws.openEpisode(releaseEpisode, 'release') },
      ] : []),
      { id: 'import-feed', label: t('release.feed.action'), run: app.pickFeed },
      { id: 'language', label: t('palette.language'), run: () => app.setLanguage(other) },
      { id: 'theme', label: t('palette.theme', { theme: t(`theme.${nextTheme[app.theme]}`) }), run: app.cycleTheme },
      { id: 'inspector', label: t('palette.inspector'), hint: 'Ctrl+\\', key: true, run: ws.toggleInspector },
      { id: 'shortcuts', label: t('palette.shortcuts'), hint: '?', key: true, run: app.openShortcuts },
    ];
    return [...episodes, ...actions.filter((c) => q === '' || fold(c.label).includes(q))];
  }, [query, ws, app, t, lang, other, contributed]);

  const run = (command: Command | undefined) => {
    if (!command) return;
    onClose();
    // Run once the palette is gone: while its modal dialog is open the page behind is inert, so a
    // command that opens a file picker (import audio, feed, notes) would do nothing. The user's
    // activation outlives a task, so the picker still opens.
    window.setTimeout(command.run, 0);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const delta = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + delta + commands.length) % Math.max(1, commands.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      run(commands[active]);
    }
  };

  return (
    <Dialog title={t('palette.label')} onClose={onClose} testId="command-palette" className="palette" bare>
      <input
        className="palette-input"
        value={query}
        placeholder={t('palette.placeholder')}
        aria-label={t('palette.label')}
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={commands[active] ? `palette-${commands[active].id}` : undefined}
        data-testid="palette-input"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="palette-list" className="palette-list" role="listbox" aria-label={t('palette.label')}>
        {commands.length === 0 && <li className="muted palette-empty">{t('palette.empty')}</li>}
        {commands.map((c, i) => (
          <li
            key={c.id}
            id={`palette-${c.id}`}
            role="option"
            aria-selected={i === active}
            className={`palette-item${i === active ? ' active' : ''}`}
            data-testid={`palette-${c.id}`}
            onMouseMove={() => setActive(i)}
            onClick={() => run(c)}
          >
            <span>{c.label}</span>
            {c.hint && (c.key ? <kbd>{c.hint}</kbd> : <span className="muted">{c.hint}</span>)}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
