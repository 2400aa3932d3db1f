import { describe, expect, it } from 'vitest';
import { isCalendarDate, localDateAndHour, nextWeekStart, previousWeekStart, startOfLocalDay, weekStartFor } from '../../../src/summary/index';

const at = (iso: string) => Date.parse(iso);

describe('local days and weeks', () => {
  it('finds local midnight on both sides of a daylight-saving change', () => {
    // Berlin: CEST (+2) until 25 Oct 2026 03:00, CET (+1) after.
    expect(new Date(startOfLocalDay('2026-10-25', 'Europe/Berlin')).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(new Date(startOfLocalDay('2026-10-26', 'Europe/Berlin')).toISOString()).toBe('2026-10-25T23:00:00.000Z');
    // New York: EDT (-4) until 1 Nov 2026 02:00, EST (-5) after; EST → EDT on 8 Mar 2026.
    expect(new Date(startOfLocalDay('2026-11-02', 'America/New_York')).toISOString()).toBe('2026-11-02T05:00:00.000Z');
    expect(new Date(startOfLocalDay('2026-03-08', 'America/New_York')).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(new Date(startOfLocalDay('2026-03-09', 'America/New_York')).toISOString()).toBe('2026-03-09T04:00:00.000Z');
  });

  it('starts the day an hour late where the clocks skip midnight', () => {
    // Santiago springs forward at 00:00 on 6 Sep 2026: that day begins at 01:00 (-3), 04:00 UTC.
    expect(new Date(startOfLocalDay('2026-09-06', 'America/Santiago')).toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(localDateAndHour(startOfLocalDay('2026-09-06', 'America/Santiago'), 'America/Santiago')).toEqual({ date: '2026-09-06', hour: 1 });
  });

  it('reads local dates and hours', () => {
    expect(localDateAndHour(at('2026-10-25T22:30:00Z'), 'Europe/Berlin')).toEqual({ date: '2026-10-25', hour: 23 });
    expect(localDateAndHour(at('2026-11-02T04:30:00Z'), 'America/New_York')).toEqual({ date: '2026-11-01', hour: 23 });
  });

  it('puts a Sunday 23:30 post in the week it ends, on Monday or Sunday weeks', () => {
    expect(weekStartFor(at('2026-10-25T22:30:00Z'), 1, 'Europe/Berlin')).toBe('2026-10-19');
    expect(weekStartFor(at('2026-10-25T23:30:00Z'), 1, 'Europe/Berlin')).toBe('2026-10-26');
    expect(weekStartFor(at('2026-11-02T04:30:00Z'), 1, 'America/New_York')).toBe('2026-10-26');
    // With Sunday weeks that Sunday starts a week.
    expect(weekStartFor(at('2026-11-02T04:30:00Z'), 0, 'America/New_York')).toBe('2026-11-01');
    expect(weekStartFor(at('2026-10-31T12:00:00Z'), 0, 'America/New_York')).toBe('2026-10-25');
  });

  it('steps between weeks and checks dates', () => {
    expect(previousWeekStart('2026-11-02')).toBe('2026-10-26');
    expect(nextWeekStart('2026-12-28')).toBe('2027-01-04');
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-1-05')).toBe(false);
  });
});
