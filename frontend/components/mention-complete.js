// Completes "@name" in a comment field: typing @ and a few letters lists the people the comment can mention
// (given by the server as JSON in the field's data-mentions attribute); Up/Down choose, Enter or Tab or a click
// inserts "@username ", Escape closes the list. Plain DOM, no framework: the field is a <vaadin-text-area>, its native
// <textarea> inside. The list is a combobox popup for screen readers (aria-activedescendant follows the choice) and
// floats at the caret, fixed to the window: the comment box sits at the bottom of a scrolling panel that would clip it.
const LIST_CLASS = 'mention-list';
const MAX_SHOWN = 8;
let lists = 0;

function candidates(field) {
  try {
    return JSON.parse(field.dataset.mentions || '[]');
  } catch (e) {
    return [];
  }
}

function queryAt(textarea) {
  const before = textarea.value.slice(0, textarea.selectionStart);
  const match = /(^|[^\p{L}\p{N}])@([\p{L}\p{N}._@-]*)$/u.exec(before);
  return match ? { prefix: match[2], start: before.length - match[2].length - 1 } : null;
}

// Where a character of the textarea is drawn, in window coordinates: a hidden copy of the textarea with the same
// font, padding and wrapping, the text up to the character, and a marker after it.
function caretAt(textarea, index) {
  const style = getComputedStyle(textarea);
  const mirror = document.createElement('div');
  for (const property of ['boxSizing', 'width', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
    'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'fontFamily', 'fontSize',
    'fontWeight', 'fontStyle', 'letterSpacing', 'lineHeight', 'textTransform', 'wordSpacing', 'tabSize']) {
    mirror.style[property] = style[property];
  }
  Object.assign(mirror.style, { position: 'absolute', visibility: 'hidden', top: '0', left: '-9999px',
    whiteSpace: 'pre-wrap', overflowWrap: 'break-word', borderStyle: 'solid' });
  mirror.textContent = textarea.value.slice(0, index);
  const marker = document.createElement('span');
  marker.textContent = '\u200b';
  mirror.appendChild(marker);
  document.body.appendChild(mirror);
  const box = textarea.getBoundingClientRect();
  const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4;
  const caret = { left: box.left + marker.offsetLeft - textarea.scrollLeft,
    top: box.top + marker.offsetTop - textarea.scrollTop, height: line };
  mirror.remove();
  return caret;
}

function attach(field) {
  if (field.__mentionComplete) {
    return;
  }
  const textarea = field.querySelector('textarea');
  if (!textarea) {
    return;
  }
  field.__mentionComplete = true;
  const list = document.createElement('div');
  list.className = LIST_CLASS;
  list.id = (field.id || 'mention') + '-list-' + (++lists);
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  field.after(list);
  textarea.setAttribute('aria-autocomplete', 'list');
  textarea.setAttribute('aria-controls', list.id);
  textarea.setAttribute('aria-expanded', 'false');
  let shown = [];
  let active = 0;
  let query = null;

  // A fixed list would stay behind when the page or the panel scrolls, or the window changes size: it closes then.
  const onMove = (e) => {
    if (e.type === 'resize' || (e.target !== list && e.target !== textarea)) {
      close();
    }
  };
  const close = () => {
    window.removeEventListener('scroll', onMove, true);
    window.removeEventListener('resize', onMove);
    list.hidden = true;
    shown = [];
    textarea.setAttribute('aria-expanded', 'false');
    textarea.removeAttribute('aria-activedescendant');
  };
  const insert = (person) => {
    const end = textarea.selectionStart;
    const text = textarea.value.slice(0, query.start) + '@' + person.username + ' ' + textarea.value.slice(end);
    field.value = text;
    const caret = query.start + person.username.length + 2;
    textarea.setSelectionRange(caret, caret);
    field.dispatchEvent(new CustomEvent('change', { bubbles: true }));
    close();
    textarea.focus();
  };
  // Under the "@" when there is room below it, else above it (the usual case: the box is at the window's bottom).
  const place = () => {
    const caret = caretAt(textarea, query.start);
    const gap = 4;
    list.style.left = Math.max(gap, Math.min(caret.left, window.innerWidth - list.offsetWidth - gap)) + 'px';
    const below = caret.top + caret.height + gap;
    if (below + list.offsetHeight <= window.innerHeight - gap || caret.top < list.offsetHeight + gap) {
      list.style.top = below + 'px';
    } else {
      list.style.top = (caret.top - list.offsetHeight - gap) + 'px';
    }
  };
  const option = (person, i) => {
    const element = document.createElement('div');
    element.className = 'mention-option' + (i === active ? ' active' : '');
    element.setAttribute('role', 'option');
    element.setAttribute('aria-selected', String(i === active));
    element.id = 'mention-option-' + person.username;
    if (person.displayName && person.displayName !== person.username) {
      const name = document.createElement('span');
      name.className = 'mention-name';
      name.textContent = person.displayName;
      element.appendChild(name);
    }
    const handle = document.createElement('span');
    handle.className = 'mention-username';
    handle.textContent = '@' + person.username;
    element.appendChild(handle);
    // mousedown, not click: the field keeps its focus and its caret.
    element.addEventListener('mousedown', (e) => { e.preventDefault(); insert(person); });
    element.addEventListener('mousemove', () => {
      if (active !== i) {
        active = i;
        render();
      }
    });
    return element;
  };
  const render = () => {
    list.replaceChildren(...shown.map(option));
    list.hidden = shown.length === 0;
    textarea.setAttribute('aria-expanded', String(!list.hidden));
    if (list.hidden) {
      textarea.removeAttribute('aria-activedescendant');
      return;
    }
    textarea.setAttribute('aria-activedescendant', list.children[active].id);
    place();
    window.addEventListener('scroll', onMove, true);
    window.addEventListener('resize', onMove);
  };
  textarea.addEventListener('input', () => {
    query = queryAt(textarea);
    if (!query) {
      close();
      return;
    }
    const prefix = query.prefix.toLocaleLowerCase();
    // A name's every word counts: "@sat" finds Gulnara Satpayeva as "@gul" does.
    const matches = (text) => {
      const lower = (text || '').toLocaleLowerCase();
      return [lower, ...lower.split(/[\s._-]+/)].some((word) => word.startsWith(prefix));
    };
    shown = candidates(field).filter((p) => matches(p.username) || matches(p.displayName)).slice(0, MAX_SHOWN);
    active = 0;
    render();
  });
  textarea.addEventListener('keydown', (e) => {
    if (list.hidden) {
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      active = (active + (e.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length;
      render();
      e.preventDefault();
      e.stopPropagation();
    } else if ((e.key === 'Enter' || e.key === 'Tab') && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey) {
      insert(shown[active]);
      e.preventDefault();
      e.stopPropagation();
    } else if (e.key === 'Escape') {
      // Only the list closes: the editor's Esc (leave the field) waits for the next one.
      close();
      e.preventDefault();
      e.stopPropagation();
    }
  });
  textarea.addEventListener('blur', () => setTimeout(close, 150));
}

window.tarjimaMentionComplete = attach;
