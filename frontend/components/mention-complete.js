// Completes "@name" in a comment field: typing @ and a few letters lists the people the comment can mention
// (given by the server as JSON in the field's data-mentions attribute); Up/Down choose, Enter or Tab or a click
// inserts "@username ". Plain DOM, no framework: the field is a <vaadin-text-area>, its native <textarea> inside.
const LIST_CLASS = 'mention-list';

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
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  field.after(list);
  let shown = [];
  let active = 0;
  let query = null;

  const close = () => { list.hidden = true; shown = []; };
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
  const render = () => {
    list.replaceChildren(...shown.map((person, i) => {
      const option = document.createElement('div');
      option.className = 'mention-option' + (i === active ? ' active' : '');
      option.setAttribute('role', 'option');
      option.id = 'mention-option-' + person.username;
      option.textContent = person.displayName === person.username ? '@' + person.username
        : person.displayName + ' (@' + person.username + ')';
      option.addEventListener('mousedown', (e) => { e.preventDefault(); insert(person); });
      return option;
    }));
    list.hidden = shown.length === 0;
  };
  textarea.addEventListener('input', () => {
    query = queryAt(textarea);
    if (!query) {
      close();
      return;
    }
    const prefix = query.prefix.toLocaleLowerCase();
    shown = candidates(field).filter((p) => p.username.toLocaleLowerCase().startsWith(prefix)
      || p.displayName.toLocaleLowerCase().startsWith(prefix)).slice(0, 8);
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
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      insert(shown[active]);
      e.preventDefault();
      e.stopPropagation();
    } else if (e.key === 'Escape') {
      close();
      e.stopPropagation();
    }
  });
  textarea.addEventListener('blur', () => setTimeout(close, 150));
}

window.tarjimaMentionComplete = attach;
