import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderRoute, walkthroughEvents } from '../support/render-app';
import { definitionFor } from '../support/queries';
import { InMemoryBackend } from '../support/in-memory-backend';

const SCENARIO = 'cmecf-link-bankruptcy';

async function issuedCode(backend: InMemoryBackend): Promise<string> {
  const attempt = backend.seedAttempt(SCENARIO, 'assess', walkthroughEvents(backend, SCENARIO));
  await backend.call('attempts.finish', { attemptId: attempt.id, reason: 'completed' });
  const issued = await backend.call('certificates.issue', { attemptId: attempt.id });
  if (!issued.ok) throw new Error(issued.error.message);
  return (issued.value as { code: string }).code;
}

describe('verify a certificate', () => {
  test('a valid code shows who passed which scenario, with what score, from which provider', async () => {
    const backend = new InMemoryBackend();
    const code = await issuedCode(backend);
    const { user } = renderRoute('/verify', backend);

    await user.type(await screen.findByLabelText('Verification code'), code.toLowerCase());
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const result = await screen.findByRole('region', { name: `Valid certificate: ${code}` });
    expect(result.parentElement).toHaveAttribute('role', 'status'); // announced as it arrives
    expect(definitionFor(result, 'Trainee')).toHaveTextContent('Guest');
    expect(definitionFor(result, 'Scenario')).toHaveTextContent(/Link your CM\/ECF account/);
    expect(definitionFor(result, 'Score')).toHaveTextContent('100 / 100');
    expect(definitionFor(result, 'Provider')).toHaveTextContent('NextGen Trainer');
    expect(backend.callsTo('certificates.verify')).toEqual([{ code: code.toLowerCase() }]);
  });

  test('a tampered code is reported as not valid, with the reason', async () => {
    const backend = new InMemoryBackend();
    const code = await issuedCode(backend);
    const tampered = `${code.slice(0, -1)}${code.endsWith('2') ? '3' : '2'}`;
    const { user } = renderRoute('/verify', backend);

    await user.type(await screen.findByLabelText('Verification code'), tampered);
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`Not valid: ${tampered}`);
    expect(alert).toHaveTextContent('No passed assessment recorded by this trainer matches this code.');
  });

  test('an empty field asks for the code instead of asking the backend', async () => {
    const backend = new InMemoryBackend();
    const { user } = renderRoute('/verify', backend);

    await user.click(await screen.findByRole('button', { name: 'Verify' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the verification code printed on the certificate.');
    expect(backend.callsTo('certificates.verify')).toEqual([]);
  });
});
