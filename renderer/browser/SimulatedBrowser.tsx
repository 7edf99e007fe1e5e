import { useEffect, useRef } from 'react';
import type { TrainerEvent } from '../../shared/model/events';
import { currentPage } from '../../shared/model/pages';
import { currentUrl, type World } from '../../shared/model/world';
import type { Scenario } from '../../shared/scenario/schema';
import { SiteView } from '../sites/SiteView';
import { BookmarksBar } from './BookmarksBar';
import { BrowserToolbar } from './BrowserToolbar';

export interface SimulatedBrowserProps {
  world: World;
  bookmarks: Scenario['bookmarks'];
  dispatch: (event: TrainerEvent) => void;
}

/** A browser window drawn by the app: toolbar, address bar, bookmarks, and the simulated site's page. */
export function SimulatedBrowser({ world, bookmarks, dispatch }: SimulatedBrowserProps) {
  const address = currentUrl(world);
  const { history, historyIndex } = world.session;
  const visit = `${historyIndex}/${history.length}`;
  const pageRef = useRef<HTMLElement>(null);
  const firstVisit = useRef(visit);

  useEffect(() => {
    // A link that opened a new page took the focused element with it: start
    // keyboard and screen-reader users at the top of the new page instead of nowhere.
    if (visit === firstVisit.current) return;
    const focused = document.activeElement;
    if (!focused || focused === document.body || !focused.isConnected) pageRef.current?.focus();
  }, [visit]);

  return (
    <section className="browser" aria-label="Simulated web browser">
      <BrowserToolbar
        address={address}
        canGoBack={historyIndex > 0}
        canGoForward={historyIndex < history.length - 1}
        visit={visit}
        dispatch={dispatch}
      />
      <BookmarksBar bookmarks={bookmarks} dispatch={dispatch} />
      <section ref={pageRef} className="browser__page" aria-label={address ?? 'New tab'} tabIndex={-1}>
        <SiteView world={world} page={currentPage(world)} dispatch={dispatch} />
      </section>
    </section>
  );
}
