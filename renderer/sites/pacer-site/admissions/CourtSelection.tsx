import { useState } from 'react';
import { COURT_TYPE_LABELS, COURT_TYPES, courtOptionLabel, courtsOffered } from '../../../../shared/model/pacer/admissions/court-options';
import { applicantRefusal } from '../../../../shared/model/pacer/admissions/applicant';
import { manageAccountSignedIn } from '../../../../shared/model/pacer/admissions/session';
import { courtById, type CourtType, type World } from '../../../../shared/model/world';
import { isCourtType } from '../../../../shared/model/pacer/admissions/attorney-forms';
import { SelectField } from '../fields';

/**
 * Court Type and Court (FIDELITY §1.5 A): the Court list follows the chosen
 * type and lists only courts live on NextGen CM/ECF.
 */
export function CourtFields({
  world,
  initialCourtId,
  onCourtTypeChange,
}: {
  world: World;
  initialCourtId: string | null;
  /** Screens whose other fields depend on the court type (the non-attorney Role in Court) follow it. */
  onCourtTypeChange?: (type: CourtType | null) => void;
}) {
  const initialCourt = courtById(world, initialCourtId);
  const [courtType, setCourtType] = useState<string>(initialCourt?.type ?? '');
  const [court, setCourt] = useState<string>(initialCourt?.id ?? '');
  const courts = isCourtType(courtType) ? courtsOffered(world, courtType) : [];
  return (
    <div className="adm-grid">
      <SelectField
        label="Court Type"
        name="courtType"
        placeholder="Select Court Type"
        required
        options={COURT_TYPES.map((type: CourtType) => ({ value: type, label: COURT_TYPE_LABELS[type] }))}
        value={courtType}
        onChange={(value) => {
          setCourtType(value);
          setCourt('');
          onCourtTypeChange?.(isCourtType(value) ? value : null);
        }}
      />
      <SelectField
        label="Court"
        name="court"
        placeholder={courtType ? 'Select Court' : 'Select a Court Type first'}
        required
        options={courts.map((candidate) => ({ value: candidate.id, label: courtOptionLabel(candidate) }))}
        value={court}
        onChange={setCourt}
      />
    </div>
  );
}

/** Why this account cannot request e-filing, shown before the trainee starts (the post is refused with the same rule). */
export function ApplicantWarning({ world }: { world: World }) {
  const account = manageAccountSignedIn(world);
  const refusal = account ? applicantRefusal(account) : null;
  return refusal ? (
    <p className="adm-note" role="note">
      {refusal.message}
    </p>
  ) : null;
}

export function CurrentGenNote() {
  return (
    <p className="adm-note">
      Only courts that have implemented NextGen CM/ECF are listed. If your court is not listed, it has not converted yet: register with
      that court directly and continue to use its own CM/ECF login.
    </p>
  );
}
