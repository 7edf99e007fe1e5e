import type { EventOf, TrainerEvent } from './events';
import { describeSubmission } from './forms';
import { apply } from './reducer';
import { courtById, signedInAccount, type World } from './world';

/**
 * One sentence, in the court's words, of what the trainee did: the results
 * screen shows it beside each mistake and the replay beside each step.
 * Passwords are never written out (events carry only their digests, and
 * only the usernames and logins the trainee typed are named).
 */

/** Longest typed text quoted back: an address bar holds up to 2048 characters. */
const QUOTE_LIMIT = 120;

function quote(typed: string): string {
  const text = typed.trim();
  return `"${text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text}"`;
}

/** "the Eastern District of Missouri" court, or the id as the event named it. */
function courtName(world: World, courtId: string): string {
  return courtById(world, courtId)?.district ?? courtId;
}

export function describeEvent(event: TrainerEvent, worldBefore: World): string {
  switch (event.type) {
    case 'attempt/started':
      return `Started the ${event.mode === 'assess' ? 'assessment' : event.mode === 'watch' ? 'walkthrough' : 'practice attempt'}`;
    case 'browser/navigated':
      return describeNavigation(event);
    case 'browser/went-back':
      return 'Clicked Back in the browser';
    case 'browser/went-forward':
      return 'Clicked Forward in the browser';
    case 'browser/reloaded':
      return 'Reloaded the page';
    case 'pacer/login-submitted': {
      // The trainee typed a username and clicked Login; whether PACER let them in is part of what they did.
      const accepted = apply(worldBefore, event).outcome.status === 'accepted';
      const clientCode = event.clientCode.trim() ? ` with client code ${quote(event.clientCode)}` : '';
      return accepted
        ? `Logged in to PACER as ${quote(event.username)}${clientCode}`
        : `Tried to log in to PACER as ${quote(event.username)}${clientCode}`;
    }
    case 'cmecf/redaction-acknowledged':
      return 'Checked the box on the redaction notice and clicked Continue';
    case 'cmecf/menu-opened':
      return `Opened the ${event.menu} menu`;
    case 'cmecf/link-credentials-submitted':
      return `Submitted CM/ECF login ${quote(event.login)} on the link screen`;
    case 'cmecf/link-confirmed': {
      const pending = worldBefore.session.pendingLink;
      const ecf = pending ? worldBefore.ecfAccounts[pending.ecfAccountId] : undefined;
      const pacer = signedInAccount(worldBefore);
      if (!ecf || !pacer) return 'Clicked Submit to link the accounts';
      return `Clicked Submit to link PACER account ${quote(pacer.username)} (${pacer.name}) to CM/ECF login ${quote(ecf.login)} (${ecf.name})`;
    }
    case 'cmecf/link-cancelled':
      return 'Cancelled the link on the confirmation screen';
    case 'cmecf/logged-out':
      return `Logged out of CM/ECF at the ${courtName(worldBefore, event.courtId)}`;
    case 'mail/opened': {
      const mail = worldBefore.mailbox.find((item) => item.id === event.mailId);
      if (!mail) return 'Tried to open a message that is not in the mailbox';
      return `Opened the ${mail.kind === 'letter' ? 'letter' : 'e-mail'} ${quote(mail.subject)}`;
    }
    case 'trainee/hint-requested':
      return 'Asked for a hint';
    case 'form/submitted':
      return describeSubmission(event, worldBefore);
    case 'trainee/waited':
      return `Waited ${event.businessDays} business day${event.businessDays === 1 ? '' : 's'}`;
    case 'phone/qr-scanned':
      return 'Scanned the QR code with the authenticator app on the phone';
    case 'phone/key-entered':
      return `Typed a setup key into the authenticator app for ${quote(event.accountName)}`;
    case 'phone/messages-opened':
      return 'Opened Messages on the phone';
  }
}

function describeNavigation(event: EventOf<'browser/navigated'>): string {
  switch (event.via) {
    case 'address-bar':
      return `Typed ${quote(event.address)} in the address bar`;
    case 'link':
      return `Followed the link to ${quote(event.address).slice(1, -1)}`;
    case 'bookmark':
      return `Opened the bookmark for ${quote(event.address).slice(1, -1)}`;
  }
}
