// The files of a release bundle: path, size (aligned figures) and the start of each hash, with the total.
import type { ReleaseFile } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n-context';
import { formatFileSize, sortFiles, totalSize } from '../../lib/release-summary';

/** Twelve hex digits tell files apart at a glance; the full hash is in the tooltip and the manifest. */
const SHORT_HASH = 12;

export function FileTable({ files, testId }: { files: readonly ReleaseFile[]; testId: string }) {
  const { t, lang, plural } = useI18n();
  return (
    <table className="file-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('release.file.path')}</th>
          <th scope="col" className="num">{t('release.file.size')}</th>
          <th scope="col" className="hash">{t('release.file.hash')}</th>
        </tr>
      </thead>
      <tbody>
        {sortFiles(files).map((file) => (
          <tr key={file.path} data-testid="release-file">
            <td className="path">{file.path}</td>
            <td className="num tabular">{formatFileSize(lang, file.size)}</td>
            <td className="hash" title={file.sha256}>{file.sha256.slice(0, SHORT_HASH)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td>{t('release.total')} · {plural('release.files', files.length)}</td>
          <td className="num tabular" data-testid={`${testId}-total`}>{formatFileSize(lang, totalSize(files))}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
