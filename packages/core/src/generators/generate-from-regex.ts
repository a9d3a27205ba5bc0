import { coreErrors } from '../core-errors';
import { randomChar, randomInt } from './random';
import { parseRegex, type RegexNode } from './regex-ast';

/**
 * Generate a string that matches a regular expression (classes, quantifiers, groups, alternation).
 * @example generateFromRegex('\\d{3}-[A-Z]{2}') // e.g. '042-QX'
 * @throws TreatyError TREATY_CORE_INVALID_GENERATOR when the pattern cannot be parsed.
 */
export function generateFromRegex(pattern: string, where = 'Regex generator'): string {
  let ast: RegexNode;
  try {
    ast = parseRegex(pattern);
  } catch (error) {
    throw coreErrors.TREATY_CORE_INVALID_GENERATOR([
      where,
      `the pattern /${pattern}/ is not a regular expression I can generate from (${(error as Error).message})`,
    ]);
  }
  return generate(ast);
}

function generate(node: RegexNode): string {
  switch (node.kind) {
    case 'chars':
      return node.chars.length === 0 ? '' : randomChar(node.chars);
    case 'seq':
      return node.items.map(generate).join('');
    case 'alt':
      return generate(node.options[randomInt(0, node.options.length - 1)]);
    case 'repeat': {
      let out = '';
      for (let i = randomInt(node.min, node.max); i > 0; i--) out += generate(node.node);
      return out;
    }
  }
}
