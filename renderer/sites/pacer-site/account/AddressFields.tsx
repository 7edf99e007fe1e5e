import { useId, useState } from 'react';
import { COUNTY_SUGGESTIONS, US_STATES } from '../../../../shared/model/pacer/account/places';
import type { PacerAddress } from '../../../../shared/model/pacer/account/state';
import { SelectField, TextField } from '../fields';

const STATE_CHOICES = US_STATES.map(([code, name]) => ({ value: code, label: name }));

/**
 * Address rows of a PACER account. The County field appears once a State is
 * chosen, as on the real form, with that state's counties suggested.
 */
export function AddressFields({ address, firm = null }: { address: PacerAddress | null; firm?: string | null }) {
  const [state, setState] = useState(address?.state ?? '');
  const countyList = useId();
  const counties = COUNTY_SUGGESTIONS[state] ?? [];
  return (
    <>
      <TextField label="Firm/Office" name="firm" defaultValue={address?.firm ?? firm ?? ''} maxLength={120} />
      <TextField label="Address" name="address" required defaultValue={address?.address ?? ''} maxLength={120} />
      <TextField label="Room/Suite" name="room" defaultValue={address?.room ?? ''} maxLength={60} />
      <TextField label="City" name="city" required defaultValue={address?.city ?? ''} maxLength={60} />
      <SelectField label="State" name="state" required options={STATE_CHOICES} defaultValue={state} placeholder="Select State" onChange={setState} />
      {state ? (
        <>
          <TextField label="County" name="county" required defaultValue={address?.county ?? ''} maxLength={60} list={counties.length ? countyList : undefined} />
          {counties.length ? (
            <datalist id={countyList}>
              {counties.map((county) => (
                <option key={county} value={county} />
              ))}
            </datalist>
          ) : null}
        </>
      ) : null}
      <TextField label="Zip/Postal Code" name="zip" required defaultValue={address?.zip ?? ''} maxLength={10} inputMode="numeric" />
      <TextField label="Country" name="country" defaultValue={address?.country ?? 'United States of America'} maxLength={60} />
      <TextField label="Primary Phone" name="primaryPhone" required type="tel" defaultValue={address?.primaryPhone ?? ''} maxLength={30} />
    </>
  );
}
