// Behaviour of the kg view page (kg/view/render.py inlines it; the page's CSP admits it by hash).
// vis-network is driven through its public API only: DataSets, setOptions, fit, moveTo,
// getPositions, getBoundingBox and events. Positions come from the page's data.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var info = data.details;
  var byId = function (id) { return document.getElementById(id); };
  var colours = {};
  info.classes.forEach(function (c) { colours[c.name] = c.colour; });
  var articles = info.articles || {};
  var ids = Object.keys(info.nodes).sort();
  var SMALL = ids.length <= 40;  // a small graph: every label drawn, folds nothing
  var LABEL_ZOOM = 0.9;  // at this scale and closer, every label is drawn
  // Every change to vis-network's data re-measures the whole graph (about a second at 2,000
  // entities on a slow machine): above this size, selecting labels nothing more and labels
  // are resized only when the zoom changes by a third.
  var LARGE = ids.length > 600;

  function h(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function localName(iri) {
    var s = String(iri || "").replace(/[\/#]+$/, "");
    var i = Math.max(s.lastIndexOf("/"), s.lastIndexOf("#"));
    return i >= 0 && i < s.length - 1 ? s.slice(i + 1) : s;
  }
  var ASSERTING = { asserted: true, reported: true };
  var MODALITY_TEXT = { asserted: "asserted", negated: "negated", possible: "hedged: possible",
                        conditional: "conditional", requested: "requested", reported: "reported" };
  function modalityText(m) { return MODALITY_TEXT[m] || String(m || ""); }
  function isAsserted(m) { return !m || !!ASSERTING[m]; }
  function plural(n, word) { return n.toLocaleString("en") + " " + word + (n === 1 ? "" : "s"); }
  function pct(c) { return typeof c === "number" ? Math.round(c * 100) + "%" : ""; }
  function nodeName(id) { return info.nodes[id] ? info.nodes[id].label : String(id); }
  function articleDate(iri) { var a = articles[iri]; return a && a.date ? String(a.date).slice(0, 10) : ""; }
  // an article by headline, a link when it has a web address (http or https only)
  function articleLink(iri) {
    var a = articles[iri], el;
    if (!a) { el = h("span", "kg-article", localName(iri)); el.title = String(iri); return el; }
    var text = (a.headline || a.id) + (a.date ? " (" + articleDate(iri) + ")" : "");
    if (a.url && /^https?:\/\//i.test(a.url)) {
      el = h("a", "kg-article", text);
      el.href = a.url;
      el.target = "_blank";
      el.rel = "noopener noreferrer";
    } else {
      el = h("span", "kg-article", text);
    }
    el.title = a.id;
    return el;
  }
  function articleLine(iri) {  // headline, then date and publisher
    var div = h("div", "kg-art");
    div.appendChild(articleLink(iri));
    var a = articles[iri];
    var meta = a && a.publisher ? a.publisher : "";
    if (meta) { div.appendChild(h("span", "kg-art-meta", meta)); }
    return div;
  }
  function tip(main, sub) {
    var d = h("div");
    d.appendChild(h("div", "kg-tip-main", main));
    d.appendChild(h("div", "kg-tip-sub", sub));
    return d;
  }

  data.nodes.forEach(function (n) {
    var d = info.nodes[n.id];
    n.title = tip(d.label, d.cls + " \u00b7 " + plural(d.degree, "relation"));
  });
  (data.storyNodes || []).forEach(function (n) {
    var a = articles[n.id];
    n.title = tip(a.headline || a.id, [articleDate(n.id), a.publisher].filter(Boolean).join(" \u00b7 "));
  });
  data.edges.forEach(function (e) {
    var d = info.edges[e.id];
    if (!d) { return; }
    e.title = tip(nodeName(d.from) + " \u2192 " + d.label + " \u2192 " + nodeName(d.to),
                  (isAsserted(d.modality) ? "" : modalityText(d.modality) + " \u00b7 ") +
                  (d.confidence === null ? "" : pct(d.confidence) + " \u00b7 ") +
                  plural(d.sources.length, "source"));
  });
  var home = {};  // the overview's positions, to come back to from the story view
  data.nodes.forEach(function (n) { home[n.id] = { x: n.x, y: n.y }; });

  window.addEventListener("resize", function () {
    if (ready && fitted) { network.setSize("100%", "100%"); fitView(); }
  });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(byId("kg-graph"), { nodes: nodes, edges: edges }, data.options);

  var neighbours = {}, edgesOf = {};
  ids.forEach(function (id) { neighbours[id] = []; edgesOf[id] = []; });
  Object.keys(info.edges).forEach(function (eid) {
    var e = info.edges[eid];
    neighbours[e.from].push(e.to);
    neighbours[e.to].push(e.from);
    edgesOf[e.from].push(eid);
    if (e.to !== e.from) { edgesOf[e.to].push(eid); }
  });

  var state = { selected: null, classOff: {}, minDegree: 0, focus: false, hops: info.hops,
                mode: "overview", unfold: SMALL, article: "", from: "", to: "", predicate: "",
                minConf: 0, modalityOff: {}, storyPage: 0 };
  var ready = false, fitted = false, zoomedIn = false;
  var MAX_FIT_SCALE = 0.8;  // fitting a few nodes does not blow their labels up
  function fitView(list, animate) {
    var options = { maxZoomLevel: MAX_FIT_SCALE };
    if (list) { options.nodes = list; }
    if (animate) { options.animation = { duration: 350 }; }
    network.fit(options);
    fitted = true;
  }
  function message(text) {
    var m = byId("kg-msg");
    m.textContent = text;
    m.hidden = false;
    clearTimeout(message.timer);
    message.timer = setTimeout(function () { m.hidden = true; }, 2600);
  }

  // ---- filters ---------------------------------------------------------------------
  function withinHops(start, hops) {
    var seen = {}, frontier = [start];
    seen[start] = true;
    for (var step = 0; step < hops; step++) {
      var next = [];
      frontier.forEach(function (id) {
        neighbours[id].forEach(function (m) { if (!seen[m]) { seen[m] = true; next.push(m); } });
      });
      frontier = next;
    }
    return seen;
  }
  function inDates(iri) {
    if (!state.from && !state.to) { return true; }
    var d = articleDate(iri);
    return !!d && (!state.from || d >= state.from) && (!state.to || d <= state.to);
  }
  function articleShown(iri) { return (!state.article || iri === state.article) && inDates(iri); }
  // a fact's source is in the date range when the days its clause names overlap it, or, for a
  // fact that names no time, when its article's date is in it
  function sourceShown(s) {
    if (state.article && s.article !== state.article) { return false; }
    if (!s.time_start || (!state.from && !state.to)) { return articleShown(s.article); }
    var end = s.time_end || s.time_start;
    return (!state.to || s.time_start <= state.to) && (!state.from || end >= state.from);
  }
  function edgeFiltered() {
    return !!(state.predicate || state.minConf || Object.keys(state.modalityOff).length ||
              state.article || state.from || state.to);
  }
  function edgePasses(eid) {  // the filters on facts, whatever their ends
    var e = info.edges[eid];
    if (state.predicate && e.label !== state.predicate) { return false; }
    if (state.minConf && (e.confidence === null || e.confidence * 100 < state.minConf)) { return false; }
    if (state.modalityOff[e.modality || "asserted"]) { return false; }
    if (state.article || state.from || state.to) {
      return e.sources.some(sourceShown);
    }
    return true;
  }
  function visibleMap() {
    var near = state.focus && state.selected ? withinHops(state.selected, state.hops) : null;
    var shown = {}, passes = {}, anyEdgeFilter = edgeFiltered();
    Object.keys(info.edges).forEach(function (eid) { passes[eid] = edgePasses(eid); });
    ids.forEach(function (id) {
      var d = info.nodes[id];
      var ok = !state.classOff[d.cls] && d.degree >= state.minDegree;
      if (d.folded && !state.unfold && state.mode === "overview") { ok = false; }
      if (ok && (state.article || state.from || state.to)) { ok = d.articles.some(articleShown); }
      if (ok && anyEdgeFilter && (state.predicate || state.minConf || Object.keys(state.modalityOff).length)) {
        ok = edgesOf[id].some(function (eid) { return passes[eid]; });
      }
      if (near) { ok = id === state.selected || (ok && !!near[id]); }
      shown[id] = ok;
    });
    if (state.selected && info.nodes[state.selected]) { shown[state.selected] = true; }
    return { nodes: shown, edges: passes };
  }
  function applyFilters(fit) {
    var map = visibleMap(), shown = map.nodes, nodeUpdates = [], edgeUpdates = [], n = 0, m = 0;
    var story = state.mode === "story", page = info.story[state.storyPage] || {};
    if (story) { ids.forEach(function (id) { shown[id] = shown[id] && !!page[id]; }); }  // this page's only
    nodes.forEach(function (node) {
      var hide = info.nodes[node.id] ? !shown[node.id] : !(story && page[node.id] && articleShown(node.id));
      if (!!node.hidden !== hide) { nodeUpdates.push({ id: node.id, hidden: hide }); }
      if (!hide && info.nodes[node.id]) { n++; }
    });
    edges.forEach(function (edge) {
      var hide;
      if (info.edges[edge.id]) {
        hide = !(shown[edge.from] && shown[edge.to] && map.edges[edge.id]);
        if (!hide) { m++; }
      } else {
        hide = !(story && shown[edge.to] && page[edge.from] && articleShown(edge.from));
      }
      if (!!edge.hidden !== hide) { edgeUpdates.push({ id: edge.id, hidden: hide }); }
    });
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
    if (ready && nodeUpdates.length) { updateLabels(); }
    counts(n, m);
    pager();
    if (state.focus && !state.selected) { message("Select an entity to focus on it"); }
    if (fit && ready) {
      var list = nodes.getIds().filter(function (id) { return !nodes.get(id).hidden; });
      if (list.length) { fitView(list, true); }
    }
    publish(n, m);
  }
  function counts(n, m) {
    var whole = info.whole || { entities: ids.length, relations: Object.keys(info.edges).length };
    byId("kg-count").textContent = n.toLocaleString("en") + " of " + plural(whole.entities, "entity").replace(/entitys$/, "entities") +
      " \u00b7 " + m.toLocaleString("en") + " of " + plural(whole.relations, "relation");
    var folded = ids.filter(function (id) { return info.nodes[id].folded; }).length;
    var box = byId("kg-folded");
    while (box.firstChild) { box.removeChild(box.firstChild); }
    box.hidden = !folded || state.mode !== "overview";
    if (!folded) { return; }
    box.appendChild(document.createTextNode(
      (state.unfold ? plural(folded, "entity").replace(/entitys$/, "entities") + " of small groups and lone concepts shown: "
        : plural(folded, "entity").replace(/entitys$/, "entities") + " in " + plural(info.smallGroups, "small group") +
          " and lone concepts not shown: ")));
    var b = h("button", "kg-link", state.unfold ? "hide" : "show");
    b.type = "button";
    b.id = "kg-unfold";
    b.addEventListener("click", function () { state.unfold = !state.unfold; applyFilters(true); });
    box.appendChild(b);
  }
  // ---- story pages: a few stories at a time, the most connected first -------------------
  var pages = info.storyPages || [[]];
  var pageOf = {};  // article -> its page
  pages.forEach(function (list, p) { list.forEach(function (iri) { pageOf[iri] = p; }); });
  function pager() {
    var box = byId("kg-pager");
    while (box.firstChild) { box.removeChild(box.firstChild); }
    box.hidden = state.mode !== "story" || pages.length < 2;
    if (box.hidden) { return; }
    var p = state.storyPage, first = 0, list = pages[p];
    for (var k = 0; k < p; k++) { first += pages[k].length; }
    var shownHere = list.filter(articleShown).length;
    box.appendChild(document.createTextNode("Stories " + (first + 1) + "\u2013" + (first + list.length) + " of " +
      Object.keys(articles).length.toLocaleString("en") + ", most connected first" +
      (shownHere < list.length ? " (" + shownHere + " of them pass the filters)" : "") + ": "));
    [["kg-page-prev", "\u2039 previous", p - 1], ["kg-page-next", "next \u203a", p + 1]].forEach(function (b, i) {
      var button = h("button", "kg-link", b[1]);
      button.type = "button";
      button.id = b[0];
      button.disabled = b[2] < 0 || b[2] >= pages.length;
      button.addEventListener("click", function () { setStoryPage(b[2]); });
      if (i) { box.appendChild(document.createTextNode(" \u00b7 ")); }
      box.appendChild(button);
    });
  }
  function storyMoves() {  // every node of the current page to its place there
    var page = info.story[state.storyPage] || {}, moves = [];
    nodes.forEach(function (node) {
      var xy = page[node.id];
      if (xy) { moves.push({ id: node.id, x: xy[0], y: xy[1] }); }
    });
    return moves;
  }
  function setStoryPage(p) {
    if (p < 0 || p >= pages.length) { return; }
    state.storyPage = p;
    if (state.mode !== "story") { return; }
    nodes.update(storyMoves());
    applyFilters(false);
    fitView(null, false);
  }
  function pageOfEntity(id) {  // the first page any of its articles is on
    var best = null;
    info.nodes[id].articles.forEach(function (a) { if (a in pageOf && (best === null || pageOf[a] < best)) { best = pageOf[a]; } });
    return best;
  }
  function publish(n, m) {
    if (!ready) { return; }
    document.body.setAttribute("data-kg-nodes", String(n));
    document.body.setAttribute("data-kg-edges", String(m));
    document.body.setAttribute("data-kg-articles", String(nodes.get({ filter: function (x) {
      return !x.hidden && !info.nodes[x.id];
    } }).length));
    document.body.setAttribute("data-kg-mode", state.mode);
  }

  // ---- labels: central ones always, the rest on zoom or around the selection ----------
  function near(id) { return id === state.selected || (!!state.selected && neighbours[state.selected].indexOf(id) >= 0); }
  function labelled(id) {
    return near(id) || (!crowded[id] && (SMALL || zoomedIn || info.nodes[id].central));
  }
  // Labels that would overlap at the current sizes: the selection and its neighbours first,
  // then by rank, each label is drawn only where it overlaps none drawn before it; the others
  // wait for hover (the tooltip) or a closer zoom. Boxes are in canvas units, where a zoom
  // alone changes nothing: they change with the positions and with the fonts sizeLabels sets.
  // A small graph's overview has settled under physics with room for every label; its story
  // view, entities on rings around their article, has not.
  var crowded = {};
  var ruler = document.createElement("canvas").getContext("2d");
  var FACE = data.options.nodes && data.options.nodes.font ? data.options.nodes.font.face : "sans-serif";
  function labelBox(id, xy, size, dot) {  // vis draws a dot's label centred, under the dot
    ruler.font = size + "px " + FACE;
    var lines = info.nodes[id].drawn.split("\n"), w = 0;
    lines.forEach(function (line) { w = Math.max(w, ruler.measureText(line).width); });
    return { l: xy.x - w / 2 - 3, r: xy.x + w / 2 + 3, t: xy.y + dot, b: xy.y + dot + lines.length * size * 1.25 + 4 };
  }
  function declutter(fonts) {
    crowded = {};
    if (SMALL && state.mode !== "story") { return; }
    var list = [];
    nodes.forEach(function (node) {
      var d = info.nodes[node.id];
      if (d && !node.hidden && (SMALL || zoomedIn || d.central || near(node.id))) { list.push(node); }
    });
    list.sort(function (a, b) {
      return (near(b.id) - near(a.id)) || (info.nodes[b.id].rank - info.nodes[a.id].rank) || (a.id < b.id ? -1 : 1);
    });
    var pos = network.getPositions(list.map(function (n) { return n.id; })), kept = [];
    if (state.mode === "story") {  // the headline boxes are there first: no label is drawn under one
      nodes.forEach(function (node) {
        if (info.nodes[node.id] || node.hidden) { return; }
        var b = network.getBoundingBox(node.id);
        if (b) { kept.push({ l: b.left, r: b.right, t: b.top, b: b.bottom }); }
      });
    }
    list.forEach(function (node) {
      var size = (fonts && fonts[node.id]) || (node.font && node.font.size) || 17;
      var box = labelBox(node.id, pos[node.id], size, node.size || 10);
      var hit = kept.some(function (k) { return box.l < k.r && k.l < box.r && box.t < k.b && k.t < box.b; });
      if (hit && !near(node.id)) { crowded[node.id] = true; } else { kept.push(box); }
    });
  }
  function updateLabels(fonts) {  // fonts: {id: size} about to be set, sent in the same update
    var nodeUpdates = [], edgeUpdates = [];
    fonts = fonts || {};
    declutter(fonts);
    nodes.forEach(function (node) {
      if (!info.nodes[node.id]) { return; }
      var want = labelled(node.id) ? info.nodes[node.id].drawn : "", update = { id: node.id };
      if (fonts[node.id]) { update.font = { size: fonts[node.id] }; }
      if ((node.label || "") !== want) { update.label = want; }
      if (update.font || "label" in update) { nodeUpdates.push(update); }
    });
    edges.forEach(function (edge) {
      var d = info.edges[edge.id];
      if (!d) { return; }
      var on = (state.mode !== "story" && (SMALL || zoomedIn)) ||  // stories: the selection's only
        (state.selected && (d.from === state.selected || d.to === state.selected));
      var want = on ? d.drawn : "";
      // vis keeps an edge's old label when given "" (not a node's): a blank one replaces it
      if ((edge.label || "").trim() !== want) { edgeUpdates.push({ id: edge.id, label: want || " " }); }
    });
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
  }
  function zoomLabels() {  // every label drawn once the view is close enough to read them all
    var now = network.getScale() >= LABEL_ZOOM;
    if (now !== zoomedIn) { zoomedIn = now; updateLabels(); }
  }
  network.on("zoom", function () { fitted = false; zoomLabels(); });

  // ---- communities, tinted behind the overview ---------------------------------------
  var discs = [];
  function measureCommunities() {
    discs = [];
    if (state.mode !== "overview" || SMALL) { return; }
    var groups = {};
    nodes.forEach(function (node) {
      var d = info.nodes[node.id];
      if (d && !node.hidden && d.community >= 0) { (groups[d.community] = groups[d.community] || []).push(node.id); }
    });
    Object.keys(groups).forEach(function (k) {
      var members = groups[k];
      if (members.length < 3) { return; }
      var pos = network.getPositions(members), cx = 0, cy = 0, r = 0;
      members.forEach(function (id) { cx += pos[id].x; cy += pos[id].y; });
      cx /= members.length; cy /= members.length;
      members.forEach(function (id) { r = Math.max(r, Math.hypot(pos[id].x - cx, pos[id].y - cy)); });
      discs.push({ x: cx, y: cy, r: r + 60, tint: info.tints[Number(k) % info.tints.length] });
    });
  }
  network.on("beforeDrawing", function (ctx) {
    discs.forEach(function (d) {
      ctx.beginPath();
      ctx.arc(d.x, d.y, d.r, 0, 2 * Math.PI);
      ctx.fillStyle = d.tint;
      ctx.globalAlpha = 0.55;
      ctx.fill();
      ctx.globalAlpha = 1;
    });
  });
  network.on("dragEnd", function () { measureCommunities(); if (!LARGE) { updateLabels(); } });

  // ---- views ---------------------------------------------------------------------------
  var storyAdded = false;  // articles and their mentions join vis's data on the first switch
  function setMode(mode) {
    if (mode === state.mode) { return; }
    state.mode = mode;
    if (mode === "story" && !storyAdded) {
      storyAdded = true;
      nodes.add(data.storyNodes || []);
      edges.add(data.storyEdges || []);
    }
    var moves = mode === "story" ? storyMoves() : [];
    if (mode !== "story") {
      nodes.forEach(function (node) {
        var p = home[node.id];
        if (p) { moves.push({ id: node.id, x: p.x, y: p.y }); }
      });
    }
    nodes.update(moves);
    var faded = mode === "story" ? "rgba(163,172,185,0.35)" : "#A3ACB9";
    edges.update(Object.keys(info.edges).map(function (eid) { return { id: eid, color: { color: faded } }; }));
    ["overview", "story"].forEach(function (m) {
      var b = byId("kg-mode-" + m);
      b.className = m === mode ? "kg-on" : "";
      b.setAttribute("aria-pressed", m === mode ? "true" : "false");
    });
    applyFilters(false);
    updateLabels();  // labels that fitted one layout may overlap in the other
    measureCommunities();
    fitView(null, false);
    labelScale = null;
    sizeLabels();
    if (!state.selected) { showOverview(); }
  }
  byId("kg-mode-overview").addEventListener("click", function () { setMode("overview"); });
  byId("kg-mode-story").addEventListener("click", function () { setMode("story"); });

  // ---- panel -------------------------------------------------------------------------
  function panel() {
    var p = byId("kg-panel");
    while (p.firstChild) { p.removeChild(p.firstChild); }
    p.scrollTop = 0;
    return p;
  }
  function openPanel() { document.body.classList.add("kg-panel-open"); }
  byId("kg-panel-toggle").addEventListener("click", function () {
    document.body.classList.toggle("kg-panel-open");
    document.body.classList.toggle("kg-panel-closed", !document.body.classList.contains("kg-panel-open"));
  });
  function section(p, title, count) {
    p.appendChild(h("h3", null, count === undefined ? title : title + " (" + count + ")"));
  }
  function badge(text, colour) {
    var b = h("span", "kg-badge", text);
    b.style.background = colour || "#e5e7eb";
    return b;
  }
  function nodeLink(id) {  // in lists, long names take two lines at most; the title has it whole
    var b = h("button", "kg-link");
    b.appendChild(h("span", "kg-clamp", nodeName(id)));
    b.title = nodeName(id);
    b.type = "button";
    b.addEventListener("click", function () { selectNode(id, true); });
    return b;
  }
  function quote(text) { return h("blockquote", "kg-quote", text); }
  function names(id) {
    var d = info.nodes[id];
    return d ? [d.label].concat(d.aliases) : [];
  }
  // the sentence with the words naming the subject and the object marked (text nodes only)
  function highlighted(sentence, subject, object) {
    var q = h("blockquote", "kg-quote"), text = String(sentence), lower = text.toLowerCase();
    var marks = [];
    [["kg-subj", names(subject)], ["kg-obj", names(object)]].forEach(function (pair) {
      pair[1].filter(function (n) { return n && n.length > 1; })
        .sort(function (a, b) { return b.length - a.length; })
        .forEach(function (name) {
          var at = lower.indexOf(String(name).toLowerCase());
          while (at >= 0) {
            var end = at + name.length;
            var free = marks.every(function (m) { return end <= m[0] || at >= m[1]; });
            if (free) { marks.push([at, end, pair[0]]); }
            at = lower.indexOf(String(name).toLowerCase(), end);
          }
        });
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var pos = 0;
    marks.forEach(function (m) {
      if (m[0] > pos) { q.appendChild(document.createTextNode(text.slice(pos, m[0]))); }
      q.appendChild(h("mark", m[2], text.slice(m[0], m[1])));
      pos = m[1];
    });
    if (pos < text.length) { q.appendChild(document.createTextNode(text.slice(pos))); }
    return q;
  }
  function sourceMeta(parts) {  // strings and elements, dot-separated
    var kept = parts.filter(function (x) { return x !== "" && x !== null && x !== undefined; });
    var div = h("div", "kg-meta");
    kept.forEach(function (x, i) {
      if (i) { div.appendChild(document.createTextNode(" \u00b7 ")); }
      div.appendChild(typeof x === "string" ? document.createTextNode(x) : x);
    });
    return div;
  }
  function stance(x) {  // "negated", "reported by <source>", ... ; "" for a plain assertion
    var said = x.attributed_to ? "reported by " + nodeName(x.attributed_to) : "";
    if (isAsserted(x.modality)) { return said; }
    return modalityText(x.modality) + (said ? ", " + said : "");
  }
  function when(x) { return x.time ? "when: " + x.time : ""; }  // "when: Monday (2020-08-17)"
  function where(x) { return x.place ? "where: " + x.place : ""; }
  function byArticle(list) {  // [[article, [items]]] in date order, items keep their order
    var groups = {}, order = [];
    list.forEach(function (x) {
      var a = x.article || "";
      if (!groups[a]) { groups[a] = []; order.push(a); }
      groups[a].push(x);
    });
    order.sort(function (a, b) {
      return (articleDate(a) < articleDate(b) ? -1 : articleDate(a) > articleDate(b) ? 1 : 0) || (a < b ? -1 : a > b ? 1 : 0);
    });
    return order.map(function (a) { return [a, groups[a]]; });
  }

  function showOverview() {
    var p = panel();
    var story = state.mode === "story";
    p.appendChild(badge(story ? "Stories" : "Overview"));
    p.appendChild(h("h2", null, info.title));
    var whole = info.whole || { entities: ids.length, relations: Object.keys(info.edges).length };
    p.appendChild(h("p", "kg-hint", (story
      ? "Each dark box is an article, with the entities it mentions around it; an entity of several articles sits between them. "
      : "Entities and the facts between them; each tinted area is a community of closely linked entities. ") +
      "This page holds " + plural(ids.length, "entity").replace(/entitys$/, "entities") + " of " +
      whole.entities.toLocaleString("en") + " and " + plural(Object.keys(info.edges).length, "relation") + " of " +
      whole.relations.toLocaleString("en") + ". Click an entity, a relation or an article to read its facts and the sentences they come from."));
    var top = ids.filter(function (id) {
      var d = info.nodes[id];
      return !d.folded && (SMALL || (d.cls !== "Concept" && d.cls !== "TimeExpression"));
    }).sort(function (a, b) {
      return info.nodes[b].rank - info.nodes[a].rank || (a < b ? -1 : a > b ? 1 : 0);
    }).slice(0, 12);
    if (top.length) {
      section(p, "Most central");
      var ul = h("ul", "kg-list kg-top");
      top.forEach(function (id) {
        var li = h("li");
        var dot = h("span", "kg-dot");
        dot.style.background = colours[info.nodes[id].cls];
        li.appendChild(dot);
        var link = nodeLink(id);
        link.textContent = nodeName(id);
        li.appendChild(link);
        li.appendChild(h("span", "kg-meta", info.nodes[id].degree));
        ul.appendChild(li);
      });
      p.appendChild(ul);
    }
    var arts = Object.keys(articles);
    if (arts.length > 1) {
      section(p, "Articles", arts.length);
      byArticle(arts.map(function (a) { return { article: a }; })).forEach(function (g) {
        var line = articleLine(g[0]);
        var pick = h("button", "kg-link kg-pick", "show");
        pick.type = "button";
        pick.title = "Show this article only";
        pick.addEventListener("click", function () { setArticle(g[0]); });
        line.appendChild(pick);
        p.appendChild(line);
      });
    }
  }

  function groupedAttributes(list) {  // one entry per (label, value), with every source
    var groups = {}, order = [];
    list.forEach(function (a) {
      var key = (a.label || a.predicate) + "\u0000" + a.value + "\u0000" + (isAsserted(a.modality) ? "" : a.modality);
      if (!groups[key]) { groups[key] = { first: a, sources: [] }; order.push(key); }
      groups[key].sources.push(a);
    });
    return order.map(function (k) { return groups[k]; });
  }
  function showNode(id) {
    var d = info.nodes[id];
    if (!d) { return; }
    var p = panel();
    p.appendChild(badge(d.cls, colours[d.cls]));
    p.appendChild(h("h2", d.label.length > 60 ? "kg-long" : null, d.label));
    p.appendChild(h("div", "kg-iri", id));
    if (d.aliases.length) {
      section(p, "Also known as");
      var chips = h("div", "kg-chips");
      d.aliases.forEach(function (a) { chips.appendChild(h("span", "kg-chip", a)); });
      p.appendChild(chips);
    }
    if (d.attributes.length) {
      var groups = groupedAttributes(d.attributes);
      section(p, "Facts", groups.length);
      groups.forEach(function (g) {
        var a = g.first, box = h("div", "kg-fact");
        var head = h("div", "kg-fact-head");
        head.appendChild(h("span", "kg-pred", a.label || localName(a.predicate)));
        head.appendChild(h("span", "kg-val", a.value));
        var best = Math.max.apply(null, g.sources.map(function (s) { return typeof s.confidence === "number" ? s.confidence : 0; }));
        head.appendChild(h("span", "kg-conf", g.sources.length > 1 ? plural(g.sources.length, "source") : pct(best)));
        box.appendChild(head);
        if (!isAsserted(a.modality)) { box.className += " kg-unasserted"; }
        var holder = box;
        if (g.sources.length > 2) {
          holder = h("details", "kg-more");
          holder.appendChild(h("summary", null, "the " + g.sources.length + " sentences"));
          box.appendChild(holder);
        }
        g.sources.forEach(function (s) {
          if (s.sentence) { holder.appendChild(highlighted(s.sentence, id, null)); }
          if (s.article || stance(s) || s.time || s.place) {
            holder.appendChild(sourceMeta([stance(s), when(s), where(s), s.article ? articleLink(s.article) : ""]));
          }
        });
        p.appendChild(box);
      });
    }
    var rels = edgesOf[id] || [];
    if (rels.length) {
      section(p, "Relations", rels.length);
      rels.forEach(function (eid) {
        var e = info.edges[eid], out = e.from === id;
        var row = h("div", "kg-rel");
        row.appendChild(h("span", "kg-arrow", out ? "\u2192" : "\u2190"));
        var rel = h("button", "kg-link kg-rel-label", e.label);
        if (!isAsserted(e.modality)) {
          row.className += " kg-unasserted";
          rel.appendChild(h("span", "kg-modality", modalityText(e.modality)));
        }
        rel.type = "button";
        rel.title = "Show the sources of this relation";
        rel.addEventListener("click", function () { selectEdge(eid); });
        var text = h("span", "kg-rel-text");
        if (out) { text.appendChild(rel); text.appendChild(nodeLink(e.to)); }
        else { text.appendChild(nodeLink(e.from)); text.appendChild(rel); }
        row.appendChild(text);
        row.appendChild(h("span", "kg-conf", e.sources.length > 1 ? e.sources.length + " src" :
          (e.confidence === null ? "" : pct(e.confidence))));
        p.appendChild(row);
      });
    }
    if (d.articles.length) {
      section(p, "Articles", d.articles.length);
      byArticle(d.articles.map(function (a) { return { article: a }; })).forEach(function (g) {
        p.appendChild(articleLine(g[0]));
      });
    }
  }

  function showEdge(eid) {
    var e = info.edges[eid];
    if (!e) { return; }
    var p = panel();
    p.appendChild(badge("Relation"));
    p.appendChild(h("h2", null, e.label));
    var head = h("div", "kg-edgehead");
    var s = nodeLink(e.from); s.className += " kg-subj";
    var o = nodeLink(e.to); o.className += " kg-obj";
    head.appendChild(s);
    head.appendChild(h("span", "kg-arrow", "\u2192"));
    head.appendChild(o);
    p.appendChild(head);
    var kv = h("dl", "kg-kv");
    kv.appendChild(h("dt", null, "predicate"));
    kv.appendChild(h("dd", "kg-iri", e.predicate));
    if (!isAsserted(e.modality)) {
      kv.appendChild(h("dt", null, "modality"));
      kv.appendChild(h("dd", "kg-modality", modalityText(e.modality)));
    }
    if (e.confidence !== null) {
      kv.appendChild(h("dt", null, "confidence"));
      kv.appendChild(h("dd", null, pct(e.confidence)));
    }
    p.appendChild(kv);
    var groups = byArticle(e.sources);
    section(p, "Sources", e.sources.length + (groups.length > 1 ? " in " + groups.length + " articles" : ""));
    if (!e.sources.length) { p.appendChild(h("p", "kg-hint", "No source sentence recorded.")); }
    groups.forEach(function (g) {
      var box = h("div", "kg-source");
      if (g[0]) { box.appendChild(articleLine(g[0])); }
      g[1].forEach(function (src) {
        if (src.sentence) { box.appendChild(highlighted(src.sentence, e.from, e.to)); }
        box.appendChild(sourceMeta([stance(src), when(src), where(src), pct(src.confidence), src.extractor || ""]));
      });
      p.appendChild(box);
    });
  }

  function showArticle(iri) {
    var a = articles[iri];
    if (!a) { return; }
    var p = panel();
    p.appendChild(badge("Article"));
    p.appendChild(h("h2", null, a.headline || a.id));
    p.appendChild(sourceMeta([articleDate(iri), a.publisher || "", a.id]));
    if (a.url && /^https?:\/\//i.test(a.url)) {
      var link = articleLink(iri);
      link.textContent = a.url;
      p.appendChild(link);
    }
    var here = ids.filter(function (id) { return info.nodes[id].articles.indexOf(iri) >= 0; });
    section(p, "Entities", here.length);
    var chips = h("div", "kg-chips");
    here.sort(function (x, y) { return info.nodes[y].rank - info.nodes[x].rank; }).forEach(function (id) {
      chips.appendChild(nodeLink(id));
    });
    p.appendChild(chips);
    var pick = h("button", "kg-link", "Show this article only");
    pick.type = "button";
    pick.addEventListener("click", function () { setArticle(iri); });
    p.appendChild(h("p")).appendChild(pick);
  }

  // ---- selection, search -------------------------------------------------------------
  function selectNode(id, move) {
    if (!info.nodes[id]) { return; }
    var d = info.nodes[id], cleared = false;
    if (state.classOff[d.cls] || d.degree < state.minDegree || (d.folded && !state.unfold)) {
      resetFilters(false);
      if (d.folded) { state.unfold = true; }
      cleared = true;
      message("Filters cleared to show " + d.label);
    }
    state.selected = id;
    var onPage = state.mode !== "story" || (info.story[state.storyPage] || {})[id];
    if (!onPage && pageOfEntity(id) !== null) { setStoryPage(pageOfEntity(id)); }
    // only a change of what is drawn costs a refilter (vis re-measures on every data change)
    if (cleared || state.focus || nodes.get(id).hidden) { applyFilters(state.focus); }
    if (!LARGE) { updateLabels(); }
    network.selectNodes([id]);
    showNode(id);
    openPanel();
    if (move && !state.focus) {
      network.focus(id, { scale: Math.max(network.getScale(), 1), animation: { duration: 400 } });
      fitted = false;
    }
  }
  function selectEdge(eid) {
    var e = info.edges[eid];
    if (!e) { return; }
    var had = state.selected;
    state.selected = null;
    if (had && !LARGE) { updateLabels(); }
    network.selectEdges([eid]);
    showEdge(eid);
    openPanel();
  }
  function clearSelection() {
    var had = state.selected;
    state.selected = null;
    network.unselectAll();
    if (state.focus) { applyFilters(true); }
    if (had && !LARGE) { updateLabels(); }
    showOverview();
  }

  var names_ = [];
  ids.forEach(function (id) {
    var d = info.nodes[id];
    [d.label].concat(d.aliases).forEach(function (name, i) {
      names_.push({ key: String(name).toLowerCase(), id: id, alias: i > 0 });
    });
  });
  var datalist = byId("kg-names");
  ids.map(function (id) { return info.nodes[id].label; }).sort().forEach(function (label) {
    var o = document.createElement("option");
    o.value = label;
    datalist.appendChild(o);
  });
  function search(query) {
    var q = String(query || "").trim().toLowerCase();
    if (!q) { return null; }
    var rank = function (n) {
      if (n.key === q) { return n.alias ? 1 : 0; }
      if (n.key.indexOf(q) === 0) { return 2; }
      return n.key.indexOf(q) >= 0 ? 3 : 9;
    };
    var best = null, bestRank = 9;
    names_.forEach(function (n) {
      var r = rank(n);
      if (r < bestRank || (r === bestRank && r < 9 && info.nodes[n.id].degree > info.nodes[best.id].degree)) {
        best = n; bestRank = r;
      }
    });
    if (!best) { message("No entity matches \u201c" + query + "\u201d"); return null; }
    selectNode(best.id, true);
    return best.id;
  }
  var searchBox = byId("kg-search");
  searchBox.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { search(searchBox.value); } });
  searchBox.addEventListener("change", function () { search(searchBox.value); });

  // ---- controls ----------------------------------------------------------------------
  var classes = byId("kg-classes");
  info.classes.forEach(function (c) {
    var label = h("label", "kg-class");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = c.name;
    box.addEventListener("change", function () {
      if (box.checked) { delete state.classOff[c.name]; } else { state.classOff[c.name] = true; }
      applyFilters(false);
    });
    var dot = h("span", "kg-dot");
    dot.style.background = c.colour;
    label.appendChild(box);
    label.appendChild(dot);
    label.appendChild(h("span", "kg-name", c.name === "TimeExpression" ? "Time" : c.name));
    label.appendChild(h("span", "kg-n", c.count));
    classes.appendChild(label);
  });
  var articleBox = byId("kg-article");
  byArticle(Object.keys(articles).map(function (a) { return { article: a }; })).forEach(function (g) {
    var o = document.createElement("option"), a = articles[g[0]];
    o.value = g[0];
    o.textContent = (articleDate(g[0]) ? articleDate(g[0]) + " \u00b7 " : "") + (a.headline || a.id);
    articleBox.appendChild(o);
  });
  function setArticle(iri) {
    state.article = iri;
    articleBox.value = iri;
    if (iri && iri in pageOf && pageOf[iri] !== state.storyPage) { setStoryPage(pageOf[iri]); }
    applyFilters(true);
    if (iri) { showArticle(iri); }
  }
  articleBox.addEventListener("change", function () { setArticle(articleBox.value); });
  ["from", "to"].forEach(function (k) {
    var box = byId("kg-" + k);
    box.addEventListener("change", function () { state[k] = box.value || ""; applyFilters(true); });
  });
  var dates = Object.keys(articles).map(articleDate).filter(Boolean).sort();
  if (dates.length) { byId("kg-from").min = byId("kg-to").min = dates[0]; byId("kg-from").max = byId("kg-to").max = dates[dates.length - 1]; }
  var predicateBox = byId("kg-predicate");
  info.predicates.forEach(function (p) {
    var o = document.createElement("option");
    o.value = p.label;
    o.textContent = p.label + " (" + p.count + ")";
    predicateBox.appendChild(o);
  });
  predicateBox.addEventListener("change", function () { state.predicate = predicateBox.value; applyFilters(true); });
  var confBox = byId("kg-conf");
  confBox.addEventListener("input", function () {
    state.minConf = Number(confBox.value) || 0;
    byId("kg-conf-out").textContent = state.minConf + "%";
    applyFilters(false);
  });
  var modalities = {};
  Object.keys(info.edges).forEach(function (eid) { modalities[info.edges[eid].modality || "asserted"] = true; });
  Object.keys(MODALITY_TEXT).filter(function (m) { return modalities[m]; }).forEach(function (m) {
    var label = h("label", "kg-mod");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = m;
    box.addEventListener("change", function () {
      if (box.checked) { delete state.modalityOff[m]; } else { state.modalityOff[m] = true; }
      applyFilters(false);
    });
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + m));
    byId("kg-modalities").appendChild(label);
  });
  byId("kg-filters-toggle").addEventListener("click", function () {
    var bar = byId("kg-filters");
    bar.hidden = !bar.hidden;
    byId("kg-filters-toggle").setAttribute("aria-expanded", bar.hidden ? "false" : "true");
  });
  var degreeBox = byId("kg-degree"), focusBox = byId("kg-focus"), hopsBox = byId("kg-hops");
  degreeBox.addEventListener("input", function () {
    state.minDegree = Number(degreeBox.value) || 0;
    byId("kg-degree-out").textContent = String(state.minDegree);
    applyFilters(false);
  });
  focusBox.addEventListener("change", function () { state.focus = focusBox.checked; applyFilters(true); });
  hopsBox.addEventListener("input", function () {
    var v = Math.round(Number(hopsBox.value));
    if (v >= 1 && v <= 6) { state.hops = v; if (state.focus) { applyFilters(true); } }
  });
  function resetFilters(all) {
    state.classOff = {};
    state.minDegree = 0;
    state.article = state.from = state.to = state.predicate = "";
    state.minConf = 0;
    state.modalityOff = {};
    degreeBox.value = "0";
    byId("kg-degree-out").textContent = "0";
    confBox.value = "0";
    byId("kg-conf-out").textContent = "0%";
    articleBox.value = predicateBox.value = byId("kg-from").value = byId("kg-to").value = "";
    var boxes = document.querySelectorAll("#kg-classes input, #kg-modalities input");
    Array.prototype.forEach.call(boxes, function (b) { b.checked = true; });
    if (all) { state.focus = false; focusBox.checked = false; state.unfold = SMALL; }
  }
  byId("kg-reset").addEventListener("click", function () {
    resetFilters(true);
    searchBox.value = "";
    clearSelection();
    applyFilters(true);
  });
  byId("kg-fit").addEventListener("click", function () { fitView(null, true); });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { clearSelection(); } });

  network.on("dragStart", function () { fitted = false; });
  network.on("resize", function () {  // the stage changed size: keep the whole graph in view
    if (ready && fitted) { setTimeout(function () { fitView(); }, 0); }
  });
  network.on("click", function (p) {
    if (p.nodes.length && info.nodes[p.nodes[0]]) { selectNode(p.nodes[0], false); }
    else if (p.nodes.length && articles[p.nodes[0]]) { showArticle(p.nodes[0]); openPanel(); }
    else if (p.edges.length && info.edges[p.edges[0]]) { selectEdge(p.edges[0]); }
    else { clearSelection(); }
  });

  // ---- first drawing: nudge overlapping labels apart, fit, ready -----------------------
  // Positions come from the page's data; the dots are apart but their labels may overlap.
  // Nudge apart any two shown nodes whose boxes (dot and label) overlap, a quarter of the
  // overlap at a time, in rounds over the nodes in id order (same graph, same picture); a
  // node strays from its place by at most its own box. All moves go to vis at once.
  function spreadLabels() {
    var list = nodes.getIds().filter(function (id) { return !nodes.get(id).hidden; }).sort();
    var pad = 2, pos = network.getPositions(list), box = {}, round, i, j;
    list.forEach(function (id) {
      var b = network.getBoundingBox(id), p = pos[id];
      box[id] = { hw: (b.right - b.left) / 2 + pad, hh: (b.bottom - b.top) / 2 + pad,
                  dx: (b.left + b.right) / 2 - p.x, dy: (b.top + b.bottom) / 2 - p.y, x0: p.x, y0: p.y };
    });
    function nudge(p, b, sx, sy) {
      p.x = Math.min(b.x0 + b.hw, Math.max(b.x0 - b.hw, p.x + sx));
      p.y = Math.min(b.y0 + b.hh, Math.max(b.y0 - b.hh, p.y + sy));
    }
    for (round = 0; round < 100 && list.length <= 800; round++) {
      var moved = false;
      for (i = 0; i < list.length; i++) {
        var a = list[i], pa = pos[a], ba = box[a];
        for (j = i + 1; j < list.length; j++) {
          var c = list[j], pc = pos[c], bc = box[c];
          var gx = (pc.x + bc.dx) - (pa.x + ba.dx), gy = (pc.y + bc.dy) - (pa.y + ba.dy);
          var ox = ba.hw + bc.hw - Math.abs(gx), oy = ba.hh + bc.hh - Math.abs(gy);
          if (ox <= 0 || oy <= 0) { continue; }
          moved = true;
          if (oy <= ox) {
            var sy = (gy < 0 ? -1 : 1) * (oy / 4 + 0.5);
            nudge(pa, ba, 0, -sy); nudge(pc, bc, 0, sy);
          } else {
            var sx = (gx < 0 ? -1 : 1) * (ox / 4 + 0.5);
            nudge(pa, ba, -sx, 0); nudge(pc, bc, sx, 0);
          }
        }
      }
      if (!moved) { break; }
    }
    var moves = list.filter(function (id) { return pos[id].x !== box[id].x0 || pos[id].y !== box[id].y0; })
      .map(function (id) { home[id] = { x: pos[id].x, y: pos[id].y }; return { id: id, x: pos[id].x, y: pos[id].y }; });
    if (moves.length) { nodes.update(moves); }
  }
  // Central labels keep a legible size on screen at whatever zoom: about LABEL_PX pixels,
  // their font grown in canvas units when the view is zoomed out (never below the default);
  // so are the headlines of the story view.
  var LABEL_PX = 14, HEADLINE_PX = 10, labelScale = info.labelScale || null;  // the page's sizes fit that
  function sizeLabels() {
    var scale = network.getScale(), updates = [];
    if (!(scale > 0) || (labelScale && Math.abs(scale / labelScale - 1) < (LARGE ? 0.34 : 0.12))) {
      return false;
    }
    labelScale = scale;
    var fonts = {}, changed = 0;
    nodes.forEach(function (node) {
      var d = info.nodes[node.id], size = null;
      if (d && d.central) { size = Math.min(state.mode === "story" ? 100 : 70, Math.max(17, Math.round(LABEL_PX / scale))); }
      else if (!d && state.mode === "story") { size = Math.min(90, Math.max(20, Math.round(HEADLINE_PX / scale))); }
      if (size === null || size === node.font.size) { return; }
      if (d) { fonts[node.id] = size; } else { updates.push({ id: node.id, font: { size: size } }); }
      changed++;
    });
    if (updates.length) { nodes.update(updates); }
    if (changed) { updateLabels(fonts); }
    if (SMALL) {  // a small graph draws every relation's label: keep those legible too
      var size = Math.min(40, Math.max(15, Math.round(12 / scale)));
      edges.update(Object.keys(info.edges).map(function (eid) { return { id: eid, font: { size: size } }; }));
    }
    return changed > 0;
  }
  var sizing = null;
  function sizeLabelsSoon() {  // once drawing has paused for 200 ms: never in the middle of an animation
    clearTimeout(sizing);
    sizing = setTimeout(function () { sizeLabels(); zoomLabels(); }, 200);
  }
  network.on("zoom", sizeLabelsSoon);
  // after any change of zoom (wheel, fit, a search's animation, moveTo): a frame at a new scale
  // is followed by a resize once drawing has paused (each resize is a data change vis re-measures)
  network.on("afterDrawing", function () { if (ready) { sizeLabelsSoon(); } });
  function start() {
    if (ready) { return; }
    ready = true;
    if (SMALL) { updateLabels(); }  // every relation labelled
    var settled = network.getPositions();  // where physics, if any, left them
    Object.keys(settled).forEach(function (id) { home[id] = { x: settled[id].x, y: settled[id].y }; });
    spreadLabels();
    updateLabels();  // what overlaps after the nudges
    measureCommunities();
    fitView();
    byId("kg-loading").hidden = true;
    if (info.focus) {
      state.focus = true;
      focusBox.checked = true;
      selectNode(info.focus, false);
    } else {
      applyFilters(false);
    }
    network.once("afterDrawing", function () { document.body.setAttribute("data-kg-status", "ready"); });
    network.redraw();
  }
  function boot() {  // positions are final: size the labels for the fitted zoom, then start
    if (boot.done) { return; }
    boot.done = true;
    fitView();
    if (sizeLabels()) {
      network.once("afterDrawing", function () { setTimeout(start, 0); });
      network.redraw();
    } else {
      start();
    }
  }
  if (data.options.physics && data.options.physics.enabled) {
    // a small graph settles under physics first (a few hundred iterations), then freezes
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      setTimeout(boot, 0);
    });
    setTimeout(function () { network.setOptions({ physics: { enabled: false } }); boot(); }, 6000);
  } else {
    network.once("afterDrawing", function () { setTimeout(boot, 0); });
  }
  if (!data.nodes.length) { setTimeout(start, 0); }

  var shownArticles = Object.keys(articles).length;
  byId("kg-sub").textContent = shownArticles > 1 && dates.length
    ? dates[0] + (dates[dates.length - 1] !== dates[0] ? " \u2013 " + dates[dates.length - 1] : "")
    : "";
  document.body.setAttribute("data-kg-total-nodes", String(ids.length));
  showOverview();
  applyFilters(false);
  window.kgView = {
    network: network, nodes: nodes, edges: edges, details: info, setMode: setMode, setArticle: setArticle,
    selectNode: selectNode, selectEdge: selectEdge, setStoryPage: setStoryPage, search: search, clearSelection: clearSelection
  };
})();
