import type { SiteRule } from './types';
import { SITE_HOSTS } from '../../vocabulary/sites';

export const messengerRule: SiteRule = {
  id: 'messenger',
  hosts: SITE_HOSTS.messenger,
  pages: {
    requests: {
      // Message requests from people who are not friends; /requests/spam/ is the filtered folder.
      test: (u) => /^\/requests(?:\/spam|\/t\/[^/]+)?\/?$/.test(u.pathname),
      examples: [
        'https://www.messenger.com/requests/',
        'https://www.messenger.com/requests/spam/',
        'https://www.messenger.com/requests/t/1234',
      ],
    },
    thread: {
      test: (u) => /^\/(?:e2ee\/)?t\/[^/]+\/?$/.test(u.pathname),
      examples: ['https://www.messenger.com/t/1234', 'https://www.messenger.com/e2ee/t/1234'],
    },
  },
  // No connect controls of its own: no public source found states the markup or labels of the Accept control on
  // message requests, so only the generic list applies here.
  evidence: [
    'code-index ids 17037222738, 17168921421 (Messenger desktop wrappers, repository names not exposed): URL shapes https://www.messenger.com/requests/t/1234, /filtered, /t/<id>',
    'code-index id 69762914868 (Messenger monitor config, repository name not exposed): https://www.messenger.com/requests/ and /requests/spam/',
    'code-index id 68572123267 (Playwright test, repository name not exposed): thread ids in /t/<id> and /e2ee/t/<id> hrefs',
  ],
};
