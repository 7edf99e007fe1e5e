import { formatDate } from '../../../../shared/model/clock';
import { formatDollars } from '../../../../shared/model/pacer/account/payments';
import { transactionQuery } from '../../../../shared/model/pacer/account/usage-forms';
import { billedThroughPaa } from '../../../../shared/model/pacer/account/offers';
import { paaMembers } from '../../../../shared/model/pacer/account/paa';
import { detailedTransactions, invoiceRows, quarterlyStatements, type InvoiceRow } from '../../../../shared/model/pacer/account/usage';
import { SimForm } from '../../common/SimForm';
import { ButtonRow, DetailRows, SelectField, SubmitButton, TextField } from '../fields';
import type { OptionProps } from './option-props';

function TransactionTable({ rows, caption }: { rows: readonly InvoiceRow[]; caption: string }) {
  const byMember = rows.some((row) => row.member !== undefined);
  return (
    <table className="mma-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {byMember ? <th scope="col">Member Account</th> : null}
          <th scope="col">Date</th>
          <th scope="col">Court</th>
          <th scope="col">Description</th>
          <th scope="col">Search Criteria</th>
          <th scope="col">Client Code</th>
          <th scope="col">Pages</th>
          <th scope="col">Cost</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={byMember ? 8 : 7}>No transactions found.</td>
          </tr>
        ) : (
          rows.map((row, index) => (
            <tr key={`${row.date}-${index}`}>
              {byMember ? <td>{row.member}</td> : null}
              <td>{formatDate(row.date)}</td>
              <td>{row.court}</td>
              <td>{row.description}</td>
              <td>{row.searchCriteria}</td>
              <td>{row.clientCode}</td>
              <td>{row.pages}</td>
              <td>{formatDollars(row.costCents)}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

/** Usage ▸ View Quarterly Invoice/Statement of Account: one statement per quarter; $30 or less a quarter is waived. */
export function QuarterlyInvoice({ world, account }: OptionProps) {
  const members = paaMembers(world, account.accountNumber);
  const statements = quarterlyStatements(invoiceRows(world, account));
  return (
    <>
      {billedThroughPaa(account) ? <p className="mma-note">This account is billed through its PACER Administrative Account; the PAA receives the invoice.</p> : null}
      {account.administrative ? (
        <p>
          Your quarterly invoice lists each member account ({members.length} member{members.length === 1 ? '' : 's'}): {members.map((member) => member.name).join(', ') || 'none yet'}.
        </p>
      ) : null}
      {statements.length === 0 ? (
        <p>No usage has been billed to this account.</p>
      ) : (
        statements.map((statement) => (
          <section key={statement.quarter} className="mma-statement" aria-label={`Statement ${statement.quarter}`}>
            <h2>Quarter {statement.quarter.replace('-Q', ', Q')}</h2>
            <DetailRows
              rows={[
                { label: 'Usage', value: formatDollars(statement.usageCents) },
                { label: 'Amount Billed', value: statement.billedCents === 0 ? '$0.00 (waived: $30 or less this quarter)' : formatDollars(statement.billedCents) },
              ]}
            />
            <TransactionTable rows={statement.transactions} caption={`Transactions, ${statement.quarter}`} />
          </section>
        ))
      )}
    </>
  );
}

/** Usage ▸ View Detailed Transactions: a date range and a sort order (date, or client code then date). */
export function DetailedTransactions({ world, account, page, dispatch }: OptionProps) {
  const query = transactionQuery(page.detail);
  const rows = query ? detailedTransactions(account.transactions ?? [], query.from, query.to, query.sort) : null;
  return (
    <>
      <SimForm form="pacer/account/usage/transactions" salt={world.salt} dispatch={dispatch} aria-label="View Detailed Transactions">
        <TextField label="From Date" name="fromDate" required maxLength={10} hint="MM/DD/YYYY" />
        <TextField label="To Date" name="toDate" required maxLength={10} hint="MM/DD/YYYY" />
        <SelectField
          label="Sort Order"
          name="sort"
          required
          defaultValue="date"
          options={[
            { value: 'date', label: 'Date' },
            { value: 'client-code', label: 'Client Code/Date' },
          ]}
        />
        <ButtonRow>
          <SubmitButton value="search" primary>
            Search
          </SubmitButton>
        </ButtonRow>
      </SimForm>
      {rows && query ? <TransactionTable rows={rows} caption={`Transactions from ${formatDate(query.from)} to ${formatDate(query.to)}`} /> : null}
    </>
  );
}
