// Keyboard use of the tab strip (the WAI-ARIA tabs pattern): arrows move between the visible tabs, Home and End
// jump to the ends; the tab moved to is shown at once.

/** The tab a key leads to from `current`, or undefined when the key is not one the tab strip handles. */
export function tabForKey<T>(visible: T[], current: T, key: string): T | undefined {
  const i = visible.indexOf(current);
  if (i < 0 || visible.length === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'Right': // IE 11
      return visible[(i + 1) % visible.length];
    case 'ArrowLeft':
    case 'Left':
      return visible[(i - 1 + visible.length) % visible.length];
    case 'Home':
      return visible[0];
    case 'End':
      return visible[visible.length - 1];
    default:
      return undefined;
  }
}
