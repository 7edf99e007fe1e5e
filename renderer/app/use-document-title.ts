import { useEffect } from 'react';

const APP = 'NextGen Trainer';

/** Names the window after the screen, so a screen reader and the task bar say where the trainee is. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} — ${APP}` : APP;
  }, [title]);
}
