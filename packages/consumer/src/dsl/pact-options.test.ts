import { SpecificationVersion } from '../matchers/matcher-types';
import { specVersionOf, targetOf } from './pact-options';

describe('pact options', () => {
  it('maps pact-js specification numbers to versions', () => {
    expect(specVersionOf(SpecificationVersion.SPECIFICATION_VERSION_V2, 'V4')).toBe('V2');
    expect(specVersionOf(SpecificationVersion.SPECIFICATION_VERSION_V3, 'V4')).toBe('V3');
    expect(specVersionOf(undefined, 'V4')).toBe('V4');
    expect(() => specVersionOf(9, 'V4')).toThrow(expect.objectContaining({ code: 'TREATY_CONSUMER_INVALID_OPTION' }));
  });

  it('requires consumer and provider and refuses TLS with typed errors', () => {
    expect(targetOf({ consumer: 'web', provider: 'api', dir: 'pacts' }, 'V3')).toEqual({
      consumer: 'web',
      provider: 'api',
      dir: 'pacts',
      specVersion: 'V3',
    });
    expect(() => targetOf({ consumer: '', provider: 'api' }, 'V4')).toThrow(
      /Failed to read option consumer: it is required/,
    );
    expect(() => targetOf({ consumer: 'web', provider: 'api', tls: true }, 'V4')).toThrow(
      expect.objectContaining({ code: 'TREATY_CONSUMER_INVALID_OPTION' }),
    );
  });
});
