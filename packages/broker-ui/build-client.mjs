// Bundle the web UI with esbuild into dist/client: hashed, minified ES modules (the graph page is its own chunk)
// and an index.html that names them. Run by `npm run build`; needs nothing from the network.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const out = join(import.meta.dirname, 'dist', 'client');
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'assets'), { recursive: true });
const result = await build({
  entryPoints: [join(import.meta.dirname, 'client', 'main.tsx')],
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  outdir: join(out, 'assets'),
  entryNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
  metafile: true,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
const entry = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint?.endsWith('main.tsx'));
const script = basename(entry[0]);
const css = entry[1].cssBundle ? basename(entry[1].cssBundle) : undefined;
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Treaty broker</title>
<link rel="icon" href="data:,">
${css ? `<link rel="stylesheet" href="/ui/assets/${css}">` : ''}
<script type="module" src="/ui/assets/${script}"></script>
</head>
<body><div id="app"></div></body>
</html>
`;
writeFileSync(join(out, 'index.html'), html);
