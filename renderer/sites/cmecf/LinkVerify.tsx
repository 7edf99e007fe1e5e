import { useEffect, useId, useState } from 'react';
import { linkWarning } from '../../../shared/model/cmecf/link-core';
import { signedInAccount, type Court, type EcfAccount, type PacerAccount } from '../../../shared/model/world';
import type { PageOf, SiteProps } from '../types';
import { LINK_TITLE } from './link-text';

/** What seed 000 step 7 tells the filer to check before clicking Submit. */
function Caution({ pacer, ecf }: { pacer: PacerAccount; ecf: EcfAccount }) {
  const warning = linkWarning(pacer, ecf);
  if (warning === 'firm-name') {
    return (
      <div role="alert" className="site-cmecf-warning">
        The PACER account name, {pacer.name}, is a firm name. Each filer needs an individual PACER account: do not link a
        firm’s shared account. Get your own individual PACER account, then link it.
      </div>
    );
  }
  if (warning === 'names-differ') {
    return (
      <div role="alert" className="site-cmecf-warning">
        The PACER name and the CM/ECF name do not match. Link only if both accounts are yours.
      </div>
    );
  }
  return null;
}

/** Link screen B: both accounts side by side, then Submit or Cancel (FIDELITY 1.10). */
export function LinkVerify({ world, page, court, dispatch }: SiteProps<PageOf<'cmecf-link-verify'>> & { court: Court }) {
  const ids = useId();
  // One click sends one link request: a double click must not submit twice. The button comes back
  // once the court has answered (the world moves on), e.g. after a failed link the trainee may retry.
  const [sent, setSent] = useState(false);
  useEffect(() => setSent(false), [world.clock]);
  const pacer = signedInAccount(world);
  const ecf = world.ecfAccounts[page.ecfAccountId];
  if (!pacer || !ecf) {
    return (
      <div className="site-cmecf-link">
        <h1>{LINK_TITLE}</h1>
        <p>This link request is no longer available. Start again from the Utilities menu.</p>
      </div>
    );
  }
  return (
    <div className="site-cmecf-link">
      <h1>{LINK_TITLE}</h1>
      <Caution pacer={pacer} ecf={ecf} />
      <div className="site-cmecf-accounts">
        <section className="site-cmecf-account" aria-labelledby={`${ids}-pacer`}>
          <h2 id={`${ids}-pacer`}>PACER account</h2>
          <dl>
            <dt>Name</dt>
            <dd>{pacer.name}</dd>
            <dt>Username</dt>
            <dd>{pacer.username}</dd>
            <dt>Account number</dt>
            <dd>{pacer.accountNumber}</dd>
          </dl>
        </section>
        <section className="site-cmecf-account" aria-labelledby={`${ids}-ecf`}>
          <h2 id={`${ids}-ecf`}>CM/ECF account</h2>
          <dl>
            <dt>Name</dt>
            <dd>{ecf.name}</dd>
            <dt>Login</dt>
            <dd>{ecf.login}</dd>
          </dl>
        </section>
      </div>
      <p className="site-cmecf-question">Do you want to link these accounts?</p>
      <p>Once you click Submit the accounts are linked, and you cannot undo the link yourself. Be sure whose accounts you are linking.</p>
      <div className="site-cmecf-buttons">
        <button
          type="button"
          aria-disabled={sent}
          onClick={() => {
            if (sent) return;
            setSent(true);
            dispatch({ type: 'cmecf/link-confirmed', courtId: court.id });
          }}
        >
          Submit
        </button>
        <button type="button" onClick={() => dispatch({ type: 'cmecf/link-cancelled', courtId: court.id })}>
          Cancel
        </button>
      </div>
    </div>
  );
}
