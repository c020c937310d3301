// Redress: a complaint's whole history in Cockpit, found by its reference (README "Auditors: a complaint's
// history in Cockpit"). Cockpit loads this module itself (the server plugin's app/plugin.js); it only reads, from
// the plugin's own resource, and writes every value with textContent, never as HTML. One file, because Cockpit
// serves a plugin's app/plugin.js and app/plugin.css and nothing else.
const PATH = "/complaint-history";
const PARTS = {
  steps: {
    title: "Steps",
    columns: [["started", "Started"], ["name", "Step"], ["kind", "Kind"], ["who", "Who"], ["due", "Due"],
      ["ended", "Finished"], ["outcome", "Outcome"], ["process", "Part of"]]
  },
  changes: {
    title: "Changes to the complaint's details",
    columns: [["when", "When"], ["detail", "Detail"], ["value", "New value"], ["process", "Part of"]]
  },
  operations: {
    title: "What staff did",
    columns: [["when", "When"], ["who", "Who"], ["what", "What"], ["detail", "Detail"], ["from", "Was"],
      ["to", "Became"], ["process", "Part of"]]
  },
  letters: {
    title: "Letters and emails",
    columns: [["queued", "Written"], ["letter", "Letter"], ["audience", "To"], ["channel", "By"],
      ["recipient", "Address"], ["status", "Status"], ["sent", "Sent"], ["deemedReceived", "Counts as received"],
      ["body", "Text"]]
  },
  incidents: {
    title: "Problems",
    columns: [["when", "When"], ["step", "Step"], ["what", "What happened"], ["message", "Message"],
      ["state", "State"], ["ended", "Ended"], ["process", "Part of"]]
  }
};

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  if (className) {
    node.className = className;
  }
  return node;
}

function referenceInAddress() {
  const query = window.location.hash.split("?")[1] || "";
  return (new URLSearchParams(query).get("reference") || "").trim();
}

function base(api) {
  return `${api.cockpitApi}/plugin/redress-history/${encodeURIComponent(api.engine)}/complaints/`;
}

async function read(url) {
  const response = await fetch(url, {credentials: "same-origin", headers: {Accept: "application/json"}});
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(response.status === 404 ? (body.message || "Not found")
      : response.status === 401 ? "Your session has ended: sign in again" : "The history could not be read");
  }
  return body;
}

function searchForm(onSearch, initial) {
  const form = el("form", null, "redress-history-form");
  form.setAttribute("role", "search");
  const id = `redress-reference-${Math.random().toString(36).slice(2)}`;
  const label = el("label", "Complaint reference");
  label.htmlFor = id;
  const input = el("input", null, "form-control");
  input.id = id;
  input.name = "reference";
  input.autocomplete = "off";
  input.spellcheck = false;
  input.value = initial || "";
  const hint = el("p", "For example HDC-2026-000001. Running and closed complaints.", "redress-hint");
  hint.id = `${id}-hint`;
  input.setAttribute("aria-describedby", hint.id);
  const button = el("button", "Show history", "btn btn-primary");
  button.type = "submit";
  form.append(label, hint, input, button);
  form.addEventListener("submit", event => {
    event.preventDefault();
    if (input.value.trim()) {
      onSearch(input.value.trim().toUpperCase());
    }
  });
  return form;
}

function facts(summary) {
  const list = el("dl", null, "redress-facts");
  [["Procedure", summary.procedure], ["Stage", summary.stage], ["Status", summary.status],
    ["Received", summary.received], ["Closed", summary.closed || "Not closed"]].forEach(([name, value]) => {
    list.append(el("dt", name), el("dd", value));
  });
  return list;
}

function processTree(processes) {
  const section = el("section");
  section.append(el("h3", "What the complaint is made of"));
  const describe = process => `${process.name} — started ${process.started}`
    + (process.ended ? `, ended ${process.ended}` : "") + ` (${process.state})`;
  const list = el("ul", null, "redress-tree");
  const byParent = {};
  processes.filter(p => p.group === "stage").forEach(p => (byParent[p.parentId] = byParent[p.parentId] || []).push(p));
  const branch = process => {
    const item = el("li", describe(process));
    const children = byParent[process.id] || [];
    if (children.length) {
      const sub = el("ul");
      children.forEach(child => sub.append(branch(child)));
      item.append(sub);
    }
    return item;
  };
  processes.filter(p => p.group === "complaint").forEach(p => list.append(branch(p)));
  const letters = processes.filter(p => p.group === "letter");
  if (letters.length) {
    const item = el("li", `Sending its letters and emails (${letters.length})`);
    const sub = el("ul");
    letters.forEach(p => sub.append(el("li", describe(p))));
    item.append(sub);
    list.append(item);
  }
  section.append(list);
  return section;
}

