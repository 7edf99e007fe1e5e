import { describe, expect, it } from 'vitest';
import { currentPage } from '../../../../../shared/model/pages';
import { detailedTransactions, invoiceRows, quarterlyStatements, type PacerTransaction } from '../../../../../shared/model/pacer/account/usage';
import { transactionQuery } from '../../../../../shared/model/pacer/account/usage-forms';
import { ANA, GRACE, MmaDesk, PAA, SAMUEL } from './support';

const row = (date: string, clientCode: string, costCents: number): PacerTransaction => ({
  date,
  court: 'MOWDC',
  description: 'Docket Report',
  searchCriteria: '',
  clientCode,
  pages: costCents / 10,
  costCents,
});

describe('the Usage tab', () => {
  it('groups usage by quarter and waives a quarter of $30 or less', () => {
    const statements = quarterlyStatements([row('2019-04-02', 'a', 2000), row('2019-05-02', 'a', 1000), row('2019-07-02', 'b', 3100)]);
    expect(statements.map(({ quarter, usageCents, billedCents }) => ({ quarter, usageCents, billedCents }))).toEqual([
      { quarter: '2019-Q3', usageCents: 3100, billedCents: 3100 },
      { quarter: '2019-Q2', usageCents: 3000, billedCents: 0 },
    ]);
  });

  it('invoices an account its own transactions, and a PAA its members’ transactions, each row naming its member (FIDELITY 1.6)', () => {
    const { world } = MmaDesk.of('pacer-paa-firm');
    const joined = (number: string, transactions: PacerTransaction[]) => ({ ...world.pacerAccounts[number]!, paaAccountNumber: PAA.accountNumber, transactions });
    const ana = joined(ANA.accountNumber, [row('2019-04-02', 'a', 200)]);
    const samuel = joined(SAMUEL.accountNumber, [row('2019-05-02', 'b', 300)]);
    const firm = { ...world, pacerAccounts: { ...world.pacerAccounts, [ana.accountNumber]: ana, [samuel.accountNumber]: samuel } };
    expect(invoiceRows(firm, ana)).toEqual(ana.transactions);
    expect(invoiceRows(firm, firm.pacerAccounts[PAA.accountNumber]!).map(({ member, costCents }) => ({ member, costCents }))).toEqual([
      { member: `${ana.name} (${ana.accountNumber})`, costCents: 200 },
      { member: `${samuel.name} (${samuel.accountNumber})`, costCents: 300 },
    ]);
  });

  it('lists transactions in a date range, by date or by client code then date', () => {
    const rows = [row('2019-07-22', 'holt', 120), row('2019-07-08', 'zed', 30), row('2019-07-10', 'holt', 10), row('2019-06-01', 'a', 10)];
    expect(detailedTransactions(rows, '2019-07-01', '2019-07-31', 'date').map((item) => item.date)).toEqual(['2019-07-08', '2019-07-10', '2019-07-22']);
    expect(detailedTransactions(rows, '2019-07-01', '2019-07-31', 'client-code').map((item) => item.clientCode)).toEqual(['holt', 'holt', 'zed']);
  });

  it('searches by the form and shows the results at their own address', () => {
    const desk = MmaDesk.of('pacer-stored-payment');
    desk.loginAt(GRACE.username, GRACE.password);
    desk.openOption('transactions');
    expect(desk.submit('pacer/account/usage/transactions', 'search', { fromDate: '07/01/2019', toDate: '07/31/2019', sort: 'client-code' }).status).toBe('accepted');
    const page = currentPage(desk.world);
    expect(page).toMatchObject({ kind: 'mma-option', option: 'transactions' });
    expect(transactionQuery(page.kind === 'mma-option' ? page.detail : null)).toEqual({ from: '2019-07-01', to: '2019-07-31', sort: 'client-code' });
  });

  it.each([
    [{ fromDate: '', toDate: '07/31/2019', sort: 'date' }, 'From Date is required.'],
    [{ fromDate: '07/01/2019', toDate: '', sort: 'date' }, 'To Date is required.'],
    [{ fromDate: '7/1/19', toDate: '07/31/2019', sort: 'date' }, 'Enter the From Date as MM/DD/YYYY.'],
    [{ fromDate: '08/01/2019', toDate: '07/31/2019', sort: 'date' }, 'The From Date must be on or before the To Date.'],
    [{ fromDate: '07/01/2019', toDate: '12/31/2019', sort: 'date' }, 'The To Date cannot be in the future.'],
    [{ fromDate: '07/01/2019', toDate: '07/31/2019', sort: 'amount' }, 'Choose a Sort Order.'],
  ])('refuses %j', (fields, message) => {
    const desk = MmaDesk.of('pacer-stored-payment');
    desk.loginAt(GRACE.username, GRACE.password);
    desk.openOption('transactions');
    expect(desk.submit('pacer/account/usage/transactions', 'search', fields)).toEqual({ status: 'refused', mistake: null, message });
  });
});
