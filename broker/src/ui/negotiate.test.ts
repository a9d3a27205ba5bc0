import { prefersHtml } from './negotiate';

describe('prefersHtml', () => {
  it('is true for what browsers send', () => {
    expect(prefersHtml('text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8')).toBe(true);
    expect(prefersHtml('text/html')).toBe(true);
  });

  it('is false for HAL and JSON clients, and for no Accept header', () => {
    expect(prefersHtml('application/hal+json, application/json, */*; q=0.01')).toBe(false);
    expect(prefersHtml('application/hal+json')).toBe(false);
    expect(prefersHtml('*/*')).toBe(false);
    expect(prefersHtml(undefined)).toBe(false);
  });

  it('follows the q values when both are named', () => {
    expect(prefersHtml('application/json;q=0.5, text/html')).toBe(true);
    expect(prefersHtml('text/html;q=0.4, application/hal+json')).toBe(false);
    expect(prefersHtml('text/html;q=0')).toBe(false);
  });
});
