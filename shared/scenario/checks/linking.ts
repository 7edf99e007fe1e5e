import { z } from 'zod';
import { MAIL_TEMPLATES } from '../../model/mail-templates';
import { ecfAccountLinkedTo, type World } from '../../model/world';
import { checkLine, checkSlug, defineCheck } from './kit';

function pacerAccountNamed(world: World, username: string) {
  return Object.values(world.pacerAccounts).find((candidate) => candidate.username.toLowerCase() === username.toLowerCase());
}

/** Checks over linking, the redaction notice, menus and the mailbox. */
export const LINKING_CHECKS = {
  'ecf-account-linked': defineCheck(
    { kind: z.literal('ecf-account-linked'), courtId: checkSlug, ecfLogin: checkLine(64), pacerUsername: checkLine(64) },
    (check, world) => {
      const account = pacerAccountNamed(world, check.pacerUsername);
      const linked = account ? ecfAccountLinkedTo(world, check.courtId, account.accountNumber) : null;
      return linked !== null && linked.login === check.ecfLogin;
    },
  ),
  /**
   * The court's CM/ECF link was made, and not with this PACER account (the
   * firm's shared one). It can hold only once a link exists, so doing nothing
   * does not meet it; a link cannot be undone, so linking the wrong account
   * means it is never met.
   */
  'ecf-account-not-linked-to': defineCheck(
    { kind: z.literal('ecf-account-not-linked-to'), courtId: checkSlug, pacerUsername: checkLine(64) },
    (check, world) => {
      const account = pacerAccountNamed(world, check.pacerUsername);
      const anyLink = Object.values(world.ecfAccounts).some((ecf) => ecf.courtId === check.courtId && ecf.linkedPacerAccount !== null);
      return anyLink && (!account || ecfAccountLinkedTo(world, check.courtId, account.accountNumber) === null);
    },
  ),
  'filing-menus-shown': defineCheck(
    { kind: z.literal('filing-menus-shown'), courtId: checkSlug },
    (check, world) => world.session.courtSessions[check.courtId]?.filingMenusShown === true,
  ),
  'redaction-acknowledged': defineCheck(
    { kind: z.literal('redaction-acknowledged'), courtId: checkSlug },
    (check, world) => world.session.courtSessions[check.courtId]?.redactionAcknowledged === true,
  ),
  'mail-received': defineCheck({ kind: z.literal('mail-received'), template: z.enum(MAIL_TEMPLATES) }, (check, world) =>
    world.mailbox.some((mail) => mail.template === check.template),
  ),
  'mail-read': defineCheck({ kind: z.literal('mail-read'), template: z.enum(MAIL_TEMPLATES) }, (check, world) =>
    world.mailbox.some((mail) => mail.template === check.template && mail.read),
  ),
};
