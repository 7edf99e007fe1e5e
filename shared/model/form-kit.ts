import type { z } from 'zod';
import type { Secret } from './credentials';
import type { PageKind } from './pages';
import type { Applied } from './transitions';
import type { World } from './world';

/**
 * What a form definition is made of. A simulated page posts its fields as
 * `form/submitted`; the form's definition decides what the real server
 * would do with them: check the fields (with the site's own error wording),
 * change the world, and move the browser to the next page.
 */

export interface FormSubmission {
  form: string;
  button: string;
  fields: Readonly<Record<string, string>>;
  secrets: Readonly<Record<string, Secret>>;
}

export interface FormDefinition {
  /** The form's heading as the page shows it, e.g. "Account Information"; the results screen names it. */
  title: string;
  /** Pages this form is on: a post from anywhere else is refused, as a stale page's form would be. */
  pages: readonly PageKind[];
  handle: (world: World, submission: FormSubmission) => Applied;
  /**
   * One sentence of what the trainee did, for the results and replay
   * screens, e.g. 'Entered validation token "482913"'. Without it:
   * 'Clicked Next on "Account Information"'. Never quote a secret.
   */
  describe?: (submission: FormSubmission, worldBefore: World) => string;
}

export type FormRegistry = Readonly<Record<string, FormDefinition>>;

/**
 * One part of the simulated systems (PACER registration, Manage My
 * Account, a court's account maintenance, …): its forms, and what its
 * office does while time passes (letters mailed, requests processed).
 */
export interface ModelPart {
  forms: FormRegistry;
  /** Called after the clock moves on by `trainee/waited`; delivers what has come due by `world.clock`. */
  afterTimePasses?: (world: World) => World;
  /**
   * Called after every event with the world before it and what it did: a
   * part whose screens hold unsaved state (Maintain Your ECF Account) drops
   * it once the trainee has left them, and may name that as the mistake.
   */
  afterEvent?: (before: World, applied: Applied) => Applied;
}

/** A field's value, trimmed; '' when the page did not post it. */
export function field(submission: FormSubmission, name: string): string {
  return Object.hasOwn(submission.fields, name) ? (submission.fields[name] ?? '').trim() : '';
}

/** A checkbox is posted as "on" (or "true"/"yes") when ticked. */
export function ticked(submission: FormSubmission, name: string): boolean {
  return ['on', 'true', 'yes', 'y'].includes(field(submission, name).toLowerCase());
}

export function secret(submission: FormSubmission, name: string): Secret | null {
  return Object.hasOwn(submission.secrets, name) ? (submission.secrets[name] ?? null) : null;
}

export type FieldCheck<T> = { ok: true; value: T } | { ok: false; message: string; field: string };

/**
 * Reads a submission's fields with a zod schema whose messages are the
 * site's own ("Email Address is required."). The first problem is what the
 * page shows, as the real forms show one error at a time at the top.
 */
export function readFields<S extends z.ZodType>(schema: S, submission: FormSubmission): FieldCheck<z.infer<S>> {
  const trimmed = Object.fromEntries(Object.entries(submission.fields).map(([name, value]) => [name, value.trim()]));
  const result = schema.safeParse(trimmed);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return { ok: false, message: issue?.message ?? 'Please correct the highlighted fields.', field: String(issue?.path[0] ?? '') };
}

/** "next" → "Next", "turn-off" → "Turn Off": the button's label as the trainee saw it. */
export function buttonLabel(button: string): string {
  return button
    .split('-')
    .map((word) => (word ? word[0]!.toUpperCase() + word.slice(1) : word))
    .join(' ');
}
