import { makeBadge } from 'badge-maker';
import type { BadgeText } from '../domain/badges';

/**
 * Draw a badge as SVG (shields.io's flat style, drawn locally: the broker never calls shields.io).
 * `comment` (e.g. which versions it was computed from) goes first as an XML comment, as the Pact Broker does.
 * @example badgeSvg({ label: 'web/orders pact', message: 'verified', color: 'brightgreen' })
 */
export function badgeSvg(text: BadgeText, comment?: string): string {
  const svg = makeBadge({ label: text.label, message: text.message, color: text.color, style: 'flat' });
  return comment ? `<!-- ${comment.replace(/--/g, '- -')} -->\n${svg}` : svg;
}
