import type { SiteRule } from './types';
import { SITE_HOSTS } from '../../vocabulary/sites';
import { ACCEPT_WORDS } from '../labels/site-words';

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
      // The "More" menu's items are divs with a class and a text, no role (first: its class makes the div a control).
      labels: ['connect', 'se connecter', 'conectar'],
      attr: { name: 'class', pattern: /(^|\s)artdeco-dropdown__item(\s|$)/ },
      on: ['profile'],
      source:
        'code-index file id 20355978118 (c. 2024): "Se connecter" found among the profile menu\'s .artdeco-dropdown__item elements and clicked; "Connect" (MariyaSha/WebScraping_Linkedin, 2020) and "Conectar" (DIOGO-MOTA/BotLinkedIn, c. 2021) are the same action',
    },
    {
      // French profile and search: "Se connecter" is also "Sign in" in French, so only on the pages where it connects.
      labels: ['se connecter'],
      on: ['profile', 'search', 'mynetwork'],
      source:
        'code-index file id 20355978118 (a French Puppeteer LinkedIn prospecting service, c. 2024): profile button whose whole text is "Se connecter" (icon #connect-small), else the same item in the "Plus d’actions" menu',
    },
    {
      pattern: /^invite[rz] .+ à rejoindre votre réseau$/,
      source:
        'code-index file id 20355978118 (c. 2024): menu item aria-label "Invitez X à rejoindre votre réseau"; code-index file id 52470021707 (a LinkedIn prospecting spec, c. 2025): aria-label "Inviter [Prénom Nom] à rejoindre votre réseau"',
    },
    {
      labels: ['send now', 'send without a note', 'send invitation', 'enviar agora', 'enviar sem nota', 'envoyer sans note'],
      on: ['profile', 'search', 'mynetwork'],
      source:
        'github.com/MariyaSha/WebScraping_Linkedin Linkedin_ConnectingBot.py (2020) "Send now"; github.com/fantomblackstar/linkedin-soft connections-soft-eng.js (c. 2024) "Send without a note"; github.com/DIOGO-MOTA/BotLinkedIn (c. 2021) "Enviar agora"; code-index file id 20355978118 (c. 2024) "Envoyer sans note"',
    },
    {
      labels: ['send'],
      within: '.send-invite',
      source:
        'github.com/felladrin/linkedin-autoconnect-chrome-extension src/tab/enums/LinkedInSelector.ts (2020): invite modal div.send-invite > .artdeco-modal__actionbar > primary button',
    },
    {
      labels: [...ACCEPT_WORDS],
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
    'code-index file id 20355978118 (French Puppeteer LinkedIn prospecting service, c. 2024): "Se connecter", "Invitez X à rejoindre votre réseau", .artdeco-dropdown__item, "Envoyer sans note"; its look-alikes "En attente" and "Ajouter une note" match no connect word, so no ignore entry',
    'code-index file id 52470021707 (LinkedIn prospecting spec, c. 2025): aria-label "Inviter [Prénom Nom] à rejoindre votre réseau"',
    'German "Vernetzen", Polish "Nawiąż kontakt", Spanish and Portuguese "Conectar": caught by the generic labels; no public LinkedIn source for German or Polish menu items was found, so the menu-item rule names en/fr/es-pt only',
    'Portuguese "Conectar" on people search (DIOGO-MOTA/BotLinkedIn, c. 2021): caught by the generic "conectar", so no rule of its own',
  ],
};
