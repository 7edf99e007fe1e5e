import type { RegistrationPage } from '../../../../shared/model/pacer/registration/pages';
import type { SiteProps } from '../../types';
import { AccountInformationForm } from './AccountInformationForm';
import { ActivationPage } from './ActivationPage';
import { CourtDetails, CourtLookup } from './CourtLookup';
import { PacerHome, RegisterOptions, RegisterTypePage } from './InfoPages';
import { RegistrationComplete } from './RegistrationComplete';
import { PaymentForm, PoliciesForm, PossibleDuplicate, SecurityForm, ValidationTokenForm } from './WizardSteps';

/** The PACER information site and registration pages. */
export function RegistrationSite({ world, page, dispatch }: SiteProps<RegistrationPage>) {
  switch (page.kind) {
    case 'pacer-home':
      return <PacerHome world={world} page={page} dispatch={dispatch} />;
    case 'pacer-register-options':
      return <RegisterOptions world={world} page={page} dispatch={dispatch} />;
    case 'pacer-register-type':
      return <RegisterTypePage world={world} page={page} dispatch={dispatch} />;
    case 'pacer-cmecf-lookup':
      return <CourtLookup world={world} page={page} dispatch={dispatch} />;
    case 'pacer-court-details':
      return <CourtDetails world={world} page={page} dispatch={dispatch} />;
    case 'pacer-registration-account':
      // A fresh form per account type, so switching types does not carry the other's choices.
      return <AccountInformationForm key={page.registrationType} world={world} page={page} dispatch={dispatch} />;
    case 'pacer-registration-duplicate':
      return <PossibleDuplicate world={world} page={page} dispatch={dispatch} />;
    case 'pacer-registration-validation':
      return <ValidationTokenForm world={world} page={page} dispatch={dispatch} />;
    case 'pacer-registration-security':
      return <SecurityForm world={world} page={page} dispatch={dispatch} />;
    case 'pacer-registration-payment':
      return <PaymentForm world={world} page={page} dispatch={dispatch} />;
    case 'pacer-registration-policies':
      return <PoliciesForm world={world} page={page} dispatch={dispatch} />;
    case 'pacer-registration-complete':
      return <RegistrationComplete world={world} page={page} dispatch={dispatch} />;
    case 'pacer-activation':
      return <ActivationPage world={world} page={page} dispatch={dispatch} />;
    default:
      return page satisfies never;
  }
}
