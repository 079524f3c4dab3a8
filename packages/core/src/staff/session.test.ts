import { describe, expect, it } from 'vitest';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, sessionAlive } from './session';

const start = Date.parse('2026-11-25T08:00:00Z');
const at = (ms: number) => new Date(start + ms);
const iso = (ms: number) => at(ms).toISOString();

describe('sessions', () => {
  it('end after the idle time without a request', () => {
    const session = { createdAt: iso(0), lastSeenAt: iso(0) };
    expect(sessionAlive(session, at(SESSION_IDLE_MS - 1))).toBe(true);
    expect(sessionAlive(session, at(SESSION_IDLE_MS))).toBe(false);
  });

  it('end at the absolute limit however busy they are', () => {
    const session = { createdAt: iso(0), lastSeenAt: iso(SESSION_ABSOLUTE_MS - 60_000) };
    expect(sessionAlive(session, at(SESSION_ABSOLUTE_MS - 1))).toBe(true);
    expect(sessionAlive(session, at(SESSION_ABSOLUTE_MS))).toBe(false);
  });
});
