import type { SiteRule } from './types';
import { SITE_HOSTS } from '../../vocabulary/sites';

/** First path segments on instagram.com that are features, never a username. */
const INSTAGRAM_RESERVED =
  'explore|accounts|direct|reels?|p|stories|tv|about|legal|developer|directory|web|emails|challenge|session|oauth|api|graphql|static|data|notifications|your_activity|privacy|terms|press|blog|help|topics|locations|ar|lite|download';

const USERNAME = '[A-Za-z0-9_.]{1,30}';

export const instagramRule: SiteRule = {
  id: 'instagram',
  hosts: SITE_HOSTS.instagram,
  pages: {
    profile: {
      test: (u) => new RegExp(`^/(?!(?:${INSTAGRAM_RESERVED})/?$)${USERNAME}/?$`).test(u.pathname),
      examples: ['https://www.instagram.com/instagram/', 'https://www.instagram.com/cristiano/'],
    },
    followList: {
      test: (u) =>
        new RegExp(`^/(?!(?:${INSTAGRAM_RESERVED})/)${USERNAME}/(?:followers|following)/?$`).test(u.pathname),
      examples: ['https://www.instagram.com/cristiano/followers/', 'https://www.instagram.com/cristiano/following/'],
    },
    activity: {
      test: (u) => /^\/(?:accounts\/activity|notifications)\/?$/.test(u.pathname),
      examples: ['https://www.instagram.com/accounts/activity/', 'https://www.instagram.com/notifications/'],
    },
  },
  // "Follow" and "Follow Back" are whole labels in the generic list; no Instagram-only connect label was found.
  ignore: [
    {
      labels: ['following', 'requested', 'unfollow', 'unblock'],
      source:
        'InstaPy instapy/xpath_compile.py (2019–2020): button text Following/Requested/Unblock, //button[text()=\'Unfollow\']; mifi/instauto src/index.js (2020–2022): span/svg aria-label "Following"/"Requested" inside the header button',
    },
    {
      labels: ['message', 'like', 'unlike'],
      source:
        'ankit25821/InstaBot config.py (2023): //div[text()=\'Message\'], svg[aria-label="Like"] in a button; InstaPy xpath_compile.py (2020): svg aria-label Like/Unlike',
    },
  ],
  profilePath: new RegExp(`^/(?!(?:${INSTAGRAM_RESERVED})/?$)${USERNAME}/?$`),
  evidence: [
    'github.com/InstaPy/InstaPy instapy/xpath_compile.py (2019-04 "Follow Back" added; c148b65a 2020-01): profile button texts Follow/Follow Back/Following/Requested/Unblock, Unfollow confirm, likers dialog Follow/Following, like svg',
    'github.com/mifi/instauto src/index.js (2020-02 … 2022-10): <button class="..."><div class="...">Follow</div></button> in the profile header; Following/Requested as span or svg aria-label',
    'github.com/256cub/AMF networks/instagram.js (2022): <button> textContent "Follow"',
    'github.com/ankit25821/InstaBot config.py (2023): Message div, Like svg inside a button, Close svg',
    'github.com/IsaiahDupree/Safari_Automations docs/PRDs/PRD_CLOUD_SIGNALS_INSTAGRAM.md (2026): "Follow Back" button on /notifications/ follower entries',
    'github.com/pitops/instagram-bot example.js (c. 2018): Follow buttons on /accounts/activity/ ([role=button] ._5f5mN, build class, not used)',
    'github.com/malikaashish/instagram_follower_bot main.py: profile URL https://www.instagram.com/cristiano/',
  ],
};
