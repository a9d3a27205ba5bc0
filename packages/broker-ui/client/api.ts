import { useEffect, useState } from 'preact/hooks';

/** An answer the broker refused, with its status and the broker's own message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const listeners = new Set<() => void>();

/** Be told when any request comes back 401, so the app can show the login form. */
export function onUnauthorised(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** GET or POST JSON from the broker (same origin, token cookie sent automatically). */
export async function requestJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'x-treaty-ui': '1',
    ...(init.headers as Record<string, string>),
  };
  const response = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  const text = await response.text();
  const body = text ? (JSON.parse(text) as { error?: { message?: string } }) : {};
  if (response.status === 401) listeners.forEach((listener) => listener());
  if (!response.ok)
    throw new ApiError(response.status, body.error?.message ?? `The broker answered ${response.status}.`);
  return body as T;
}

/** The state of one fetch: data, or an error, or still loading. */
export interface Loaded<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
}

/** Fetch JSON for a page; fetches again when the path changes. */
export function useJson<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ loading: path !== null });
  useEffect(() => {
    if (path === null) return;
    let live = true;
    setState((s) => ({ data: s.data, loading: true }));
    requestJson<T>(path).then(
      (data) => live && setState({ data, loading: false }),
      (error: ApiError) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [path]);
  return state;
}

/** `encodeURIComponent` for one path segment. */
export const seg = encodeURIComponent;

/** A query string from defined, non-empty values. */
export function query(values: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}
