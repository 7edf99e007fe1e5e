/**
 * What playing an attempt needs from the shared model: the running score
 * (the reducer and the rubric, one event at a time) and the event schema.
 * The attempt slice loads this module when a play starts, so the scenario
 * list (the first screen) does not load the model.
 */
export { eventSchema } from '../../shared/model/events';
export { attemptStart } from '../../shared/model/replay';
export { resolveCourts } from '../../shared/scenario/load';
export { reportOf, scoreEvent, startScore } from '../../shared/scoring/running-score';
export { describeIssues } from '../../shared/util/issues';
export { firstUnmetObjective } from './attempt-selectors';
