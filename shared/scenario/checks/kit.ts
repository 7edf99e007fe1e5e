import { z } from 'zod';
import type { World } from '../../model/world';

/**
 * An objective check: the data a scenario writes (a zod object whose `kind`
 * is its name) and whether it holds in a world. Each part of the model keeps
 * its checks beside its screens (checks/registration.ts, …); schema.ts and
 * scoring/objectives.ts compose them.
 */
export interface CheckDefinition<Shape extends { kind: z.ZodLiteral<string> } & z.ZodRawShape = { kind: z.ZodLiteral<string> }> {
  schema: z.ZodObject<Shape>;
  holds: (check: z.infer<z.ZodObject<Shape>>, world: World) => boolean;
}

/** Declares a check; the literal kind and the fields come from one strict object. */
export function defineCheck<Shape extends { kind: z.ZodLiteral<string> } & z.ZodRawShape>(
  shape: Shape,
  holds: (check: z.infer<z.ZodObject<Shape>>, world: World) => boolean,
): CheckDefinition<Shape> {
  return { schema: z.strictObject(shape), holds };
}

export const checkSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
  .max(64, 'must be at most 64 characters');
export const checkLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);
