import { describe, expect, it } from 'vitest';
import { decodeForm } from './form-decode';

describe('decodeForm', () => {
  it('decodes the SDK’s indexed brackets into nested objects and arrays', () => {
    const body =
      'mode=payment&line_items[0][price_data][unit_amount]=2500&line_items[0][price_data][product_data][name]=Gift%20%26%20thanks&line_items[0][quantity]=1&line_items[1][quantity]=2&metadata[pledgeId]=p_1&expand[0]=payment_intent';
    expect(decodeForm(body)).toEqual({
      mode: 'payment',
      line_items: [
        {
          price_data: { unit_amount: '2500', product_data: { name: 'Gift & thanks' } },
          quantity: '1',
        },
        { quantity: '2' },
      ],
      metadata: { pledgeId: 'p_1' },
      expand: ['payment_intent'],
    });
  });

  it('accepts empty brackets and percent-encoded brackets, as curl users send them', () => {
    expect(decodeForm('expand[]=a&expand[]=b.c')).toEqual({ expand: ['a', 'b.c'] });
    expect(decodeForm('metadata%5BpledgeId%5D=p_2')).toEqual({ metadata: { pledgeId: 'p_2' } });
  });

  it('keeps numeric-looking metadata keys that are not a 0..n list as an object', () => {
    expect(decodeForm('metadata[1]=x&metadata[3]=y')).toEqual({ metadata: { '1': 'x', '3': 'y' } });
  });
});
