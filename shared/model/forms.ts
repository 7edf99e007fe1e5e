import { addBusinessDays } from './clock';
import type { EventOf } from './events';
import { buttonLabel, type FormRegistry, type ModelPart } from './form-kit';
import { currentPage } from './pages';
import { ACCEPTED, NOT_ON_THIS_PAGE, refused, type Applied } from './transitions';
import type { World } from './world';
import { CASE_FILING } from './cmecf/case-filing/part';
import { COURT_SIDE } from './cmecf/court-part';
import { CURRENTGEN_PASSWORD } from './cmecf/currentgen-password/part';
import { ECF_MAINTENANCE } from './cmecf/maintenance/part';
import { REINSTATEMENT } from './cmecf/reinstatement/part';
import { MANAGE_ACCOUNT } from './pacer/account/part';
import { ADMISSIONS } from './pacer/admissions/part';
import { REGISTRATION } from './pacer/registration/part';
import { MFA } from './pacer/mfa/part';

/**
 * The parts of the simulated systems that work through posted forms. A page
 * posts its fields as `form/submitted`; the form's definition decides what
 * the real server would do with them. Each part keeps its forms in its own
 * module and they meet here.
 */
export const MODEL_PARTS: readonly ModelPart[] = [REGISTRATION, MANAGE_ACCOUNT, ADMISSIONS, COURT_SIDE, CURRENTGEN_PASSWORD, ECF_MAINTENANCE, REINSTATEMENT, CASE_FILING, MFA];

export const FORMS: FormRegistry = Object.assign({}, ...MODEL_PARTS.map((part) => part.forms)) as FormRegistry;

export function submitForm(world: World, event: EventOf<'form/submitted'>): Applied {
  const definition = Object.hasOwn(FORMS, event.form) ? FORMS[event.form] : undefined;
  if (!definition || !definition.pages.includes(currentPage(world).kind)) {
    return { world, outcome: refused(NOT_ON_THIS_PAGE) };
  }
  return definition.handle(world, { form: event.form, button: event.button, fields: event.fields, secrets: event.secrets });
}

/** The world `businessDays` business days later: the clock moves to 9:00 that morning and each office catches up. */
export function letTimePass(world: World, businessDays: number): Applied {
  const later: World = { ...world, clock: addBusinessDays(world.clock, businessDays) };
  const caughtUp = MODEL_PARTS.reduce((current, part) => (part.afterTimePasses ? part.afterTimePasses(current) : current), later);
  return { world: caughtUp, outcome: ACCEPTED };
}

/** Every part's `afterEvent`, in order: what each makes of the trainee having moved on. */
export function settleAfterEvent(before: World, applied: Applied): Applied {
  return MODEL_PARTS.reduce((current, part) => (part.afterEvent ? part.afterEvent(before, current) : current), applied);
}

export function describeSubmission(event: EventOf<'form/submitted'>, worldBefore: World): string {
  const definition = Object.hasOwn(FORMS, event.form) ? FORMS[event.form] : undefined;
  if (!definition) return `Submitted a form the page does not have (${event.form})`;
  const submission = { form: event.form, button: event.button, fields: event.fields, secrets: event.secrets };
  return definition.describe?.(submission, worldBefore) ?? `Clicked ${buttonLabel(event.button)} on "${definition.title}"`;
}
