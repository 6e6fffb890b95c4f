// The page's behaviour: draw the network, show a node's details, find, filter, walk back and forth.
// Every text from the graph goes into the DOM through textContent, never as markup.
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var info = data.nodes;
  var typeById = {};
  data.types.forEach(function (t) { typeById[t.id] = t; });

  // Adjacency for the panel and the neighbourhood mode: [neighbour, relation index, outgoing?].
  var adjacent = info.map(function () { return []; });
  data.links.forEach(function (link) {
    adjacent[link[0]].push([link[1], link[2], true]);
    adjacent[link[1]].push([link[0], link[2], false]);
  });

  var fontSize = {};
  data.vis.nodes.forEach(function (n) { fontSize[n.id] = n.font.size; });
  var nodes = new vis.DataSet(data.vis.nodes);
  var edges = new vis.DataSet(data.vis.edges);
  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.vis.options);

  var history = [];
  var historyAt = -1;
  var selected = null;
  var hiddenTypes = {};

  // ---- small DOM helpers (text only) ----
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }

  // ---- search: the same folding as the Python side (NFKC, no spaces, 文号 brackets to 〔〕);
  // the 文号 pattern and the words cut from the front of an issuer code come from kg's rules.
  var NUMBER = new RegExp(data.numberPattern, "u");
  function fold(text) {
    return String(text).normalize("NFKC").replace(/\s+/g, "");
  }
  function canonicalNumber(text) {
    var m = NUMBER.exec(fold(text));
    if (!m) return null;
    var issuer = m.groups.issuer, cut = 0;
    data.issuerStops.forEach(function (w) {
      var at = issuer.lastIndexOf(w);
      if (at >= 0 && at + w.length > cut) cut = at + w.length;
    });
    issuer = issuer.slice(cut) || issuer;
    return issuer + "〔" + m.groups.year + "〕" + parseInt(m.groups.serial, 10) + "号";
  }
  var searchKeys = info.map(function (n) {
    return [n.label].concat(n.keys || []).map(fold);
  });
  function search(query) {
    var q = fold(query);
    if (!q) return [];
    var number = canonicalNumber(query);
    var wanted = number ? [q, number] : [q];
    var hits = [];
    info.forEach(function (n, id) {
      var rank = null;
      searchKeys[id].forEach(function (key) {
        wanted.forEach(function (w) {
          var r = key === w ? 0 : key.indexOf(w) === 0 ? 1 : key.indexOf(w) > 0 ? 2 : null;
          if (r !== null && (rank === null || r < rank)) rank = r;
        });
      });
      if (rank !== null) hits.push([rank, id]);
    });
    // Ids follow the reading order (type, report, position), so they break ties sensibly.
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    return hits.map(function (h) { return h[1]; });
  }

  // ---- selection, panel, history ----
  function select(id, how) {
    how = how || {};
    if (id === null || id === undefined || !info[id]) return;
    selected = id;
    if (hiddenTypes[info[id].type]) setTypeVisible(info[id].type, true);
    network.selectNodes([id]);
    showPanel(id);
    if (how.centre) {
      // Centre in the part of the canvas the panel leaves visible.
      var panel = document.getElementById("panel");
      var offset = panel.hidden ? 0 : -panel.offsetWidth / 2;
      document.body.dataset.moving = "true";
      network.focus(id, {
        scale: Math.max(network.getScale(), 1.0), offset: { x: offset, y: 0 },
        animation: { duration: 250, easingFunction: "easeInOutQuad" }
      });
    }
    if (how.push !== false) {
      history = history.slice(0, historyAt + 1);
      if (history[historyAt] !== id) { history.push(id); historyAt = history.length - 1; }
    }
    applyNeighbourhood();
    updateHistoryButtons();
  }

  function go(step) {
    var at = historyAt + step;
    if (at < 0 || at >= history.length) return;
    historyAt = at;
    select(history[at], { centre: true, push: false });
  }

  function updateHistoryButtons() {
    document.getElementById("back").disabled = historyAt <= 0;
    document.getElementById("forward").disabled = historyAt >= history.length - 1;
  }

  function nodeLink(id) {
    var n = info[id];
    var a = el("a", "node", n.label.length > 60 ? n.label.slice(0, 59) + "…" : n.label);
    a.tabIndex = 0;
    a.setAttribute("role", "button");
    a.dataset.id = String(id);
    a.title = (typeById[n.type] || {}).name || n.type;
    var sw = el("span", "swatch");
    sw.style.background = (typeById[n.type] || {}).color || "#ccc";
    a.insertBefore(sw, a.firstChild);
    return a;
  }

  function showPanel(id) {
    var n = info[id];
    var t = typeById[n.type] || { name: n.type, color: "#ccc" };
    var body = document.getElementById("panel-body");
    clear(body);
    var kind = el("div", "kind");
    var sw = el("span", "swatch");
    sw.style.background = t.color;
    kind.appendChild(sw);
    kind.appendChild(el("span", "type", t.name));
    body.appendChild(kind);
    body.appendChild(el("h2", "label", n.label));
    body.appendChild(el("p", "iri", n.iri));

    if (n.props && n.props.length) {
      body.appendChild(el("h3", null, "属性"));
      var dl = el("dl", "props");
      n.props.forEach(function (p) { dl.appendChild(el("dt", null, p[0])); dl.appendChild(el("dd", null, p[1])); });
      body.appendChild(dl);
    }
    if (n.text) {
      body.appendChild(el("h3", null, "全文"));
      body.appendChild(el("blockquote", "text", n.text));
    }
    if (n.quote) {
      body.appendChild(el("h3", null, "原文"));
      var where = n.span ? "第 " + n.span[0] + "–" + n.span[1] + " 字" : "";
      if (n.quote === n.text) {
        body.appendChild(el("p", "where quote-same", where + "（与全文一致）"));
      } else {
        body.appendChild(el("blockquote", "quote", n.quote));
        if (where) body.appendChild(el("p", "where", where));
      }
    }
    if (n.sources && n.sources.length) {
      body.appendChild(el("h3", null, "出处（" + n.sources.length + "）"));
      var ul = el("ul", "sources");
      n.sources.forEach(function (s) {
        var li = el("li");
        li.appendChild(el("span", "source-quote", "“" + s[0] + "” "));
        li.appendChild(el("span", "where", "第 " + s[1] + "–" + s[2] + " 字 "));
        if (s[3] >= 0) li.appendChild(nodeLink(s[3]));
        else if (s[4]) li.appendChild(el("span", "unit", s[4]));
        ul.appendChild(li);
      });
      body.appendChild(ul);
    }

    if (n.series !== undefined && data.series[n.series]) {
      body.appendChild(el("h3", null, "历年（" + data.series[n.series].label + "）"));
      body.appendChild(seriesChart(data.series[n.series]));
    }

    // Neighbours grouped by relation, named from this node's side of the edge.
    var groups = {};
    var names = [];
    adjacent[id].forEach(function (a) {
      var rel = data.relations[a[1]];
      var name = a[2] ? rel.label : rel.inverse;
      if (!groups[name]) { groups[name] = []; names.push(name); }
      if (groups[name].indexOf(a[0]) < 0) groups[name].push(a[0]);
    });
    if (names.length) {
      body.appendChild(el("h3", null, "关联（" + adjacent[id].length + "）"));
      names.forEach(function (name) {
        var section = el("div", "relation");
        section.dataset.relation = name;
        section.appendChild(el("h4", null, name + "（" + groups[name].length + "）"));
        var list = el("ul", "neighbours");
        groups[name].sort(function (a, b) { return a - b; }).forEach(function (other) {
          var li = el("li");
          li.appendChild(nodeLink(other));
          list.appendChild(li);
        });
        section.appendChild(list);
        body.appendChild(section);
      });
    }
    document.getElementById("panel").hidden = false;
    document.getElementById("panel").scrollTop = 0;
  }

  // A small line chart of a figure's values year on year, drawn as SVG in the page itself.
  function seriesChart(series) {
    var ns = "http://www.w3.org/2000/svg";
    var width = 280, height = 120, pad = 28;
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("class", "series-chart");
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    svg.setAttribute("width", String(width));
    svg.setAttribute("height", String(height));
    var points = series.points;
    var values = points.map(function (p) { return Number(p[1]); });
    var low = Math.min.apply(null, values), high = Math.max.apply(null, values);
    if (high === low) { high = low + 1; }
    function x(i) { return points.length > 1 ? pad + i * (width - 2 * pad) / (points.length - 1) : width / 2; }
    function y(v) { return height - pad - (v - low) * (height - 2 * pad) / (high - low); }
    var line = document.createElementNS(ns, "polyline");
    line.setAttribute("points", points.map(function (p, i) { return x(i) + "," + y(Number(p[1])); }).join(" "));
    line.setAttribute("fill", "none");
    line.setAttribute("stroke", "#3366cc");
    line.setAttribute("stroke-width", "2");
    svg.appendChild(line);
    points.forEach(function (p, i) {
      var dot = document.createElementNS(ns, "circle");
      dot.setAttribute("cx", String(x(i)));
      dot.setAttribute("cy", String(y(Number(p[1]))));
      dot.setAttribute("r", "3.5");
      dot.setAttribute("fill", "#3366cc");
      var tip = document.createElementNS(ns, "title");
      tip.textContent = p[0] + "：" + p[2];
      dot.appendChild(tip);
      svg.appendChild(dot);
      var year = document.createElementNS(ns, "text");
      year.setAttribute("x", String(x(i)));
      year.setAttribute("y", String(height - 8));
      year.setAttribute("text-anchor", "middle");
      year.setAttribute("font-size", "10");
      year.textContent = String(p[0]);
      svg.appendChild(year);
      var value = document.createElementNS(ns, "text");
      value.setAttribute("x", String(x(i)));
      value.setAttribute("y", String(y(Number(p[1])) - 7));
      value.setAttribute("text-anchor", "middle");
      value.setAttribute("font-size", "10");
      value.textContent = p[2];
      svg.appendChild(value);
    });
    return svg;
  }

  function onPanelActivate(event) {
    var a = event.target.closest ? event.target.closest("a.node") : null;
    if (!a) return;
    if (event.type === "keydown" && event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    select(parseInt(a.dataset.id, 10), { centre: true });
  }

  // ---- type filter ----
  function setTypeVisible(type, visible) {
    hiddenTypes[type] = !visible;
    var box = document.querySelector('#types input[data-type="' + type + '"]');
    if (box) box.checked = visible;
    var updates = [];
    info.forEach(function (n, id) { if (n.type === type) updates.push({ id: id, hidden: !visible }); });
    nodes.update(updates);
    updateStatus();
  }

  function drawShape(canvas, shape, color) {
    var c = canvas.getContext("2d");
    var s = canvas.width, m = s / 2, r = s / 2 - 2;
    c.fillStyle = color;
    c.strokeStyle = "rgba(0,0,0,.35)";
    c.beginPath();
    function poly(points) { points.forEach(function (p, i) { if (i) c.lineTo(p[0], p[1]); else c.moveTo(p[0], p[1]); }); c.closePath(); }
    function ring(count, radius, offset) {
      var pts = [];
      for (var i = 0; i < count; i++) {
        var a = offset + i * 2 * Math.PI / count;
        pts.push([m + radius * Math.cos(a), m + radius * Math.sin(a)]);
      }
      return pts;
    }
    if (shape === "square") c.rect(2, 2, s - 4, s - 4);
    else if (shape === "diamond") poly([[m, 1], [s - 1, m], [m, s - 1], [1, m]]);
    else if (shape === "triangle") poly([[m, 1], [s - 1, s - 2], [1, s - 2]]);
    else if (shape === "triangleDown") poly([[1, 2], [s - 1, 2], [m, s - 1]]);
    else if (shape === "hexagon") poly(ring(6, r, 0));
    else if (shape === "star") {
      var pts = [];
      for (var i = 0; i < 10; i++) {
        var rr = i % 2 ? r * 0.45 : r, a = -Math.PI / 2 + i * Math.PI / 5;
        pts.push([m + rr * Math.cos(a), m + rr * Math.sin(a)]);
      }
      poly(pts);
    } else c.arc(m, m, r, 0, 2 * Math.PI);
    c.fill();
    c.stroke();
  }

  function buildLegend() {
    var list = document.getElementById("types");
    data.types.forEach(function (t) {
      var li = el("li");
      var label = el("label");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.type = t.id;
      box.addEventListener("change", function () { setTypeVisible(t.id, box.checked); });
      var icon = el("canvas");
      icon.width = 14;
      icon.height = 14;
      drawShape(icon, t.shape, t.color);
      label.appendChild(box);
      label.appendChild(icon);
      label.appendChild(el("span", "name", t.name));
      label.appendChild(el("span", "count", t.count));
      li.appendChild(label);
      list.appendChild(li);
    });
  }

  // ---- neighbourhood mode: fade everything beyond N hops of the selection ----
  var faded = false;
  function hopsFrom(start, limit) {
    var seen = {};
    seen[start] = 0;
    var frontier = [start];
    for (var d = 1; d <= limit && frontier.length; d++) {
      var next = [];
      frontier.forEach(function (id) {
        adjacent[id].forEach(function (a) {
          if (seen[a[0]] === undefined) { seen[a[0]] = d; next.push(a[0]); }
        });
      });
      frontier = next;
    }
    return seen;
  }

  function applyNeighbourhood() {
    var on = document.getElementById("hood").checked && selected !== null;
    if (!on && !faded) return;
    var near = on ? hopsFrom(selected, parseInt(document.getElementById("hops").value, 10)) : null;
    var nodeUpdates = info.map(function (n, id) {
      var dim = on && near[id] === undefined;
      return { id: id, opacity: dim ? 0.12 : 1, font: { size: fontSize[id], color: dim ? "rgba(26,26,26,0.12)" : "#1a1a1a" } };
    });
    nodes.update(nodeUpdates);
    var edgeUpdates = edges.get().map(function (e) {
      var dim = on && (near[e.from] === undefined || near[e.to] === undefined);
      return { id: e.id, color: { opacity: dim ? 0.08 : 1 } };
    });
    edges.update(edgeUpdates);
    faded = on;
    updateStatus();
  }

  function updateStatus() {
    var shown = 0;
    info.forEach(function (n) { if (!hiddenTypes[n.type]) shown++; });
    var text = "节点 " + shown + " / " + info.length + " · 关系 " + data.links.length;
    if (faded && selected !== null) {
      var near = hopsFrom(selected, parseInt(document.getElementById("hops").value, 10));
      text += " · 邻域 " + Object.keys(near).length;
    }
    document.getElementById("status").textContent = text;
  }

  // ---- search box ----
  var resultIds = [];
  var activeResult = 0;
  function showResults() {
    var list = document.getElementById("results");
    var query = document.getElementById("search").value;
    clear(list);
    resultIds = search(query).slice(0, 50);
    activeResult = 0;
    if (!fold(query)) { list.hidden = true; return; }
    if (!resultIds.length) {
      list.appendChild(el("li", "empty", "没有找到"));
    }
    resultIds.forEach(function (id, i) {
      var li = el("li", i === 0 ? "active" : "");
      li.dataset.id = String(id);
      li.appendChild(el("span", "kind", (typeById[info[id].type] || {}).name || info[id].type));
      li.appendChild(el("span", "name", info[id].label));
      li.addEventListener("mousedown", function (event) { event.preventDefault(); pick(id); });
      list.appendChild(li);
    });
    list.hidden = false;
  }
  function pick(id) {
    document.getElementById("results").hidden = true;
    select(id, { centre: true });
  }
  function onSearchKey(event) {
    var list = document.getElementById("results");
    if (event.key === "Enter") {
      event.preventDefault();
      if (list.hidden) showResults();
      if (resultIds.length) pick(resultIds[activeResult] !== undefined ? resultIds[activeResult] : resultIds[0]);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!resultIds.length) return;
      activeResult = (activeResult + (event.key === "ArrowDown" ? 1 : resultIds.length - 1)) % resultIds.length;
      Array.prototype.forEach.call(list.children, function (li, i) { li.className = i === activeResult ? "active" : ""; });
    } else if (event.key === "Escape") {
      list.hidden = true;
    }
  }

  // ---- wiring ----
  document.title = data.title + " · 知识图谱";
  document.getElementById("heading").textContent = data.title;
  var hops = document.getElementById("hops");
  for (var h = 1; h <= 5; h++) {
    var option = el("option", null, h + " 跳");
    option.value = String(h);
    hops.appendChild(option);
  }
  hops.value = String(Math.min(Math.max(data.depth || 2, 1), 5));
  buildLegend();
  updateStatus();

  network.on("animationFinished", function () { document.body.dataset.moving = "false"; });
  network.on("click", function (params) {
    if (params.nodes.length) select(params.nodes[0], { centre: false });
  });
  document.getElementById("panel-body").addEventListener("click", onPanelActivate);
  document.getElementById("panel-body").addEventListener("keydown", onPanelActivate);
  document.getElementById("close").addEventListener("click", function () {
    document.getElementById("panel").hidden = true;
  });
  document.getElementById("back").addEventListener("click", function () { go(-1); });
  document.getElementById("forward").addEventListener("click", function () { go(1); });
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: { duration: 250 } }); });
  document.getElementById("hood").addEventListener("change", applyNeighbourhood);
  hops.addEventListener("change", applyNeighbourhood);
  var searchBox = document.getElementById("search");
  searchBox.addEventListener("input", showResults);
  searchBox.addEventListener("keydown", onSearchKey);
  searchBox.addEventListener("blur", function () { document.getElementById("results").hidden = true; });

  // For tests and scripting: the network, its data and the page's own operations.
  window.kgViz = {
    network: network, nodes: nodes, edges: edges, data: data,
    select: function (id) { select(id, { centre: true }); },
    search: search, canonicalNumber: canonicalNumber,
    selected: function () { return selected; },
    setTypeVisible: setTypeVisible
  };
  network.once("afterDrawing", function () {
    if (data.focus !== null && data.focus !== undefined) select(data.focus, { centre: false });
    document.body.dataset.ready = "true";
  });
})();
