import { describe, expect, it } from 'vitest';
import { classifyError, isTransientConnectError, redact, redactUrl } from '../../src/probes/classify.js';
import { createLimiter } from '../../src/probes/limiter.js';

const err = (props: Record<string, unknown>, message = 'x'): Error => Object.assign(new Error(message), props);

describe('classifyError', () => {
  it.each([
    [err({ code: 'ECONNREFUSED' }), 'refused'],
    [err({ code: 'ETIMEDOUT' }), 'timeout'],
    [err({ level: 'client-timeout' }, 'Timed out while waiting for handshake'), 'timeout'],
    [err({ code: 'UND_ERR_CONNECT_TIMEOUT' }), 'timeout'],
    [new DOMException('The operation was aborted due to timeout', 'TimeoutError'), 'timeout'],
    [err({ code: 'ENOTFOUND' }), 'dns'],
    [err({ code: 'EAI_AGAIN' }), 'dns'],
    [err({ code: 'EHOSTUNREACH' }), 'unreachable'],
    [err({ code: 'ENETUNREACH' }), 'unreachable'],
    [err({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }), 'tls'],
    [err({ level: 'client-authentication' }, 'All configured authentication methods failed'), 'auth-denied'],
    [err({ cause: { code: 'ECONNREFUSED' } }), 'refused'],
    [err({ code: 'ECONNRESET' }, 'read ECONNRESET'), 'reset'],
    [err({ code: 'EPIPE' }), 'reset'],
    [err({ code: 'UND_ERR_SOCKET' }, 'other side closed'), 'reset'],
    [err({}), 'error'],
  ] as const)('%s → %s', (error, reason) => {
    expect(classifyError(error)).toBe(reason);
  });

  it('retries only connection-phase failures', () => {
    expect(isTransientConnectError(err({ code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransientConnectError(err({ code: 'ECONNRESET' }))).toBe(true);
    expect(isTransientConnectError(err({ code: 'EAI_AGAIN' }))).toBe(true);
    expect(isTransientConnectError(err({ code: 'ENOTFOUND' }))).toBe(false);
    expect(isTransientConnectError(new DOMException('t', 'TimeoutError'))).toBe(false);
  });
});

describe('redaction', () => {
  it('hides URL credentials and private keys, keeps one line', () => {
    expect(redactUrl('http://admin:s3cret@10.0.0.1:8080/health')).toBe('http://admin:***@10.0.0.1:8080/health');
    expect(redactUrl('https://token@example.org/x')).toBe('https://***@example.org/x');
    expect(redactUrl('http://10.0.0.1/x')).toBe('http://10.0.0.1/x');
    expect(redactUrl('http://10.0.0.1/health?token=abc&x=1&api_key=k')).toBe('http://10.0.0.1/health?token=***&x=1&api_key=***');
    expect(redact('GET http://tok3n@h/x?access_token=zz&v=2 failed')).toBe('GET http://***@h/x?access_token=***&v=2 failed');
    expect(redact('fetch http://u:p4ss@h/ failed\nline two')).toBe('fetch http://u:***@h/ failed line two');
    expect(redact('-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----')).toBe('[private key redacted]');
  });
});

describe('createLimiter', () => {
  it('never runs more than the limit at once', async () => {
    const limiter = createLimiter(3);
    let peak = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const tasks = Array.from({ length: 10 }, () =>
      limiter.run(async () => {
        peak = Math.max(peak, limiter.active);
        await gate;
      }),
    );
    await new Promise((r) => setImmediate(r));
    expect(limiter.active).toBe(3);
    release();
    await Promise.all(tasks);
    expect(peak).toBe(3);
    expect(limiter.active).toBe(0);
  });
});
