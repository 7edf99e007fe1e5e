import { z } from 'zod';
import { readFields, type FormDefinition, type FormSubmission } from '../../form-kit';
import { currentPage } from '../../pages';
import { ACCEPTED, pushAddress, type Applied } from '../../transitions';
import type { World } from '../../world';
import { notOnThisPage, readDate, refuse, signedInForm } from './common';
import { optionUrl } from './routes';

/** View Detailed Transactions: a date range and a sort order; the results are the page's address, as a search is. */

const searchSchema = z.object({
  fromDate: z.string().min(1, 'From Date is required.').max(10, 'Enter the From Date as MM/DD/YYYY.'),
  toDate: z.string().min(1, 'To Date is required.').max(10, 'Enter the To Date as MM/DD/YYYY.'),
  sort: z.enum(['date', 'client-code'], 'Choose a Sort Order.'),
});

function search(world: World, submission: FormSubmission): Applied {
  const account = signedInForm(world);
  const page = currentPage(world);
  if (!account || page.kind !== 'mma-option' || page.option !== 'transactions') return notOnThisPage(world);
  const read = readFields(searchSchema, submission);
  if (!read.ok) return refuse(world, read.message);
  const from = readDate(read.value.fromDate);
  const to = readDate(read.value.toDate);
  if (!from) return refuse(world, 'Enter the From Date as MM/DD/YYYY.');
  if (!to) return refuse(world, 'Enter the To Date as MM/DD/YYYY.');
  if (from > to) return refuse(world, 'The From Date must be on or before the To Date.');
  if (to > world.clock.slice(0, 10)) return refuse(world, 'The To Date cannot be in the future.');
  return { world: pushAddress(world, optionUrl('transactions', `detail=${from}_${to}_${read.value.sort}`)), outcome: ACCEPTED };
}

/** "2018-04-01_2018-06-30_date" from the page's detail, or null. */
export function transactionQuery(detail: string | null): { from: string; to: string; sort: 'date' | 'client-code' } | null {
  const match = /^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})_(date|client-code)$/.exec(detail ?? '');
  return match ? { from: match[1]!, to: match[2]!, sort: match[3] as 'date' | 'client-code' } : null;
}

export const USAGE_FORMS: Record<string, FormDefinition> = {
  'pacer/account/usage/transactions': { title: 'View Detailed Transactions', pages: ['mma-option'], handle: search },
};
