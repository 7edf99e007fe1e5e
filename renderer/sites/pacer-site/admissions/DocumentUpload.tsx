import { useId, useRef, useState, type ChangeEvent } from 'react';
import { MAX_DOCUMENT_BYTES } from '../../../../shared/model/pacer/admissions/court-options';
import type { AdmissionDocument } from '../../../../shared/model/pacer/admissions/state';

const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

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

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * Document Upload (seed 002): "Click the Upload button, then +Browse to
 * attach the Certificates … saved and uploaded as one PDF document." The
 * file never leaves the trainee's machine: only its name, size and whether
 * it starts like a PDF are posted; the model re-checks them.
 */
export function DocumentUpload({ document }: { document: AdmissionDocument | null }) {
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [reading, setReading] = useState(false);
  const name = useRef<HTMLInputElement>(null);
  const size = useRef<HTMLInputElement>(null);
  const isPdf = useRef<HTMLInputElement>(null);
  const submitUpload = useRef<HTMLButtonElement>(null);

  const picked = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file || !name.current || !size.current || !isPdf.current) return;
    setReading(true);
    // A file that cannot be read is treated as not a PDF; the model says so.
    const pdf = await startsLikePdf(file).catch(() => false);
    setReading(false);
    name.current.value = file.name;
    size.current.value = String(file.size);
    isPdf.current.value = pdf ? 'true' : 'false';
    input.value = '';
    const button = submitUpload.current;
    button?.form?.requestSubmit(button);
  };

  return (
    <section className="adm-section" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>Document Upload</h2>
      <p>
        Attach the Certificates from Two Active, 5-Year Members of this Court’s Bar.{' '}
        <strong>The two certificates should be saved and uploaded as one PDF document.</strong> PDF only, at most{' '}
        {MAX_DOCUMENT_BYTES / (1024 * 1024)} MB.
      </p>
      <p aria-live="polite">
        {document ? (
          <>
            Attached: <strong>{document.name}</strong> ({formatSize(document.size)})
          </>
        ) : (
          'No document attached.'
        )}
        {reading ? ' Reading the file…' : ''}
      </p>
      <input ref={name} type="hidden" name="documentName" defaultValue="" />
      <input ref={size} type="hidden" name="documentSize" defaultValue="" />
      <input ref={isPdf} type="hidden" name="documentIsPdf" defaultValue="" />
      <button type="submit" name="button" value="upload" ref={submitUpload} hidden tabIndex={-1}>
        Attach the chosen file
      </button>
      <button
        type="button"
        className="adm-button adm-button--secondary"
        aria-expanded={open}
        aria-controls={`${ids}-panel`}
        onClick={() => setOpen((value) => !value)}
      >
        Upload
      </button>
      {open ? (
        <div id={`${ids}-panel`} className="adm-upload">
          <span className="adm-browse">
            <input id={`${ids}-file`} type="file" accept=".pdf,application/pdf" onChange={(event) => void picked(event)} />
            <label htmlFor={`${ids}-file`}>+Browse</label>
          </span>
          <span>or</span>
          <button type="submit" name="button" value="use-sample-pdf" className="adm-button adm-button--secondary">
            Use a sample PDF
          </button>
        </div>
      ) : null}
    </section>
  );
}
