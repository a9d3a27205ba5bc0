import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { useLocation } from 'preact-iso/router';
import { useEffect, useRef, useState } from 'preact/hooks';
import Sigma from 'sigma';
import { requestJson } from '../api';
import { to } from '../links';
import { Alert, Page } from '../components/page';

interface Answer {
  nodes: string[];
  edges: Array<[number, number, number]>;
}

const EDGE_COLORS = ['#2e7d32', '#c62828', '#8a8a8a'];
const STATES = ['passed', 'failed', 'unverified'];

// Nodes start on a circle; ForceAtlas2 (graphology's layout) does the actual placement.
function buildGraph(data: Answer): Graph {
  const graph = new Graph({ type: 'directed', multi: false });
  const n = data.nodes.length;
  data.nodes.forEach((name, i) =>
    graph.addNode(name, {
      label: name,
      x: Math.cos((2 * Math.PI * i) / n) * 100,
      y: Math.sin((2 * Math.PI * i) / n) * 100,
      size: 3,
      color: '#5477b5',
    }),
  );
  for (const [c, p, s] of data.edges) {
    const key = `${data.nodes[c]}→${data.nodes[p]}`;
    if (!graph.hasEdge(key))
      graph.addDirectedEdgeWithKey(key, data.nodes[c], data.nodes[p], {
        color: EDGE_COLORS[s],
        size: s === 1 ? 2 : 1,
        state: STATES[s],
      });
  }
  const scale = n > 300 ? 0.5 : 1;
  graph.forEachNode((node) =>
    graph.setNodeAttribute(node, 'size', scale * (3 + Math.min(14, Math.sqrt(graph.degree(node)) * 2))),
  );
  const iterations = n > 500 ? 50 : 150;
  forceAtlas2.assign(graph, {
    iterations,
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: n > 300 },
  });
  return graph;
}

function labelColor(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--fg').trim() || '#222';
}

function useSigma(container: { current: HTMLDivElement | null }, data: Answer | undefined, highlight: string | null) {
  const sigma = useRef<Sigma | null>(null);
  const { route } = useLocation();
  useEffect(() => {
    if (!data || !container.current) return;
    const graph = buildGraph(data);
    const renderer = new Sigma(graph, container.current, {
      enableEdgeEvents: true,
      defaultEdgeType: 'arrow',
      labelColor: { color: labelColor() },
      labelRenderedSizeThreshold: data.nodes.length > 200 ? 9 : 0,
    });
    renderer.on('clickNode', ({ node }) => route(to.pacticipant(node)));
    renderer.on('clickEdge', ({ edge }) => route(to.pact(graph.target(edge), graph.source(edge))));
    renderer.on('enterNode', () => container.current?.classList.add('pointing'));
    renderer.on('leaveNode', () => container.current?.classList.remove('pointing'));
    sigma.current = renderer;
    container.current.dataset.ready = 'true';
    return () => {
      renderer.kill();
      sigma.current = null;
    };
  }, [data]);
  useEffect(() => {
    const renderer = sigma.current;
    if (!renderer) return;
    // Read the framed position before the reducer change resets sigma's display cache to graph coordinates.
    const shown = highlight ? renderer.getNodeDisplayData(highlight) : undefined;
    renderer.setSetting('nodeReducer', (node, attrs) =>
      highlight && node === highlight ? { ...attrs, highlighted: true, size: attrs.size * 2 } : attrs,
    );
    if (shown) renderer.getCamera().animate({ x: shown.x, y: shown.y, ratio: 0.15 }, { duration: 400 });
  }, [highlight, data]);
  return sigma;
}

function Controls({ sigma }: { sigma: { current: Sigma | null } }) {
  const camera = () => sigma.current?.getCamera();
  return (
    <span class="controls">
      <button type="button" onClick={() => camera()?.animatedZoom({ duration: 200 })} aria-label="Zoom in">
        +
      </button>
      <button type="button" onClick={() => camera()?.animatedUnzoom({ duration: 200 })} aria-label="Zoom out">
        −
      </button>
      <button type="button" onClick={() => camera()?.animatedReset({ duration: 200 })}>
        Reset view
      </button>
    </span>
  );
}

function pan(sigma: Sigma | null, event: KeyboardEvent) {
  const camera = sigma?.getCamera();
  const step: Record<string, [number, number]> = {
    ArrowLeft: [-0.1, 0],
    ArrowRight: [0.1, 0],
    ArrowUp: [0, 0.1],
    ArrowDown: [0, -0.1],
  };
  const move = step[event.key];
  if (!camera) return;
  if (move) {
    event.preventDefault();
    const s = camera.getState();
    camera.animate({ x: s.x + move[0] * s.ratio, y: s.y + move[1] * s.ratio }, { duration: 100 });
  } else if (event.key === '+' || event.key === '=') camera.animatedZoom({ duration: 150 });
  else if (event.key === '-') camera.animatedUnzoom({ duration: 150 });
}

/** The network of every pacticipant, edges coloured by verification state; pan, zoom, search, click through. */
export function GraphPage() {
  const container = useRef<HTMLDivElement>(null);
  const [data, setData] = useState<Answer>();
  const [error, setError] = useState('');
  const [text, setText] = useState('');
  const [highlight, setHighlight] = useState<string | null>(null);
  useEffect(() => {
    requestJson<Answer>('/ui/api/graph').then(setData, (e: Error) => setError(e.message));
  }, []);
  const sigma = useSigma(container, data, highlight);
  const find = (event: Event) => {
    event.preventDefault();
    const needle = text.trim().toLowerCase();
    const match =
      data?.nodes.find((n) => n.toLowerCase() === needle) ?? data?.nodes.find((n) => n.toLowerCase().includes(needle));
    setHighlight(match ?? null);
    if (!match) setError(`No service matches "${text}".`);
    else setError('');
  };
  return (
    <Page title="Network">
      <form class="toolbar" onSubmit={find} role="search">
        <label for="graph-search">Find a service</label>
        <input
          id="graph-search"
          type="search"
          list="graph-services"
          value={text}
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
        />
        <datalist id="graph-services">
          {data?.nodes.map((n) => (
            <option value={n} />
          ))}
        </datalist>
        <button type="submit">Find</button>
        {highlight && <a href={to.pacticipant(highlight)}>Open {highlight}</a>}
        <Controls sigma={sigma} />
        <span class="legend">
          {STATES.map((s, i) => (
            <span>
              <i style={{ background: EDGE_COLORS[i] }} />
              {s}
            </span>
          ))}
        </span>
      </form>
      <Alert message={error} />
      {data && (
        <p class="muted small" aria-live="polite">
          {data.nodes.length} services, {data.edges.length} integrations. Drag to pan, scroll or +/− to zoom, arrow keys
          move, click a service or an edge to open it.
        </p>
      )}
      <div
        class="graph"
        ref={container}
        tabIndex={0}
        aria-label="Network graph of services"
        role="application"
        onKeyDown={(e) => pan(sigma.current, e)}
      />
    </Page>
  );
}
