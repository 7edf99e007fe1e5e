/** The window name, so pressing "Presenter notes" again brings back the same tab instead of another. */
const PRESENTER_WINDOW = 'nextgen-trainer-presenter-notes';

/** The presenter-notes address: this page, at `#/presenter/<scenarioId>`. */
export function presenterNotesUrl(scenarioId: string, here: string = window.location.href): string {
  const url = new URL(here);
  url.hash = `/presenter/${encodeURIComponent(scenarioId)}`;
  return url.href;
}

/**
 * Opens the notes in a second tab (browser mode) or window (desktop). Not
 * `noopener`: the new tab must get a copy of this tab's sessionStorage, where
 * browser mode keeps its access token. Returns false when it was blocked.
 */
export function openPresenterNotes(scenarioId: string): boolean {
  const opened = window.open(presenterNotesUrl(scenarioId), PRESENTER_WINDOW);
  if (!opened) return false;
  opened.focus();
  return true;
}
