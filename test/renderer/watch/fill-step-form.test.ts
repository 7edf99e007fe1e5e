import { describe, expect, test } from 'vitest';
import { WATCH_FILL_EVENT } from '../../../renderer/sites/common/watch-fill';
import { fillStepForm } from '../../../renderer/watch/fill-step-form';

function stage(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `
    <form>
      <input name="username" />
      <input name="password" type="password" />
      <select name="state"><option value="">Select</option><option value="MO">Missouri</option></select>
      <input name="policy" type="checkbox" />
      <input name="card" type="radio" value="yes" /><input name="card" type="radio" value="no" />
      <input name="untouched" value="as it was" />
    </form>`;
  return root;
}

describe('Watch shows a step\u2019s form filled in as the step posts it', () => {
  test('text, choices and boxes take the step\u2019s values; the password shows as dots of its length', () => {
    const root = stage();
    fillStepForm(root, {
      type: 'form/submitted',
      form: 'pacer/register/security',
      button: 'next',
      fields: { username: 'kharlan.law', state: 'MO', policy: 'on', card: 'no' },
      secrets: { password: 'Union*Station88' },
    });
    const value = (name: string) => (root.querySelector(`[name="${name}"]`) as HTMLInputElement).value;
    expect(value('username')).toBe('kharlan.law');
    expect(value('state')).toBe('MO');
    expect(value('password')).toBe('\u2022'.repeat('Union*Station88'.length));
    expect(value('untouched')).toBe('as it was');
    expect((root.querySelector('[name="policy"]') as HTMLInputElement).checked).toBe(true);
    expect((root.querySelector('[name="card"][value="no"]') as HTMLInputElement).checked).toBe(true);
    expect((root.querySelector('[name="card"][value="yes"]') as HTMLInputElement).checked).toBe(false);
  });

  test('a step that posts no form leaves the page as it is', () => {
    const root = stage();
    fillStepForm(root, { type: 'browser/reloaded' });
    fillStepForm(root, null);
    expect((root.querySelector('[name="username"]') as HTMLInputElement).value).toBe('');
  });

  test('every form on the page also hears the step’s fields, for choices a screen keeps in its own state', () => {
    const root = stage();
    const heard: unknown[] = [];
    root.addEventListener(WATCH_FILL_EVENT, (event) => heard.push((event as CustomEvent).detail));
    fillStepForm(root, { type: 'form/submitted', form: 'cmecf/case-filing/event', button: 'next', fields: { event: 'status-report' }, secrets: {} });
    expect(heard).toEqual([{ event: 'status-report' }]);
    fillStepForm(root, { type: 'browser/reloaded' });
    expect(heard).toHaveLength(1);
  });
});
