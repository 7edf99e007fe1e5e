import { attorneyStepUrl } from '../../../../shared/model/pacer/admissions/addresses';
import { useState } from 'react';
import { FIRST_SCREEN_REQUEST_TYPES, REQUEST_TYPE_LABELS, requestTypesOf, rolesForCourtType, rolesOffered } from '../../../../shared/model/pacer/admissions/court-options';
import { draftOf } from '../../../../shared/model/pacer/admissions/state';
import { manageAccountSignedIn } from '../../../../shared/model/pacer/admissions/session';
import { loginFormUrl } from '../../../../shared/model/pacer/account/routes';
import { courtById, type CourtType, type World } from '../../../../shared/model/world';
import { SimForm } from '../../common/SimForm';
import { SiteLink } from '../../common/SiteLink';
import type { PageOf, SiteProps } from '../../types';
import { RadioGroup, StepButtons } from '../fields';
import { AdmissionsFrame, PATH_TITLES } from './AdmissionsFrame';
import { ApplicantWarning, CourtFields, CurrentGenNote } from './CourtSelection';
import { EfileFields, PacerInformation } from './EfileFields';

export function SignInRequired({ world, dispatch }: SiteProps<PageOf<'admission-sign-in-required'>>) {
  return (
    <AdmissionsFrame world={world} dispatch={dispatch} path={null} heading="Log in to Manage My Account">
      <p>You must be logged in to Manage My Account to request admission or e-filing privileges.</p>
      <p>
        <SiteLink address={loginFormUrl()} dispatch={dispatch}>
          Log in to Manage My Account
        </SiteLink>
      </p>
    </AdmissionsFrame>
  );
}

/**
 * Screen A: what to apply/register for, and the court. The first choice is
 * optional: seed 002 selects "Attorney Admissions and E-File" here in some
 * procedures and goes straight to the court in others.
 */
export function AttorneyCourtPage({ world, dispatch }: SiteProps<PageOf<'admission-court'>>) {
  const draft = draftOf(world, 'attorney');
  const saved = draft?.requestType && FIRST_SCREEN_REQUEST_TYPES.includes(draft.requestType) ? draft.requestType : null;
  return (
    <AdmissionsFrame world={world} dispatch={dispatch} path="attorney" heading={PATH_TITLES.attorney}>
      <ApplicantWarning world={world} />
      <SimForm form="pacer/efile/court" salt={world.salt} dispatch={dispatch} aria-label={PATH_TITLES.attorney}>
        <RadioGroup
          legend="What would you like to apply/register for?"
          name="requestType"
          options={FIRST_SCREEN_REQUEST_TYPES.map((type) => ({ value: type, label: REQUEST_TYPE_LABELS[type] }))}
          defaultValue={saved}
        />
        <p className="adm-note">Courts that offer other kinds of request (Pro Hac Vice, Federal Attorney, …) list them after you choose the court.</p>
        <h2 id="adm-court-question">In what court do you want to practice?</h2>
        <CourtFields world={world} initialCourtId={draft?.courtId ?? null} />
        <CurrentGenNote />
        <StepButtons back={false} />
      </SimForm>
    </AdmissionsFrame>
  );
}

/**
 * Screen B: the request types this court offers; choosing any but
 * admissions shows the E-File Registration fields below it (seed 002,
 * Bankruptcy Attorneys steps 10-11: "Select E-File Registration Only. The
 * information from your registered PACER account will display.").
 */
