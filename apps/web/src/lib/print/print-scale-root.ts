/**
 * Hands a page's print scale to the document root, whose font size every printed rem follows (app.css); the
 * returned function takes it back when the page goes, so the next page prints at its own scale.
 */
export function applyPrintScale(scale: number): () => void {
  const root = document.documentElement;
  root.style.setProperty('--print-scale', String(scale));
  return () => root.style.removeProperty('--print-scale');
}
