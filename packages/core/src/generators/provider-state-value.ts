import type { Generator } from '../model';

/**
 * Fill a ProviderState generator's `expression` (`/orders/${id}`) from provider state values.
 * When the whole expression is one placeholder the value keeps its type (a number stays a number);
 * when a value is missing the example in the pact is kept.
 * @example fromProviderState({ type: 'ProviderState', expression: '${id}' }, 0, { id: 42 }) // 42
 */
export function fromProviderState(
  generator: Generator,
  current: unknown,
  values: Record<string, unknown> | undefined,
): unknown {
  const expression = typeof generator.expression === 'string' ? generator.expression : undefined;
  if (expression === undefined || values === undefined) return current;
  const whole = /^\$\{([^}]+)\}$/.exec(expression);
  if (whole) return whole[1].trim() in values ? convert(values[whole[1].trim()], generator.dataType) : current;
  let missing = false;
  const filled = expression.replace(/\$\{([^}]+)\}/g, (_m, name: string) => {
    if (!(name.trim() in values)) missing = true;
    return String(values[name.trim()]);
  });
  return missing ? current : convert(filled, generator.dataType);
}

function convert(value: unknown, dataType: unknown): unknown {
  switch (dataType) {
    case 'STRING':
      return typeof value === 'string' ? value : JSON.stringify(value);
    case 'INTEGER':
      return Math.trunc(Number(value));
    case 'DECIMAL':
    case 'FLOAT':
      return Number(value);
    case 'BOOLEAN':
      return value === true || value === 'true';
    default:
      return value;
  }
}
