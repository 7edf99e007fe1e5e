import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';

/**
 * The main window's size, position and maximized state, kept in
 * `<userData>/window-state.json`. The file is validated when read: a missing,
 * corrupt or off-screen state falls back to the defaults.
 */

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;
export const MIN_SIZE = { width: 800, height: 600 } as const;
/** How much of the window must lie on a display's work area for it to be grabbable. */
const MIN_VISIBLE = 64;
const SAVE_DELAY_MS = 500;

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(100).max(100_000);

export const windowStateSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: length,
  height: length,
  isMaximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

/** What the window opens with: a saved position, or the default size centred by Electron. */
export interface InitialWindowState {
  bounds: { width: number; height: number; x?: number; y?: number };
  isMaximized: boolean;
  /** Why the saved state was not used, when it was not. */
  reset: 'missing' | 'corrupt' | 'off-screen' | null;
}

const DEFAULTS = { bounds: { ...DEFAULT_SIZE }, isMaximized: false } as const;

type ReadResult = { ok: true; state: WindowState } | { ok: false; reason: 'missing' | 'corrupt'; detail: string };

export function readWindowState(file: string): ReadResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, reason: 'missing', detail: String(error) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: `not JSON (${String(error)})` };
  }
  const parsed = windowStateSchema.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    return { ok: false, reason: 'corrupt', detail };
  }
  return { ok: true, state: parsed.data };
}

/** True when at least MIN_VISIBLE × MIN_VISIBLE pixels of the window lie on one display's work area. */
export function isOnSomeDisplay(bounds: Rectangle, displays: ReadonlyArray<{ workArea: Rectangle }>): boolean {
  return displays.some(({ workArea }) => {
    const overlapX = Math.min(bounds.x + bounds.width, workArea.x + workArea.width) - Math.max(bounds.x, workArea.x);
    const overlapY = Math.min(bounds.y + bounds.height, workArea.y + workArea.height) - Math.max(bounds.y, workArea.y);
    return overlapX >= MIN_VISIBLE && overlapY >= MIN_VISIBLE;
  });
}

export function initialWindowState(file: string, displays: ReadonlyArray<{ workArea: Rectangle }>): InitialWindowState {
  const read = readWindowState(file);
  if (!read.ok) {
    if (read.reason === 'corrupt') console.warn(`[window-state] ignoring ${file}: ${read.detail}`);
    return { ...DEFAULTS, bounds: { ...DEFAULTS.bounds }, reset: read.reason };
  }
  const { x, y, width, height, isMaximized } = read.state;
  if (!isOnSomeDisplay({ x, y, width, height }, displays)) {
    return { ...DEFAULTS, bounds: { ...DEFAULTS.bounds }, reset: 'off-screen' };
  }
  return { bounds: { x, y, width, height }, isMaximized, reset: null };
}

/** Writes the state atomically (temporary file, then rename) so a crash never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, file);
}

export function captureWindowState(win: BrowserWindow): WindowState {
  // While maximized or minimized, getBounds() is not the size to come back to.
  const bounds = win.isMaximized() || win.isMinimized() ? win.getNormalBounds() : win.getBounds();
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    isMaximized: win.isMaximized(),
  };
}

/** Saves the window's state after moves and resizes settle, and at once when it closes. */
export function trackWindowState(win: BrowserWindow, file: string, delayMs = SAVE_DELAY_MS): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (win.isDestroyed()) return;
    try {
      writeWindowState(file, captureWindowState(win));
    } catch (error) {
      console.warn(`[window-state] could not save ${file}: ${String(error)}`);
    }
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  win.on('move', saveSoon);
  win.on('resize', saveSoon);
  win.on('maximize', saveSoon);
  win.on('unmaximize', saveSoon);
  win.on('close', save);
}
