/** Where keyboard and clipboard events come from: text fields keep their own behaviour. */
export function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Canvas keys act when the canvas (an HTML or SVG element in it) or nothing in particular has the focus. */
export function isOnCanvas(target: EventTarget | null): boolean {
  return target === document.body || (target instanceof Element && target.closest('.react-flow') !== null);
}
