import { aggregateProviderStates, providerStatesOf } from './provider-states';

describe('providerStatesOf', () => {
  it('reads V2 providerState, V3/V4 providerStates and message states', () => {
    const pact = {
      interactions: [{ providerState: 'an order exists' }, { providerStates: [{ name: 'a user', params: { id: 1 } }, { nope: true }] }],
      messages: [{ providerStates: [{ name: 'an event' }] }],
    };
    expect(providerStatesOf(pact)).toEqual([{ name: 'an order exists' }, { name: 'a user', params: { id: 1 } }, { name: 'an event' }]);
  });

  it('ignores pacts without interactions', () => {
    expect(providerStatesOf({})).toEqual([]);
  });
});

describe('aggregateProviderStates', () => {
  it('merges equal states across consumers, keeps different params apart and sorts by name', () => {
    const web = { interactions: [{ providerStates: [{ name: 'b state' }, { name: 'a state', params: { id: 1 } }] }] };
    const app = { interactions: [{ providerStates: [{ name: 'b state' }, { name: 'a state', params: { id: 2 } }] }, { providerState: 'b state' }] };
    expect(aggregateProviderStates([{ consumer: 'Web', pact: web }, { consumer: 'App', pact: app }])).toEqual([
      { name: 'a state', params: { id: 1 }, consumers: ['Web'] },
      { name: 'a state', params: { id: 2 }, consumers: ['App'] },
      { name: 'b state', consumers: ['Web', 'App'] },
    ]);
  });
});
