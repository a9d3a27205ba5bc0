import { groupOf, relationshipsCsv, type Relationship } from './relationships-csv';

const r = (consumerId: number, consumerName: string, providerId: number, providerName: string): Relationship => ({ consumerId, consumerName, providerId, providerName });

describe('relationshipsCsv', () => {
  it('writes one padded row per pacticipant with the providers it consumes', () => {
    expect(relationshipsCsv([r(1, 'Web', 2, 'Orders'), r(1, 'Web', 3, 'Users, Inc')])).toBe('1,Web,1,1,0,1,2,3\n2,Orders,1,1,0,2,0,0\n3,"Users, Inc",1,1,0,3,0,0\n');
    expect(relationshipsCsv([])).toBe('');
  });
});

describe('groupOf', () => {
  const all = [r(1, 'Web', 2, 'Orders'), r(2, 'Orders', 3, 'Stock'), r(4, 'Mobile', 5, 'Auth')];

  it('keeps the connected pacticipants only, following consumers and providers', () => {
    expect(groupOf(all, 3)).toEqual([all[0], all[1]]);
    expect(groupOf(all, 5)).toEqual([all[2]]);
  });

  it('stops at max pacticipants', () => {
    expect(groupOf(all, 1, 2)).toEqual([all[0]]);
  });
});
