/** A problem with one input: reported as one line naming the input, and the rest goes on. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly input: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${input}: ${reason}`, options);
  }
}
