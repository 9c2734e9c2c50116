/** What the reminder's "Get help" card is told for each region: verified entries only, written out. */
import { describe, expect, it } from 'vitest';
import { childHelp } from '../../guidance/child-help';

describe('childHelp', () => {
  it.each([
    ['GB', '999', { name: 'Childline', phone: '0800 1111' }],
    ['IE', '112 or 999', null], // Childline Ireland is only partly verified in contacts.json
    ['US', '911', null],
    ['CA', '911', { name: 'Kids Help Phone', phone: '1-800-668-6868' }],
    ['AU', '000', { name: 'Kids Helpline', phone: '1800 55 1800' }],
    ['NZ', '111', null], // Youthline is only partly verified
    ['INTL', null, null],
    ['XX', null, null], // unknown: the "anywhere else" entries
  ])('%s: emergency %s, helpline %o', (region, dangerPhone, helpline) => {
    expect(childHelp(region)).toEqual({ dangerPhone, helpline });
  });
});
