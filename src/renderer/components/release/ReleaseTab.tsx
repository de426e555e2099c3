// The Release tab: preflight checklist, export with progress, bundle files and history (issue 5).
import type { Episode } from '../../../shared/domain/types';
import { EmptyTab } from '../episode/EmptyTab';

export function ReleaseTab(_props: { episode: Episode }) {
  return <EmptyTab title="release.title" text="release.empty" testId="release-empty" />;
}
