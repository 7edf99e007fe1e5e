export { checkHolds } from '../scenario/checks';
