import { formatDate } from '../../../../shared/model/clock';
import { requestsFor } from '../../../../shared/model/pacer/account/paa';
import type { PaaInvitation } from '../../../../shared/model/pacer/account/state';
import { SimForm } from '../../common/SimForm';
import type { PageOf, SiteProps } from '../../types';
import { MmaFrame } from './MmaFrame';

const STATUS: Record<PaaInvitation['status'], string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  declined: 'Declined',
  rescinded: 'Rescinded by the PAA',
  removed: 'Removed',
};

/** View All My Requests (FIDELITY 1.3): PAA requests to this account, each pending one with Accept and Decline. */
export function Requests({ world, page, dispatch }: SiteProps<PageOf<'mma-requests'>>) {
  const account = world.pacerAccounts[page.accountNumber];
  if (!account) return null;
  const requests = requestsFor(world, account.accountNumber);
  return (
    <MmaFrame world={world} dispatch={dispatch} title="View All My Requests" account={account}>
      <section className="pacer-site__panel">
        <table className="mma-table">
          <caption>Requests about your PACER account</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Request</th>
              <th scope="col">From</th>
              <th scope="col">Remark</th>
              <th scope="col">Status</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {requests.length === 0 ? (
              <tr>
                <td colSpan={6}>You have no requests.</td>
              </tr>
            ) : (
              requests.map((request) => {
                const paa = world.pacerAccounts[request.paaAccountNumber];
                const from = paa ? `${paa.firm ?? paa.name} (PAA ${paa.accountNumber})` : request.paaAccountNumber;
                return (
                  <tr key={request.id}>
                    <td>{formatDate(request.sentAt)}</td>
                    <td>Add my account to a PACER Administrative Account</td>
                    <td>{from}</td>
                    <td>{request.remark}</td>
                    <td>{STATUS[request.status]}</td>
                    <td>
                      {request.status === 'pending' ? (
                        <SimForm form="pacer/account/requests/answer" salt={world.salt} dispatch={dispatch} aria-label={`Request from ${from}`} className="mma-inline-form">
                          <input type="hidden" name="requestId" value={request.id} />
                          <button type="submit" name="button" value="accept" className="mma-primary">
                            Accept
                          </button>
                          <button type="submit" name="button" value="decline">
                            Decline
                          </button>
                        </SimForm>
                      ) : null}
                    </td>
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </section>
    </MmaFrame>
  );
}
