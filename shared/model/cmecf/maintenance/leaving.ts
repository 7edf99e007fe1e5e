import { currentPage } from '../../pages';
import type { Applied } from '../../transitions';
import type { World } from '../../world';
import { signedInEcfAccount } from './filing-agents';
import { DRAFT_PAGE_KINDS } from './pages';
import { hasUnsavedChanges, maintenanceState, withMaintenanceState, withoutDraft } from './state';

function onDraftPage(world: World, courtId: string): boolean {
  const page = currentPage(world);
  return (DRAFT_PAGE_KINDS as readonly string[]).includes(page.kind) && 'courtId' in page && page.courtId === courtId;
}

/**
 * After every event: a draft whose screens the trainee has left is lost, as
 * the real account screen's unsaved changes are. Losing real changes is the
 * named mistake, attached to the move that left (only if that move made
 * none of its own). A filing agent's choice of principal lasts as long as
 * their sign-on.
 */
export function settleAfterEvent(before: World, applied: Applied): Applied {
  const state = applied.world.ecfMaintenance;
  if (!state) return applied;
  let world = applied.world;
  let lostChanges = false;
  for (const courtId of Object.keys(state.drafts)) {
    const draft = state.drafts[courtId];
    const owner = signedInEcfAccount(world, courtId);
    if (onDraftPage(world, courtId) && owner?.id === draft?.ecfAccountId) continue;
    lostChanges ||= hasUnsavedChanges(world, courtId);
    world = withoutDraft(world, courtId);
  }
  const signedIn = world.session.signedInAccount;
  if (signedIn !== before.session.signedInAccount || signedIn === null) {
    const stale = Object.keys(maintenanceState(world).actingFor);
    if (stale.length > 0) world = withMaintenanceState(world, { actingFor: {} });
  }
  if (world === applied.world) return applied;
  const { outcome } = applied;
  const mistake = lostChanges && outcome.status === 'accepted' && outcome.mistake === null ? 'ecf-account-changes-not-submitted' : null;
  return { world, outcome: mistake ? { ...outcome, mistake } : outcome };
}
