import { closestNames } from './closest-names';

describe('closestNames', () => {
  const known = ['web-app', 'users-api', 'orders-api', 'orders-web', 'billing'];

  it('finds typos and case differences, closest first', () => {
    expect(closestNames('web-ap', known)).toEqual(['web-app']);
    expect(closestNames('Orders-API', known)).toEqual(['orders-api']);
    expect(closestNames('order-api', known)).toEqual(['orders-api']);
    expect(closestNames('orders-wep', known)).toEqual(['orders-web']);
    expect(closestNames('users', known)).toEqual(['users-api']);
  });

  it('finds names starting with what was typed', () => {
    expect(closestNames('bill', known)).toEqual(['billing']);
  });

  it('suggests nothing for an unrelated name', () => {
    expect(closestNames('inventory-service', known)).toEqual([]);
  });
});
