import { trace } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { currentTraceHeaders, inSpan, logTraceFields, markSpan, tracingOn } from './spans.ts';
import { exportersFrom, otlpTarget, startTelemetry } from './telemetry.ts';

describe('OPS-1 tracing configuration', () => {
  it('OPS-1 export is off by default and follows the standard OTEL_* variables', () => {
    expect(exportersFrom({})).toEqual([]);
    expect(exportersFrom({ OTEL_SERVICE_NAME: 'gateway' })).toEqual([]);
    expect(exportersFrom({ OTEL_TRACES_EXPORTER: 'otlp' })).toEqual(['otlp']);
    expect(exportersFrom({ OTEL_TRACES_EXPORTER: 'console, otlp' })).toEqual(['console', 'otlp']);
    expect(exportersFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toEqual(['otlp']);
    expect(exportersFrom({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toEqual([
      'otlp',
    ]);
    expect(
      exportersFrom({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' }),
    ).toEqual([]);
    expect(exportersFrom({ OTEL_SDK_DISABLED: 'true', OTEL_TRACES_EXPORTER: 'otlp' })).toEqual([]);
    expect(exportersFrom({ OTEL_SDK_DISABLED: 'false', OTEL_TRACES_EXPORTER: 'otlp' })).toEqual(['otlp']);
  });

  it('OPS-1 the OTLP target comes from the given settings, not only the process environment', () => {
    expect(otlpTarget({})).toEqual({});
    expect(otlpTarget({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toEqual({
      url: 'http://collector:4318/v1/traces',
    });
    expect(
      otlpTarget({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://traces:4318/custom',
        OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%20abc, x-tenant=bc',
      }),
    ).toEqual({
      url: 'http://traces:4318/custom',
      headers: { authorization: 'Bearer abc', 'x-tenant': 'bc' },
    });
  });

  it('OPS-1 with OTEL off no provider or exporter runs: spans do not record, nothing is stored or logged', async () => {
    expect(await startTelemetry({ serviceName: 'inventory', env: {} })).toBe(false);
    expect(
      await startTelemetry({
        serviceName: 'inventory',
        env: { OTEL_SDK_DISABLED: 'true', OTEL_TRACES_EXPORTER: 'otlp' },
      }),
    ).toBe(false);
    expect(tracingOn()).toBe(false);
    // The API's no-op provider: a span made through it records nothing and has no valid ids.
    const span = trace.getTracer('test').startSpan('off');
    expect(span.isRecording()).toBe(false);
    span.end();
    let given: unknown = 'not called';
    await inSpan('work', { service: 'inventory' }, async (s) => {
      given = s;
      expect(currentTraceHeaders()).toEqual({});
      expect(logTraceFields()).toEqual({});
    });
    expect(given).toBeNull();
    expect(markSpan('outbox.write x', { service: 'inventory' })).toEqual({});
    const lines: string[] = [];
    createLogger('inventory', 'info', { write: (l: string) => void lines.push(l) }).info('hello');
    expect(JSON.parse(lines[0]!)).not.toHaveProperty('trace_id');
  });
});
