// Custom elements for text with inline codes. Plain JS, no npm: loaded with @JavaScript("context://...").
// Text is always inserted as text nodes (never as HTML), so segment text cannot inject markup.
(function () {
  'use strict';

  function chipLabel(part) {
    if (part.code === 'open') return '[' + part.id;
    if (part.code === 'close') return part.id + ']';
    return '{' + part.id + '}';
  }

  function chip(part) {
    const el = document.createElement('span');
    el.className = 'code-chip code-' + part.code;
    el.contentEditable = 'false';
    el.dataset.code = part.code;
    el.dataset.id = String(part.id);
    el.textContent = chipLabel(part);
    el.title = (part.type ? part.type + ': ' : '') + (part.data || '');
    return el;
  }

  function nodesFor(parts) {
    return parts.map((p) => ('text' in p ? document.createTextNode(p.text) : chip(p)));
  }

  const FORMATTING = { bold: 'strong', strong: 'strong', b: 'strong', italic: 'em', em: 'em', i: 'em',
    underlined: 'u', u: 'u', link: 'a', 'x-link': 'a', code: 'code' };

  /** The text as a reader sees it: codes become formatting (bold, italics, links), not chips. */
  function formattedNodes(parts) {
    const root = document.createDocumentFragment();
    const stack = [root];
    parts.forEach((p) => {
      const top = stack[stack.length - 1];
      if ('text' in p) {
        top.appendChild(document.createTextNode(p.text));
      } else if (p.code === 'open') {
        const el = document.createElement(FORMATTING[p.type] === 'a' ? 'span' : FORMATTING[p.type] || 'span');
        if (FORMATTING[p.type] === 'a') el.className = 'link';
        top.appendChild(el);
        stack.push(el);
      } else if (p.code === 'close' && stack.length > 1) {
        stack.pop();
      }
    });
    return [root];
  }

  function parse(json) {
    try {
      const parts = json ? JSON.parse(json) : [];
      return Array.isArray(parts) ? parts : [];
    } catch (e) {
      return [];
    }
  }

  /**
   * Text typed but not yet known to be stored is kept in localStorage under the editor's draft key (user, document,
   * locale, segment) until the server says it stored it: a session that expires while typing, a tab closed while
   * offline or a crash cannot take it away; the editor offers it back when the segment is opened again.
   */
  const UNSAVED = 'tarjima-unsaved:';
  const UNSAVED_MAX_AGE = 14 * 24 * 3600 * 1000;

  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  function readUnsaved(key) {
    const store = storage();
    if (!store || !key) return null;
    try {
      const entry = JSON.parse(store.getItem(UNSAVED + key) || 'null');
      return entry && typeof entry.json === 'string' ? entry : null;
    } catch (e) {
      return null;
    }
  }

  function writeUnsaved(key, json) {
    const store = storage();
    if (!store || !key) return;
    try {
      store.setItem(UNSAVED + key, JSON.stringify({ json, at: Date.now() }));
    } catch (e) {
      // Full or forbidden storage: the editor still works, only without this safety net.
    }
  }

  function forgetUnsaved(key) {
    const store = storage();
    if (store && key) store.removeItem(UNSAVED + key);
  }

  /** Entries nobody came back for in two weeks are dropped, so the browser does not keep old text for ever. */
  function forgetOldUnsaved() {
    const store = storage();
    if (!store) return;
    for (let i = store.length - 1; i >= 0; i--) {
      const name = store.key(i);
      if (name && name.startsWith(UNSAVED)) {
        const entry = readUnsaved(name.substring(UNSAVED.length));
        if (!entry || Date.now() - entry.at > UNSAVED_MAX_AGE) store.removeItem(name);
      }
    }
  }

  /** Content compared as the reader sees it: text (NFC) and code references, whatever the JSON's shape. */
  function canonical(json) {
    return parse(json).map((p) => ('text' in p ? p.text : '\u0000' + p.code + ':' + p.id + '\u0000'))
      .join('').normalize('NFC').replace(/\u00a0/g, ' ');
  }

  // Vaadin may set a property before the element is upgraded; re-apply it through the setter.
  function upgradeProperty(el, name) {
    if (Object.prototype.hasOwnProperty.call(el, name)) {
      const value = el[name];
      delete el[name];
      el[name] = value;
    }
  }

  /** One piece of a glossary mark: its text (as text), the title (as text) and a click that asks for its term. */
  function markPiece(host, mark, index, text) {
    const el = document.createElement('mark');
    el.className = 'term-mark' + (mark.forbidden ? ' term-forbidden' : '');
    el.dataset.hit = String(mark.hit);
    el.title = String(mark.title || '');
    el.textContent = text;
    if (host.id && !mark.placed) el.id = host.id + '-term-' + (index + 1);
    mark.placed = true;
    // The caret stays in the segment editor, where the term goes in.
    el.addEventListener('mousedown', (e) => e.preventDefault());
    el.addEventListener('click', (e) => {
      e.stopPropagation();
      host.dispatchEvent(new CustomEvent('tarjima-term', { bubbles: true, detail: { hit: mark.hit } }));
    });
    return el;
  }

  /**
   * Wraps the marked ranges (offsets in the plain text: codes count nothing) in <mark> elements by splitting the
   * rendered text nodes; a range across a code or a formatting boundary becomes one <mark> per piece.
   */
  function applyMarks(host, marks) {
    const ranges = marks.filter((m) => m && Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end)
      .sort((a, b) => a.start - b.start);
    if (!ranges.length) return;
    const texts = [];
    const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node.parentElement && node.parentElement.closest('.code-chip'))) texts.push(node);
    }
    let at = 0;
    texts.forEach((node) => {
      const text = node.nodeValue;
      const from = at;
      const to = at + text.length;
      at = to;
      const inside = ranges.filter((m) => m.start < to && m.end > from);
      if (!inside.length) return;
      const pieces = [];
      let pos = from;
      inside.forEach((m) => {
        const start = Math.max(m.start, pos);
        const end = Math.min(m.end, to);
        if (end <= start) return;
        if (start > pos) pieces.push(document.createTextNode(text.slice(pos - from, start - from)));
        pieces.push(markPiece(host, m, marks.indexOf(m), text.slice(start - from, end - from)));
        pos = end;
      });
      if (pos < to) pieces.push(document.createTextNode(text.slice(pos - from)));
      node.replaceWith(...pieces);
    });
  }

  /**
   * <tarjima-inline-text .json="[...]" .marks="[...]">: read-only rendering with code chips; marks (JSON
   * [{start, end, hit, title, forbidden}]) highlight glossary terms, and a click on one fires tarjima-term.
   */
  class TarjimaInlineText extends HTMLElement {
    set json(value) {
      this._json = value;
      this._render();
    }
    get json() {
      return this._json;
    }
    set marks(value) {
      this._marks = value;
      this._render();
    }
    get marks() {
      return this._marks;
    }
    connectedCallback() {
      upgradeProperty(this, 'json');
      upgradeProperty(this, 'marks');
      this._render();
    }
    _render() {
      if (!this.isConnected) return;
      const parts = parse(this._json);
      this.replaceChildren(...(this.hasAttribute('formatted') ? formattedNodes(parts) : nodesFor(parts)));
      applyMarks(this, parse(this._marks));
    }
  }

  /**
   * <tarjima-segment-editor>: a one-line editor in which codes are atomic chips. Fires
   * tarjima-draft (debounced while typing), tarjima-confirm (Ctrl+Enter) and tarjima-navigate
   * (Ctrl+Up/Down, Ctrl+Shift+Enter), each with the content as JSON in event.detail.json.
   */
  class TarjimaSegmentEditor extends HTMLElement {
    constructor() {
      super();
      this._dirty = false;
      this._timer = null;
      this._range = null;
      this.draftDelay = 800;
    }

    set value(json) {
      this._value = json;
      this._dirty = false;
      if (this._box) {
        this._renderValue();
        this._offerUnsaved();
      }
    }
    get value() {
      return this._value;
    }
    set source(json) {
      this._source = json;
      if (this._box) this._renderCodes();
    }
    get source() {
      return this._source;
    }
    /** JSON [{start, end, word}]: unknown words (plain-text offsets, codes count nothing), underlined in place. */
    set misspellings(json) {
      this._misspellings = parse(json);
      this._underline();
    }
    get misspellings() {
      return JSON.stringify(this._misspellings || []);
    }
    set status(text) {
      this._status = text;
      if (this._statusLine) this._statusLine.textContent = text || '';
    }
    get status() {
      return this._status;
    }

    connectedCallback() {
      ['value', 'source', 'status', 'focusOnAttach', 'placeholder', 'draftKey', 'unsavedLabels', 'misspellings',
        'spellingLabels']
        .forEach((p) => upgradeProperty(this, p));
      if (!this._box) this._build();
      this._renderValue();
      forgetOldUnsaved();
      this._offerUnsaved();
      if (this.focusOnAttach) requestAnimationFrame(() => this.focusEnd());
    }

    /** Text kept from an earlier visit that differs from what is stored is offered back, never applied unasked. */
    _offerUnsaved() {
      // After the rest of the server's answer: it may say in the same breath that the kept text is settled.
      setTimeout(() => this._offerUnsavedNow(), 0);
    }

    _offerUnsavedNow() {
      const entry = readUnsaved(this.draftKey);
      if (!entry || !this._box) return;
      if (canonical(entry.json) === canonical(this._value)) {
        forgetUnsaved(this.draftKey);
        return;
      }
      if (this._restore) this._restore.remove();
      const labels = Object.assign({ kept: 'Not saved: what you typed at {time} was kept in this browser.',
        restore: 'Restore', discard: 'Discard' }, this.unsavedLabels ? JSON.parse(this.unsavedLabels) : {});
      const time = new Date(entry.at).toLocaleTimeString(document.documentElement.lang || undefined,
        { hour: '2-digit', minute: '2-digit' });
      const bar = document.createElement('div');
      bar.className = 'unsaved-offer';
      bar.setAttribute('role', 'status');
      const text = document.createElement('span');
      text.className = 'unsaved-text';
      text.textContent = labels.kept.replace('{time}', time);
      const preview = document.createElement('q');
      preview.className = 'unsaved-preview';
      preview.replaceChildren(...nodesFor(parse(entry.json)));
      const restore = document.createElement('button');
      restore.type = 'button';
      restore.className = 'unsaved-restore';
      restore.textContent = labels.restore;
      restore.addEventListener('mousedown', (e) => e.preventDefault());
      restore.addEventListener('click', (e) => {
        e.stopPropagation();
        this._box.replaceChildren(...nodesFor(parse(entry.json)));
        this._hideOffer();
        this.focusEnd();
        this._changed();
      });
      const discard = document.createElement('button');
      discard.type = 'button';
      discard.className = 'unsaved-discard';
      discard.textContent = labels.discard;
      discard.addEventListener('click', (e) => {
        e.stopPropagation();
        window.tarjimaUnsaved.forget(this.draftKey);
      });
      bar.append(text, preview, restore, discard);
      this.insertBefore(bar, this._box);
      this._restore = bar;
    }

    _hideOffer() {
      if (this._restore) {
        this._restore.remove();
        this._restore = null;
      }
    }

    disconnectedCallback() {
      this.flush();
      this._closeMenu();
      // The grid may attach the next editor before this one leaves: only the owner's underlines go.
      if (window.CSS && CSS.highlights && window.tarjimaMisspeltOwner === this) CSS.highlights.delete('tarjima-misspelt');
    }

    _build() {
      const box = document.createElement('div');
      box.className = 'editor-box';
      box.contentEditable = 'true';
      box.setAttribute('role', 'textbox');
      box.setAttribute('aria-multiline', 'false');
      box.spellcheck = false;
      if (this.getAttribute('lang')) box.lang = this.getAttribute('lang');
      if (this.placeholder) box.dataset.placeholder = this.placeholder;
      const footer = document.createElement('div');
      footer.className = 'editor-footer';
      this._codes = document.createElement('span');
      this._codes.className = 'missing-codes';
      this._statusLine = document.createElement('span');
      this._statusLine.className = 'editor-status';
      this._statusLine.textContent = this._status || '';
      footer.append(this._codes, this._statusLine);
      this.append(box, footer);
      this._box = box;

      box.addEventListener('input', () => {
        this._changed();
        this._underline();
      });
      box.addEventListener('contextmenu', (e) => {
        const at = this._offsetAtPoint(e.clientX, e.clientY);
        const word = at === null ? null : this._misspeltAt(at);
        if (word) {
          e.preventDefault();
          this._askSuggestions(word);
        }
      });
      box.addEventListener('keydown', (e) => this._key(e));
      box.addEventListener('paste', (e) => {
        e.preventDefault();
        const text = (e.clipboardData || window.clipboardData).getData('text/plain').replace(/[\r\n]+/g, ' ');
        document.execCommand('insertText', false, text);
      });
      box.addEventListener('drop', (e) => e.preventDefault());
      box.addEventListener('blur', () => this.flush());
      box.addEventListener('click', (e) => e.stopPropagation());
      document.addEventListener('selectionchange', () => {
        const sel = window.getSelection();
        if (sel && sel.rangeCount && box.contains(sel.anchorNode)) this._range = sel.getRangeAt(0).cloneRange();
      });
    }

    _renderValue() {
      this._box.replaceChildren(...nodesFor(parse(this._value)));
      this._renderCodes();
      this._underline();
    }

    /** Chips for the source's codes that the target lacks; a click puts one back at the caret. */
    _renderCodes() {
      if (!this._codes) return;
      const present = new Set(this.parts().filter((p) => p.code).map((p) => p.code + ':' + p.id));
      const missing = parse(this._source).filter((p) => p.code && !present.has(p.code + ':' + p.id));
      this._codes.replaceChildren(...missing.map((p) => {
        const c = chip(p);
        c.classList.add('insertable');
        c.setAttribute('role', 'button');
        c.addEventListener('mousedown', (e) => e.preventDefault());
        c.addEventListener('click', (e) => {
          e.stopPropagation();
          this._insertNode(chip(p));
        });
        return c;
      }));
      this.classList.toggle('codes-missing', missing.length > 0);
    }

    /** Inserts plain text at the caret (or the end), as typing would. */
    insertText(text) {
      this._insertNode(document.createTextNode(text));
    }

    _insertNode(node) {
      this._box.focus();
      const sel = window.getSelection();
      let range = this._range && this._box.contains(this._range.startContainer) ? this._range : null;
      if (!range) {
        range = document.createRange();
        range.selectNodeContents(this._box);
        range.collapse(false);
      }
      range.deleteContents();
      range.insertNode(node);
      range.setStartAfter(node);
      range.collapse(true);
      sel.removeAllRanges();
      sel.addRange(range);
      this._changed();
    }

    /** The content as parts, read from the DOM: text nodes and chips, nothing else. */
    parts() {
      const parts = [];
      const walk = (node) => {
        node.childNodes.forEach((child) => {
          if (child.nodeType === Node.TEXT_NODE) {
            const text = child.nodeValue.replace(/\u00a0/g, ' ');
            if (text) {
              const last = parts[parts.length - 1];
              if (last && 'text' in last) last.text += text;
              else parts.push({ text });
            }
          } else if (child.nodeType === Node.ELEMENT_NODE) {
            if (child.dataset && child.dataset.code) {
              parts.push({ code: child.dataset.code, id: Number(child.dataset.id) });
            } else if (child.tagName !== 'BR') {
              walk(child);
            }
          }
        });
      };
      if (this._box) walk(this._box);
      return parts;
    }

    json() {
      return JSON.stringify(this.parts());
    }

    _changed() {
      this._dirty = true;
      writeUnsaved(this.draftKey, this.json());
      this._renderCodes();
      clearTimeout(this._timer);
      this._timer = setTimeout(() => this.flush(), this.draftDelay);
    }

    /**
     * The typing not yet sent as a draft (inside the autosave pause) as JSON, taken: it will not be sent as a draft.
     * '' when there is none. The server asks when a colleague saved this segment, so that it never replaces text the
     * person typed a moment ago with theirs.
     */
    takeUnsent() {
      if (!this._dirty) return '';
      clearTimeout(this._timer);
      this._dirty = false;
      return this.json();
    }

    /** Sends a pending draft now. */
    flush() {
      clearTimeout(this._timer);
      if (this._dirty) {
        this._dirty = false;
        this._fire('tarjima-draft', {});
      }
    }

    _fire(name, extra) {
      this.dispatchEvent(new CustomEvent(name, { detail: Object.assign({ json: this.json() }, extra) }));
    }

    _key(e) {
      // The grid around us has its own keyboard navigation; keys typed here are the editor's alone.
      e.stopPropagation();
      const ctrl = e.ctrlKey || e.metaKey;
      if (e.key === 'Enter') {
        e.preventDefault();
        if (ctrl && e.shiftKey) {
          this.flush();
          this._fire('tarjima-navigate', { direction: 'next-todo' });
        } else if (ctrl) {
          clearTimeout(this._timer);
          this._dirty = false;
          this._fire('tarjima-confirm', {});
        }
      } else if (ctrl && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        this.flush();
        this._fire('tarjima-navigate', { direction: e.key === 'ArrowDown' ? 'next' : 'previous' });
      } else if ((ctrl || e.altKey) && /^Digit[1-9]$/.test(e.code)) {
        // Ctrl+1..9 inserts a translation-memory match, Ctrl+Shift+1..9 a glossary term (Alt for browsers that keep
        // Ctrl+digit for their tabs). The code, not the key: Shift+1 is "!" on most layouts.
        e.preventDefault();
        this.flush();
        this._fire('tarjima-insert', { number: Number(e.code.slice(5)), kind: e.shiftKey ? 'glossary' : 'memory' });
      } else if (ctrl && e.shiftKey && (e.key === ' ' || e.code === 'Space')) {
        // Ctrl+Shift+Space copies the pivot translation (Russian), when the server gave one.
        e.preventDefault();
        if (this.pivot) {
          this._box.replaceChildren(...nodesFor(parse(this.pivot)));
          this.focusEnd();
          this._changed();
        }
      } else if (ctrl && (e.key === ' ' || e.code === 'Space')) {
        e.preventDefault();
        this._box.replaceChildren(...nodesFor(parse(this._source)));
        this.focusEnd();
        this._changed();
      } else if (ctrl && (e.key === '.' || e.code === 'Period')) {
        e.preventDefault();
        const at = this._caretOffset();
        const word = at === null ? null : this._misspeltAt(at) || this._misspeltAt(at - 1);
        if (word) this._askSuggestions(word);
      } else if (e.key === 'Escape') {
        if (this._menu) {
          this._closeMenu();
          return;
        }
        this.flush();
        this._box.blur();
      }
    }

    // ---- Spelling: unknown words underlined through the CSS Custom Highlight API (no change to the text's DOM,
    // so the caret and the undo history stay as they are); suggestions on right-click or Ctrl+. ----

    /** The text nodes that hold the plain text, in order: chips' labels are not text. */
    _textNodes() {
      const nodes = [];
      const walker = document.createTreeWalker(this._box, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!(node.parentElement && node.parentElement.closest('.code-chip'))) nodes.push(node);
      }
      return nodes;
    }

    /** A DOM range for plain-text offsets [start, end), or null when they are outside the text. */
    _rangeFor(start, end) {
      let at = 0;
      let from = null;
      const range = document.createRange();
      for (const node of this._textNodes()) {
        const length = node.nodeValue.length;
        if (from === null && start >= at && start <= at + length) {
          range.setStart(node, start - at);
          from = true;
        }
        if (from && end >= at && end <= at + length) {
          range.setEnd(node, end - at);
          return range;
        }
        at += length;
      }
      return null;
    }

    _plainText() {
      return this._textNodes().map((n) => n.nodeValue).join('').replace(/\u00a0/g, ' ');
    }

    /** Underlines the known misspellings that still read the same at their place (typing may have moved them). */
    _underline() {
      if (!this._box || !window.CSS || !CSS.highlights || typeof Highlight === 'undefined') return;
      const text = this._plainText();
      const ranges = [];
      this._current = (this._misspellings || []).filter((m) => text.substring(m.start, m.end) === m.word);
      this._current.forEach((m) => {
        const range = this._rangeFor(m.start, m.end);
        if (range) ranges.push(range);
      });
      this.classList.toggle('has-misspellings', ranges.length > 0);
      this.dataset.misspellings = String(ranges.length);
      CSS.highlights.set('tarjima-misspelt', new Highlight(...ranges));
      window.tarjimaMisspeltOwner = this;
    }

    _misspeltAt(offset) {
      return (this._current || []).find((m) => offset >= m.start && offset <= m.end) || null;
    }

    /** The caret's plain-text offset in the box, or null when the caret is elsewhere. */
    _caretOffset() {
      const sel = window.getSelection();
      if (!sel || !sel.rangeCount || !this._box.contains(sel.anchorNode)) return null;
      return this._offsetOf(sel.anchorNode, sel.anchorOffset);
    }

    _offsetAtPoint(x, y) {
      if (document.caretPositionFromPoint) {
        const p = document.caretPositionFromPoint(x, y);
        return p ? this._offsetOf(p.offsetNode, p.offset) : null;
      }
      const r = document.caretRangeFromPoint ? document.caretRangeFromPoint(x, y) : null;
      return r ? this._offsetOf(r.startContainer, r.startOffset) : null;
    }

    _offsetOf(node, offset) {
      let at = 0;
      for (const text of this._textNodes()) {
        if (text === node) return at + offset;
        at += text.nodeValue.length;
      }
      return null;
    }

    _askSuggestions(word) {
      this._fire('tarjima-spelling', { word: word.word, start: word.start, end: word.end });
    }

    /**
     * Called by the server with {word, start, end, suggestions: [...]}: a small menu under the word; a suggestion
     * replaces it as typing would, "Add to dictionary" asks the server to add it to the project's list.
     */
    showSpellingMenu(json) {
      const found = parse('[' + json + ']')[0];
      if (!found || !this._box) return;
      this._closeMenu();
      const labels = Object.assign({ add: 'Add to dictionary', none: 'No suggestions' },
        this.spellingLabels ? JSON.parse(this.spellingLabels) : {});
      const range = this._rangeFor(found.start, found.end);
      if (!range || this._plainText().substring(found.start, found.end) !== found.word) return;
      const menu = document.createElement('div');
      menu.className = 'spelling-menu';
      menu.setAttribute('role', 'menu');
      const items = [];
      const item = (text, className, action) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = className;
        button.setAttribute('role', 'menuitem');
        button.textContent = text;
        button.addEventListener('mousedown', (e) => e.preventDefault());
        button.addEventListener('click', (e) => {
          e.stopPropagation();
          action();
        });
        menu.appendChild(button);
        items.push(button);
      };
      (found.suggestions || []).forEach((suggestion, i) => item(suggestion, 'spelling-suggestion', () => {
        const current = this._rangeFor(found.start, found.end);
        this._closeMenu();
        if (!current) return;
        current.deleteContents();
        const node = document.createTextNode(suggestion);
        current.insertNode(node);
        this._box.normalize();
        this._box.focus();
        this._changed();
        this._underline();
      }));
      if (!items.length) {
        const none = document.createElement('span');
        none.className = 'spelling-none';
        none.textContent = labels.none;
        menu.appendChild(none);
      }
      item(labels.add, 'spelling-add', () => {
        this._closeMenu();
        this._fire('tarjima-add-word', { word: found.word });
      });
      menu.addEventListener('keydown', (e) => {
        e.stopPropagation();
        const index = items.indexOf(document.activeElement);
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          const next = (index + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
          items[next].focus();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          this._closeMenu();
          this._box.focus();
        }
      });
      const box = range.getBoundingClientRect();
      menu.style.left = Math.round(box.left) + 'px';
      menu.style.top = Math.round(box.bottom + 4) + 'px';
      document.body.appendChild(menu);
      this._menu = menu;
      this._menuCloser = (e) => {
        if (!menu.contains(e.target)) this._closeMenu();
      };
      setTimeout(() => document.addEventListener('mousedown', this._menuCloser), 0);
      items[0].focus();
    }

    _closeMenu() {
      if (this._menu) {
        this._menu.remove();
        this._menu = null;
        document.removeEventListener('mousedown', this._menuCloser);
      }
    }

    focusEnd() {
      if (!this._box) return;
      this._box.focus();
      const range = document.createRange();
      range.selectNodeContents(this._box);
      range.collapse(false);
      const sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
    }
  }

  /**
   * Called by the server through the page (not an editor element, which the same answer may replace): markStored
   * drops the kept copy when it is what was stored (newer typing stays kept); forget drops it whatever it holds.
   */
  window.tarjimaUnsaved = {
    markStored(key, json) {
      const entry = readUnsaved(key);
      if (entry && canonical(entry.json) === canonical(json)) this.forget(key);
    },
    forget(key) {
      forgetUnsaved(key);
      document.querySelectorAll('tarjima-segment-editor').forEach((editor) => {
        if (editor.draftKey === key) editor._hideOffer();
      });
    },
  };

  if (!customElements.get('tarjima-inline-text')) customElements.define('tarjima-inline-text', TarjimaInlineText);
  if (!customElements.get('tarjima-segment-editor')) customElements.define('tarjima-segment-editor', TarjimaSegmentEditor);
})();
