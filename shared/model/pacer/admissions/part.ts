import type { ModelPart } from '../../form-kit';

/** Attorney Admissions / E-File Registration and Non-Attorney E-File Registration (Manage My Account ▸ Maintenance), and the court's processing of those requests. */
export const ADMISSIONS: ModelPart = { forms: {} };
