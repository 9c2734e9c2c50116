import type { SiteRule } from './types';
import { SITE_HOSTS } from '../../vocabulary/sites';

const isProfile = (u: URL) => /^\/in\/[^/]+\/?$/.test(u.pathname);
const isSearch = (u: URL) => u.pathname.startsWith('/search/results/');
const isInvitations = (u: URL) => u.pathname.startsWith('/mynetwork/invitation-manager');
const isMyNetwork = (u: URL) => u.pathname.startsWith('/mynetwork') && !isInvitations(u);

export const linkedinRule: SiteRule = {
  id: 'linkedin',
  hosts: SITE_HOSTS.linkedin,
  pages: {
    profile: { test: isProfile, examples: ['https://www.linkedin.com/in/gauravjnu/'] },
    search: {
      test: isSearch,
      examples: [
        'https://www.linkedin.com/search/results/people/?network=%5B%22S%22%5D&origin=FACETED_SEARCH&page=10',
        'https://www.linkedin.com/search/results/people/?keywords=software%20engineer',
      ],
    },
    mynetwork: { test: isMyNetwork, examples: ['https://www.linkedin.com/mynetwork/', 'https://www.linkedin.com/mynetwork/grow/'] },
    invitations: {
      test: isInvitations,
      examples: [
        'https://www.linkedin.com/mynetwork/invitation-manager/',
        'https://www.linkedin.com/mynetwork/invitation-manager/received/',
      ],
    },
  },
  connect: [
    {
      pattern: /^invite .+ to connect$/,
      source:
        'aria-label selectors button[aria-label^="Invite"][aria-label$="to connect"] / [aria-label*="Invite"][aria-label*="to connect"] in LinkedIn automation code (code index, 2024–2025; repository names not exposed)',
    },
    {
      labels: ['send now', 'send without a note', 'send invitation', 'enviar agora', 'enviar sem nota'],
      on: ['profile', 'search', 'mynetwork'],
      source:
        'github.com/MariyaSha/WebScraping_Linkedin Linkedin_ConnectingBot.py (2020) "Send now"; github.com/fantomblackstar/linkedin-soft connections-soft-eng.js (c. 2024) "Send without a note"; github.com/DIOGO-MOTA/BotLinkedIn (c. 2021) "Enviar agora"',
    },
    {
      labels: ['send'],
      within: '.send-invite',
      source:
        'github.com/felladrin/linkedin-autoconnect-chrome-extension src/tab/enums/LinkedInSelector.ts (2020): invite modal div.send-invite > .artdeco-modal__actionbar > primary button',
    },
    {
      labels: ['accept'],
      attr: { name: 'class', pattern: /(^|\s)invitation-card__action-btn(\s|$)/ },
      on: ['invitations', 'mynetwork'],
      source:
        'github.com/maniranjan2023/Linkedin-automation-tool request-accept.js (c. 2024) and github.com/gabrieldorneles09/Auto_Accept_Invite_LinkedIn index.js (c. 2021): button.invitation-card__action-btn "Accept"',
    },
    {
      pattern: /^accept .+['’]s invitation$/,
      on: ['invitations', 'mynetwork'],
      source:
        'github.com/swarajspatil158/selenium-chrome-linkedIn accept_request.py (c. 2021): accept button aria-label begins "Accept" (full wording "Accept NAME’s invitation" from the project brief, not seen verbatim)',
    },
  ],
  ignore: [
    {
      labels: ['dismiss', 'got it', 'next', 'previous', 'add a note', 'withdraw', 'ignore', 'message', 'pending', 'fechar'],
      source:
        'github.com/MariyaSha/WebScraping_Linkedin (2020) "Dismiss"; github.com/fantomblackstar/linkedin-soft (c. 2024) "Got it", "Next"; github.com/Talh21/LinkedInConnections Utilities/Xpath.py "Previous", "Withdraw"',
    },
    {
      pattern: /^(pending|withdraw|ignore|message|remove)\b/,
      source: 'look-alikes named in github.com/Talh21/LinkedInConnections Utilities/Xpath.py (withdraw_single) and LinkedIn automation PENDING selectors (2024–2025)',
    },
  ],
  profilePath: /^\/in\/[^/]+\/?$/,
  evidence: [
    'github.com/MariyaSha/WebScraping_Linkedin Linkedin_ConnectingBot.py (2020)',
    'github.com/felladrin/linkedin-autoconnect-chrome-extension src/tab/enums/LinkedInSelector.ts (2020)',
    'github.com/DIOGO-MOTA/BotLinkedIn BotLinkdIn.py (c. 2021)',
    'github.com/fantomblackstar/linkedin-soft connections-soft-eng.js (c. 2024)',
    'github.com/Naman-Singla777/SeleniumAutomation sel.py (c. 2022)',
    'github.com/maniranjan2023/Linkedin-automation-tool request-accept.js (c. 2024)',
    'github.com/gabrieldorneles09/Auto_Accept_Invite_LinkedIn index.js (c. 2021)',
    'github.com/swarajspatil158/selenium-chrome-linkedIn accept_request.py (c. 2021)',
    'github.com/hareesh-r/linkedin-greetings README.md (c. 2023)',
    'github.com/Talh21/LinkedInConnections Utilities/Xpath.py',
    'Portuguese "Conectar" on people search (DIOGO-MOTA/BotLinkedIn, c. 2021): caught by the generic "conectar", so no rule of its own',
  ],
};
