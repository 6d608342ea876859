/**
 * Reordering areas by dragging a handle with a mouse, a pen or a finger (issue 13, part A): Pointer Events
 * with capture, so one code path serves the laptop and the phone (HTML drag and drop, which the board
 * uses, does not start from a touch). It only says where the area would land; the drop is AreaList's.
 */

/** How close to the window's top or bottom edge (px) the page scrolls along while dragging. */
const EDGE = 64;
const SCROLL_STEP = 16;

export class AreaDrag {
  /** The area being dragged, or null. */
  draggingId = $state<string | null>(null);
  /** The index of the item the area would be dropped before (`items.length`: the end). */
  dropBefore = $state<number | null>(null);
  #items: () => readonly HTMLElement[] = () => [];

  /** Starts on the handle: captures the pointer so moves and the release come here wherever they happen. */
  start(event: PointerEvent, areaId: string, items: () => readonly HTMLElement[]): void {
    if (event.button !== 0) return;
    event.preventDefault();
    (event.currentTarget as HTMLElement | null)?.setPointerCapture?.(event.pointerId);
    this.#items = items;
    this.draggingId = areaId;
    this.dropBefore = this.#slotAt(event.clientY);
  }

  move(event: PointerEvent): void {
    if (this.draggingId === null) return;
    if (event.clientY < EDGE) window.scrollBy(0, -SCROLL_STEP);
    else if (event.clientY > window.innerHeight - EDGE) window.scrollBy(0, SCROLL_STEP);
    this.dropBefore = this.#slotAt(event.clientY);
  }

  /** The drop, or null when nothing was dragged. */
  end(): { areaId: string; before: number } | null {
    const drop =
      this.draggingId !== null && this.dropBefore !== null
        ? { areaId: this.draggingId, before: this.dropBefore }
        : null;
    this.cancel();
    return drop;
  }

  cancel(): void {
    this.draggingId = null;
    this.dropBefore = null;
  }

  /** The first item whose middle lies below the pointer; past the last one, the end. */
  #slotAt(clientY: number): number {
    const items = this.#items();
    const index = items.findIndex((item) => {
      const box = item.getBoundingClientRect();
      return clientY < box.top + box.height / 2;
    });
    return index === -1 ? items.length : index;
  }
}
