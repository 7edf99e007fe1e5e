import { useId, useState, type FormEvent } from 'react';
import { SiteNotice } from '../common/SiteNotice';
import { Unavailable } from '../common/Unavailable';
import { useSecretField } from '../common/use-secret-field';
import type { PageOf, SiteProps } from '../types';
import { PacerLayout } from './PacerLayout';

/**
 * Central sign-on login (FIDELITY 1.7.2). The password field is uncontrolled:
 * its clear text is read once on submit, turned into a salted digest and
 * wiped from the field; it is never kept in state or passed anywhere else.
 */
export function PacerLogin({ world, dispatch }: SiteProps<PageOf<'pacer-login'>>) {
  const ids = useId();
  const [username, setUsername] = useState('');
  const [clientCode, setClientCode] = useState('');
  const password = useSecretField(world.salt);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    dispatch({ type: 'pacer/login-submitted', username, password: password.take(), clientCode });
  };

  const clear = () => {
    setUsername('');
    setClientCode('');
    password.clear();
  };

  return (
    <PacerLayout>
      <div className="site-pacer-card">
        <h1>Login</h1>
        <SiteNotice notice={world.session.notice} />
        <form className="site-pacer-form" onSubmit={submit} noValidate>
          <div className="site-pacer-field">
            <label htmlFor={`${ids}-username`}>Username</label>
            <input
              id={`${ids}-username`}
              name="loginName"
              type="text"
              autoComplete="off"
              spellCheck={false}
              maxLength={256}
              value={username}
              onChange={(event) => setUsername(event.target.value)}
            />
          </div>
          <div className="site-pacer-field">
            <label htmlFor={`${ids}-password`}>Password</label>
            <input
              id={`${ids}-password`}
              name="password"
              type="password"
              autoComplete="off"
              maxLength={256}
              ref={password.ref}
            />
          </div>
          <div className="site-pacer-field">
            <label htmlFor={`${ids}-client`}>Client Code</label>
            <input
              id={`${ids}-client`}
              name="clientCode"
              type="text"
              autoComplete="off"
              spellCheck={false}
              maxLength={32}
              aria-describedby={`${ids}-client-hint`}
              value={clientCode}
              onChange={(event) => setClientCode(event.target.value)}
            />
            <span id={`${ids}-client-hint`} className="site-pacer-field-hint">
              Optional
            </span>
          </div>
          <div className="site-pacer-buttons">
            <button type="submit" className="site-pacer-primary">
              Login
            </button>
            <button type="button" onClick={clear}>
              Clear
            </button>
          </div>
        </form>
        <p className="site-pacer-help">
          <Unavailable hint="outside this scenario">Forgot Your Password?</Unavailable>
          <Unavailable hint="outside this scenario">Forgot Username?</Unavailable>
        </p>
        <p className="site-practice-note">
          Training simulator: use the practice credentials from your briefing. Never type a real PACER password here.
        </p>
      </div>
    </PacerLayout>
  );
}
