/**
 * `h('button.primary', { type: 'submit', onclick }, 'Go')`: an element with classes, attributes,
 * properties (`on*` handlers, `hidden`, `value`...) and children (nodes or text; null is skipped).
 */
export function h(tagAndClasses, attributes = {}, ...children) {
  const [tag, ...classes] = tagAndClasses.split('.');
  const element = document.createElement(tag || 'div');
  if (classes.length > 0) element.className = classes.join(' ');
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') || name in PROPERTIES) element[name] = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  return element;
}

const PROPERTIES = { hidden: true, value: true, checked: true, textContent: true };

/** `m:ss` (or `h:mm:ss`) for a duration in seconds. */
export function formatDuration(seconds) {
  const total = Math.max(0, Math.round(seconds));
  const s = String(total % 60).padStart(2, '0');
  const m = Math.floor(total / 60) % 60;
  const hours = Math.floor(total / 3600);
  return hours > 0 ? `${hours}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "just now", "3 min ago", "2 h ago" or a date, for a time in ms. */
export function formatAge(timeMs, nowMs) {
  const minutes = Math.floor((nowMs - timeMs) / 60000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} h ago`;
  return new Date(timeMs).toLocaleDateString();
}
