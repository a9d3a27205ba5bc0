import type { HttpInteraction, HttpRequest } from '@treaty/core';
import { chooseInteraction } from './choose-interaction';

function interaction(description: string, request: HttpRequest, state?: string): HttpInteraction {
  return {
    type: 'Synchronous/HTTP',
    description,
    providerStates: state ? [{ name: state }] : [],
    request,
    response: { status: 200 },
  };
}

const order = interaction('order 1', { method: 'GET', path: '/orders/1' }, 'order 1 exists');
const noOrder = interaction('no order 1', { method: 'GET', path: '/orders/1' }, 'no orders');
const create = interaction('create', {
  method: 'POST',
  path: '/orders',
  headers: { 'Content-Type': ['application/json'] },
  body: { content: { id: 1 }, contentType: 'application/json' },
});
const get = { method: 'GET', path: '/orders/1' };

describe('chooseInteraction', () => {
  it('takes the first match not used yet', () => {
    expect(chooseInteraction(get, [order, noOrder], new Set()).matched).toBe(order);
    expect(chooseInteraction(get, [order, noOrder], new Set([order])).matched).toBe(noOrder);
  });

  it('reuses a used match when every match was used', () => {
    expect(chooseInteraction(get, [order, noOrder], new Set([order, noOrder])).matched).toBe(order);
  });

  it('prefers the interaction whose provider state is named, even when used', () => {
    expect(chooseInteraction(get, [order, noOrder], new Set(), 'no orders').matched).toBe(noOrder);
    expect(chooseInteraction(get, [order, noOrder], new Set([noOrder]), 'no orders').matched).toBe(noOrder);
  });

  it('falls back to the usual order when no match has the named state', () => {
    expect(chooseInteraction(get, [order, noOrder], new Set([order]), 'unknown').matched).toBe(noOrder);
  });

  it('reports as closest an interaction on the same endpoint before one with fewer body mismatches', () => {
    const actual = {
      method: 'POST',
      path: '/orders',
      headers: { 'Content-Type': ['application/json'] },
      body: { content: { id: 'x' }, contentType: 'application/json' },
    };
    const choice = chooseInteraction(actual, [order, create], new Set());
    expect(choice.matched).toBeUndefined();
    expect(choice.closest?.interaction).toBe(create);
    expect(choice.closest?.result.mismatches.map((m) => m.type)).toEqual(['body']);
  });

  it('reports no closest interaction when there are none', () => {
    expect(chooseInteraction(get, [], new Set())).toEqual({ closest: undefined });
  });
});
