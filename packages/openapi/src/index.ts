/** Placeholder until this package is implemented. */
export const placeholder = true;
