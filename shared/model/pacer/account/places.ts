/** States and territories for address forms, and county suggestions for the states the built-in scenarios use. */

export const US_STATES = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'],
  ['CT', 'Connecticut'], ['DE', 'Delaware'], ['DC', 'District of Columbia'], ['FL', 'Florida'], ['GA', 'Georgia'],
  ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'],
  ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'], ['MA', 'Massachusetts'],
  ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'], ['MO', 'Missouri'], ['MT', 'Montana'],
  ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'], ['NM', 'New Mexico'],
  ['NY', 'New York'], ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'],
  ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['PR', 'Puerto Rico'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'],
  ['SD', 'South Dakota'], ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia'],
  ['WA', 'Washington'], ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'],
] as const satisfies readonly (readonly [string, string])[];

export function isStateCode(value: string): boolean {
  return US_STATES.some(([code]) => code === value);
}

/** Counties offered once a state is chosen (the real form's County list appears only after a State is chosen). */
export const COUNTY_SUGGESTIONS: Readonly<Record<string, readonly string[]>> = {
  MO: [
    'Boone', 'Buchanan', 'Cape Girardeau', 'Cass', 'Christian', 'Clay', 'Cole', 'Franklin', 'Greene', 'Jackson',
    'Jasper', 'Jefferson', 'Johnson', 'Lincoln', 'Newton', 'Platte', 'Pulaski', 'St. Charles', 'St. Francois',
    'St. Louis', 'St. Louis City', 'Taney', 'Warren',
  ],
  KS: ['Douglas', 'Johnson', 'Leavenworth', 'Sedgwick', 'Shawnee', 'Wyandotte'],
  IL: ['Cook', 'DuPage', 'Madison', 'St. Clair', 'Sangamon'],
};

export const SECURITY_QUESTIONS = [
  'What was the name of your first pet?',
  'In what city were you born?',
  'What was the make of your first car?',
  'What is the name of the street you grew up on?',
  'What was the name of your elementary school?',
  'What is your oldest sibling’s middle name?',
] as const;

export const USER_TYPES = [
  { value: 'individual', label: 'INDIVIDUAL', group: 'Individual Accounts' },
  { value: 'firm', label: 'FIRM', group: 'Business Accounts' },
  { value: 'commercial', label: 'COMMERCIAL', group: 'Business Accounts' },
  { value: 'federal-government', label: 'FEDERAL GOVERNMENT', group: 'Government Accounts' },
  { value: 'state-government', label: 'STATE GOVERNMENT', group: 'Government Accounts' },
] as const;
