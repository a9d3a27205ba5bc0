/** ANSI styling that is a no-op when colour is off. */
export interface Paint {
  red(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

function wrap(open: number, close: number): (text: string) => string {
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

/** Styling functions, real or identity. */
export function paint(color: boolean): Paint {
  if (!color) {
    const same = (text: string): string => text;
    return { red: same, green: same, dim: same, bold: same };
  }
  return { red: wrap(31, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}
