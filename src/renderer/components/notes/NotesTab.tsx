// The Notes tab: the episode's French/English show notes side by side (issue 4).
// The paste-and-align, XLIFF and TMX actions live in ../notes-io and hand back a new NotesDoc.
import type { Episode } from '../../../shared/domain/types';
import { EmptyTab } from '../episode/EmptyTab';
import { NotesInterchange } from '../notes-io/NotesInterchange';

export function NotesTab({ episode }: { episode: Episode }) {
  return (
    <div className="notes-tab" data-testid="notes-tab">
      <NotesInterchange episode={episode} onDoc={() => undefined} />
      <EmptyTab title="notes.title" text="notes.empty" testId="notes-empty" />
    </div>
  );
}
