import { labelText, RequestMetrics } from './request-metrics';

describe('RequestMetrics', () => {
  it('writes a counter and a cumulative histogram per method, route and status', () => {
    const metrics = new RequestMetrics();
    metrics.observe('GET', '/pacts/:id', 200, 0.02);
    metrics.observe('GET', '/pacts/:id', 200, 3);
    metrics.observe('POST', '/webhooks', 201, 0.001);
    const lines = metrics.lines();
    const get = 'method="GET",route="/pacts/:id",status="200"';
    expect(lines).toContain(`treaty_broker_http_requests_total{${get}} 2`);
    expect(lines).toContain(`treaty_broker_http_request_duration_seconds_bucket{${get},le="0.01"} 0`);
    expect(lines).toContain(`treaty_broker_http_request_duration_seconds_bucket{${get},le="0.025"} 1`);
    expect(lines).toContain(`treaty_broker_http_request_duration_seconds_bucket{${get},le="2.5"} 1`);
    expect(lines).toContain(`treaty_broker_http_request_duration_seconds_bucket{${get},le="5"} 2`);
    expect(lines).toContain(`treaty_broker_http_request_duration_seconds_bucket{${get},le="+Inf"} 2`);
    expect(lines).toContain(`treaty_broker_http_request_duration_seconds_sum{${get}} 3.02`);
    expect(lines).toContain(`treaty_broker_http_request_duration_seconds_count{${get}} 2`);
    expect(lines).toContain('treaty_broker_http_requests_total{method="POST",route="/webhooks",status="201"} 1');
    expect(lines.filter((l) => l.startsWith('# TYPE'))).toEqual([
      '# TYPE treaty_broker_http_requests_total counter',
      '# TYPE treaty_broker_http_request_duration_seconds histogram',
    ]);
  });

  it('escapes label values as the exposition format says', () => {
    expect(labelText({ route: 'a\\b"c\nd' })).toBe('route="a\\\\b\\"c\\nd"');
  });
});
