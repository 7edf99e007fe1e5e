import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { coursesWithKnownScenarios, parseCourseCatalog, type Course } from '../../shared/scenario/course-schema';
import { readJsonFile, type ScenarioProblem } from './scenario-library';

export const COURSES_FILE = 'courses.json';

/**
 * Reads the courses (scenarios/courses.json) on every start, after the
 * scenarios are loaded. They are not stored: a course is a view over the
 * attempts, and its certificates keep what they stated in their register.
 * A file that fails the schema loads no course; a course naming a
 * scenario that is not in the library is refused and the others load.
 * Either way the reasons go to app.info's scenarioProblems.
 */
export function loadCourses(scenariosDir: string, isKnownScenario: (scenarioId: string) => boolean): { courses: Course[]; problems: ScenarioProblem[] } {
  const path = join(scenariosDir, COURSES_FILE);
  // A pack without courses is fine: there is simply nothing to complete.
  if (!existsSync(path)) return { courses: [], problems: [] };
  const read = readJsonFile(path);
  const parsed = read.ok ? parseCourseCatalog(read.value) : read;
  if (!parsed.ok) return { courses: [], problems: [{ source: COURSES_FILE, problems: parsed.error }] };
  const checked = coursesWithKnownScenarios(parsed.value, isKnownScenario);
  return { courses: checked.courses, problems: checked.problems.length > 0 ? [{ source: COURSES_FILE, problems: checked.problems }] : [] };
}
