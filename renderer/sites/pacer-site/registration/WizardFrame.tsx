import type { ReactNode } from 'react';
import type { TrainerEvent } from '../../../../shared/model/events';
import type { World } from '../../../../shared/model/world';
import { PacerSiteLayout } from '../PacerSiteLayout';
import './registration.css';

export type WizardStage = 'account' | 'validation' | 'security' | 'payment' | 'policies' | 'complete';

const STAGES: { stage: WizardStage; label: string }[] = [
  { stage: 'account', label: 'Account Information' },
  { stage: 'validation', label: 'Validation' },
  { stage: 'security', label: 'Security' },
  { stage: 'payment', label: 'Payment' },
  { stage: 'policies', label: 'Policies' },
  { stage: 'complete', label: 'Done' },
];

interface WizardFrameProps {
  world: World;
  dispatch: (event: TrainerEvent) => void;
  /** The registration's title, e.g. "PACER — Case Search Only Registration". */
  title: string;
  stage: WizardStage;
  /** Government registrations have no payment screen (seed 002, Federal Government Attorney). */
  withPayment?: boolean;
  children: ReactNode;
}

/** A screen of the PACER Service Center's registration wizard: its title, where the trainee is in it, the screen. */
export function WizardFrame({ world, dispatch, title, stage, withPayment = true, children }: WizardFrameProps) {
  const stages = STAGES.filter((item) => withPayment || item.stage !== 'payment');
  const position = stages.findIndex((item) => item.stage === stage);
  return (
    <PacerSiteLayout world={world} dispatch={dispatch} section="register">
      <p className="psc-wizard__title">{title}</p>
      <ol className="psc-wizard__steps" aria-label="Registration steps">
        {stages.map((item, index) => (
          <li
            key={item.stage}
            aria-current={item.stage === stage ? 'step' : undefined}
            className={index < position ? 'psc-wizard__step psc-wizard__step--done' : 'psc-wizard__step'}
          >
            {item.label}
          </li>
        ))}
      </ol>
      <div className="pacer-site__panel">{children}</div>
    </PacerSiteLayout>
  );
}

export const REGISTRATION_TITLES = {
  'case-search': 'PACER — Case Search Only Registration',
  'attorney-filers': 'PACER — Case Search Only Registration',
  'non-attorney-filers': 'PACER — Case Search Only Registration',
  administrative: 'PACER Administrative Account Registration',
} as const;
