/**
 * Finds the control a walkthrough step names ("button Login", "menuitem
 * Utilities") the way a person or a screen reader would: by its role and its
 * accessible name. A small subset of WAI-ARIA's role and name computation,
 * enough for the simulated sites' own markup.
 */

export type TargetRole = 'link' | 'button' | 'textbox' | 'checkbox' | 'radio' | 'menuitem' | 'combobox' | 'tab' | 'heading';

const TEXTBOX_INPUT_TYPES = new Set(['', 'text', 'email', 'password', 'search', 'tel', 'url']);
const BUTTON_INPUT_TYPES = new Set(['button', 'submit', 'reset', 'image']);

/** The element's role: an explicit `role` (its first token) or the one its tag implies. */
export function roleOf(element: Element): string | null {
  const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit;
  const tag = element.tagName.toLowerCase();
  switch (tag) {
    case 'a':
    case 'area':
      return element.hasAttribute('href') ? 'link' : null;
    case 'button':
      return 'button';
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return 'heading';
    case 'textarea':
      return 'textbox';
    case 'select':
      return element.hasAttribute('multiple') || Number(element.getAttribute('size') ?? '1') > 1 ? 'listbox' : 'combobox';
    case 'input': {
      const type = (element.getAttribute('type') ?? '').toLowerCase();
      if (TEXTBOX_INPUT_TYPES.has(type)) return element.hasAttribute('list') ? 'combobox' : 'textbox';
      if (BUTTON_INPUT_TYPES.has(type)) return 'button';
      if (type === 'checkbox') return 'checkbox';
      if (type === 'radio') return 'radio';
      return null;
    }
    default:
      return null;
  }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function isHidden(element: Element): boolean {
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return true;
  return element instanceof HTMLElement && element.style.display === 'none';
}

/** Text content as a name: children's names for those that are themselves named controls, text otherwise. */
function textName(element: Element): string {
  let text = '';
  element.childNodes.forEach((node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    else if (node instanceof Element && !isHidden(node)) text += ` ${node.getAttribute('aria-label') ?? textName(node)} `;
  });
  return collapse(text);
}

function byIds(element: Element, ids: string): string {
  const doc = element.ownerDocument;
  return collapse(
    ids
      .split(/\s+/)
      .map((id) => doc.getElementById(id))
      .filter((found): found is HTMLElement => found !== null)
      .map((found) => found.getAttribute('aria-label') ?? textName(found))
      .join(' '),
  );
}

function labelName(element: Element): string {
  const parts: string[] = [];
  const id = element.getAttribute('id');
  if (id) {
    element.ownerDocument.querySelectorAll('label[for]').forEach((label) => {
      if (label.getAttribute('for') === id) parts.push(textName(label));
    });
  }
  const wrapping = element.closest('label');
  if (wrapping && !wrapping.hasAttribute('for')) parts.push(textName(wrapping));
  return collapse(parts.join(' '));
}

/** The accessible name: aria-labelledby, aria-label, a <label>, the value of a button input, else the text. */
export function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const name = byIds(element, labelledBy);
    if (name) return name;
  }
  const label = collapse(element.getAttribute('aria-label') ?? '');
  if (label) return label;
  const tag = element.tagName.toLowerCase();
  if (tag === 'input' || tag === 'textarea' || tag === 'select') {
    const fromLabel = labelName(element);
    if (fromLabel) return fromLabel;
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    if (tag === 'input' && BUTTON_INPUT_TYPES.has(type)) return collapse(element.getAttribute('value') ?? element.getAttribute('alt') ?? '');
    return collapse(element.getAttribute('title') ?? element.getAttribute('placeholder') ?? '');
  }
  return textName(element) || collapse(element.getAttribute('title') ?? '');
}

/**
 * The first element under `root` with this role whose name starts with
 * `name` (case-insensitive), preferring an exact match: a control's name can
 * grow a suffix as the world changes ("Mailbox" becomes "Mailbox (1 unread)").
 */
export function findByRoleAndName(root: ParentNode, role: string, name: string): HTMLElement | null {
  const wanted = collapse(name).toLowerCase();
  let prefixMatch: HTMLElement | null = null;
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (roleOf(element) !== role || element.closest('[aria-hidden="true"], [hidden]')) continue;
    const actual = accessibleName(element).toLowerCase();
    if (actual === wanted) return element;
    if (prefixMatch === null && actual.startsWith(wanted)) prefixMatch = element;
  }
  return prefixMatch;
}
