// The analyst's map: loads the events of the current filter from /api/events, draws them clustered by type,
// shows the days up to the slider's date, the control of places on that day, and the detail of a clicked event.
'use strict';
(function () {
  var TYPES = {
    'Battles': 't-battles', 'Explosions/Remote violence': 't-explosions', 'Violence against civilians': 't-civilians',
    'Protests': 't-protests', 'Riots': 't-riots', 'Strategic developments': 't-strategic'
  };
  var COLORS = { 't-battles': '#d7301f', 't-explosions': '#f28e2b', 't-civilians': '#7b3294', 't-protests': '#2c7bb6', 't-riots': '#1a9641', 't-strategic': '#636363' };
  var MAX_EVENTS = 100000;
  var DAY = 86400000;

  var map = L.map('map', { minZoom: 5, maxZoom: 13, zoomSnap: 1, preferCanvas: false }).setView([35.0, 38.5], 7);
  map.createPane('base');
  map.getPane('base').style.zIndex = 350;   // under the events (overlayPane, 400)
  var baseLayer = null, eventLayer = L.layerGroup().addTo(map), controlLayer = L.layerGroup().addTo(map);
  var all = [];          // every loaded event: {latlng, t (ms), props}
  var days = [];         // slider positions: the distinct days from the first to the last event
  var loadToken = 0;
  var truncated = false;  // the filter matches more than MAX_EVENTS: the map shows the earliest ones

  function $(id) { return document.getElementById(id); }

  function filterParams() {
    var p = new URLSearchParams();
    var v;
    if ((v = $('f-type').value)) p.set('event_type', v);
    if ((v = $('f-actor').value)) p.set('actor', v);
    if ((v = $('f-source').value)) p.set('source', v);
    if ((v = $('f-precision').value)) p.set('min_precision', v);
    if ((v = $('f-text').value.trim())) p.set('text', v);
    return p;
  }

  function getJson(url) {
    return fetch(url, { headers: { 'Accept': 'application/json' } }).then(function (r) {
      if (!r.ok) return r.json().then(function (e) { throw new Error((e.parameter ? e.parameter + ': ' : '') + e.error); });
      return r.json();
    });
  }

  // Base map: neighbouring countries, governorates and districts drawn from the GeoJSON bundled in the jar.
  getJson('/basemap.geojson').then(function (fc) {
    baseLayer = L.geoJSON(fc, {
      interactive: false,
      pane: 'base',
      style: function (f) {
        var l = f.properties.layer;
        if (l === 'country') return { color: '#8a8a8a', weight: 1, fillColor: '#efeee8', fillOpacity: 1 };
        if (l === 'governorate') return { color: '#6b6b6b', weight: 1.4, fill: false };
        return { color: '#b5b5b5', weight: 0.6, fill: false };
      }
    }).addTo(map);
  });

  function fillSelect(sel, values) {
    var keep = sel.value;
    while (sel.options.length > 1) sel.remove(1);
    values.forEach(function (v) { var o = document.createElement('option'); o.value = v; o.textContent = v; sel.appendChild(o); });
    sel.value = keep;
  }

  fillSelect($('f-type'), Object.keys(TYPES));
  getJson('/api/actors?limit=500').then(function (as) { fillSelect($('f-actor'), as.map(function (a) { return a.name; })); });

  var legend = $('legend');
  Object.keys(TYPES).forEach(function (t) {
    var item = document.createElement('span');
    var sw = document.createElement('span'); sw.className = 'sw ' + TYPES[t];
    item.appendChild(sw); item.appendChild(document.createTextNode(t));
    legend.appendChild(item);
  });

  // All pages of the current filter, up to MAX_EVENTS.
  function load() {
    var token = ++loadToken;
    $('count').textContent = 'loading…';
    var params = filterParams();
    $('export-csv').href = '/api/events?' + withFormat(params, 'csv');
    $('export-geojson').href = '/api/events?' + withFormat(params, 'geojson');
    var loaded = [];
    function page(cursor) {
      var p = new URLSearchParams(params);
      p.set('format', 'geojson'); p.set('limit', '10000');
      if (cursor) p.set('cursor', cursor);
      return getJson('/api/events?' + p.toString()).then(function (fc) {
        if (token !== loadToken) return;
        fc.features.forEach(function (f) {
          loaded.push({ latlng: L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]), t: Date.parse(f.properties.event_date), props: f.properties });
        });
        if (fc.next_cursor && loaded.length < MAX_EVENTS) return page(fc.next_cursor);
        truncated = !!fc.next_cursor;
        all = loaded;
        rebuildTimeline();
      });
    }
    page(null).catch(function (e) { $('count').textContent = 'error: ' + e.message; });
  }

  function withFormat(params, f) { var p = new URLSearchParams(params); p.set('format', f); p.set('limit', '10000'); return p.toString(); }

  function rebuildTimeline() {
    var sources = {};
    all.forEach(function (e) { (e.props.sources || '').split('; ').forEach(function (s) { if (s) sources[s] = true; }); });
    if (!$('f-source').value) fillSelect($('f-source'), Object.keys(sources).sort());
    days = [];
    if (all.length) {
      var min = Infinity, max = -Infinity;
      all.forEach(function (e) { if (e.t < min) min = e.t; if (e.t > max) max = e.t; });
      for (var t = min; t <= max; t += DAY) days.push(t);
    }
    var slider = $('slider');
    slider.max = Math.max(0, days.length - 1);
    slider.value = slider.max;
    drawHistogram();
    redraw();
  }

  function sliderDay() { return days.length ? days[+$('slider').value] : null; }

  function visible() {
    var end = sliderDay();
    if (end === null) return [];
    var w = +$('window').value;
    var start = w > 0 ? end - (w - 1) * DAY : -Infinity;
    return all.filter(function (e) { return e.t <= end && e.t >= start; });
  }

  function drawHistogram() {
    var c = $('histogram');
    c.width = c.clientWidth || 1000;
    var g = c.getContext('2d');
    g.clearRect(0, 0, c.width, c.height);
    if (!days.length) return;
    var bins = Math.min(days.length, Math.max(1, Math.floor(c.width / 4)));
    var counts = new Array(bins).fill(0);
    var span = days[days.length - 1] - days[0] + DAY;
    all.forEach(function (e) { counts[Math.min(bins - 1, Math.floor((e.t - days[0]) / span * bins))]++; });
    var top = Math.max.apply(null, counts);
    var bw = c.width / bins;
    var cut = sliderDay();
    counts.forEach(function (n, i) {
      var binStart = days[0] + i * span / bins;
      g.fillStyle = binStart <= cut ? '#3d5a80' : '#b8c4d4';
      var h = Math.round((n / top) * (c.height - 2));
      g.fillRect(i * bw, c.height - h, Math.max(1, bw - 1), h);
    });
  }

  function marker(e) {
    var cls = TYPES[e.props.event_type] || 't-strategic';
    var m = L.circleMarker(e.latlng, { radius: 7, weight: 1.5, color: '#fff', fillColor: COLORS[cls], fillOpacity: 0.95, className: 'ev-marker ' + cls });
    m.on('click', function () { openEvent(e.props.fused_id); });
    return m;
  }

  function redraw() {
    eventLayer.clearLayers();
    var shown = visible();
    var day = sliderDay();
    $('slider-date').textContent = day === null ? '' : new Date(day).toISOString().slice(0, 10);
    $('count').textContent = shown.length + ' events shown' + (all.length !== shown.length ? ' of ' + all.length : '')
      + (truncated ? ' (the first ' + MAX_EVENTS + ' matches: narrow the filter for the rest)' : '');
    var groups = GridCluster.cluster(map, shown, 44);
    groups.forEach(function (g) {
      if (g.events.length === 1) { eventLayer.addLayer(marker(g.events[0])); return; }
      var size = g.events.length < 10 ? 30 : g.events.length < 1000 ? 36 : 44;
      var icon = L.divIcon({ className: 'ev-cluster', iconSize: [size, size], html: '<span>' + String(g.events.length | 0) + '</span>' });
      var m = L.marker(g.latlng, { icon: icon, keyboard: false });
      m.on('click', function () {
        if (map.getZoom() >= map.getMaxZoom() - 1) Detail.list(g.events.map(function (e) { return e; }), openEvent);
        else map.fitBounds(L.latLngBounds(g.events.map(function (e) { return e.latlng; })).pad(0.3), { maxZoom: map.getMaxZoom() });
      });
      eventLayer.addLayer(m);
    });
    drawHistogram();
    scheduleControl();
  }

  function openEvent(id) {
    getJson('/api/events/' + encodeURIComponent(id)).then(Detail.show).catch(function (e) { $('count').textContent = 'error: ' + e.message; });
  }

  var controlTimer = null;
  function scheduleControl() {
    clearTimeout(controlTimer);
    controlTimer = setTimeout(loadControl, 150);
  }
  function loadControl() {
    controlLayer.clearLayers();
    var day = sliderDay();
    if (!$('show-control').checked || day === null) return;
    getJson('/api/control?at=' + new Date(day).toISOString().slice(0, 10)).then(function (fc) {
      controlLayer.clearLayers();
      fc.features.forEach(function (f) {
        var p = f.properties;
        var c = L.circle([f.geometry.coordinates[1], f.geometry.coordinates[0]], {
          radius: 2500, weight: 2, dashArray: p.contested ? '4 4' : null, color: p.contested ? '#444' : '#0b7285', fillOpacity: 0.15
        });
        c.bindTooltip(document.createTextNode(p.place + ': ' + (p.contested ? 'contested (' + p.parties.join(', ') + ')' : p.controller) + ' since ' + p.since));
        controlLayer.addLayer(c);
      });
    });
  }

  // Place search: the list is built with textContent; a click flies the map there.
  var searchTimer = null;
  $('place-q').addEventListener('input', function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () {
      var q = $('place-q').value.trim();
      var ul = Detail.clear('place-results');
      if (q.length < 2) { ul.classList.add('hidden'); return; }
      getJson('/api/places?q=' + encodeURIComponent(q) + '&limit=12').then(function (hits) {
        Detail.clear('place-results');
        hits.filter(function (h) { return h.latitude != null; }).forEach(function (h) {
          var li = Detail.el('li', h.name + (h.name_ar ? ' · ' + h.name_ar : '') + ' (' + h.kind + (h.admin1 ? ', ' + h.admin1 : '') + ')');
          li.addEventListener('click', function () { map.setView([h.latitude, h.longitude], 11); ul.classList.add('hidden'); });
          ul.appendChild(li);
        });
        ul.classList.toggle('hidden', !ul.firstChild);
      });
    }, 200);
  });

  ['f-type', 'f-actor', 'f-source', 'f-precision'].forEach(function (id) { $(id).addEventListener('change', load); });
  var textTimer = null;
  $('f-text').addEventListener('input', function () { clearTimeout(textTimer); textTimer = setTimeout(load, 300); });
  $('slider').addEventListener('input', redraw);
  $('window').addEventListener('change', redraw);
  $('show-control').addEventListener('change', loadControl);
  $('d-close').addEventListener('click', function () { $('detail').classList.add('hidden'); });
  map.on('zoomend moveend', redraw);
  // #event=ID opens that event: a link an analyst can share
  function openFromHash() {
    var m = /^#event=([A-Za-z0-9_.:-]{1,128})$/.exec(location.hash);
    if (m) openEvent(m[1]);
  }
  window.addEventListener('hashchange', openFromHash);
  load();
  openFromHash();
})();
