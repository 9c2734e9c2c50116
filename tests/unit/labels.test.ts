/** Labels match whole, never by substring, in every language; media is decided on the files. */
import { describe, expect, it } from 'vitest';
import { foldLabel } from '../../content/labels/fold';
import { CONNECT_LABEL_SET, CONNECT_LABELS, expandLabels } from '../../content/labels/connect';
import { hasMedia, isMediaFile } from '../../content/classify/media';
import { classifyConnect } from '../../content/classify/connect';
import { pathOf } from './helpers/fixtures';

function classify(html: string) {
  document.body.innerHTML = html;
  const target = document.querySelector('[data-hit]') ?? document.body.firstElementChild!;
  return classifyConnect(pathOf(target), new URL('https://example.org/'), null);
}

describe('labels', () => {
  it('fold case, spaces, invisible marks and decoration at the ends', () => {
    expect(foldLabel('  + Follow\u200b ')).toBe('follow');
    expect(foldLabel('TAKİP ET')).toBe('takip et');
    expect(foldLabel('Add\u00a0 friend')).toBe('add friend');
  });

  it('cover these 17 languages, each with several labels', () => {
    const languages = ['ar', 'de', 'en', 'es', 'fr', 'id', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'tr', 'uk', 'vi', 'zh'];
    expect(Object.keys(CONNECT_LABELS).sort()).toEqual(languages);
    for (const lang of languages) expect(CONNECT_LABELS[lang]?.length, lang).toBeGreaterThan(3);
  });

  it('are written with choices in braces, each written out in place, in order', () => {
    expect(expandLabels('follow|{send|accept|confirm} friend request|connect')).toEqual([
      'follow', 'send friend request', 'accept friend request', 'confirm friend request', 'connect',
    ]);
    expect(expandLabels('freundschaftsanfrage {senden|annehmen}')).toEqual(['freundschaftsanfrage senden', 'freundschaftsanfrage annehmen']);
    expect(expandLabels('{a|b} {c|d}')).toEqual(['a c', 'a d', 'b c', 'b d']);
    expect(expandLabels("ajouter en ami(e)|{发送|接受}好友请求")).toEqual(['ajouter en ami(e)', '发送好友请求', '接受好友请求']);
    expect(CONNECT_LABELS.en).toContain('confirm friend request');
    expect(CONNECT_LABELS.nl).toContain('vriendschapsverzoek bevestigen');
    expect(Object.values(CONNECT_LABELS).flat().filter((label) => /[{}|]/.test(label))).toEqual([]);
  });

  it.each([
    ['add friend'], ['follow'], ['seguir'], ['suivre'], ['folgen'], ['segui'], ['volgen'], ['obserwuj'], ['takip et'], ['ikuti'],
    ['theo dõi'], ['关注'], ['フォロー'], ['подписаться'], ['متابعة'], ['팔로우'], ['стежити'], ['adicionar amigo'],
  ])('holds "%s" (one label written out per language)', (label) => expect(CONNECT_LABEL_SET.has(label)).toBe(true));

  it.each([
    ['Following'], ['Unfollow'], ['Friends'], ['Requested'], ['Pending'], ['Request sent'], ['Cancel request'],
    ['Takip etmeyi bırak'], ['Takip ediliyor'], ['正在关注'], ['已关注'], ['フォロー中'], ['Siguiendo'], ['Abonniert'],
    ['Отписаться'], ['Вы подписаны'], ['Subscribe'], ['Join'], ['Like'], ['Message'], ['Block'], ['Decline'], ['Follow @jack’s list of cats and dogs'],
  ])('never nudges "%s"', (label) => {
    expect(CONNECT_LABEL_SET.has(foldLabel(label))).toBe(false);
    expect(classify(`<button>${label}</button>`)).toBeNull();
  });

  it.each([['Follow'], ['Add friend'], ['Takip et'], ['关注'], ['フォロー'], ['Подписаться'], ['متابعة'], ['Obserwuj'], ['Seguir'], ['Suivre']])(
    'nudges "%s" as a whole label',
    (label) => expect(classify(`<div role="button"><span data-hit>${label}</span></div>`)?.kind).toBe('friend-request'),
  );

  it('reads an icon-only control by its aria-label, and ignores hidden text', () => {
    expect(classify('<button><svg aria-label="Add friend" data-hit></svg></button>')?.kind).toBe('friend-request');
    expect(classify('<button aria-label="Following"><span aria-hidden="true">Follow</span></button>')).toBeNull();
  });

  it('skips huge labels and controls far from the click', () => {
    expect(classify(`<button>${'Follow '.repeat(200)}</button>`)).toBeNull();
    let deep = '<span data-hit>x</span>';
    for (let i = 0; i < 20; i++) deep = `<span>${deep}</span>`;
    expect(classify(`<button aria-label="Follow">${deep}</button>`)).toBeNull();
  });
});

describe('media files', () => {
  it.each([
    ['a.jpg', 'image/jpeg', true], ['clip.mov', 'video/quicktime', true], ['IMG.HEIC', '', true], ['x.webp', 'application/octet-stream', true],
    ['homework.pdf', 'application/pdf', false], ['data.csv', 'text/csv', false], ['noext', '', false], ['song.mp3', 'audio/mpeg', false],
  ])('%s (%s) → %s', (name, type, expected) => expect(isMediaFile({ name, type })).toBe(expected));

  it('holds a mixed selection that includes a photo', () => {
    expect(hasMedia([{ name: 'a.pdf', type: 'application/pdf' }, { name: 'b.png', type: 'image/png' }])).toBe(true);
    expect(hasMedia(null)).toBe(false);
  });
});
