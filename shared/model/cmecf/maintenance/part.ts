import type { ModelPart } from '../../form-kit';

/** Maintain Your ECF Account (Utilities ▸ Your Account): Email Information, More User Information, filing agents. */
export const ECF_MAINTENANCE: ModelPart = { forms: {} };
