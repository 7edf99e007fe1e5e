import './browser.css';

/** What a browser shows for an address it cannot open. The address is scenario or trainee text: plain React text only. */
export function NotFoundPage({ address, outside }: { address: string; outside?: string | undefined }) {
  if (outside !== undefined) return <OutsideSimulation address={address} outside={outside} />;
  return (
    <div className="site-browser-page site-browser-not-found">
      <svg className="site-browser-icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
        <rect x="6" y="8" width="36" height="30" rx="3" fill="none" stroke="currentColor" strokeWidth="3" />
        <path d="M6 16h36" stroke="currentColor" strokeWidth="3" />
        <path d="M18 24l12 8M30 24l-12 8" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      </svg>
      <h1 className="site-browser-title">This site can't be reached</h1>
      <p>
        <span className="site-browser-address">{address}</span> could not be found.
      </p>
      <p>
        The training simulator works offline: it only has the sites of this scenario. Check the address for typing
        mistakes, or go back and follow a link.
      </p>
    </div>
  );
}

/** A real address the court pages print, for a page this simulator deliberately does not draw. */
function OutsideSimulation({ address, outside }: { address: string; outside: string }) {
  return (
    <div className="site-browser-page site-browser-not-found">
      <h1 className="site-browser-title">Not part of this training simulator</h1>
      <p>
        <span className="site-browser-address">{address}</span> is {outside}.
      </p>
      <p>
        The training simulator works offline and does not include that page. Go back and follow the steps of your
        task.
      </p>
    </div>
  );
}
