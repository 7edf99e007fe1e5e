import type { TrainerEvent } from '../../shared/model/events';
import type { Scenario } from '../../shared/scenario/schema';

/** The scenario's bookmarks: one click opens the address, as a browser bookmark would. */
export function BookmarksBar({
  bookmarks,
  dispatch,
}: {
  bookmarks: Scenario['bookmarks'];
  dispatch: (event: TrainerEvent) => void;
}) {
  if (bookmarks.length === 0) return null;
  return (
    <nav className="browser__bookmarks" aria-label="Bookmarks">
      <ul>
        {bookmarks.map((bookmark) => (
          <li key={`${bookmark.label}\u0000${bookmark.address}`}>
            <button
              type="button"
              className="browser__bookmark"
              title={bookmark.address}
              onClick={() => dispatch({ type: 'browser/navigated', address: bookmark.address, via: 'bookmark' })}
            >
              {bookmark.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
