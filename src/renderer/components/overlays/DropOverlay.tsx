// Drag an audio file anywhere on the window: a full-window overlay says where it will go (a new
// episode of the current show, or the open episode when its Audio tab is showing).
import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../hooks/app-context';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from '../frame/Icon';

interface Props {
  /** Title of the open episode when the drop would replace its audio; null for a new episode. */
  intoEpisode: { id: number; title: string } | null;
}

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

export function DropOverlay({ intoEpisode }: Props) {
  const { ws, importFile } = useApp();
  const { t, pick, other } = useI18n();
  const [visible, setVisible] = useState(false);
  const depth = useRef(0);
  const target = useRef({ showId: ws.showId, intoEpisode });
  target.current = { showId: ws.showId, intoEpisode };

  useEffect(() => {
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current += 1;
      setVisible(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = target.current.showId === null ? 'none' : 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setVisible(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current = 0;
      setVisible(false);
      const file = e.dataTransfer?.files[0];
      const { showId, intoEpisode: into } = target.current;
      if (file && showId !== null) importFile(file, { showId, episodeId: into?.id ?? null });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [importFile]);

  if (!visible) return null;
  const showTitle = ws.show ? pick(ws.show.title) || ws.show.title[other] || ws.show.slug : '';
  const message = ws.show === null
    ? t('drop.noShow')
    : intoEpisode ? t('drop.intoEpisode', { episode: intoEpisode.title }) : t('drop.newEpisode', { show: showTitle });
  return (
    <div className={`drop-overlay${ws.show ? '' : ' refused'}`} data-testid="drop-overlay" aria-live="assertive">
      <div className="drop-card">
        <Icon name="upload" size={40} />
        <p className="drop-message">{message}</p>
        <p className="muted">{t('drop.hint')}</p>
      </div>
    </div>
  );
}
