/** The heading of every screen of the link flow: the Utilities entry's own wording (FIDELITY 1.9-1.10). */
export const LINK_TITLE = 'Link a CM/ECF account to my PACER account';

/** The appellate courts' wording, on their landing page (seed 004; FIDELITY 1.11). */
export const APPELLATE_LINK_TITLE = 'Link my filer account to my PACER account';
