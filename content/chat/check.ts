/**
 * The chat check (issue 12): everything the chat nudges need to read a message, as one module
 * that the page script loads only when something editable on a chat site gets focus
 * (content/chat-loader.ts), never at page start. Holds libphonenumber-js with its cut metadata,
 * the warning-sign patterns of every language, the family's own details to protect and the
 * reading of the site's chat rule: too big for nudge.js's budget.
 */
import type { ChatCheck } from '../chat-loader';
import { detectPersonal } from '../../chat/personal/detect';
import { countriesFor } from '../../chat/personal/phone';
import { prepareDetail, type PreparedDetail } from '../../chat/personal/family';
import { ConversationSigns } from '../../chat/signs/conversation';
import { holdSend, sendOf } from './send-of';
import { watchSigns } from './watch';
import { startOwnDetails } from './own-details';

// The family's details arrive with the check (one storage read, a few ms), so the first send
// after loading already knows them; a storage that does not answer costs at most this wait.
await Promise.race([startOwnDetails(), new Promise((resolve) => setTimeout(resolve, 300))]);

export const chat: ChatCheck = {
  personalIn(text, { region, family }) {
    const prepared = family.map(prepareDetail).filter((detail): detail is PreparedDetail => detail !== null);
    return detectPersonal(text, { countries: countriesFor(region), family: prepared });
  },
  conversation: () => new ConversationSigns(),
  sendOf,
  holdSend,
  watchSigns: (rule, site, decide) => watchSigns(rule, site, decide),
};
