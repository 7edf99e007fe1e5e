/**
 * What playing an attempt needs from the shared model: the reducer, replay,
 * scoring and the event schema. The attempt slice loads this module when a
 * play starts, so the scenario list (the first screen) does not load the model.
 */
export { eventSchema } from '../../shared/model/events';
export { apply } from '../../shared/model/reducer';
export { replay } from '../../shared/model/replay';
export { resolveCourts } from '../../shared/scenario/load';
export { score } from '../../shared/scoring/score';
export { describeIssues } from '../../shared/util/issues';
export { firstUnmetObjective } from './attempt-selectors';
