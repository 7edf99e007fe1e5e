import type { RegistrationPage } from '../../../../shared/model/pacer/registration/pages';
import type { SiteProps } from '../../types';

/** The PACER information site and registration pages. */
export function RegistrationSite({ page }: SiteProps<RegistrationPage>) {
  // No pages yet: a switch over page.kind goes here as they are added.
  return page satisfies never;
}
