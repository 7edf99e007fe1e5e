import { ecfUrl, type ParsedAddress } from '../../addresses';
import { isCurrentGen } from '../../menus';
import { courtById, type Court, type World } from '../../world';
import { usableReset } from './state';

/**
 * The CurrentGen login page's "Forgot Your Password" screens. Their addresses
 * on the court's CM/ECF host are not documented publicly [I]. They exist only
 * while the court is on CurrentGen: once it is live on NextGen, passwords are
 * PACER's (seed 002, "Upgrading Your PACER Account"), and the addresses open
 * what they open today.
 */
export const CURRENTGEN_PASSWORD_PATHS = {
  forgot: '/cgi-bin/ForgotPassword.pl',
  reset: '/cgi-bin/ResetPassword.pl',
} as const;

export type CurrentGenPasswordPage =
  | { kind: 'cmecf-forgot-password'; courtId: string }
  /** The e-mailed link's page; `valid` is false once the link was used or has expired. */
  | { kind: 'cmecf-reset-password'; courtId: string; request: string; valid: boolean };

export const CURRENTGEN_PASSWORD_PAGE_KINDS = ['cmecf-forgot-password', 'cmecf-reset-password'] as const satisfies readonly CurrentGenPasswordPage['kind'][];

export function forgotPasswordUrl(court: Court): string {
  return ecfUrl(court, CURRENTGEN_PASSWORD_PATHS.forgot);
}

export function resetPasswordUrl(court: Court, request: string): string {
  return ecfUrl(court, CURRENTGEN_PASSWORD_PATHS.reset, `request=${request}`);
}

/** The court's CurrentGen login page, where the forms return. */
export function currentGenLoginUrl(court: Court): string {
  return ecfUrl(court, '/');
}

export function currentGenPasswordPageAt(world: World, courtId: string, address: ParsedAddress): CurrentGenPasswordPage | null {
  const court = courtById(world, courtId);
  if (!court || !isCurrentGen(court, world.clock)) return null;
  switch (address.path) {
    case CURRENTGEN_PASSWORD_PATHS.forgot:
      return { kind: 'cmecf-forgot-password', courtId };
    case CURRENTGEN_PASSWORD_PATHS.reset: {
      const request = address.query.get('request') ?? '';
      return { kind: 'cmecf-reset-password', courtId, request, valid: usableReset(world, courtId, request) !== null };
    }
    default:
      return null;
  }
}
