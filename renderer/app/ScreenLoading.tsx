/**
 * Shown while a screen's code is still loading (each screen after the
 * scenario list loads when it is first opened). A status, so a screen reader
 * hears it; it names no screen, so nothing mistakes it for the screen itself.
 */
export function ScreenLoading() {
  return (
    <p className="loading" role="status">
      Loading…
    </p>
  );
}
