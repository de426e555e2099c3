// Saves text (an exported chapter file, XLIFF, TMX) through the browser's download: Chromium and
// Electron both honour <a download> on a blob URL, so no file dialog call is needed.

export function downloadText(exported: { fileName: string; mime: string; text: string }): void {
  const url = URL.createObjectURL(new Blob([exported.text], { type: exported.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = exported.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the download reads the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
