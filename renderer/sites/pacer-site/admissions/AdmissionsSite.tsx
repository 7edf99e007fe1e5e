import type { AdmissionPage } from '../../../../shared/model/pacer/admissions/pages';
import type { SiteProps } from '../../types';
import { AdmissionSectionsPage } from './AdmissionSections';
import { FeePaymentPage, FeeReceiptPage } from './FeePages';
import { AcknowledgmentsPage, ConfirmationPage, PaymentDefaultsPage } from './FinishPages';
import { AttorneyCourtPage, AttorneyEfilePage, NonAttorneyPage, RequestTypePage, SignInRequired } from './StartPages';

/** Attorney Admissions / E-File Registration and Non-Attorney E-File Registration pages. */
export function AdmissionsSite({ world, page, dispatch }: SiteProps<AdmissionPage>) {
  switch (page.kind) {
    case 'admission-sign-in-required':
      return <SignInRequired world={world} page={page} dispatch={dispatch} />;
    case 'admission-court':
      return <AttorneyCourtPage world={world} page={page} dispatch={dispatch} />;
    case 'admission-request-type':
      return <RequestTypePage world={world} page={page} dispatch={dispatch} />;
    case 'admission-sections':
      return <AdmissionSectionsPage world={world} page={page} dispatch={dispatch} />;
    case 'admission-efile':
      return <AttorneyEfilePage world={world} page={page} dispatch={dispatch} />;
    case 'admission-non-attorney':
      return <NonAttorneyPage world={world} page={page} dispatch={dispatch} />;
    case 'admission-payment-defaults':
      return <PaymentDefaultsPage world={world} page={page} dispatch={dispatch} />;
    case 'admission-acknowledgments':
      return <AcknowledgmentsPage world={world} page={page} dispatch={dispatch} />;
    case 'admission-confirmation':
      return <ConfirmationPage world={world} page={page} dispatch={dispatch} />;
    case 'admission-fee-payment':
      return <FeePaymentPage world={world} page={page} dispatch={dispatch} />;
    case 'admission-fee-receipt':
      return <FeeReceiptPage world={world} page={page} dispatch={dispatch} />;
    default:
      return page satisfies never;
  }
}
