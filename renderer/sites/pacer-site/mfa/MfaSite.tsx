import type { MfaPage } from '../../../../shared/model/pacer/mfa/pages';
import type { SiteProps } from '../../types';
import { MfaEnrol } from './MfaEnrol';
import { MfaSettings } from './MfaSettings';
import { MfaSignOn } from './MfaSignOn';

/** The multifactor authentication screens (2025 era): the sign-on's step, enrolment, Manage MFA Settings. */
export function MfaSite({ world, page, dispatch }: SiteProps<MfaPage>) {
  switch (page.kind) {
    case 'mfa-sign-on':
      return <MfaSignOn world={world} page={page} dispatch={dispatch} />;
    case 'mfa-enrol':
      return <MfaEnrol world={world} page={page} dispatch={dispatch} />;
    case 'mfa-settings':
      return <MfaSettings world={world} page={page} dispatch={dispatch} />;
  }
}
