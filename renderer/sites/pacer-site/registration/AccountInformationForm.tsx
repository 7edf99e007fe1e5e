import { useState } from 'react';
import {
  COUNTIES_BY_STATE,
  COUNTRIES,
  FEDERAL_DISTRICTS,
  FEDERAL_DIVISIONS,
  GENERATIONS,
  PREFIXES,
  STATES,
  UNITED_STATES,
  USER_TYPE_GROUPS,
} from '../../../../shared/model/pacer/registration/options';
import { agencyAsked, firmRequired, usAddress, userTypeAsked } from '../../../../shared/model/pacer/registration/account-information';
import { registrationState, type RegistrantDetails } from '../../../../shared/model/pacer/registration/state';
import { SimForm } from '../../common/SimForm';
import type { PageOf, SiteProps } from '../../types';
import { ButtonRow, CheckboxField, Fieldset, SelectField, SubmitButton, TextField, toOptions } from '../fields';
import { REGISTRATION_TITLES, WizardFrame } from './WizardFrame';

const USER_TYPE_OPTIONS = USER_TYPE_GROUPS.flatMap((group) => group.types.map((type) => ({ value: type.value, label: type.label, group: group.label })));

/** "1980-04-02" → "04/02/1980", as the form shows a date of birth. */
function usDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return year && month && day ? `${month}/${day}/${year}` : '';
}

/**
 * Account Information (seed 002, step 5; FIDELITY 1.2). County appears once
 * a State is chosen; FEDERAL GOVERNMENT adds Agency Code, Division and
 * District. Going back to this screen shows what was typed before.
 */
export function AccountInformationForm({ world, page, dispatch }: SiteProps<PageOf<'pacer-registration-account'>>) {
  const draft = registrationState(world).draft;
  const previous: Partial<RegistrantDetails> = draft?.type === page.registrationType ? draft.details : {};
  const [country, setCountry] = useState(previous.country ?? UNITED_STATES);
  const [state, setState] = useState(previous.state ?? '');
  const [userType, setUserType] = useState<string>(previous.userType ?? '');
  const counties = COUNTIES_BY_STATE[state];
  const domestic = usAddress(country);

  return (
    <WizardFrame world={world} dispatch={dispatch} title={REGISTRATION_TITLES[page.registrationType]} stage="account">
      <h1>Account Information</h1>
      <p className="psc-required-note">
        Fields marked with a red asterisk (<span className="pacer-field__required">*</span>) are required.
      </p>
      <SimForm form="pacer/register/account-information" salt={world.salt} dispatch={dispatch} aria-label="Account Information">
        <input type="hidden" name="registrationType" value={page.registrationType} />
        <Fieldset legend="Name">
          <div className="psc-form-grid">
            <SelectField label="Prefix" name="prefix" placeholder="Select Prefix" options={toOptions(PREFIXES)} defaultValue={previous.prefix} />
            <TextField label="First Name" name="firstName" required defaultValue={previous.firstName} maxLength={40} />
            <TextField label="Middle Name" name="middleName" defaultValue={previous.middleName} maxLength={40} />
            <TextField label="Last Name" name="lastName" required defaultValue={previous.lastName} maxLength={40} />
            <SelectField label="Generation" name="generation" placeholder="Select Generation" options={toOptions(GENERATIONS)} defaultValue={previous.generation} />
            <TextField
              label="Date of Birth"
              name="dateOfBirth"
              required
              placeholder="MM/DD/YYYY"
              hint="MM/DD/YYYY. Your date of birth stays with the account and is used to recover your username or password."
              defaultValue={previous.dateOfBirth ? usDate(previous.dateOfBirth) : undefined}
              maxLength={10}
            />
          </div>
        </Fieldset>
        <Fieldset legend="Address">
          <div className="psc-form-grid">
            <TextField label="Firm/Office" name="firm" required={firmRequired(page.registrationType)} defaultValue={previous.firm} maxLength={80} />
            <TextField label="Unit/Department" name="unit" defaultValue={previous.unit} maxLength={80} />
            <TextField label="Address 1" name="address" required defaultValue={previous.address} maxLength={80} />
            <TextField label="Room/Suite" name="room" defaultValue={previous.room} maxLength={40} />
            <TextField label="City" name="city" required defaultValue={previous.city} maxLength={40} />
            {domestic ? (
              <SelectField
                label="State"
                name="state"
                required
                placeholder="Select State"
                options={STATES.map((item) => ({ value: item.code, label: item.name }))}
                value={state}
                onChange={setState}
              />
            ) : null}
            {domestic && counties ? (
              // The County list belongs to the chosen State: a new State starts it afresh.
              <SelectField
                key={state}
                label="County"
                name="county"
                required
                placeholder="Select County"
                options={toOptions(counties)}
                defaultValue={previous.state === state ? previous.county : undefined}
              />
            ) : null}
            <TextField label="Zip/Postal Code" name="zip" required defaultValue={previous.zip} maxLength={10} />
            <SelectField label="Country" name="country" required placeholder="Select Country" options={toOptions(COUNTRIES)} value={country} onChange={setCountry} />
          </div>
        </Fieldset>
        <Fieldset legend="Contact">
          <div className="psc-form-grid">
            <TextField label="Primary Phone" name="primaryPhone" type="tel" required defaultValue={previous.primaryPhone} maxLength={20} />
            <TextField label="Alternate Phone" name="alternatePhone" type="tel" maxLength={20} />
            <TextField label="Text Phone" name="textPhone" type="tel" maxLength={20} />
            <TextField label="Fax" name="fax" type="tel" maxLength={20} />
            <TextField label="Email" name="email" type="email" required defaultValue={previous.email} maxLength={80} />
            <TextField label="Confirm Email" name="confirmEmail" type="email" required maxLength={80} hint="Type your e-mail address again." />
          </div>
        </Fieldset>
        <Fieldset legend="Account Type">
          {!userTypeAsked(page.registrationType) ? (
            <p>This registration creates a PACER Administrative Account for the Firm/Office above.</p>
          ) : (
            <div className="psc-form-grid">
              <SelectField
                label="User Type"
                name="userType"
                required
                placeholder="Select User Type"
                options={USER_TYPE_OPTIONS}
                hint="Individuals: INDIVIDUAL, at the bottom of the list. Government employees: the Government Accounts group."
                value={userType}
                onChange={setUserType}
              />
              {agencyAsked(userType) ? (
                <>
                  <TextField
                    label="Agency Code"
                    name="agencyCode"
                    required
                    maxLength={12}
                    hint="If you do not know your agency code, call the PACER Service Center at (800) 676-6856."
                    defaultValue={previous.agencyCode}
                  />
                  <SelectField label="Division" name="division" required placeholder="Select Division" options={toOptions(FEDERAL_DIVISIONS)} defaultValue={previous.division} />
                  <SelectField label="District" name="district" required placeholder="Select District" options={toOptions(FEDERAL_DISTRICTS)} defaultValue={previous.district} />
                </>
              ) : null}
            </div>
          )}
          {userTypeAsked(page.registrationType) ? <CheckboxField label="CJA Attorney Panel" name="cjaPanel" defaultChecked={previous.cjaPanel} /> : null}
        </Fieldset>
        <Fieldset legend="User Verification">
          <CheckboxField label="I am not a robot" name="userVerification" />
        </Fieldset>
        <ButtonRow>
          <SubmitButton value="next" primary>
            Next
          </SubmitButton>
        </ButtonRow>
      </SimForm>
    </WizardFrame>
  );
}
