import type { TrainerEvent } from '../../shared/model/events';
import type { Page } from '../../shared/model/pages';
import type { World } from '../../shared/model/world';

/**
 * What every simulated site page gets: the world to render and a way to
 * dispatch the trainee's actions. Pages hold no rules; the model decides.
 */
export interface SiteProps<P extends Page = Page> {
  world: World;
  page: P;
  dispatch: (event: TrainerEvent) => void;
}

/** The page variant of one kind, e.g. `PageOf<'cmecf-menu'>`. */
export type PageOf<K extends Page['kind']> = Extract<Page, { kind: K }>;
