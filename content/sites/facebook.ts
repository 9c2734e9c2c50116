import type { SiteRule } from './types';
import { SITE_HOSTS } from '../../vocabulary/sites';
import { CONFIRM_WORDS } from '../labels/site-words';

/** Path segments on facebook.com that are features, never a person's profile. */
const FACEBOOK_RESERVED =
  'friends|groups|pages|watch|marketplace|gaming|events|messages|notifications|settings|help|login|logout|reel|reels|stories|story\\.php|photo|photo\\.php|photos|search|bookmarks|saved|hashtag|ads|business|privacy|policies|home\\.php|profile\\.php|reqs\\.php|permalink\\.php|allactivity|memories|fundraisers|jobs|live|weather|games|media|places|terms|legal|about|careers';

export const facebookRule: SiteRule = {
  id: 'facebook',
  hosts: SITE_HOSTS.facebook,
  pages: {
    friendRequests: {
      // The requests list; "?fcref=sent_requests" is the sent-requests view of the same page.
      test: (u) => /^\/friends\/requests\/?$/.test(u.pathname),
      examples: [
        'https://www.facebook.com/friends/requests',
        'https://www.facebook.com/friends/requests/?fcref=sent_requests',
      ],
    },
    friendsHome: {
      // Friends home: shows incoming requests with Confirm / Delete above suggestions.
      test: (u) => /^\/friends\/?$/.test(u.pathname),
      examples: ['https://www.facebook.com/friends'],
    },
    mobileRequests: {
      // m.facebook.com friends center (incoming and outgoing requests).
      test: (u) => /^\/friends\/center\/requests(?:\/outgoing)?\/?$/.test(u.pathname),
      examples: ['https://m.facebook.com/friends/center/requests/outgoing'],
    },
  },
  connect: [
    {
      // "Confirm" accepts a friend request only on the requests lists; elsewhere it confirms anything.
      labels: [...CONFIRM_WORDS],
      on: ['friendRequests', 'friendsHome'],
      source:
        'Tigerzplace/Toolkit-For-Facebook js_content/click_all_confirm_friend_req_btns (2023): div aria-label "Confirm" on /friends/requests; SalmanDeveloperz/AutoAccept-Facebook-Friends Code/content.js (2025): div[aria-label="Confirm"] on /friends',
    },
    {
      // On the sender's profile the same accept reads "Confirm request": it names the request, so any page.
      labels: ['confirm request'],
      source:
        'code-index file id 55378533974 (a Playwright "accept_loop" that visits each sender\'s profile, c. 2025): div[role="button"] with span "Confirm request"',
    },
  ],
  ignore: [
    {
      labels: ['delete', 'delete request', 'cancel', 'cancel request', 'remove'],
      source:
        'Tigerzplace/Toolkit-For-Facebook (2023): div aria-label "Delete" on /friends/requests, button "Cancel" on m.facebook.com/friends/center/requests/outgoing, "Remove" buttons; MrkLwrence2059/Friend_Cancel_Req_Facebook README (2026): div[role=button] "Cancel request"',
    },
    {
      labels: ['join group', 'like', 'me gusta'],
      source:
        'Tigerzplace/Toolkit-For-Facebook click_all_join_btn / click_all_like (2023): div aria-label "Join group", "Like"; DanielLlumigusin/PruebaSelenium reaccionarPublicaciones.py (2024): div aria-label "Me gusta"',
    },
  ],
  // facebook.com/<username>: at least 5 letters, digits or dots; profile.php?id= carries the person in the query, so it
  // is not matched here.
  profilePath: new RegExp(`^/(?!(?:${FACEBOOK_RESERVED})/?$)[A-Za-z0-9.]{5,50}/?$`),
  evidence: [
    'github.com/Tigerzplace/Toolkit-For-Facebook js_content/* and dart_background/background.dart.js (2023–2024): aria-label "Add friend"/"Add Friend", "Confirm", "Delete", "Like", "Join group"; button "Cancel", "Remove"; tool URLs /friends/requests and m.facebook.com/friends/center/requests/outgoing',
    'github.com/SalmanDeveloperz/AutoAccept-Facebook-Friends Code/content.js, manifest.json, README.md (2025): div[aria-label="Confirm"] on https://www.facebook.com/friends',
    'github.com/MrkLwrence2059/Friend_Cancel_Req_Facebook README.md (2026): div[role="button"] "Cancel request" on /friends/requests/?fcref=sent_requests',
    'github.com/DavidMarsanic/delete-facebook-comments README.md, comments-eradicator.py (2023): div[aria-label="Remove"][role="button"][tabindex="0"] > div > span "Remove"',
    'github.com/DanielLlumigusin/PruebaSelenium Pruebas/Facebook/Claude/*.py (2024): div aria-label "Agregar a amigos", "Me gusta" (AI-written tests; weak)',
    'github.com/absunstar/social-browser extensions/social-tools/facebook-request-friend.js (stored version, year not established): div[aria-label="Add friend"]',
    'code-index file id 55378533974 (Playwright accept_loop, c. 2025): div[role="button"] > span "Confirm request" on the sender\'s profile. Translations of "Confirm request" (es, fr, de, pl…): no public source found, so only the English wording',
    'github.com/jaredsohn/userscript 172559.user.js (userscripts.org era, c. 2012): input.inputbutton value "Confirm" on reqs.php (legacy, not used)',
  ],
};
