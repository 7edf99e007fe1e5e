import { useCallback, useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { base64Bytes, downloadFile } from '../records/download';
import type { CourseProgress } from '../records/records-slice';
import { useTrainer } from '../state/TrainerProvider';
import './certificates.css';

type CoursesState =
  | { kind: 'loading' }
  | { kind: 'ready'; courses: CourseProgress[] }
  | { kind: 'failed'; message: string };

type IssueState = { kind: 'idle' } | { kind: 'issuing' } | { kind: 'issued'; code: string; fileName: string } | { kind: 'failed'; message: string };

const formatHours = (hours: number) => `${hours} CLE credit ${hours === 1 ? 'hour' : 'hours'}`;

/**
 * On the history screen: each course (a set of scenarios), which of its
 * scenarios the trainee (null: the guest) has passed in an assessment, and
 * once all are, the course certificate.
 */
export function CoursesPanel({ traineeId }: { traineeId: string | null }) {
  const listCourses = useTrainer((state) => state.listCourses);
  const [state, setState] = useState<CoursesState>({ kind: 'loading' });

  const load = useCallback(
    async (isWanted: () => boolean = () => true) => {
      setState({ kind: 'loading' });
      const courses = await listCourses(traineeId);
      if (!isWanted()) return;
      setState(courses.ok ? { kind: 'ready', courses: courses.value } : { kind: 'failed', message: `The courses could not be loaded: ${courses.error}` });
    },
    [listCourses, traineeId],
  );

  // A switch of trainee while the list loads must not show the previous one's progress.
  useEffect(() => {
    let wanted = true;
    void load(() => wanted);
    return () => {
      wanted = false;
    };
  }, [load]);

  return (
    <section className="history__courses" aria-labelledby="courses-heading">
      <h2 id="courses-heading">Courses</h2>
      {state.kind === 'loading' && <p role="status">Loading the courses…</p>}
      {state.kind === 'failed' && (
        <div className="banner banner--error" role="alert">
          <p>{state.message}</p>
          <button type="button" className="button" onClick={() => void load()}>
            Try again
          </button>
        </div>
      )}
      {state.kind === 'ready' && state.courses.length === 0 && <p>No courses are defined in this trainer.</p>}
      {state.kind === 'ready' &&
        state.courses.map((course) => <CourseCard key={`${traineeId ?? 'guest'}/${course.id}`} course={course} traineeId={traineeId} />)}
    </section>
  );
}

function CourseCard({ course, traineeId }: { course: CourseProgress; traineeId: string | null }) {
  const issueCourseCertificate = useTrainer((state) => state.issueCourseCertificate);
  const [issue, setIssue] = useState<IssueState>({ kind: 'idle' });
  const headingId = useId();
  const passedCount = course.scenarios.filter((scenario) => scenario.passed).length;

  async function download() {
    setIssue({ kind: 'issuing' });
    const issued = await issueCourseCertificate(course.id, traineeId);
    if (!issued.ok) {
      setIssue({ kind: 'failed', message: `The course certificate could not be made: ${issued.error}` });
      return;
    }
    downloadFile(issued.value.fileName, 'application/pdf', base64Bytes(issued.value.pdfBase64));
    setIssue({ kind: 'issued', code: issued.value.code, fileName: issued.value.fileName });
  }

  return (
    <article className="panel course-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{course.title}</h3>
      {course.summary && <p>{course.summary}</p>}
      <p className="course-card__facts">
        {passedCount} of {course.scenarios.length} {course.scenarios.length === 1 ? 'scenario' : 'scenarios'} passed in an assessment
        {course.creditHours !== null && <> · {formatHours(course.creditHours)}</>}
      </p>
      <ul className="course-card__scenarios" aria-label={`Scenarios of ${course.title}`}>
        {course.scenarios.map((scenario) => (
          <li key={scenario.id} className={scenario.passed ? 'course-card__scenario--passed' : undefined}>
            <span aria-hidden="true">{scenario.passed ? '✓' : '○'}</span> {scenario.title}:{' '}
            <strong>{scenario.passed ? `Passed (best score ${scenario.bestPassingScore ?? '—'})` : 'Not passed yet'}</strong>
          </li>
        ))}
      </ul>
      {course.completed ? (
        <>
          <p>You have passed every scenario of this course. Download the course certificate for CLE credit.</p>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => void download()} disabled={issue.kind === 'issuing'}>
              Download course certificate (PDF)
            </button>
          </div>
        </>
      ) : (
        <p>Pass an assessment of every scenario above to earn the course certificate.</p>
      )}
      <div role="status">
        {issue.kind === 'issuing' && <p>Preparing the course certificate…</p>}
        {issue.kind === 'issued' && (
          <p>
            Saved as {issue.fileName}. Verification code: <span className="certificate-code">{issue.code}</span>. Anyone can check it on the{' '}
            <Link to="/verify">Verify certificate</Link> screen.
          </p>
        )}
      </div>
      {issue.kind === 'failed' && (
        <p className="banner banner--error" role="alert">
          {issue.message}
        </p>
      )}
    </article>
  );
}
