/** Offers bytes as a file download, as a browser does with an attachment (task pane and web app alike). */
export const saveDownload = (bytes: Uint8Array, fileName: string, type = "application/octet-stream") => {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const a = Object.assign(document.createElement("a"), { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
