import { useEffect, useId, useRef, type ReactNode } from 'react';
import { ButtonRow, CheckboxField } from '../fields';

interface AutobillDialogProps {
  open: boolean;
  onClose: () => void;
  /** The dialog's Submit: a submit button of the surrounding form, or a button that posts the change. */
  submit: ReactNode;
}

/**
 * The "PACER Search Fees Auto Billing Acknowledgment" pop-up (seed 002):
 * a real modal dialog, so focus stays in it until it is submitted or
 * cancelled. Its checkbox is a field of the form around it.
 */
export function AutobillDialog({ open, onClose, submit }: AutobillDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    if (!open && element.open) {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="mma-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>PACER Search Fees Auto Billing Acknowledgment</h2>
      <p>
        By setting Autobill PACER fees, I authorize the PACER Service Center to charge this payment method for the PACER search fees on my
        account at the end of each quarter, until I turn Autobill off. Quarterly fees of $30 or less are waived.
      </p>
      <CheckboxField name="autobillAcknowledged" label="I acknowledge the PACER Search Fees Auto Billing terms." />
      <ButtonRow>
        {submit}
        <button type="button" className="pacer-button" onClick={onClose}>
          Cancel
        </button>
      </ButtonRow>
    </dialog>
  );
}
