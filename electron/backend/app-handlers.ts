import type { Handlers } from './dispatcher';
import type { HandlerContext } from './context';

type AppHandlers = Pick<
  Handlers,
  'app.info' | 'scenarios.list' | 'scenarios.get' | 'trainees.list' | 'trainees.create' | 'settings.get' | 'settings.set'
>;

/** The app itself, the scenario library, trainees and settings. */
export function appHandlers(ctx: HandlerContext): AppHandlers {
  const { store, options } = ctx;
  return {
    'app.info': () => ({
      version: options.version,
      host: options.host,
      dataDir: options.dataDir,
      storageNotice: store.notice,
      scenarioProblems: ctx.scenarioProblems.map((problem) => ({ source: problem.source, problems: [...problem.problems] })),
    }),

    'scenarios.list': () => ctx.scenarios.summaries(),

    'scenarios.get': ({ id, version }) => ctx.scenarios.get(id, version),

    'trainees.list': () => store.trainees.list(),

    'trainees.create': (input) => {
      const trainee = { id: ctx.newId(), ...input };
      store.trainees.insert(trainee, ctx.timestamp());
      return trainee;
    },

    'settings.get': ({ key }) => ({ value: store.settings.get(key) }),

    'settings.set': ({ key, value }) => {
      store.settings.set(key, value);
      return { value };
    },
  };
}
