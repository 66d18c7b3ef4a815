import { h, replace } from './dom.js';

// Cursor paging as the API does it: the server hands out an opaque next_cursor, so going back means
// remembering the cursors we came through.
export class Pager {
  /**
   * @param load   async (cursor) => ({ items, next })
   * @param render (items) => Node shown for a non-empty page
   * @param label  names the list for the navigation's accessible name
   */
  constructor(host, { load, render, empty, label }) {
    Object.assign(this, { host, load, render, empty, label });
    this.cursors = [null];
  }

  async first() {
    this.cursors = [null];
    return this.show();
  }

  async show() {
    const page = this.cursors.length;
    const { items, next } = await this.load(this.cursors[page - 1]);
    this.next = next;
    const nav = h('nav', { class: 'pager', 'aria-label': `${this.label} pages` },
      h('button', { type: 'button', disabled: page === 1, onclick: () => this.go(-1) }, '‹ Previous'),
      h('span', {}, `Page ${page}`),
      h('button', { type: 'button', disabled: !next, onclick: () => this.go(1) }, 'Next ›'));
    const showNav = page > 1 || next;
    replace(this.host, items.length ? this.render(items) : h('p', { class: 'empty' }, this.empty), showNav ? nav : null);
    return items;
  }

  async go(step) {
    if (step > 0) this.cursors.push(this.next);
    else this.cursors.pop();
    await this.show();
  }
}
