import { badgeSvg } from './badge-svg';

describe('badgeSvg', () => {
  it('draws both texts escaped, in the colour asked for', () => {
    const svg = badgeSvg({ label: '<web>&"orders"', message: 'verified', color: 'brightgreen' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>&lt;web&gt;&amp;&quot;orders&quot;: verified</title>');
    expect(svg).toContain('fill="#4c1"');
    expect(svg).not.toContain('<web>');
  });

  it('puts the comment first and keeps it a well-formed XML comment whatever the names contain', () => {
    const svg = badgeSvg({ label: 'a', message: 'b', color: 'red' }, 'Web-- version 1 --> <x>');
    expect(svg.split('\n')[0]).toBe('<!-- Web- - version 1 - -> <x> -->');
  });
});
