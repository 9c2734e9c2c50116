/**
 * Finding a held control again after a re-render (content/reminder/refind.ts), with the page
 * script's real classifier and Facebook's rule: the same words, person and card, and only one
 * like it; never a look-alike, never a guess between two.
 */
import { describe, expect, it } from 'vitest';
import { classifyConnect } from '../../content/classify/connect';
import { ruleForHost } from '../../content/sites/lookup';
import { findAgain } from '../../content/reminder/refind';

const rule = ruleForHost('www.facebook.com');
const classify = (path: EventTarget[]) => classifyConnect(path, new URL(location.href), rule);
const card = (id: string, name: string, label = 'Add friend', extra = '2 mutual friends') =>
  `<div class="card"><a href="/${name}">${name}</a><span>${extra}</span><button id="${id}">${label}</button></div>`;

/** The control as held: in a card that is then taken out of the page with it. */
function heldIn(html: string, id: string): Element {
  const old = document.createElement('div');
  old.innerHTML = html;
  return old.querySelector(`#${id}`)!;
}

describe('findAgain', () => {
  it('finds the one control with the same words for the same person in the same card', () => {
    const control = heldIn(card('add', 'alex.smith'), 'add');
    document.body.innerHTML = card('a', 'sam.jones') + card('b', 'alex.smith');
    expect(findAgain(control, classify([control, control.parentElement!])?.person ?? null, classify)?.id).toBe('b');
  });

  it('finds nothing when the card changed (another text around it) or the control now says something else', () => {
    const control = heldIn(card('add', 'alex.smith'), 'add');
    const person = classify([control, control.parentElement!])?.person ?? null;
    document.body.innerHTML = card('b', 'alex.smith', 'Add friend', '5 mutual friends');
    expect(findAgain(control, person, classify)).toBeNull();
    document.body.innerHTML = card('b', 'alex.smith', 'Cancel request');
    expect(findAgain(control, person, classify)).toBeNull();
  });

  it('never guesses between two alike, and never takes a look-alike the classifier would not hold', () => {
    const control = heldIn('<div><button id="add">Add friend</button></div>', 'add');
    document.body.innerHTML = '<div><button>Add friend</button></div><div><button>Add friend</button></div>';
    expect(findAgain(control, null, classify)).toBeNull();
    const follow = heldIn('<div><span>x</span><button id="f">Add friend</button></div>', 'f');
    document.body.innerHTML = '<div><span>x</span><div role="presentation">Add friend</div></div>';
    expect(findAgain(follow, null, classify)).toBeNull();
  });

  it('a control removed on its own (nothing around it): the words, the person and being the only one decide', () => {
    const control = document.createElement('button');
    control.textContent = 'Add friend';
    document.body.innerHTML = '<div><span>someone</span><button id="only">Add friend</button></div>';
    expect(findAgain(control, null, classify)?.id).toBe('only');
  });
});
