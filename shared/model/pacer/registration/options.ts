import type { PacerUserType } from '../../world';

/**
 * The choices of the registration form's drop-down lists. The model checks
 * a posted value against the same lists the page offers, as the real server
 * would. County lists are the counties the simulated PACER Service Center
 * knows for each state (the real form loads them once a State is chosen).
 */

export const PREFIXES = ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Hon.'] as const;
export const GENERATIONS = ['Jr.', 'Sr.', 'II', 'III', 'IV'] as const;
export const UNITED_STATES = 'United States of America';
export const COUNTRIES = [UNITED_STATES, 'Canada', 'Mexico', 'United Kingdom'] as const;

/** States with the counties the form offers once the State is chosen. */
export const COUNTIES_BY_STATE: Record<string, readonly string[]> = {
  DC: ['District of Columbia'],
  IL: ['Champaign', 'Cook', 'DuPage', 'Kane', 'Lake', 'Madison', 'Peoria', 'Sangamon', 'St. Clair', 'Will', 'Winnebago'],
  KS: ['Douglas', 'Johnson', 'Leavenworth', 'Riley', 'Sedgwick', 'Shawnee', 'Wyandotte'],
  MO: [
    'Boone', 'Buchanan', 'Callaway', 'Cape Girardeau', 'Cass', 'Christian', 'Clay', 'Cole', 'Franklin', 'Greene',
    'Jackson', 'Jasper', 'Jefferson', 'Johnson', 'Pettis', 'Platte', 'Pulaski', 'St. Charles', 'St. Francois',
    'St. Louis', 'St. Louis City', 'Taney',
  ],
  NE: ['Douglas', 'Lancaster', 'Sarpy'],
  OK: ['Cleveland', 'Oklahoma', 'Tulsa'],
  TX: ['Bexar', 'Dallas', 'Harris', 'Tarrant', 'Travis'],
  VA: ['Arlington', 'Fairfax', 'Henrico', 'Loudoun', 'Richmond City'],
};

export const STATES: readonly { code: string; name: string }[] = [
  { code: 'DC', name: 'District of Columbia' },
  { code: 'IL', name: 'Illinois' },
  { code: 'KS', name: 'Kansas' },
  { code: 'MO', name: 'Missouri' },
  { code: 'NE', name: 'Nebraska' },
  { code: 'OK', name: 'Oklahoma' },
  { code: 'TX', name: 'Texas' },
  { code: 'VA', name: 'Virginia' },
];

/** User Type: commercial and firm types first, the Government Accounts group, individual types at the bottom (FIDELITY 1.2). */
export const USER_TYPE_GROUPS: readonly { label: string; types: readonly { value: PacerUserType; label: string }[] }[] = [
  {
    label: 'Commercial Accounts',
    types: [
      { value: 'commercial', label: 'COMMERCIAL' },
      { value: 'firm', label: 'LAW FIRM' },
    ],
  },
  {
    label: 'Government Accounts',
    types: [
      { value: 'federal-government', label: 'FEDERAL GOVERNMENT' },
      { value: 'state-government', label: 'STATE GOVERNMENT' },
    ],
  },
  { label: 'Individual Accounts', types: [{ value: 'individual', label: 'INDIVIDUAL' }] },
];

export const USER_TYPE_LABELS: Record<PacerUserType, string> = {
  commercial: 'COMMERCIAL',
  firm: 'LAW FIRM',
  'federal-government': 'FEDERAL GOVERNMENT',
  'state-government': 'STATE GOVERNMENT',
  individual: 'INDIVIDUAL',
};

export function isGovernment(userType: PacerUserType): boolean {
  return userType === 'federal-government' || userType === 'state-government';
}

/** FEDERAL GOVERNMENT asks for a Division (FIDELITY 1.2: Agency Code, Division, District). */
export const FEDERAL_DIVISIONS = [
  'Department of Justice - U.S. Attorney',
  'Department of Justice - U.S. Trustee Program',
  'Federal Public Defender',
  'Judiciary',
  'Other Executive Branch Agency',
] as const;

export const FEDERAL_DISTRICTS = [
  'District of Columbia',
  'Illinois Northern',
  'Kansas',
  'Missouri Eastern',
  'Missouri Western',
  'Nebraska',
  'Oklahoma Western',
  'Texas Western',
  'Virginia Eastern',
] as const;

export const SECURITY_QUESTIONS = [
  'What is the name of your first pet?',
  'In what city were you born?',
  'What was the make of your first car?',
  'What is the name of the street you grew up on?',
  'What was the name of your elementary school?',
  'What is your favorite book?',
] as const;

export const CARD_TYPES = ['Visa', 'MasterCard', 'American Express', 'Discover'] as const;