export function RequestTypePage({ world, page, dispatch }: SiteProps<PageOf<'admission-request-type'>>) {
  const court = courtById(world, page.courtId);
  const account = manageAccountSignedIn(world);
  const draft = draftOf(world, 'attorney');
  const [chosen, setChosen] = useState<string>(draft?.requestType ?? '');
  if (!court || !account) return null;
  const types = requestTypesOf(court);
  const requestType = types.find((type) => type === chosen) ?? null;
  return (
    <AdmissionsFrame world={world} dispatch={dispatch} path="attorney" heading={PATH_TITLES.attorney}>
      <p>
        Court: <strong>{court.name}</strong>{' '}
        <SiteLink address={attorneyStepUrl(null)} dispatch={dispatch}>
          Change court
        </SiteLink>
      </p>
      <SimForm form="pacer/efile/request-type" salt={world.salt} dispatch={dispatch} aria-label={PATH_TITLES.attorney}>
        <RadioGroup
          legend="What would you like to apply/register for?"
          name="requestType"
          required
          options={types.map((type) => ({ value: type, label: REQUEST_TYPE_LABELS[type] }))}
          defaultValue={draft?.requestType ?? null}
          onChange={setChosen}
        />
        {requestType && requestType !== 'admission' ? (
          <>
            <PacerInformation account={account} />
            <EfileFields
              key={requestType}
              roles={rolesOffered(court, 'attorney')}
              requestType={requestType}
              saved={draft?.requestType === requestType ? draft.efile : null}
            />
          </>
        ) : null}
        <StepButtons />
      </SimForm>
    </AdmissionsFrame>
  );
}

/** Screen D of an admission: E-File Registration, after the five sections. */
export function AttorneyEfilePage({ world, page, dispatch }: SiteProps<PageOf<'admission-efile'>>) {
  const court = courtById(world, page.courtId);
  const account = manageAccountSignedIn(world);
  const draft = draftOf(world, 'attorney');
  if (!court || !account || !draft) return null;
  return (
    <AdmissionsFrame world={world} dispatch={dispatch} path="attorney" heading="E-File Registration">
      <p>
        Court: <strong>{court.name}</strong> · Request: <strong>{draft.requestType ? REQUEST_TYPE_LABELS[draft.requestType] : ''}</strong>
      </p>
      <PacerInformation account={account} />
      <SimForm form="pacer/efile/registration" salt={world.salt} dispatch={dispatch} aria-label="E-File Registration">
        <EfileFields roles={rolesOffered(court, 'attorney')} requestType={draft.requestType} saved={draft.efile} />
        <StepButtons />
      </SimForm>
    </AdmissionsFrame>
  );
}

/** Non-Attorney E-File Registration: the court and the registration on one screen (seed 002, Non-Attorney Filers step 6). */
export function NonAttorneyPage({ world, dispatch }: SiteProps<PageOf<'admission-non-attorney'>>) {
  const account = manageAccountSignedIn(world);
  const draft = draftOf(world, 'non-attorney');
  if (!account) return null;
  return (
    <AdmissionsFrame world={world} dispatch={dispatch} path="non-attorney" heading={PATH_TITLES['non-attorney']}>
      <ApplicantWarning world={world} />
      <PacerInformation account={account} />
      <SimForm form="pacer/efile/non-attorney" salt={world.salt} dispatch={dispatch} aria-label="Non-Attorney E-File Registration">
        <NonAttorneyCourtAndRole world={world} initialCourtId={draft?.courtId ?? null} />
        <StepButtons back={false} />
      </SimForm>
    </AdmissionsFrame>
  );
}

function NonAttorneyCourtAndRole({ world, initialCourtId }: { world: World; initialCourtId: string | null }) {
  const draft = draftOf(world, 'non-attorney');
  const [courtType, setCourtType] = useState<CourtType | null>(courtById(world, initialCourtId)?.type ?? null);
  return (
    <>
      <section className="adm-section" aria-labelledby="adm-na-court">
        <h2 id="adm-na-court">Court Selection</h2>
        <CourtFields world={world} initialCourtId={initialCourtId} onCourtTypeChange={setCourtType} />
        <CurrentGenNote />
      </section>
      <EfileFields roles={courtType ? rolesForCourtType(courtType, 'non-attorney') : []} requestType={null} saved={draft?.efile ?? null} />
    </>
  );
}
