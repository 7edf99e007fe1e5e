import { useRef, useState, type KeyboardEvent } from 'react';
import type { MenuName, TrainerEvent } from '../../../shared/model/events';
import { menuBar } from '../../../shared/model/menus';
import type { Court, World } from '../../../shared/model/world';

const LOG_OUT = 'Log Out';
type BarItem = MenuName | typeof LOG_OUT;

/** Menus the real bar draws with a small down-arrow (they cascade on hover there). */
const CASCADING: ReadonlySet<BarItem> = new Set<BarItem>(['Bankruptcy', 'Adversary', 'Civil', 'Criminal', 'Filing', 'Reports', 'Utilities']);

interface CmecfMenuBarProps {
  world: World;
  court: Court;
  /** The menu whose page is shown, if any. */
  current: MenuName | null;
  dispatch: (event: TrainerEvent) => void;
}

/**
 * The CM/ECF top menu bar (FIDELITY 1.8): the menus `menuBar` gives for the
 * user's state, then Log Out. One tab stop (roving tabindex); Left/Right move
 * along the bar, Home/End jump; Enter, Space or a click opens the menu page.
 * The accelerator letter is underlined by CSS only, so names stay plain words.
 */
export function CmecfMenuBar({ world, court, current, dispatch }: CmecfMenuBarProps) {
  const items: BarItem[] = [...menuBar(world, court.id), LOG_OUT];
  const [focused, setFocused] = useState<BarItem | null>(null);
  const buttons = useRef(new Map<BarItem, HTMLButtonElement>());

  const fallback = current !== null && items.includes(current) ? current : items[0];
  const tabStop = focused !== null && items.includes(focused) ? focused : fallback;

  const moveTo = (index: number) => {
    const item = items[(index + items.length) % items.length];
    if (item === undefined) return;
    setFocused(item);
    buttons.current.get(item)?.focus();
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLButtonElement>) => {
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: items.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  const open = (item: BarItem) => {
    if (item === LOG_OUT) dispatch({ type: 'cmecf/logged-out', courtId: court.id });
    else dispatch({ type: 'cmecf/menu-opened', courtId: court.id, menu: item });
  };

  return (
    <ul role="menubar" aria-label="CM/ECF menu" className="site-cmecf-menubar">
      {items.map((item, index) => (
        <li role="none" key={item}>
          <button
            type="button"
            role="menuitem"
            className="site-cmecf-menuitem"
            tabIndex={item === tabStop ? 0 : -1}
            aria-current={item === current ? 'page' : undefined}
            ref={(element) => {
              if (element) buttons.current.set(item, element);
              else buttons.current.delete(item);
            }}
            onFocus={() => setFocused(item)}
            onKeyDown={onKeyDown(index)}
            onClick={() => open(item)}
          >
            <span className="site-cmecf-accel">{item}</span>
            {CASCADING.has(item) ? (
              <span className="site-cmecf-caret" aria-hidden="true">
                ▾
              </span>
            ) : null}
          </button>
        </li>
      ))}
    </ul>
  );
}
