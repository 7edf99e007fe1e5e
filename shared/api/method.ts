import type { z } from 'zod';

/** One API method: the schema its input must pass and the schema of what it returns. */
export const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
