import type { ScriptedAction } from '../../shared/scenario/schema';
import { WATCH_FILL_EVENT, type WatchFillDetail } from '../sites/common/watch-fill';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * In Watch, a step that posts a form shows the form filled in as the step
 * will post it, so the class sees what to type before the button is
 * highlighted. The simulated pages' forms are uncontrolled, like a real web
 * page's, so the values are written into the page as a person would type
 * them. Passwords show as the browser shows them: dots of the right length
 * (the field never holds the walkthrough's password). Screens that keep a
 * choice in their own state hear the fields too (sites/common/watch-fill.ts).
 */
export function fillStepForm(stage: HTMLElement, action: ScriptedAction | null | undefined): void {
  if (!action || action.type !== 'form/submitted') return;
  const fields = Array.from(stage.querySelectorAll<Field>('input[name], select[name], textarea[name]'));
  const named = (name: string) => fields.filter((element) => element.name === name && !element.disabled);
  for (const [name, value] of Object.entries(action.fields)) {
    for (const element of named(name)) {
      if (element instanceof HTMLInputElement && element.type === 'radio') element.checked = element.value === value;
      else if (element instanceof HTMLInputElement && element.type === 'checkbox') element.checked = true;
      else if (element instanceof HTMLInputElement && (element.type === 'file' || element.type === 'hidden')) continue;
      else element.value = value;
    }
  }
  for (const [name, password] of Object.entries(action.secrets)) {
    for (const element of named(name)) {
      if (element instanceof HTMLInputElement && element.type === 'password') element.value = '\u2022'.repeat(password.length);
    }
  }
  const detail: WatchFillDetail = { ...action.fields };
  for (const form of Array.from(stage.querySelectorAll('form'))) {
    form.dispatchEvent(new CustomEvent(WATCH_FILL_EVENT, { bubbles: true, detail }));
  }
}
