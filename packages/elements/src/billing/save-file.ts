/**
 * Saves a file the API answered (fetched with the member's token, so a plain link could not
 * download it): a blob URL on a temporary `download` link, revoked once the browser has it.
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; a minute leaves slow devices room.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
