import { FILE_SUFFIX, fileStem } from '../core';

/** A file name for a design: its name in lower-case words, safe on every system. */
export function designFileName(name: string): string {
  return `${fileStem(name)}${FILE_SUFFIX}`;
}

/** Offers text to the user as a download. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Offers a file to the user as a download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Asks the browser to keep our storage under pressure; harmless where unsupported. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
