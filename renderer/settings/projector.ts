import type { ProjectorSize } from './settings-slice';

/** The classes on <html> that projector.css keys on; one at a time. */
const CLASS_BY_SIZE: Record<ProjectorSize, string | null> = {
  off: null,
  '150': 'projector projector--150',
  '200': 'projector projector--200',
};

/** Applies the projector size to the whole document (every screen, every site). */
export function applyProjector(size: ProjectorSize, root: HTMLElement = document.documentElement): void {
  root.classList.remove('projector', 'projector--150', 'projector--200');
  const classes = CLASS_BY_SIZE[size];
  if (classes) root.classList.add(...classes.split(' '));
}

export const PROJECTOR_LABELS: Record<ProjectorSize, string> = {
  off: 'Off (normal size)',
  '150': '150% (large)',
  '200': '200% (extra large)',
};
