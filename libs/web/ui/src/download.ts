/**
 * Offers a base64 file from the API as a download (issue 13, §5): an attachment, never shown inline.
 * The bytes become a Blob of the type the server stored (never a `data:` URL), handed to an `<a download>`
 * that is clicked and removed: the browser saves the file under its (server-normalised) name and does not
 * open it in a tab, a frame or an image. Every document and evidence file the web offers goes through here.
 */
export function downloadFile(file: { filename: string; contentType: string; contentBase64: string }) {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(
    new Blob([bytes], { type: file.contentType || 'application/octet-stream' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename || 'download';
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
