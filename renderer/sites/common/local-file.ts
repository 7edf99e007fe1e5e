const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/**
 * Files a trainee attaches never leave their machine: the screens read the
 * first bytes locally and post only the name, the size and whether it
 * starts like a PDF; the model checks those.
 */

/** Whether the file starts with the "%PDF-" bytes every PDF begins with. */
export async function startsLikePdf(file: Blob): Promise<boolean> {
  const head = await readHead(file, PDF_SIGNATURE.length);
  return PDF_SIGNATURE.every((byte, index) => head[index] === byte);
}

/** The first bytes of a file, read locally (FileReader: every browser engine has it). */
function readHead(file: Blob, bytes: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result instanceof ArrayBuffer ? reader.result : new ArrayBuffer(0)));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file.slice(0, bytes));
  });
}

/** "48 KB", "1.2 MB" */
export function formatFileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
