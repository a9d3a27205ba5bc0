import { parseOpenApi } from '@treaty/openapi';
import { Writable } from 'node:stream';
import { publishBody, samplePact } from './support/fixtures';
import { startHttpBroker, type HttpBroker } from './support/http-broker';

describe('operations', () => {
  let broker: HttpBroker;
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  beforeAll(async () => {
    broker = await startHttpBroker({ logger: { level: 'info', stream }, bodyLimit: 64 * 1024 });
  });
  afterAll(() => broker.close());

  it('answers the heartbeat', async () => {
    const heartbeat = await broker.call('GET', '/diagnostic/status/heartbeat');
    expect(heartbeat.status).toBe(200);
    expect(heartbeat.body.ok).toBe(true);
  });

  it('logs JSON lines with the request id, honouring X-Request-Id and echoing it', async () => {
    const answer = await broker.call('GET', '/pacticipants', undefined, { 'x-request-id': 'trace-abc-123' });
    expect(answer.headers.get('x-request-id')).toBe('trace-abc-123');
    const mine = lines.filter((l) => l.reqId === 'trace-abc-123');
    expect(mine.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
    const generated = (await broker.call('GET', '/pacticipants')).headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.filter((l) => l.reqId === generated)).toHaveLength(2);
    expect(lines.filter((l) => 'req' in l || 'res' in l).every((l) => typeof l.reqId === 'string')).toBe(true);
  });

  it('serves Prometheus metrics with request series by route and status, pacts and the webhook queue', async () => {
    await broker.call('POST', '/contracts/publish', publishBody('1.0.0', [samplePact()]));
    await broker.call('GET', '/pacticipants/Nobody');
    const metrics = await broker.call('GET', '/metrics');
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(metrics.text).toContain(
      'treaty_broker_http_requests_total{method="POST",route="/contracts/publish",status="200"} 1',
    );
    expect(metrics.text).toContain(
      'treaty_broker_http_requests_total{method="GET",route="/pacticipants/:pacticipant",status="404"} 1',
    );
    expect(metrics.text).toMatch(
      new RegExp(
        /treaty_broker_http_request_duration_seconds_bucket\{method="POST",route="\/contracts\/publish",/.source +
          /status="200",le="\+Inf"\} 1/.source,
      ),
    );
    expect(metrics.text).toContain('treaty_broker_pact_publications 1');
    expect(metrics.text).toContain('treaty_broker_webhook_queue_depth 0');
  });

  it('serves its own OpenAPI 3.1 document, loadable by @treaty/openapi', async () => {
    const answer = await broker.call('GET', '/openapi.json');
    expect(answer.body.openapi).toBe('3.1.0');
    const spec = parseOpenApi(answer.body, { source: '/openapi.json' });
    expect(spec.version).toBe('3.1');
    expect(spec.operations.map((o) => `${o.method.toUpperCase()} ${o.pathTemplate}`)).toEqual(
      expect.arrayContaining(['POST /contracts/publish', 'GET /can-i-deploy', 'POST /webhooks']),
    );
    const ids = spec.operations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('answers a body over the limit with 413 and a JSON error', async () => {
    const big = { pacticipantName: 'x'.repeat(70 * 1024) };
    const answer = await broker.call('POST', '/contracts/publish', big);
    expect(answer.status).toBe(413);
    expect(answer.body.error.code).toBe('TREATY_BROKER_BODY_TOO_LARGE');
    expect(answer.body.error.message).toContain('65536');
  });
});
