import type { FastifyInstance } from 'fastify';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Series {
  labels: { method: string; route: string; status: string };
  count: number;
  sum: number;
  buckets: number[];
}

/** Request counts and durations by method, route template and status, kept in memory for `/metrics`. */
export class RequestMetrics {
  private readonly series = new Map<string, Series>();

  /** Count one finished request. */
  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${route} ${status}`;
    let s = this.series.get(key);
    if (!s)
      this.series.set(
        key,
        (s = { labels: { method, route, status: String(status) }, count: 0, sum: 0, buckets: BUCKETS.map(() => 0) }),
      );
    s.count++;
    s.sum += seconds;
    BUCKETS.forEach((le, i) => {
      if (seconds <= le) s!.buckets[i]++;
    });
  }

  /** The Prometheus text lines of the request series. */
  lines(): string[] {
    const out = [
      '# HELP treaty_broker_http_requests_total HTTP requests answered, by method, route and status.',
      '# TYPE treaty_broker_http_requests_total counter',
    ];
    const all = [...this.series.values()];
    for (const s of all) out.push(`treaty_broker_http_requests_total{${labelText(s.labels)}} ${s.count}`);
    out.push(
      '# HELP treaty_broker_http_request_duration_seconds HTTP request duration in seconds.',
      '# TYPE treaty_broker_http_request_duration_seconds histogram',
    );
    for (const s of all) {
      const l = labelText(s.labels);
      BUCKETS.forEach((le, i) =>
        out.push(`treaty_broker_http_request_duration_seconds_bucket{${l},le="${le}"} ${s.buckets[i]}`),
      );
      out.push(`treaty_broker_http_request_duration_seconds_bucket{${l},le="+Inf"} ${s.count}`);
      out.push(
        `treaty_broker_http_request_duration_seconds_sum{${l}} ${s.sum}`,
        `treaty_broker_http_request_duration_seconds_count{${l}} ${s.count}`,
      );
    }
    return out;
  }
}

/** Escape a Prometheus label value. */
export function labelText(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')}"`)
    .join(',');
}

declare module 'fastify' {
  interface FastifyInstance {
    requestMetrics: RequestMetrics;
  }
}

/** Count every request by its route template (not its URL, so names do not explode the series). */
export function installRequestMetrics(app: FastifyInstance): void {
  const metrics = new RequestMetrics();
  app.decorate('requestMetrics', metrics);
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });
}
