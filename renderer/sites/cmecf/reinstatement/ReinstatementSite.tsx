import type { ReinstatementPage } from '../../../../shared/model/cmecf/reinstatement/pages';
import type { SiteProps } from '../../types';

/** The attorney reinstatement filing pages (drawn inside the court's CM/ECF layout). */
export function ReinstatementSite({ page }: SiteProps<ReinstatementPage>) {
  // No pages yet: a switch over page.kind goes here as they are added.
  return page satisfies never;
}
