import { serializePact, type Interaction, type Pact, type WritableSpecVersion } from '@treaty/core';

/** One interaction as it appears in a pact file, with its identity. */
export interface RenderedInteraction {
  key: string;
  interaction: Interaction;
  /** The interaction's pretty-printed JSON, indented to sit inside the file's list. */
  text: string;
  /** `interactions` or (V2/V3 messages) `messages`. */
  list: string;
}

/** A pact file around its list of interactions: `head + items.join(',\n') + tail`. */
export interface PactFrame {
  head: string;
  tail: string;
  list: string;
}

/** What a pact file is written for. */
export interface PactHeader {
  consumer: string;
  provider: string;
  specVersion: WritableSpecVersion;
  metadata: Record<string, unknown>;
}

// Pretty-printed inside a list inside an object, a value comes out indented as in the file; cheaper than re-indenting.
const WRAP_HEAD = '{\n  "_": [\n'.length;
const WRAP_TAIL = '\n  ]\n}'.length;

function indented(value: unknown): string {
  return JSON.stringify({ _: [value] }, null, 2).slice(WRAP_HEAD, -WRAP_TAIL);
}
const SENTINEL = '\u0000treaty-items\u0000';

function pactOf(header: PactHeader, interactions: Interaction[]): Pact {
  const { consumer, provider, specVersion, metadata } = header;
  return { consumer: { name: consumer }, provider: { name: provider }, interactions, metadata, specVersion };
}

function listOf(interaction: Interaction, specVersion: WritableSpecVersion): string {
  return specVersion !== 'V4' && interaction.type === 'Asynchronous/Messages' ? 'messages' : 'interactions';
}

/**
 * Render one interaction for the file (this also checks the pact's version can hold it).
 * @example renderInteraction(header, interaction, key).text
 * @throws TREATY_CORE_UNSUPPORTED_SPEC-family errors when the spec version cannot express the interaction.
 */
export function renderInteraction(header: PactHeader, interaction: Interaction, key: string): RenderedInteraction {
  const list = listOf(interaction, header.specVersion);
  const written = serializePact(pactOf(header, [interaction]), { specVersion: header.specVersion })[list] as unknown[];
  return { key, interaction, text: indented(written[0]), list };
}

// The text around the list of a pact whose interactions all go to `list`.
function renderFrame(header: PactHeader, sample: Interaction, list: string): PactFrame {
  const pact = serializePact(pactOf(header, [sample]), { specVersion: header.specVersion });
  pact[list] = SENTINEL;
  const [before, after] = JSON.stringify(pact, null, 2).split(JSON.stringify(SENTINEL));
  return { head: `${before}[\n`, tail: `\n  ]${after}\n`, list };
}

/**
 * The whole pact file text for rendered interactions, in their order.
 * @example writeFileSync(file, renderPact(header, items))
 */
export function renderPact(header: PactHeader, items: RenderedInteraction[]): { text: string; frame?: PactFrame } {
  const lists = new Set(items.map((item) => item.list));
  if (lists.size !== 1) {
    const pact = serializePact(
      pactOf(
        header,
        items.map((item) => item.interaction),
      ),
      { specVersion: header.specVersion },
    );
    return { text: `${JSON.stringify(pact, null, 2)}\n` };
  }
  const frame = renderFrame(header, items[0].interaction, items[0].list);
  return { text: frame.head + items.map((item) => item.text).join(',\n') + frame.tail, frame };
}
