import type { MouseEvent, ReactNode } from 'react';
import type { TrainerEvent } from '../../../../shared/model/events';

interface CommandLinkProps {
  /** The form the link posts, e.g. "pacer/account/payments/fee-type". */
  form: string;
  button: string;
  fields: Record<string, string>;
  dispatch: (event: TrainerEvent) => void;
  children: ReactNode;
  /** When the link needs a further step first (an acknowledgment pop-up), it calls this instead of posting. */
  onActivate?: () => void;
  'aria-label'?: string;
}

/**
 * A link that posts a form, like the JSF command links of the PACER Service
 * Center pages ("Set e-filing fees default", "Turn Off"): a link to the
 * user and to assistive technology, a form post to the site.
 */
export function CommandLink({ form, button, fields, dispatch, children, onActivate, ...labelling }: CommandLinkProps) {
  const activate = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    if (onActivate) onActivate();
    else dispatch({ type: 'form/submitted', form, button, fields, secrets: {} });
  };
  return (
    <a href="#" className="mma-command" onClick={activate} {...labelling}>
      {children}
    </a>
  );
}
