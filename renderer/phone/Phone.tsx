import { useId, useState, type FormEvent } from 'react';
import type { TrainerEvent } from '../../shared/model/events';
import { formatDate } from '../../shared/model/clock';
import { phoneEntries, phoneLost, phoneState, shownCode } from '../../shared/model/phone/state';
import type { World } from '../../shared/model/world';
import './phone.css';
import { SidePanel, useSidePanelToggle, type SidePanelToggle } from '../play/SidePanel';

/**
 * The trainee's simulated phone, one click away like the Mailbox (2025-era
 * scenarios only). Its authenticator app takes a setup key — scanned from
 * the QR code the enrolment screen shows, or typed — and shows each
 * entry's 6-digit code and the seconds left, from the simulated clock: the
 * code changes only as simulated time moves. Messages holds no codes: PACER
 * sends none by text, and opening it to wait for one is a mistake the model names.
 */

export type PhoneToggle = SidePanelToggle;
export const usePhoneToggle = useSidePanelToggle;

export function PhoneButton({ toggle }: { toggle: PhoneToggle }) {
  return (
    <button
      ref={toggle.buttonRef}
      type="button"
      className="button phone-button"
      aria-expanded={toggle.open}
      aria-controls={toggle.open ? toggle.panelId : undefined}
      onClick={toggle.toggle}
    >
      Phone
    </button>
  );
}

/** The authenticator's entries and their current codes; also what Watch shows when a step types a code. */
export function AuthenticatorCodes({ world }: { world: World }) {
  const entries = phoneEntries(world);
  if (entries.length === 0) return <p>No accounts yet. Scan a QR code or enter a setup key to add one.</p>;
  return (
    <ul className="phone__codes" aria-label="Authenticator codes">
      {entries.map((entry) => {
        const shown = shownCode(entry, world.clock);
        return (
          <li key={entry.id} className="phone__entry">
            <span className="phone__issuer">
              {entry.issuer}: {entry.accountName}
            </span>
            <output className="phone__code" aria-label={`Code for ${entry.issuer}: ${entry.accountName}`}>
              {shown?.code ?? '------'}
            </output>
            <span className="phone__left">{shown ? `Changes in ${shown.secondsLeft} s` : ''}</span>
          </li>
        );
      })}
    </ul>
  );
}

function KeyEntry({ dispatch, done }: { dispatch: (event: TrainerEvent) => void; done: () => void }) {
  const ids = useId();
  const [accountName, setAccountName] = useState('');
  const [setupKey, setSetupKey] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    dispatch({ type: 'phone/key-entered', accountName, setupKey });
    done();
  };
  return (
    <form className="phone__key-form" onSubmit={submit} aria-label="Enter a setup key">
      <label htmlFor={`${ids}-name`}>Account name</label>
      <input id={`${ids}-name`} value={accountName} maxLength={64} autoComplete="off" onChange={(event) => setAccountName(event.target.value)} />
      <label htmlFor={`${ids}-key`}>Setup key</label>
      <input id={`${ids}-key`} value={setupKey} maxLength={128} autoComplete="off" spellCheck={false} onChange={(event) => setSetupKey(event.target.value)} />
      <button type="submit" className="button">
        Add
      </button>
    </form>
  );
}

export function PhonePanel({ world, dispatch, toggle }: { world: World; dispatch: (event: TrainerEvent) => void; toggle: PhoneToggle }) {
  const [view, setView] = useState<'authenticator' | 'key' | 'messages'>('authenticator');
  const lost = phoneLost(world);
  return (
    <SidePanel toggle={toggle} className="phone" title="Phone" closeLabel="Close phone">
      {lost ? (
        <p className="phone__lost">
          Your old phone was lost on {formatDate(phoneState(world).lostAt ?? world.clock)}. This is your new phone: its authenticator app
          starts empty.
        </p>
      ) : null}
      {
        <>
          <div className="phone__apps" role="group" aria-label="Apps">
            <button type="button" className="button" aria-pressed={view === 'authenticator'} onClick={() => setView('authenticator')}>
              Authenticator
            </button>
            <button
              type="button"
              className="button"
              aria-pressed={view === 'messages'}
              onClick={() => {
                setView('messages');
                dispatch({ type: 'phone/messages-opened' });
              }}
            >
              Messages
            </button>
          </div>
          {view === 'messages' ? (
            <div>
              <h3>Messages</h3>
              <p>No new messages.</p>
            </div>
          ) : (
            <div>
              <h3>Authenticator</h3>
              <AuthenticatorCodes world={world} />
              <div className="phone__actions">
                <button type="button" className="button" onClick={() => dispatch({ type: 'phone/qr-scanned' })}>
                  Scan QR code
                </button>
                <button type="button" className="button" aria-expanded={view === 'key'} onClick={() => setView(view === 'key' ? 'authenticator' : 'key')}>
                  Enter a setup key
                </button>
              </div>
              {view === 'key' ? <KeyEntry dispatch={dispatch} done={() => setView('authenticator')} /> : null}
            </div>
          )}
        </>
      }
    </SidePanel>
  );
}
