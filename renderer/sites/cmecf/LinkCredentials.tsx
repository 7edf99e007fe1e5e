import { useId, useState, type FormEvent } from 'react';
import type { Court } from '../../../shared/model/world';
import { useSecretField } from '../common/use-secret-field';
import type { PageOf, SiteProps } from '../types';
import { LINK_TITLE } from './link-text';

/**
 * Link screen A: the court-issued CM/ECF login and password (seed 000, step 6).
 * As on the PACER login, the password is read once on submit, digested and wiped.
 */
export function LinkCredentials({ world, court, dispatch }: SiteProps<PageOf<'cmecf-link-credentials'>> & { court: Court }) {
  const ids = useId();
  const [login, setLogin] = useState('');
  const password = useSecretField(world.salt);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    dispatch({ type: 'cmecf/link-credentials-submitted', courtId: court.id, login, password: password.take() });
  };

  const clear = () => {
    setLogin('');
    password.clear();
  };

  return (
    <div className="site-cmecf-link">
      <h1>{LINK_TITLE}</h1>
      <p>Enter your current CM/ECF login and password for this court, then click Submit.</p>
      <form className="site-cmecf-form" onSubmit={submit} noValidate>
        <div className="site-cmecf-field">
          <label htmlFor={`${ids}-login`}>CM/ECF login</label>
          <input
            id={`${ids}-login`}
            name="login"
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={256}
            value={login}
            onChange={(event) => setLogin(event.target.value)}
          />
        </div>
        <div className="site-cmecf-field">
          <label htmlFor={`${ids}-password`}>CM/ECF password</label>
          <input id={`${ids}-password`} name="key" type="password" autoComplete="off" maxLength={256} ref={password.ref} />
        </div>
        <p className="site-cmecf-hint">The CM/ECF login and password are case-sensitive.</p>
        <div className="site-cmecf-buttons">
          <button type="submit">Submit</button>
          <button type="button" onClick={clear}>
            Clear
          </button>
        </div>
      </form>
      <p className="site-practice-note">
        Training simulator: use the practice credentials from your briefing. Never type a real password here.
      </p>
    </div>
  );
}
