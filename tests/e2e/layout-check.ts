import type { Page } from 'playwright-core';

/**
 * What a screen at this window size shows that a user cannot read or reach: anything wider than the window (the
 * document, an open dialog or drawer, a table's scroll container), and text cut off with no way to read it whole.
 *
 * Text counts as cut when an element that clips its own text (`text-overflow: ellipsis`, `overflow: hidden` or
 * `clip`, or a line clamp) holds text that runs past its edge by more than a pixel (or, clamped, below it), and
 * neither it nor an element around it carries a `title` with the whole text. A clipping box whose overflow is only
 * other boxes (a scroll area, an input's wrapper) is no text cut; a box squeezed to no width with its text inside (a
 * button's label, «Отм…» or nothing at all) is. An input's placeholder, and the value of a choice (a Select), count
 * as cut when wider than the input's text box; a typed value does not, as it scrolls under the caret.
 *
 * Only what is on screen counts: hidden tabs, closed menus and boxes for screen readers only are skipped. `dialogs`
 * looks only at the open dialogs, menus and notices, over a page looked at already.
 */
export function layoutProblems(page: Page, within: 'page' | 'dialogs' = 'page'): Promise<string[]> {
  return page.evaluate((within) => {
    const DIALOGS = '.mantine-Modal-content, .mantine-Drawer-content, .mantine-Menu-dropdown';
    const problems: string[] = [];
    const describe = (el: Element) => {
      const text = (el.textContent ?? (el as HTMLInputElement).placeholder ?? '').replace(/\s+/g, ' ').trim();
      const cls = typeof el.className === 'string' ? el.className.split(' ').slice(0, 2).join('.') : '';
      return `<${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}> «${text.slice(0, 80)}»`;
    };
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      // A box of a pixel or less is there for screen readers only (FullCalendar's day names, Mantine's hidden labels);
      // a box squeezed to no width with its text inside (a button's label) is on screen, its text cut off whole.
      if (box.width <= 1 && box.height <= 1) return false;
      if (box.height < 1) return false;
      return (el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true }) ?? true;
    };

    const root = document.documentElement;
    if (within === 'page' && root.scrollWidth > root.clientWidth) {
      problems.push(`the page scrolls sideways: ${root.scrollWidth} px in a window of ${root.clientWidth} px`);
    }
    for (const box of document.querySelectorAll(
      '.mantine-Modal-content, .mantine-Modal-body, .mantine-Drawer-content, .mantine-Drawer-body, .mantine-Menu-dropdown',
    )) {
      if (visible(box) && box.scrollWidth > box.clientWidth + 1) {
        problems.push(`a dialog scrolls sideways: ${box.scrollWidth} px in ${box.clientWidth} px (${describe(box)})`);
      }
      const right = box.getBoundingClientRect().right;
      if (visible(box) && right > window.innerWidth + 1) {
        problems.push(`a dialog reaches past the window: its right edge at ${Math.round(right)} px`);
      }
    }
    for (const table of document.querySelectorAll('table')) {
      if (!visible(table) || table.closest('.fc') || (within === 'dialogs' && !table.closest(DIALOGS))) continue;
      const container = table.closest('.mantine-Table-scrollContainer, .mantine-ScrollArea-viewport');
      const box = container ?? table.parentElement;
      if (box && box.scrollWidth > box.clientWidth + 1) {
        problems.push(`a table scrolls sideways: ${box.scrollWidth} px in ${box.clientWidth} px (${describe(table)})`);
      }
    }

    const clipEdge = (el: Element) => el.getBoundingClientRect().left + el.clientLeft + el.clientWidth + 1;
    const ownTextRight = (el: Element) => {
      // Where the element's own text runs (the text nodes directly inside it) end, unclipped.
      let right = -Infinity;
      for (const node of el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) right = Math.max(right, rect.right);
      }
      return right;
    };
    const hasTitle = (el: Element) => {
      for (let at: Element | null = el; at && at !== document.body; at = at.parentElement) {
        const title = at.getAttribute('title');
        if (title && title.trim()) return true;
      }
      return false;
    };

    const scopes = [
      ...(within === 'page'
        ? document.querySelectorAll('.mantine-AppShell-main, .mantine-AppShell-header, .mantine-AppShell-navbar')
        : []),
      ...document.querySelectorAll(`${DIALOGS}, .mantine-Notification-root`),
    ];
    // What may cut text: the elements that hold text themselves, and the box around an inline one; and the inputs.
    const holders = new Set<Element>();
    const inputs = new Set<HTMLInputElement>();
    for (const scope of scopes) {
      for (const input of scope.querySelectorAll('input')) inputs.add(input);
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.textContent?.trim() || parent.closest('svg')) continue;
        holders.add(parent);
        if (parent.parentElement && getComputedStyle(parent).display === 'inline') holders.add(parent.parentElement);
      }
    }

    for (const el of inputs) {
      // A choice's value (a Select's) is cut as text is; a typed value scrolls under the caret, so it is not.
      const choice = el.readOnly || el.getAttribute('role') === 'combobox';
      const shown = el.value ? (choice ? el.value : '') : el.placeholder;
      if (!shown || !['text', 'search', ''].includes(el.getAttribute('type') ?? '') || !visible(el)) continue;
      const style = getComputedStyle(el);
      const canvas = document.createElement('canvas').getContext('2d');
      if (!canvas) continue;
      canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (canvas.measureText(shown).width > room + 1 && !hasTitle(el)) {
        problems.push(`${el.value ? 'a chosen value' : 'a placeholder'} is cut: «${shown}» in ${Math.round(room)} px`);
      }
    }

    for (const el of holders) {
      const style = getComputedStyle(el);
      const clamped = style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '';
      const clips =
        style.textOverflow === 'ellipsis' ||
        clamped ||
        ['hidden', 'clip'].includes(style.overflowX) ||
        ['hidden', 'clip'].includes(style.overflow);
      if (!clips || !visible(el)) continue;
      const wide = el.scrollWidth > el.clientWidth + 1 && ownTextRight(el) > clipEdge(el);
      const tall = clamped && el.scrollHeight > el.clientHeight + 1;
      // Text inside an inline child (a <span> in a cell) is cut by this box just as well.
      const inlineText =
        el.scrollWidth > el.clientWidth + 1 &&
        Array.from(el.children).some(
          (child) => getComputedStyle(child).display === 'inline' && child.getBoundingClientRect().right > clipEdge(el),
        );
      if ((wide || tall || inlineText) && !hasTitle(el)) problems.push(`text is cut: ${describe(el)}`);
    }
    return problems;
  }, within);
}
