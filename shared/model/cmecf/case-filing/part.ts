import type { ModelPart } from '../../form-kit';
import { CASE_FILING_FORMS } from './forms';

/** Filing a document in a civil case at a district court, by an attorney or by a filing agent in the principal's name. */
export const CASE_FILING: ModelPart = { forms: CASE_FILING_FORMS };
