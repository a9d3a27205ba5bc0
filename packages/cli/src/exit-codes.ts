/**
 * The exit codes of `treaty`, documented in docs/cli.md. Scripts may rely on them.
 */
export const ExitCode = {
  /** The command did what was asked and the answer is yes. */
  ok: 0,
  /** The command ran but the answer is no: not deployable, verification failed, check found errors. */
  failed: 1,
  /**
   * Bad input: an unknown option, a missing file, a malformed pact, an unknown environment, a request the broker
   * refused as invalid.
   */
  badInput: 2,
  /** The broker could not be reached, refused the credentials, or failed (5xx). */
  brokerError: 3,
  /** A bug in Treaty: please report it. */
  internal: 70,
} as const;

/** One of the {@link ExitCode} values. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
