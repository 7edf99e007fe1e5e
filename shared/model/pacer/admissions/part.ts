import type { ModelPart } from '../../form-kit';
import { ATTORNEY_FORMS } from './attorney-forms';
import { FEE_FORMS } from './fee-payment';
import { decideDueRequests } from './processing';
import { SUBMISSION_FORMS } from './submission';

/** Attorney Admissions / E-File Registration and Non-Attorney E-File Registration (Manage My Account ▸ Maintenance), and the court's processing of those requests. */
export const ADMISSIONS: ModelPart = {
  forms: { ...ATTORNEY_FORMS, ...SUBMISSION_FORMS, ...FEE_FORMS },
  afterTimePasses: decideDueRequests,
};
