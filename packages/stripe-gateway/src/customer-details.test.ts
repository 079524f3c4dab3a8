import { describe, expect, it } from 'vitest';
import { customerDetails } from './customer-details';

describe("the donor's details as Stripe returns them", () => {
  it('keeps a plain address and a name, Arabic and accents intact', () => {
    expect(customerDetails({ email: 'aicha@example.org', name: 'عائشة Benali-Müller' })).toEqual({
      email: 'aicha@example.org',
      name: 'عائشة Benali-Müller',
    });
  });

  it.each([
    'donor@example.org\r\nBcc: everyone@example.net',
    'donor@example.org\nTo: x@example.net',
    'donor@example.org, second@example.net',
    'Jeanne <donor@example.org>',
    'not an email',
    `${'a'.repeat(250)}@example.org`,
  ])('drops %j rather than use it as a receipt address', (email) => {
    expect(customerDetails({ email, name: null }).email).toBeUndefined();
  });

  it('strips control characters from a name, and drops one that is empty or absurdly long', () => {
    expect(customerDetails({ name: 'Jeanne\r\nDupont\u0000' }).name).toBe('JeanneDupont');
    expect(customerDetails({ name: '\u0000\u0007 ' }).name).toBeUndefined();
    expect(customerDetails({ name: 'x'.repeat(201) }).name).toBeUndefined();
    expect(customerDetails(null)).toEqual({ email: undefined, name: undefined });
  });
});
