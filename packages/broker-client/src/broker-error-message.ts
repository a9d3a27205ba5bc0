/** Pull a short message out of a Pact Broker error body (`error.message`, `errors`, or plain text). */
export function brokerErrorMessage(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim().split('\n')[0] || undefined;
  if (!body || typeof body !== 'object') return undefined;
  const { error, errors } = body as { error?: unknown; errors?: unknown };
  if (error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  if (typeof error === 'string') return error;
  if (Array.isArray(errors)) return errors.map(String).join('; ');
  if (errors && typeof errors === 'object') {
    return Object.entries(errors)
      .map(
        ([field, messages]) =>
          `${field === 'base' ? '' : `${field}: `}${Array.isArray(messages) ? messages.join(', ') : String(messages)}`,
      )
      .join('; ');
  }
  return undefined;
}
