/** Files the parent downloads are made in the browser (a Blob): nothing leaves the device. */

/** Plain UTF-8 text, exactly as in the text area. */
export const textBlob = (text: string): Blob => new Blob([text], { type: 'text/plain;charset=utf-8' });

/** Starts a download of `blob` as `name` with a temporary link. */
export function download(blob: Blob, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
