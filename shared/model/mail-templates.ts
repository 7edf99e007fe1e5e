import { COURT_SIDE_MAIL_TEMPLATES } from './cmecf/court-mail-templates';
import { CURRENTGEN_PASSWORD_MAIL_TEMPLATES } from './cmecf/currentgen-password/mail-templates';
import { ECF_MAINTENANCE_MAIL_TEMPLATES } from './cmecf/maintenance/mail-templates';
import { REINSTATEMENT_MAIL_TEMPLATES } from './cmecf/reinstatement/mail-templates';
import { CASE_FILING_MAIL_TEMPLATES } from './cmecf/case-filing/mail-templates';
import { ACCOUNT_MAIL_TEMPLATES } from './pacer/account/mail-templates';
import { ADMISSION_MAIL_TEMPLATES } from './pacer/admissions/mail-templates';
import { REGISTRATION_MAIL_TEMPLATES } from './pacer/registration/mail-templates';
import { MFA_MAIL_TEMPLATES } from './pacer/mfa/mail-templates';

/** Every kind of e-mail or postal letter the simulated offices send. */
export const MAIL_TEMPLATES = [
  'link-notice',
  ...REGISTRATION_MAIL_TEMPLATES,
  ...ACCOUNT_MAIL_TEMPLATES,
  ...ADMISSION_MAIL_TEMPLATES,
  ...COURT_SIDE_MAIL_TEMPLATES,
  ...CURRENTGEN_PASSWORD_MAIL_TEMPLATES,
  ...ECF_MAINTENANCE_MAIL_TEMPLATES,
  ...REINSTATEMENT_MAIL_TEMPLATES,
  ...CASE_FILING_MAIL_TEMPLATES,
  ...MFA_MAIL_TEMPLATES,
] as const;

export type MailTemplate = (typeof MAIL_TEMPLATES)[number];
