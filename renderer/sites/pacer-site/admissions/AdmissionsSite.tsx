import type { AdmissionPage } from '../../../../shared/model/pacer/admissions/pages';
import type { SiteProps } from '../../types';

/** Attorney Admissions / E-File Registration and Non-Attorney E-File Registration pages. */
export function AdmissionsSite({ page }: SiteProps<AdmissionPage>) {
  // No pages yet: a switch over page.kind goes here as they are added.
  return page satisfies never;
}
