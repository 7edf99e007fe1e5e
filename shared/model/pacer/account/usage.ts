import type { PacerAccount, World } from '../../world';
import { paaMembers } from './paa';
import { accountState } from './state';

/**
 * The Usage tab (FIDELITY 1.3): quarterly invoices and detailed
 * transactions over the billable searches a scenario gives an account.
 * PACER charges $0.10 a page, at most $3.00 a document, and waives a
 * quarter's fees of $30 or less (FIDELITY 1.2).
 */

export interface PacerTransaction {
  /** YYYY-MM-DD */
  date: string;
  court: string;
  description: string;
  searchCriteria: string;
  clientCode: string;
  pages: number;
  /** Cost in cents. */
  costCents: number;
}

export const QUARTERLY_WAIVER_CENTS = 3000;

/** "2018-Q2" for a date. */
export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

export interface QuarterStatement<T extends PacerTransaction = PacerTransaction> {
  quarter: string;
  transactions: T[];
  usageCents: number;
  /** What is billed: nothing when the quarter's usage is $30 or less. */
  billedCents: number;
}

/** One statement per quarter that has usage, latest first. */
export function quarterlyStatements<T extends PacerTransaction>(transactions: readonly T[]): QuarterStatement<T>[] {
  const byQuarter = new Map<string, T[]>();
  for (const transaction of transactions) {
    const quarter = quarterOf(transaction.date);
    byQuarter.set(quarter, [...(byQuarter.get(quarter) ?? []), transaction]);
  }
  return [...byQuarter.entries()]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([quarter, items]) => {
      const usageCents = items.reduce((sum, item) => sum + item.costCents, 0);
      return { quarter, transactions: items, usageCents, billedCents: usageCents > QUARTERLY_WAIVER_CENTS ? usageCents : 0 };
    });
}

/** What the account owes: billed quarters less one-time payments made. */
export function balanceDueCents(world: World, accountNumber: string): number {
  const account = world.pacerAccounts[accountNumber];
  if (!account) return 0;
  const billed = quarterlyStatements(account.transactions ?? []).reduce((sum, statement) => sum + statement.billedCents, 0);
  const paid = accountState(world)
    .payments.filter((payment) => payment.accountNumber === accountNumber)
    .reduce((sum, payment) => sum + payment.amountCents, 0);
  return Math.max(0, billed - paid);
}

/** A transaction on a quarterly invoice, with the member account it belongs to on a PAA's group invoice. */
export type InvoiceRow = PacerTransaction & { member?: string };

/** The transactions a quarterly invoice lists: a PAA gets one invoice for the group, itemized by member account (FIDELITY 1.6). */
export function invoiceRows(world: World, account: PacerAccount): InvoiceRow[] {
  if (!account.administrative) return account.transactions ?? [];
  return paaMembers(world, account.accountNumber).flatMap((member) =>
    (member.transactions ?? []).map((row) => ({ ...row, member: `${member.name} (${member.accountNumber})` })),
  );
}

export type TransactionSort = 'date' | 'client-code';

/** View Detailed Transactions: the rows between two dates, by date or by client code then date. */
export function detailedTransactions(
  transactions: readonly PacerTransaction[],
  from: string,
  to: string,
  sort: TransactionSort,
): PacerTransaction[] {
  const rows = transactions.filter((row) => row.date >= from && row.date <= to);
  return [...rows].sort((a, b) => {
    if (sort === 'client-code' && a.clientCode !== b.clientCode) return a.clientCode < b.clientCode ? -1 : 1;
    return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
  });
}
