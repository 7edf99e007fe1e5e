import type { ParsedAddress } from '../../addresses';
import type { World } from '../../world';

/** Pages of the attorney reinstatement filing: event selection, the Next screens, the fee hand-off, the Notice of Electronic Filing. */
export type ReinstatementPage = never;

/** Every kind of ReinstatementPage, so the site view can tell these pages apart. */
export const REINSTATEMENT_PAGE_KINDS = [] as const satisfies readonly ReinstatementPage['kind'][];

export function reinstatementPageAt(_world: World, _courtId: string, _address: ParsedAddress): ReinstatementPage | null {
  return null;
}
