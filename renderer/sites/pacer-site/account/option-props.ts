import type { TrainerEvent } from '../../../../shared/model/events';
import type { PacerAccount, World } from '../../../../shared/model/world';
import type { PageOf } from '../../types';

/** What every Manage My Account option screen gets. */
export interface OptionProps {
  world: World;
  account: PacerAccount;
  page: PageOf<'mma-option'>;
  dispatch: (event: TrainerEvent) => void;
}
