import { useId, useRef, useState, type ChangeEvent } from 'react';
import { MAX_DOCUMENT_BYTES } from '../../../../shared/model/pacer/admissions/court-options';
import type { AdmissionDocument } from '../../../../shared/model/pacer/admissions/state';
import { formatFileSize, startsLikePdf } from '../../common/local-file';

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
            Attached: <strong>{document.name}</strong> ({formatFileSize(document.size)})
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
        className="pacer-button"
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
          <button type="submit" name="button" value="use-sample-pdf" className="pacer-button">
            Use a sample PDF
          </button>
        </div>
      ) : null}
    </section>
  );
}
