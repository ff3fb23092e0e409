// Behaviour of the kg view page (kg/view.py inlines it; the page's CSP admits it by hash).
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var info = data.details;
  var byId = function (id) { return document.getElementById(id); };
  var colours = {};
  info.classes.forEach(function (c) { colours[c.name] = c.colour; });

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
  var articles = info.articles || {};
  var ASSERTING = { asserted: true, reported: true };
  var MODALITY_TEXT = { negated: "negated", possible: "hedged: possible", conditional: "conditional",
                        requested: "requested", reported: "reported" };
  function modalityText(m) { return MODALITY_TEXT[m] || String(m || ""); }
  function isAsserted(m) { return !m || !!ASSERTING[m]; }
  // an article by headline and date, a link when it has a web address (http or https only)
  function articleLink(iri) {
    var a = articles[iri], el;
    if (!a) { el = h("span", "kg-article", localName(iri)); el.title = String(iri); return el; }
    var text = (a.headline || a.id) + (a.date ? " (" + a.date + ")" : "");
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
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function pct(c) { return typeof c === "number" ? Math.round(c * 100) + "%" : ""; }
  function nodeName(id) { return info.nodes[id] ? info.nodes[id].label : String(id); }
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
  data.edges.forEach(function (e) {
    var d = info.edges[e.id];
    e.title = tip(nodeName(d.from) + " \u2192 " + d.label + " \u2192 " + nodeName(d.to),
                  (isAsserted(d.modality) ? "" : modalityText(d.modality) + " \u00b7 ") +
                  (d.confidence === null ? "" : pct(d.confidence) + " \u00b7 ") +
                  plural(d.sources.length, "source"));
  });

  // vis keeps the scale when the window is resized (and zooms in on a taller one). Before
  // its own listener, added below, runs: resize the canvas and fit the graph again,
  // unless the user has moved the view.
  window.addEventListener("resize", function () {
    if (ready && fitted) { network.setSize("100%", "100%"); fitView(); }
  });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(byId("kg-graph"), { nodes: nodes, edges: edges }, data.options);

  var neighbours = {};
  Object.keys(info.nodes).forEach(function (id) { neighbours[id] = []; });
  Object.keys(info.edges).forEach(function (eid) {
    var e = info.edges[eid];
    neighbours[e.from].push(e.to);
    neighbours[e.to].push(e.from);
  });

  var state = { selected: null, classOff: {}, minDegree: 0, focus: false, hops: info.hops };
  var ready = false;
  var fitted = false;  // the view shows the whole graph, not a place the user moved to
  var MAX_FIT_SCALE = 0.8;  // fitting a few nodes does not blow their labels up
  function fitView(ids, animate) {  // the given nodes, or all that are shown
    var options = { maxZoomLevel: MAX_FIT_SCALE };
    if (ids) { options.nodes = ids; }
    if (animate) { options.animation = { duration: 350 }; }
    network.fit(options);
    fitted = true;
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
  function visibleMap() {
    var near = state.focus && state.selected ? withinHops(state.selected, state.hops) : null;
    var shown = {};
    Object.keys(info.nodes).forEach(function (id) {
      var d = info.nodes[id];
      var ok = !state.classOff[d.cls] && d.degree >= state.minDegree;
      if (near) { ok = id === state.selected || (ok && !!near[id]); }
      shown[id] = ok;
    });
    return shown;
  }
  function applyFilters(fit) {
    var shown = visibleMap(), nodeUpdates = [], edgeUpdates = [], n = 0, m = 0;
    nodes.forEach(function (node) {
      var hide = !shown[node.id];
      if (!!node.hidden !== hide) { nodeUpdates.push({ id: node.id, hidden: hide }); }
      if (!hide) { n++; }
    });
    edges.forEach(function (edge) {
      var hide = !(shown[edge.from] && shown[edge.to]);
      if (!!edge.hidden !== hide) { edgeUpdates.push({ id: edge.id, hidden: hide }); }
      if (!hide) { m++; }
    });
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
    byId("kg-count").textContent = n + " of " + nodes.length + " entities \u00b7 " +
      m + " of " + edges.length + " relations";
    if (state.focus && !state.selected) { message("Select an entity to focus on it"); }
    if (fit && ready) {
      var ids = Object.keys(shown).filter(function (id) { return shown[id]; });
      if (ids.length) { fitView(ids, true); }
    }
    publish();
  }
  function publish() {
    if (!ready) { return; }
    var drawn = network.body && network.body.nodeIndices ? network.body.nodeIndices.length
      : nodes.get({ filter: function (x) { return !x.hidden; } }).length;
    var drawnEdges = network.body && network.body.edgeIndices ? network.body.edgeIndices.length : 0;
    document.body.setAttribute("data-kg-nodes", String(drawn));
    document.body.setAttribute("data-kg-edges", String(drawnEdges));
    document.body.setAttribute("data-kg-total-nodes", String(nodes.length));
    document.body.setAttribute("data-kg-total-edges", String(edges.length));
    document.body.setAttribute("data-kg-status", "ready");
  }
  var messageTimer = null;
  function message(text) {
    var box = byId("kg-msg");
    box.textContent = text;
    box.hidden = false;
    clearTimeout(messageTimer);
    messageTimer = setTimeout(function () { box.hidden = true; }, 2600);
  }

  // ---- legend and class filter -------------------------------------------------------
  info.classes.forEach(function (c) {
    var row = h("label", "kg-class");
    var box = h("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = c.name;
    box.addEventListener("change", function () {
      state.classOff[c.name] = !box.checked;
      applyFilters(false);
    });
    var dot = h("span", "kg-dot");
    dot.style.background = c.colour;
    row.appendChild(box);
    row.appendChild(dot);
    row.appendChild(h("span", "kg-name", c.name));
    row.appendChild(h("span", "kg-n", c.count));
    byId("kg-classes").appendChild(row);
  });

  // ---- panel -------------------------------------------------------------------------
  function panel() {
    var p = byId("kg-panel");
    while (p.firstChild) { p.removeChild(p.firstChild); }
    p.scrollTop = 0;
    return p;
  }
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
  function sourceMeta(parts) {  // strings and elements (an article link), dot-separated
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

  function showOverview() {
    var p = panel();
    p.appendChild(badge("Overview"));
    p.appendChild(h("h2", null, info.title));
    p.appendChild(h("p", "kg-hint", nodes.length + (nodes.length === 1 ? " entity" : " entities") +
      " and " + plural(edges.length, "relation") + ". Click an entity or a relation" +
      " to see its facts and the sentences they come from."));
    var top = Object.keys(info.nodes).sort(function (a, b) {
      return info.nodes[b].degree - info.nodes[a].degree || (a < b ? -1 : a > b ? 1 : 0);
    }).slice(0, 12);
    if (top.length) {
      section(p, "Most connected");
      var ul = h("ul", "kg-list kg-top");
      top.forEach(function (id) {
        var li = h("li");
        var dot = h("span", "kg-dot");
        dot.style.background = colours[info.nodes[id].cls];
        li.appendChild(dot);
        var link = nodeLink(id);
        link.textContent = nodeName(id);  // one line, cut with an ellipsis by the style
        li.appendChild(link);
        li.appendChild(h("span", "kg-meta", info.nodes[id].degree));
        ul.appendChild(li);
      });
      p.appendChild(ul);
    }
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
      section(p, "Facts", d.attributes.length);
      d.attributes.forEach(function (a) {
        var box = h("div", "kg-fact");
        var head = h("div", "kg-fact-head");
        head.appendChild(h("span", "kg-pred", a.label || localName(a.predicate)));
        head.appendChild(h("span", "kg-val", a.value));
        if (typeof a.confidence === "number") {
          head.appendChild(h("span", "kg-conf", pct(a.confidence)));
        }
        box.appendChild(head);
        if (!isAsserted(a.modality)) { box.className += " kg-unasserted"; }
        if (a.sentence) { box.appendChild(quote(a.sentence)); }
        if (a.article || stance(a)) {
          box.appendChild(sourceMeta([stance(a), a.article ? articleLink(a.article) : ""]));
        }
        p.appendChild(box);
      });
    }
    var rels = Object.keys(info.edges).filter(function (eid) {
      return info.edges[eid].from === id || info.edges[eid].to === id;
    });
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
        row.appendChild(h("span", "kg-conf", e.confidence === null ? "" : pct(e.confidence)));
        p.appendChild(row);
      });
    }
    if (d.articles.length) {
      section(p, "Articles", d.articles.length);
      var ul = h("ul", "kg-list");
      d.articles.forEach(function (a) {
        var li = h("li", "kg-meta");
        li.appendChild(articleLink(a));
        ul.appendChild(li);
      });
      p.appendChild(ul);
    }
  }

  function showEdge(eid) {
    var e = info.edges[eid];
    if (!e) { return; }
    var p = panel();
    p.appendChild(badge("Relation"));
    p.appendChild(h("h2", null, e.label));
    var head = h("div", "kg-edgehead");
    head.appendChild(nodeLink(e.from));
    head.appendChild(h("span", "kg-arrow", "\u2192"));
    head.appendChild(nodeLink(e.to));
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
    section(p, "Sources", e.sources.length);
    if (!e.sources.length) { p.appendChild(h("p", "kg-hint", "No source sentence recorded.")); }
    e.sources.forEach(function (s) {
      var box = h("div", "kg-source");
      if (s.sentence) { box.appendChild(quote(s.sentence)); }
      var span = typeof s.start === "number" && typeof s.end === "number"
        ? "chars " + s.start + "\u2013" + s.end : "";
      box.appendChild(sourceMeta([s.article ? articleLink(s.article) : "", stance(s), pct(s.confidence),
                                  s.extractor || "", span]));
      p.appendChild(box);
    });
  }

  // ---- selection, search -------------------------------------------------------------
  function selectNode(id, move) {
    if (!info.nodes[id]) { return; }
    var d = info.nodes[id];
    if (state.classOff[d.cls] || d.degree < state.minDegree) {
      resetFilters(false);
      message("Filters cleared to show " + d.label);
    }
    state.selected = id;
    applyFilters(state.focus);
    network.selectNodes([id]);
    showNode(id);
    if (move && !state.focus) {
      network.focus(id, { scale: Math.max(network.getScale(), 1), animation: { duration: 400 } });
      fitted = false;
    }
  }
  function selectEdge(eid) {
    var e = info.edges[eid];
    if (!e) { return; }
    state.selected = null;
    network.selectEdges([eid]);
    showEdge(eid);
  }
  function clearSelection() {
    state.selected = null;
    network.unselectAll();
    if (state.focus) { applyFilters(true); }
    showOverview();
  }

  var names = [];
  Object.keys(info.nodes).forEach(function (id) {
    var d = info.nodes[id];
    [d.label].concat(d.aliases).forEach(function (name, i) {
      names.push({ key: String(name).toLowerCase(), id: id, alias: i > 0 });
    });
  });
  var options = byId("kg-names");
  Object.keys(info.nodes).map(function (id) { return info.nodes[id].label; }).sort()
    .forEach(function (label) {
      var o = document.createElement("option");
      o.value = label;
      options.appendChild(o);
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
    names.forEach(function (n) {
      var r = rank(n);
      var better = r < bestRank ||
        (r === bestRank && r < 9 && info.nodes[n.id].degree > info.nodes[best.id].degree);
      if (better) {
        best = n; bestRank = r;
      }
    });
    if (!best) { message("No entity matches \u201c" + query + "\u201d"); return null; }
    selectNode(best.id, true);
    return best.id;
  }
  var searchBox = byId("kg-search");
  searchBox.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { search(searchBox.value); }
  });
  searchBox.addEventListener("change", function () { search(searchBox.value); });

  // ---- controls ----------------------------------------------------------------------
  var degreeBox = byId("kg-degree"), focusBox = byId("kg-focus"), hopsBox = byId("kg-hops");
  degreeBox.addEventListener("input", function () {
    state.minDegree = Number(degreeBox.value) || 0;
    byId("kg-degree-out").textContent = String(state.minDegree);
    applyFilters(false);
  });
  focusBox.addEventListener("change", function () {
    state.focus = focusBox.checked;
    applyFilters(true);
  });
  hopsBox.addEventListener("input", function () {
    var v = Math.round(Number(hopsBox.value));
    if (v >= 1 && v <= 6) { state.hops = v; if (state.focus) { applyFilters(true); } }
  });
  function resetFilters(all) {
    state.classOff = {};
    state.minDegree = 0;
    degreeBox.value = "0";
    byId("kg-degree-out").textContent = "0";
    var boxes = byId("kg-classes").querySelectorAll("input");
    Array.prototype.forEach.call(boxes, function (b) { b.checked = true; });
    if (all) { state.focus = false; focusBox.checked = false; }
  }
  byId("kg-reset").addEventListener("click", function () {
    resetFilters(true);
    searchBox.value = "";
    clearSelection();
    applyFilters(true);
  });
  byId("kg-fit").addEventListener("click", function () {
    fitView(null, true);
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { clearSelection(); }
  });

  network.on("dragStart", function () { fitted = false; });
  network.on("zoom", function () { fitted = false; });
  network.on("resize", function () {  // the stage changed size: keep the whole graph in view
    if (ready && fitted) { setTimeout(function () { fitView(); }, 0); }  // after vis
  });

  network.on("click", function (p) {
    if (p.nodes.length) { selectNode(p.nodes[0], false); }
    else if (p.edges.length) { selectEdge(p.edges[0]); }
    else { clearSelection(); }
  });

  // ---- layout: stabilise, then freeze ----------------------------------------------------
  // The layout stops LAYOUT_UNTIL_MS after the page started loading (or after LAYOUT_MIN_MS
  // of layout, if loading took longer): a graph that has not settled by then (thousands of
  // entities, or a slow machine) is frozen as it is, so that the page is in use within about
  // three seconds. A graph of a few hundred entities settles well before on a desktop.
  var LAYOUT_UNTIL_MS = 2000, LAYOUT_MIN_MS = 500, layoutStart = null;
  network.on("stabilizationProgress", function (p) {
    var done = Math.round(100 * p.iterations / p.total);
    byId("kg-loading").textContent = "Laying out\u2026 " + done + "%";
    var now = performance.now();
    if (layoutStart === null) { layoutStart = now; }
    else if (now > Math.max(LAYOUT_UNTIL_MS, layoutStart + LAYOUT_MIN_MS)) {
      network.stopSimulation();  // vis then ends the stabilisation as if it had settled
    }
  });
  // Physics keeps the dots apart but knows nothing of their labels. Once it is off, nudge
  // apart any two nodes whose boxes (dot and label) overlap, a quarter of the overlap at a
  // time, up or down if that is the shorter way, in rounds over the nodes in id order (same
  // graph, same picture). A node strays from its place by at most its own box, so a crowd
  // stays a crowd rather than pushing the rest of the graph away. Returns the extent of all
  // the boxes, which vis cannot know yet: it measures a node only when it draws it.
  function spreadLabels() {
    var ids = nodes.getIds().sort();
    var pad = 2, pos = network.getPositions(ids), box = {}, round, i, j;
    widen(ids, pos);
    ids.forEach(function (id) {
      var b = network.getBoundingBox(id), p = pos[id];
      box[id] = { hw: (b.right - b.left) / 2 + pad, hh: (b.bottom - b.top) / 2 + pad,
                  dx: (b.left + b.right) / 2 - p.x, dy: (b.top + b.bottom) / 2 - p.y,
                  x0: p.x, y0: p.y };
    });
    function nudge(p, b, sx, sy) {
      p.x = Math.min(b.x0 + b.hw, Math.max(b.x0 - b.hw, p.x + sx));
      p.y = Math.min(b.y0 + b.hh, Math.max(b.y0 - b.hh, p.y + sy));
    }
    for (round = 0; round < 100 && ids.length <= 800; round++) {
      var moved = false;
      for (i = 0; i < ids.length; i++) {
        var a = ids[i], pa = pos[a], ba = box[a];
        for (j = i + 1; j < ids.length; j++) {
          var c = ids[j], pc = pos[c], bc = box[c];
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
    // network.moveNode would queue one full redraw per node (a timer each, in vis 9): with
    // thousands of nodes the page stays busy for minutes. Place them all, draw once (freeze).
    var body = network.body && network.body.nodes;
    var range = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
    ids.forEach(function (id) {
      var p = pos[id], b = box[id], node = body && body[id];
      if (node) { node.x = p.x; node.y = p.y; } else { network.moveNode(id, p.x, p.y); }
      range.minX = Math.min(range.minX, p.x + b.dx - b.hw);
      range.maxX = Math.max(range.maxX, p.x + b.dx + b.hw);
      range.minY = Math.min(range.minY, p.y + b.dy - b.hh);
      range.maxY = Math.max(range.maxY, p.y + b.dy + b.hh);
    });
    return range;
  }
  // Labels are wide: stretch a layout narrower than the stage sideways, up to 1.6 times,
  // so that it fills the stage and its labels get room.
  function widen(ids, pos) {
    var xs = ids.map(function (id) { return pos[id].x; });
    var ys = ids.map(function (id) { return pos[id].y; });
    var w = Math.max.apply(null, xs) - Math.min.apply(null, xs);
    var hgt = Math.max.apply(null, ys) - Math.min.apply(null, ys);
    var frame = byId("kg-graph");
    if (!(w > 0 && hgt > 0 && frame.clientHeight > 0)) { return; }
    var k = Math.min(1.6, (frame.clientWidth / frame.clientHeight) / (w / hgt));
    if (k > 1) { ids.forEach(function (id) { pos[id].x *= k; }); }
  }
  function fitRange(r) {  // what network.fit() does, for boxes it has not measured
    fitted = true;
    if (!(r.maxX > r.minX && r.maxY > r.minY)) { fitView(); return; }
    var frame = byId("kg-graph");
    var scale = Math.min(MAX_FIT_SCALE, frame.clientWidth / (1.05 * (r.maxX - r.minX)),
                         frame.clientHeight / (1.05 * (r.maxY - r.minY)));
    network.moveTo({ position: { x: (r.minX + r.maxX) / 2, y: (r.minY + r.maxY) / 2 },
                     scale: scale });
  }
  function freeze() {
    if (ready) { return; }
    ready = true;
    network.setOptions({ physics: { enabled: false } });
    fitRange(spreadLabels());
    network.redraw();  // every node is in view now, so vis measures them all
    byId("kg-loading").hidden = true;
    if (info.focus) {
      state.focus = true;
      focusBox.checked = true;
      selectNode(info.focus, false);
    } else {
      applyFilters(false);
    }
  }
  network.once("stabilizationIterationsDone", freeze);
  network.once("stabilized", freeze);
  setTimeout(freeze, 20000);
  if (!nodes.length) { freeze(); }

  showOverview();
  applyFilters(false);
  window.kgView = {
    network: network, nodes: nodes, edges: edges, details: info,
    selectNode: selectNode, selectEdge: selectEdge, search: search, clearSelection: clearSelection
  };
})();
