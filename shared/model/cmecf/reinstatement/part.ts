import type { ModelPart } from '../../form-kit';

/** The attorney reinstatement filing at a district court, and the clerk's overnight update. */
export const REINSTATEMENT: ModelPart = { forms: {} };
