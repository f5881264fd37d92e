/** How a channel of the contract is declared: a zod schema for its input, a type for its output. */
import { z } from 'zod';

/** Phantom carrier for an output type: zod validates inputs, outputs are typed only. */
export interface CallSpec<I extends z.ZodType, O> {
  input: I;
  output?: O;
}

export function call<I extends z.ZodType>(input: I) {
  return { returns: <O>(): CallSpec<I, O> => ({ input }) };
}

/** A call that takes no argument (or an empty object). */
export const NoInput = z.union([z.undefined(), z.object({}).strict()]);
