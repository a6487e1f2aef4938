// Grid clustering: events whose screen positions fall in the same cell at the current zoom are drawn as one
// numbered marker. Linear in the number of events, so 100k events re-cluster in a few tens of milliseconds.
'use strict';
window.GridCluster = (function () {
  function cluster(map, events, cellPx) {
    var bounds = map.getBounds().pad(0.25);
    var zoom = map.getZoom();
    var cells = new Map();
    for (var i = 0; i < events.length; i++) {
      var e = events[i];
      if (!bounds.contains(e.latlng)) continue;
      var p = map.project(e.latlng, zoom);
      var key = Math.floor(p.x / cellPx) + ':' + Math.floor(p.y / cellPx);
      var c = cells.get(key);
      if (!c) { c = { events: [], lat: 0, lng: 0 }; cells.set(key, c); }
      c.events.push(e);
      c.lat += e.latlng.lat;
      c.lng += e.latlng.lng;
    }
    var out = [];
    cells.forEach(function (c) {
      out.push({ events: c.events, latlng: L.latLng(c.lat / c.events.length, c.lng / c.events.length) });
    });
    return out;
  }
  return { cluster: cluster };
})();
