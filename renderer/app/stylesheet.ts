// The whole app's stylesheet, in one file loaded with the first screen (vite.config.ts: cssCodeSplit off).
// The screens that load later still import their own CSS; listing every file here, in the order the
// single bundle always had (screens' files before the app's own), keeps the cascade exactly as it was.
import '../settings/projector.css';
import '../certificates/certificates.css';
import '../sites/browser/browser.css';
import '../sites/cmecf/cmecf.css';
import '../sites/pacer/pacer.css';
import '../sites/cmecf/maintenance/maintenance.css';
import '../sites/cmecf/filing/filing-screens.css';
import '../sites/cmecf/reinstatement/reinstatement.css';
import '../sites/court/court.css';
import '../sites/pacer-site/pacer-site.css';
import '../sites/pacer-site/account/account.css';
import '../sites/pacer-site/admissions/admissions.css';
import '../sites/pacer-site/registration/registration.css';
import '../sites/site.css';
import '../watch/watch.css';
import '../results/results.css';
import '../settings/settings.css';
import '../trainees/trainees.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/home.css';
import './styles/play.css';
import './styles/browser.css';
import './styles/mailbox.css';
import './styles/results.css';
