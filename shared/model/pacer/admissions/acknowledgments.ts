import type { EfilePath, EfileRequestType } from './state';

/**
 * The acknowledgment boxes before Submit, each group named as seed 002's
 * step names it: admissions check "the Acknowledgment of Policies and
 * Procedures for Attorney Admissions box and the two Attorney E-Filing Terms
 * of Use acknowledgment boxes"; pro hac vice and MDL attorneys "the two
 * boxes for Acknowledgment of E-filing Terms and Conditions and Court
 * Policies and Procedures for Attorney Admissions"; federal, bankruptcy and
 * limited filers "the two boxes for Attorney E-Filing Terms of Use and
 * Acknowledgment of Policies"; non-attorneys "the two Non-Attorney E-Filing
 * Terms and Conditions acknowledgment boxes". Box wording [I]. The posted
 * names stay the same across the wordings, so stored attempts replay.
 */

export interface AcknowledgmentGroup {
  legend: string;
  boxes: { name: string; label: string }[];
}

const ATTORNEY_TERMS: AcknowledgmentGroup = {
  legend: 'Attorney E-Filing Terms of Use',
  boxes: [
    {
      name: 'termsOfUse',
      label: 'I have read and agree to the Attorney E-Filing Terms of Use, including the redaction rules of the court.',
    },
    {
      name: 'termsSignature',
      label: 'I understand that my PACER username and password serve as my signature on documents I file, and I will not share them.',
    },
  ],
};

export function acknowledgmentGroups(path: EfilePath, requestType: EfileRequestType | null): AcknowledgmentGroup[] {
  if (path === 'non-attorney') {
    return [
      {
        legend: 'Non-Attorney E-Filing Terms and Conditions',
        boxes: [
          { name: 'nonAttorneyTerms', label: 'I have read and agree to the Non-Attorney E-Filing Terms and Conditions.' },
          {
            name: 'nonAttorneySignature',
            label: 'I understand that my PACER username and password serve as my signature on documents I file, and I will not share them.',
          },
        ],
      },
    ];
  }
  if (requestType === 'admission') {
    return [
      {
        legend: 'Acknowledgment of Policies and Procedures for Attorney Admissions',
        boxes: [
          {
            name: 'admissionPolicies',
            label: 'I have read and will comply with the Court’s Policies and Procedures for Attorney Admissions.',
          },
        ],
      },
      ATTORNEY_TERMS,
    ];
  }
  if (requestType === 'pro-hac-vice' || requestType === 'mdl') {
    return [
      {
        legend: 'Acknowledgment of E-filing Terms and Conditions',
        boxes: [{ name: 'termsOfUse', label: 'I have read and agree to the E-filing Terms and Conditions, including the redaction rules of the court.' }],
      },
      {
        legend: 'Court Policies and Procedures for Attorney Admissions',
        boxes: [{ name: 'policies', label: 'I have read and will comply with the Court’s Policies and Procedures for Attorney Admissions.' }],
      },
    ];
  }
  return [
    { legend: 'Attorney E-Filing Terms of Use', boxes: [ATTORNEY_TERMS.boxes[0]!] },
    {
      legend: 'Acknowledgment of Policies',
      boxes: [{ name: 'policies', label: 'I have read and will comply with the Court’s Policies and Procedures for Attorney Admissions and e-filing.' }],
    },
  ];
}

export function acknowledgmentNames(path: EfilePath, requestType: EfileRequestType | null): string[] {
  return acknowledgmentGroups(path, requestType).flatMap((group) => group.boxes.map((box) => box.name));
}
