import type { courseMethods } from '../../shared/api/course-methods';
import type { Attempt } from '../../shared/api/contract';
import { durationSeconds, GUEST_NAME } from '../../shared/records/attempt-record';
import { courseCertificateCode } from '../../shared/records/certificate-code';
import { averageScore, courseProgress, type CourseProgressDetail } from '../../shared/records/course-progress';
import { certificatePdf } from './certificate-pdf-on-demand';
import type { HandlerContext } from './context';
import type { Handlers } from './dispatcher';
import { conflict, notFound } from './errors';
import { certificateProvider, installationSecret, slug } from './record-handlers';

type CourseHandlers = Pick<Handlers, keyof typeof courseMethods>;

/** Courses (declared in scenarios/courses.json) and the certificate a completed one earns. */
export function courseHandlers(ctx: HandlerContext): CourseHandlers {
  const { store } = ctx;

  /** The trainee asked for (null: the guest), or not-found. */
  function traineeOrGuest(traineeId: string | null) {
    if (traineeId === null) return null;
    const trainee = store.trainees.find(traineeId);
    if (!trainee) throw notFound(`There is no trainee "${traineeId}".`);
    return trainee;
  }

  /** Only this trainee's own attempts count towards their courses. */
  function attemptsOf(traineeId: string | null): Attempt[] {
    return traineeId === null ? store.attempts.list({}).filter((attempt) => attempt.traineeId === null) : store.attempts.list({ traineeId });
  }

  // The latest version's title: a course lists scenarios by id, and any version's pass counts.
  const titleOf = (scenarioId: string) => store.scenarios.latest(scenarioId)?.title ?? scenarioId;

  function progressOf(traineeId: string | null): CourseProgressDetail[] {
    const attempts = attemptsOf(traineeId);
    return ctx.courses.map((course) => courseProgress(course, attempts, titleOf));
  }

  return {
    'courses.list': ({ traineeId }) => {
      traineeOrGuest(traineeId);
      return progressOf(traineeId).map(({ course, scenarios, completed }) => ({
        id: course.id,
        title: course.title,
        summary: course.summary,
        creditHours: course.creditHours ?? null,
        scenarios: scenarios.map((scenario) => ({
          id: scenario.id,
          title: scenario.title,
          passed: scenario.counted !== null,
          bestPassingScore: scenario.counted?.score ?? null,
        })),
        completed,
      }));
    },

    'certificates.issueCourse': async ({ courseId, traineeId }) => {
      const trainee = traineeOrGuest(traineeId);
      const progress = progressOf(traineeId).find((entry) => entry.course.id === courseId);
      if (!progress) throw notFound(`There is no course "${courseId}".`);
      const missing = progress.scenarios.filter((scenario) => scenario.counted === null);
      if (missing.length > 0) {
        throw conflict(
          `The course "${progress.course.title}" is not completed yet: pass an assessment of ${missing.map((scenario) => `"${scenario.title}"`).join(', ')} first. ` +
            'A course certificate is issued once every scenario of the course is passed.',
        );
      }
      const counted = progress.scenarios.map((scenario) => scenario.counted).filter((attempt): attempt is Attempt => attempt !== null);
      const traineeName = trainee?.name ?? GUEST_NAME;
      const barNumber = trainee?.barNumber ?? '';
      const attemptIds = counted.map((attempt) => attempt.id);
      const code = courseCertificateCode({ courseId, traineeName, barNumber, attemptIds }, installationSecret(store));
      // The register keeps what this certificate states, so later profile, course or provider edits don't void it.
      store.certificates.record({
        kind: 'course',
        code,
        courseId,
        courseTitle: progress.course.title,
        creditHours: progress.course.creditHours ?? null,
        attemptIds,
        traineeName,
        barNumber,
        barState: trainee?.barState ?? '',
        scenarioTitles: progress.scenarios.map((scenario) => scenario.title),
        score: averageScore(counted.map((attempt) => attempt.score ?? 0)),
        timeSpentSeconds: counted.reduce((total, attempt) => total + (durationSeconds(attempt.startedAt, attempt.finishedAt) ?? 0), 0),
        finishedAt: counted.map((attempt) => attempt.finishedAt ?? '').sort().at(-1) ?? '',
        provider: certificateProvider(store),
        issuedAt: ctx.timestamp(),
      });
      const issued = store.certificates.find(code);
      if (issued?.kind !== 'course') throw new Error(`course certificate ${code} was not recorded`);
      const pdf = await certificatePdf({
        kind: 'course',
        traineeName: issued.traineeName,
        barNumber: issued.barNumber,
        barState: issued.barState,
        courseTitle: issued.courseTitle,
        scenarioTitles: issued.scenarioTitles,
        creditHours: issued.creditHours,
        provider: issued.provider,
        finishedAt: issued.finishedAt,
        durationSeconds: issued.timeSpentSeconds,
        score: issued.score,
        code,
      });
      return {
        fileName: `cle-course-certificate-${slug(traineeName)}-${courseId}.pdf`,
        code,
        pdfBase64: Buffer.from(pdf).toString('base64'),
      };
    },
  };
}
