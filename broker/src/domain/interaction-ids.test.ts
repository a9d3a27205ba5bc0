import { withInteractionIds } from './interaction-ids';

describe('withInteractionIds', () => {
  it('adds an _id that depends on the content, not on key order', () => {
    const a = withInteractionIds({ interactions: [{ description: 'x', request: { method: 'GET', path: '/' } }] });
    const b = withInteractionIds({ interactions: [{ request: { path: '/', method: 'GET' }, description: 'x' }] });
    const c = withInteractionIds({ interactions: [{ description: 'y', request: { method: 'GET', path: '/' } }] });
    const id = (p: Record<string, unknown>) => (p.interactions as { _id: string }[])[0]._id;
    expect(id(a)).toMatch(/^[0-9a-f]{40}$/);
    expect(id(a)).toBe(id(b));
    expect(id(a)).not.toBe(id(c));
  });

  it('covers messages too, leaves other keys and non-objects alone, and does not change its input', () => {
    const input = { consumer: { name: 'W' }, messages: [{ description: 'm' }, 'odd'], metadata: {} };
    const out = withInteractionIds(input);
    expect((out.messages as unknown[])[1]).toBe('odd');
    expect((out.messages as { _id?: string }[])[0]._id).toMatch(/^[0-9a-f]{40}$/);
    expect(out.consumer).toBe(input.consumer);
    expect(input.messages[0]).toEqual({ description: 'm' });
  });
});
