import type { MouseEvent, ReactNode } from 'react';
import type { TrainerEvent } from '../../../shared/model/events';

interface SiteLinkProps {
  /** The simulated address the link leads to; the model decides which page that is. */
  address: string;
  dispatch: (event: TrainerEvent) => void;
  children: ReactNode;
  className?: string;
  /** Marks the link to the page being shown (aria-current="page"). */
  current?: boolean;
  /** Another name the link goes by (shown on hover, read as its description). */
  title?: string;
}

/**
 * A link inside a simulated site. It keeps a real `href` (so it is a link to
 * assistive technology and shows its address on hover) but never lets the
 * host browser follow it: following it is a `browser/navigated` event.
 */
export function SiteLink({ address, dispatch, children, className, current = false, title }: SiteLinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    dispatch({ type: 'browser/navigated', address, via: 'link' });
  };
  const ignore = (event: MouseEvent<HTMLAnchorElement>) => event.preventDefault();
  return (
    <a
      href={address}
      className={className}
      title={title}
      aria-current={current ? 'page' : undefined}
      onClick={follow}
      onAuxClick={ignore}
      onDragStart={ignore}
    >
      {children}
    </a>
  );
}