function table(part, items) {
  const spec = PARTS[part];
  const node = el("table", null, "cam-table redress-table");
  const caption = el("caption", spec.title, "redress-caption");
  const head = el("thead");
  const headRow = el("tr");
  spec.columns.forEach(([, title]) => {
    const th = el("th", title);
    th.scope = "col";
    headRow.append(th);
  });
  head.append(headRow);
  const body = el("tbody");
  items.forEach(item => {
    const row = el("tr");
    spec.columns.forEach(([key]) => {
      const cell = el("td");
      if (key === "body") {
        const details = el("details");
        details.append(el("summary", item.subject), el("pre", item.body, "redress-letter"));
        cell.append(details);
      } else {
        cell.textContent = item[key] === undefined || item[key] === null ? "" : String(item[key]);
      }
      row.append(cell);
    });
    body.append(row);
  });
  node.append(caption, head, body);
  return node;
}

function partSection(api, reference, part) {
  const section = el("section", null, "redress-part");
  section.id = `redress-part-${part}`;
  section.append(el("h3", PARTS[part].title));
  const content = el("div");
  section.append(content);
  const load = async page => {
    content.replaceChildren(el("p", "Loading…"));
    try {
      const answer = await read(`${base(api)}${encodeURIComponent(reference)}/${part}?page=${page}`);
      content.replaceChildren();
      if (answer.total === 0) {
        content.append(el("p", "Nothing recorded."));
        return;
      }
      content.append(table(part, answer.items));
      if (answer.pages > 1) {
        const pager = el("nav", null, "redress-pager");
        pager.setAttribute("aria-label", `${PARTS[part].title}: pages`);
        const previous = el("button", "Previous page", "btn btn-default");
        previous.type = "button";
        previous.disabled = answer.page <= 1;
        previous.addEventListener("click", () => load(answer.page - 1));
        const next = el("button", "Next page", "btn btn-default");
        next.type = "button";
        next.disabled = answer.page >= answer.pages;
        next.addEventListener("click", () => load(answer.page + 1));
        pager.append(previous, el("span", ` Page ${answer.page} of ${answer.pages} (${answer.total} in all) `), next);
        content.append(pager);
      }
    } catch (error) {
      content.replaceChildren(el("p", error.message, "redress-error"));
    }
  };
  load(1);
  return section;
}

async function show(api, reference, result, status) {
  result.replaceChildren();
  status.textContent = `Looking for ${reference}…`;
  try {
    const summary = await read(base(api) + encodeURIComponent(reference));
    status.textContent = `History of complaint ${summary.reference}`;
    result.append(el("h2", summary.reference), facts(summary), processTree(summary.processes));
    summary.parts.forEach(part => result.append(partSection(api, summary.reference, part)));
  } catch (error) {
    status.textContent = error.message;
  }
}

function page(node, {api}) {
  const root = el("section", null, "redress-history");
  const status = el("p", null, "redress-status");
  status.setAttribute("role", "status");
  const result = el("div");
  const initial = referenceInAddress();
  root.append(el("h1", "Complaint history"), searchForm(reference => show(api, reference, result, status), initial),
    status, result);
  node.replaceChildren(root);
  if (initial) {
    show(api, initial.toUpperCase(), result, status);
  }
}

export default [
  {
    id: "redress-history-page",
    pluginPoint: "cockpit.route",
    properties: {path: PATH},
    render: page
  },
  {
    id: "redress-history-navigation",
    pluginPoint: "cockpit.navigation",
    priority: 5,
    properties: {path: PATH},
    render: node => {
      const link = el("a", "Complaint history");
      link.href = `#${PATH}`;
      node.replaceChildren(link);
    }
  },
  {
    id: "redress-history-dashboard",
    pluginPoint: "cockpit.dashboard",
    priority: 20,
    render: node => {
      const box = el("section", null, "redress-history redress-dashboard");
      box.append(el("h2", "A complaint's history"), searchForm(reference => {
        window.location.hash = `#${PATH}?reference=${encodeURIComponent(reference)}`;
      }));
      node.replaceChildren(box);
    }
  }
];
