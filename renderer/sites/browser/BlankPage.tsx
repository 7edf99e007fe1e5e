import './browser.css';

/** A new tab: nothing loaded yet. It names no address, so it gives nothing away. */
export function BlankPage() {
  return (
    <div className="site-browser-page site-browser-blank">
      <h1 className="site-browser-title">New tab</h1>
      <p>Type an address in the address bar or choose a bookmark.</p>
    </div>
  );
}
