// The preview: a Document's blocks as HTML, built with textContent (values are data). It needs
// no font file and no PDF library: those load with the first download.

export function wrap(tag, child) {
  const el = document.createElement(tag);
  el.append(child);
  return el;
}

function runsInto(parent, runs) {
  for (const run of runs) {
    let node = document.createTextNode(run.text);
    if (run.italic) node = wrap("em", node);
    if (run.bold) node = wrap("strong", node);
    if (run.href && /^(https?:|mailto:)/i.test(run.href)) {
      const link = wrap("a", node);
      link.href = run.href;
      link.rel = "noopener noreferrer";
      link.target = "_blank";
      node = link;
    }
    parent.append(node);
  }
}

export function blocksInto(parent, blocks) {
  for (const block of blocks) {
    if (block.type === "heading") {
      // The page's own headings are h1 and h2: the letter's start at h3.
      const el = document.createElement(`h${Math.min(block.level + 2, 6)}`);
      runsInto(el, block.runs);
      parent.append(el);
    } else if (block.type === "paragraph") {
      const el = document.createElement("p");
      runsInto(el, block.runs);
      parent.append(el);
    } else if (block.type === "list") {
      const el = document.createElement(block.ordered ? "ol" : "ul");
      if (block.ordered && block.start !== 1) el.start = block.start;
      for (const item of block.items) {
        const li = document.createElement("li");
        blocksInto(li, item.blocks);
        el.append(li);
      }
      parent.append(el);
    }
  }
}
