import { afterEach, describe, expect, it } from 'vitest';
import { accessibleName, findByRoleAndName, roleOf } from '../../../renderer/watch/accessible-name';

function mount(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

function first(root: HTMLElement, selector: string): Element {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('roleOf', () => {
  it('gives the roles HTML implies', () => {
    const root = mount(`
      <a id="link" href="/x">Go</a><a id="anchor">No href</a><button id="button">B</button>
      <input id="text"><input id="email" type="email"><input id="password" type="password"><input id="submit" type="submit">
      <input id="check" type="checkbox"><input id="listed" list="options"><textarea id="area"></textarea><select id="select"></select>
      <input id="hidden" type="hidden">`);
    const roles = Object.fromEntries([...root.querySelectorAll('[id]')].map((element) => [element.id, roleOf(element)]));
    expect(roles).toEqual({
      link: 'link',
      anchor: null,
      button: 'button',
      text: 'textbox',
      email: 'textbox',
      password: 'textbox',
      submit: 'button',
      check: 'checkbox',
      listed: 'combobox',
      area: 'textbox',
      select: 'combobox',
      hidden: null,
    });
  });

  it('prefers an explicit role', () => {
    const root = mount('<a href="#" role="menuitem">Utilities</a><div role="button checkbox">x</div>');
    expect(roleOf(first(root, 'a'))).toBe('menuitem');
    expect(roleOf(first(root, 'div'))).toBe('button');
  });
});

describe('accessibleName', () => {
  it('reads aria-labelledby first, then aria-label', () => {
    const root = mount('<span id="a">Case</span><span id="b">Number</span><button aria-labelledby="a b" aria-label="ignored">x</button><button aria-label=" Go  now ">x</button>');
    const [labelled, labeled] = root.querySelectorAll('button');
    expect(accessibleName(labelled!)).toBe('Case Number');
    expect(accessibleName(labeled!)).toBe('Go now');
  });

  it('names a field by its <label for>, or by the label wrapping it', () => {
    const root = mount('<label for="user">Username</label><input id="user"><label>Password <input id="pass" type="password"></label>');
    expect(accessibleName(first(root, '#user'))).toBe('Username');
    expect(accessibleName(first(root, '#pass'))).toBe('Password');
  });

  it('names a submit input by its value and a link by its text, skipping hidden parts', () => {
    const root = mount('<input type="submit" value="Login"><a href="#">E-Filing <span aria-hidden="true">›</span>(CM/ECF)</a>');
    expect(accessibleName(first(root, 'input'))).toBe('Login');
    expect(accessibleName(first(root, 'a'))).toBe('E-Filing (CM/ECF)');
  });
});

describe('findByRoleAndName', () => {
  it('finds the control by role and the start of its name, preferring an exact name', () => {
    const root = mount(`
      <button>Mailbox (1 unread)</button>
      <a href="#">Submit a request</a>
      <button>Submit request</button>
      <button>Submit</button>`);
    expect(findByRoleAndName(root, 'button', 'Mailbox')?.textContent).toBe('Mailbox (1 unread)');
    expect(findByRoleAndName(root, 'button', 'submit')?.textContent).toBe('Submit');
    expect(findByRoleAndName(root, 'link', 'Submit')?.textContent).toBe('Submit a request');
  });

  it('finds nothing for a name that is not there, a wrong role, or a hidden control', () => {
    const root = mount('<div hidden><button>Continue</button></div><a href="#">Continue</a>');
    expect(findByRoleAndName(root, 'button', 'Continue')).toBeNull();
    expect(findByRoleAndName(root, 'link', 'Cancel')).toBeNull();
    expect(findByRoleAndName(root, 'menuitem', 'Continue')).toBeNull();
  });
});
