/**
 * The first-steps guide of a new center (issue 12) as a wire type: four steps, each ticked from the
 * center's data, and whether this coordinator closed the guide.
 */
import * as v from 'valibot';

export const FIRST_STEPS = ['areas', 'template', 'people', 'published'] as const;
export type FirstStep = (typeof FIRST_STEPS)[number];

export const firstStepsSchema = v.object({
  done: v.object({ areas: v.boolean(), template: v.boolean(), people: v.boolean(), published: v.boolean() }),
  dismissed: v.boolean(),
});
export type FirstSteps = v.InferOutput<typeof firstStepsSchema>;

export function decodeFirstSteps(value: unknown): FirstSteps | null {
  const parsed = v.safeParse(firstStepsSchema, value);
  return parsed.success ? parsed.output : null;
}

/** The guide shows until every step is done or the coordinator closed it. */
export function showsFirstSteps(steps: FirstSteps): boolean {
  return !steps.dismissed && FIRST_STEPS.some((step) => !steps.done[step]);
}
