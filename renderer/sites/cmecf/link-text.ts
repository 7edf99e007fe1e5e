/** The heading of every screen of the link flow: the Utilities entry's own wording (FIDELITY 1.9-1.10). */
export const LINK_TITLE = 'Link a CM/ECF account to my PACER account';
