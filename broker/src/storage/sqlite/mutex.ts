/** A FIFO async mutex. */
export interface Mutex {
  run<T>(fn: () => Promise<T>): Promise<T>;
}

/** Create a mutex that runs one function at a time, in call order. */
export function createMutex(): Mutex {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(fn: () => Promise<T>): Promise<T> {
      const result = tail.then(fn, fn);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
