/**
 * Issue 23, item 2 in Chromium: the `tel:` link dials exactly the number shown. A right-to-left override
 * showed "00 36 006 880" but dialled 0886006300; "bel ons!" gave an empty `tel:`; `javascript:alert(1)`
 * became `tel:1`; extension digits were glued onto the number. The rules schema refuses all of these
 * (test/hostile/issue-23.test.ts); should one reach the screen anyway, it is text, never a link.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { phoneText } from '../../src/ui/phone.js';

const t = (_key: string, options?: Record<string, unknown>) => `Bel ${String(options?.phone)}.`;

function shown(phone: string, kiosk = false) {
  const host = document.createElement('div');
  render(phoneText(t as never, 'result.phone', phone, kiosk), host);
  return { text: host.textContent, href: host.querySelector('a')?.getAttribute('href') ?? null };
}

describe('phone numbers (issue 23)', () => {
  it('a Dutch number links to exactly its digits', () => {
    expect(shown('030 692 95 95')).to.deep.equal({ text: 'Bel 030 692 95 95.', href: 'tel:0306929595' });
    expect(shown('14 030').href).to.equal('tel:14030');
    expect(shown('0800 8115').href).to.equal('tel:08008115');
    expect(shown('+31 30 692 95 95').href).to.equal('tel:+31306929595');
  });

  it('text that is no Dutch number is shown without a link', () => {
    for (const phone of ['\u202e00 36 006 880', 'bel ons!', 'javascript:alert(1)', '0229 252200 toestel 12', '0229 252200,12']) {
      expect(shown(phone).href, phone).to.equal(null);
    }
  });

  it('a kiosk shows no link at all', () => {
    expect(shown('030 692 95 95', true).href).to.equal(null);
  });
});
