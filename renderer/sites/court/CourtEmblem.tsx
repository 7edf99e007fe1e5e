/** An original emblem drawn for this project (no real seal): a ring, a pediment and four columns. */
export function CourtEmblem() {
  return (
    <svg className="site-court-emblem" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="30" fill="#0f2c4c" stroke="#c9a227" strokeWidth="3" />
      <circle cx="32" cy="32" r="24" fill="none" stroke="#c9a227" strokeWidth="1" strokeDasharray="2 3" />
      <path d="M16 27 L32 17 L48 27 Z" fill="#f4ecd2" />
      <rect x="17" y="28" width="30" height="2.5" fill="#f4ecd2" />
      <rect x="19.5" y="31.5" width="3.5" height="12" fill="#f4ecd2" />
      <rect x="26" y="31.5" width="3.5" height="12" fill="#f4ecd2" />
      <rect x="34.5" y="31.5" width="3.5" height="12" fill="#f4ecd2" />
      <rect x="41" y="31.5" width="3.5" height="12" fill="#f4ecd2" />
      <rect x="15" y="44.5" width="34" height="3" fill="#f4ecd2" />
    </svg>
  );
}
