import type { EcfMaintenancePage } from '../../../../shared/model/cmecf/maintenance/pages';
import type { SiteProps } from '../../types';

/** Maintain Your ECF Account pages (drawn inside the court's CM/ECF layout). */
export function EcfMaintenanceSite({ page }: SiteProps<EcfMaintenancePage>) {
  // No pages yet: a switch over page.kind goes here as they are added.
  return page satisfies never;
}
