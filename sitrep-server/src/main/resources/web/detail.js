// The event detail panel. Article text is untrusted: every string goes in through textContent or createTextNode,
// never innerHTML, so markup in an article shows as the characters it is.
'use strict';
window.Detail = (function () {
  function el(tag, text, cls) {
    var n = document.createElement(tag);
    if (text !== undefined && text !== null) n.textContent = String(text);
    if (cls) n.className = cls;
    return n;
  }
  function clear(id) { var n = document.getElementById(id); while (n.firstChild) n.removeChild(n.firstChild); return n; }

  // The evidence sentence with each field's span marked; spans are offsets into the article, the sentence starts at ev.start.
  function evidence(report) {
    var ev = report.evidence || {};
    var text = ev.text || '';
    var base = ev.start || 0;
    var spans = [];
    var fields = ev.fields || {};
    Object.keys(fields).forEach(function (name) {
      var s = fields[name][0] - base, e = fields[name][1] - base;
      if (s >= 0 && e <= text.length && e > s) spans.push({ s: s, e: e, name: name });
    });
    spans.sort(function (a, b) { return a.s - b.s || b.e - a.e; });
    var box = el('div', null, 'evidence');
    var at = 0;
    spans.forEach(function (sp) {
      if (sp.s < at) return;                       // overlapping span: the earlier, longer one is kept
      box.appendChild(document.createTextNode(text.slice(at, sp.s)));
      var m = el('mark', text.slice(sp.s, sp.e));
      m.title = sp.name;
      box.appendChild(m);
      at = sp.e;
    });
    box.appendChild(document.createTextNode(text.slice(at)));
    box.appendChild(el('span', (report.source || 'unknown source') + ' · ' + report.event_date + ' · ' + report.sub_event_type, 'who'));
    return box;
  }

  function safeUrl(u) {
    try { var url = new URL(u); return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null; } catch (x) { return null; }
  }

  function show(f) {
    document.getElementById('detail').classList.remove('hidden');
    clear('d-list');
    document.getElementById('d-title').textContent = f.sub_event_type + ' · ' + (f.location || 'unknown place');
    var actors = [f.actor1, f.actor2].filter(Boolean).join(' vs ');
    document.getElementById('d-meta').textContent = f.event_date + (f.time_precision > 1 ? ' (±' : '') + (f.time_precision === 2 ? 'week)' : f.time_precision === 3 ? 'month)' : '')
      + ' · ' + (actors || 'actors unknown') + (f.fatalities != null ? ' · fatalities ' + f.fatalities : '')
      + ' · ' + (f.admin1 || '') + ' · certainty: ' + f.certainty
      + (f.corroboration ? ' · ' + f.corroboration.outlets + ' outlet(s)' + (f.corroboration.independently_confirmed ? ', independently confirmed' : '') : '');
    document.getElementById('d-notes').textContent = f.notes || '';
    var evBox = clear('d-evidence');
    (f.reports || []).forEach(function (r) { evBox.appendChild(evidence(r)); });
    var src = clear('d-sources');
    var seen = {};
    (f.reports || []).forEach(function (r) {
      var key = (r.source || '') + '|' + (r.source_url || '');
      if (seen[key]) return;
      seen[key] = true;
      var li = el('li');
      var href = r.source_url ? safeUrl(r.source_url) : null;
      if (href) {
        var a = el('a', r.source || href);
        a.href = href; a.rel = 'noopener noreferrer'; a.target = '_blank';
        li.appendChild(a);
      } else {
        li.appendChild(document.createTextNode((r.source || 'unknown') + ' (no link)'));
      }
      src.appendChild(li);
    });
    var dis = clear('d-disagreements');
    if (!f.disagreements || f.disagreements.length === 0) dis.appendChild(el('li', 'none: the reports agree'));
    (f.disagreements || []).forEach(function (d) {
      var claims = d.claims.map(function (c) { return c.value + ' (' + (c.source || '?') + ')'; }).join('; ');
      dis.appendChild(el('li', d.field + ': chose ' + d.chosen + ' over ' + claims));
    });
  }

  // Several events in one spot at the deepest zoom: list them and let the analyst pick.
  function list(events, open) {
    document.getElementById('detail').classList.remove('hidden');
    ['d-notes', 'd-evidence', 'd-sources', 'd-disagreements'].forEach(clear);
    document.getElementById('d-title').textContent = events.length + ' events here';
    document.getElementById('d-meta').textContent = '';
    var box = clear('d-list');
    events.forEach(function (e) {
      var p = e.props;
      var item = el('div', p.event_date + ' · ' + p.sub_event_type + ' · ' + (p.location || '') + ' · ' + [p.actor1, p.actor2].filter(Boolean).join(' vs '), 'list-item');
      item.addEventListener('click', function () { open(p.fused_id); });
      box.appendChild(item);
    });
  }

  return { show: show, list: list, el: el, clear: clear };
})();
