import type { ObjectiveCheck } from '../scenario/schema';
import { ecfAccountLinkedTo, type World } from '../model/world';

/** Whether an objective's check holds in a world. Objectives are met once they hold at any point. */
export function checkHolds(check: ObjectiveCheck, world: World): boolean {
  switch (check.kind) {
    case 'ecf-account-linked': {
      const account = Object.values(world.pacerAccounts).find(
        (candidate) => candidate.username.toLowerCase() === check.pacerUsername.toLowerCase(),
      );
      const linked = account ? ecfAccountLinkedTo(world, check.courtId, account.accountNumber) : null;
      return linked !== null && linked.login === check.ecfLogin;
    }
    case 'ecf-account-not-linked-to': {
      const account = Object.values(world.pacerAccounts).find(
        (candidate) => candidate.username.toLowerCase() === check.pacerUsername.toLowerCase(),
      );
      const anyLink = Object.values(world.ecfAccounts).some(
        (ecf) => ecf.courtId === check.courtId && ecf.linkedPacerAccount !== null,
      );
      return anyLink && (!account || ecfAccountLinkedTo(world, check.courtId, account.accountNumber) === null);
    }
    case 'filing-menus-shown':
      return world.session.courtSessions[check.courtId]?.filingMenusShown === true;
    case 'redaction-acknowledged':
      return world.session.courtSessions[check.courtId]?.redactionAcknowledged === true;
    case 'mail-received':
      return world.mailbox.some((mail) => mail.template === check.template);
    case 'mail-read':
      return world.mailbox.some((mail) => mail.template === check.template && mail.read);
  }
}
