/**
 * WCAG 2.x contrast between two "#rrggbb" colours: the one measure behind the area palette's promise, so the
 * palette, the demo seed and any later colour choice are checked by the same rule.
 */

/** Relative luminance of "#rrggbb" (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance). */
function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Contrast ratio of two "#rrggbb" colours, from 1 (same) to 21 (black on white); order does not matter. */
export function contrastRatio(first: string, second: string): number {
  const [a, b] = [relativeLuminance(first), relativeLuminance(second)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
