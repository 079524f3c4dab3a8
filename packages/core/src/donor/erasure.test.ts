import { describe, expect, it } from 'vitest';
import { planRecordErasure } from './erasure';

describe('planRecordErasure', () => {
  it('removes the personal fields a record holds and lists them', () => {
    const plan = planRecordErasure({
      gift: 5000,
      donorName: 'Jeanne',
      donorEmail: 'j@example.org',
      message: 'Courage',
    });
    expect(plan).toEqual({
      remove: ['donorName', 'donorEmail', 'message'],
      erasedFields: ['donorName', 'donorEmail', 'message'],
    });
  });

  it('keeps what an earlier erasure listed, so erasing twice changes nothing', () => {
    const plan = planRecordErasure({ gift: 5000, erasedFields: ['donorName', 'dedication'] });
    expect(plan).toEqual({ remove: [], erasedFields: ['donorName', 'dedication'] });
  });
});
