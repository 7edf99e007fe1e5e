import type { ParsedAddress } from '../../addresses';
import type { World } from '../../world';

/** Pages of Attorney Admissions / E-File Registration and Non-Attorney E-File Registration. */
export type AdmissionPage = never;

/** Every kind of AdmissionPage, so the site view can tell these pages apart. */
export const ADMISSION_PAGE_KINDS = [] as const satisfies readonly AdmissionPage['kind'][];

export function admissionPageAt(_world: World, _address: ParsedAddress): AdmissionPage | null {
  return null;
}
