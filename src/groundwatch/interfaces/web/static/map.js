// The story map: Natural Earth country boundaries (world-atlas) and province lines as the basemap,
// no tiles; the story's places as clustered markers coloured by what the place is, and its event
// records as a second layer coloured by ACLED event type (the same colours as the static SVG map).
// Data comes from the page (data-places and data-events on #place-map) and from /static: nothing
// leaves the machine. Without JavaScript the inline SVG map stays.
"use strict";

(function () {
  var COLOURS = {
    "Battles": "#b2182b", "Explosions/Remote violence": "#d6604d", "Violence against civilians": "#762a83",
    "Protests": "#2166ac", "Riots": "#4393c3", "Strategic developments": "#5aae61",
    "Other": "#e08214"
  };
  // Places are greys (darker = more precise) so that colour always means an event type.
  var BY_FEATURE = { city: "#2d3748", admin: "#4a5568", region: "#718096", country: "#a0aec0" };
  // The map on the page now: the story filter swaps in the server's #place-map (the places it keeps),
  // and the map is drawn again there; the one on the node swapped out is removed.
  var live = null;

  function colour(p) {
    if (p.kind === "event") return COLOURS[p.event_type] || COLOURS.Other;
    return BY_FEATURE[p.feature] || BY_FEATURE.city;
  }

  function eventPopup(e) {
    var div = document.createElement("div");
    var a = document.createElement("a");
    a.href = e.href && e.href.charAt(0) === "/" ? e.href : "#";
    a.textContent = e.sub_type || e.event_type;
    div.appendChild(a);
    var meta = document.createElement("div");
    var bits = [e.date, e.name, e.event_type];
    if (e.fatalities) bits.push(e.fatalities + " killed");
    meta.textContent = bits.filter(Boolean).join(" · ");
    div.appendChild(meta);
    return div;
  }

  function popup(p) {
    var div = document.createElement("div");
    var a = document.createElement("a");
    a.href = p.href && p.href.charAt(0) === "/" ? p.href : "#";
    a.textContent = p.name + (p.country ? " (" + p.country + ")" : "");
    div.appendChild(a);
    var meta = document.createElement("div");
    var bits = [];
    if (p.admin1) bits.push(p.admin1);
    if (p.event_type) bits.push(p.event_type);
    bits.push(p.mentions + (p.mentions === 1 ? " mention" : " mentions"));
    meta.textContent = bits.join(" · ");
    div.appendChild(meta);
    return div;
  }

  function largestPart(geom) {
    // The bounds of the country's largest polygon (mainland France, not France with its overseas
    // departments; the USA without the Aleutians across the antimeridian), where its name goes.
    var polys = geom.type === "Polygon" ? [geom.coordinates] : geom.type === "MultiPolygon" ? geom.coordinates : [];
    var best = null, bestArea = -1;
    polys.forEach(function (poly) {
      var ring = poly[0] || [];
      var w = 180, s = 90, e = -180, n = -90;
      ring.forEach(function (pt) { w = Math.min(w, pt[0]); e = Math.max(e, pt[0]); s = Math.min(s, pt[1]); n = Math.max(n, pt[1]); });
      var area = (e - w) * (n - s);
      if (ring.length && area > bestArea) { bestArea = area; best = L.latLngBounds([s, w], [n, e]); }
    });
    return best;
  }

  function labelCountries(map, layer, names) {
    // One label per country at the centre of its largest ring; shown only when the country is big
    // enough on screen for its name, so labels do not pile up at low zoom.
    layer.eachLayer(function (l) {
      var name = l.feature && l.feature.properties && l.feature.properties.name;
      if (!name) return;
      var b = largestPart(l.feature.geometry);
      if (!b) return;
      var m = L.marker(b.getCenter(), {
        interactive: false, keyboard: false,
        icon: L.divIcon({ className: "map-country-label", html: "", iconSize: null })
      });
      m.on("add", function () {
        var el = m.getElement();
        if (el && !el.firstChild) { var span = document.createElement("span"); span.textContent = name; el.appendChild(span); }
      });
      names.push({ marker: m, bounds: b });
    });
    function refresh() {
      names.forEach(function (n) {
        var sw = map.latLngToLayerPoint(n.bounds.getSouthWest());
        var ne = map.latLngToLayerPoint(n.bounds.getNorthEast());
        var wide = Math.abs(ne.x - sw.x) > 60 && map.getBounds().contains(n.bounds.getCenter());
        if (wide && !map.hasLayer(n.marker)) n.marker.addTo(map);
        if (!wide && map.hasLayer(n.marker)) map.removeLayer(n.marker);
      });
    }
    map.on("zoomend moveend", refresh);
    refresh();
  }

  function legend(map, places) {
    // What the colours mean, for the kinds present on this map only.
    var seen = {};
    places.forEach(function (p) {
      seen[p.kind === "event" ? (COLOURS[p.event_type] ? p.event_type : "Other") : "feature:" + (p.feature || "city")] = colour(p);
    });
    var names = { "feature:city": "town", "feature:admin": "province / district", "feature:region": "region",
                  "feature:country": "country" };
    var ctl = L.control({ position: "bottomleft" });
    ctl.onAdd = function () {
      var div = L.DomUtil.create("div", "map-legend");
      Object.keys(seen).sort().forEach(function (k) {
        var row = document.createElement("div");
        var sw = document.createElement("span");
        sw.className = "swatch";
        sw.style.background = seen[k];
        row.appendChild(sw);
        row.appendChild(document.createTextNode(names[k] || k));
        div.appendChild(row);
      });
      return div;
    };
    ctl.addTo(map);
  }

  function provinces(map, box) {
    // Province (admin-1) lines load after the map is up: they are the larger file and only detail.
    fetch(box.getAttribute("data-admin1"), { credentials: "same-origin" })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (topo) {
        var lines = topojson.feature(topo, topo.objects.admin1);
        L.geoJSON(lines, {
          pane: "boundaries", interactive: false,
          style: { color: "#a0aec0", weight: 0.8, dashArray: "3 2", className: "map-admin1" }
        }).addTo(map);
        box.setAttribute("data-admin1-ready", String(topo.arcs.length));
      })
      .catch(function () { box.setAttribute("data-admin1-ready", "error"); });
  }

  function eventLayer(evs, pts) {
    var layer = L.markerClusterGroup({ maxClusterRadius: 30, showCoverageOnHover: false });
    evs.forEach(function (e) {
      if (e.lat == null || e.lon == null) return;
      var m = L.circleMarker([e.lat, e.lon], {
        radius: 6, color: "#1a202c", weight: 1.5, fillColor: colour(e), fillOpacity: 0.95, className: "map-event"
      });
      m.bindPopup(eventPopup(e));
      m.bindTooltip(e.title || e.name, { direction: "top" });
      layer.addLayer(m);
      pts.push([e.lat, e.lon]);
    });
    return layer;
  }

  function draw(box, places, evs, topo) {
    if (!box.isConnected) return;  // swapped out while the boundaries loaded: its successor draws
    if (live) live.remove();
    var svg = box.querySelector(".map-fallback");
    var el = document.createElement("div");
    el.className = "leaflet-map";
    el.setAttribute("role", "region");
    el.setAttribute("aria-label", "Map of the story's places");
    box.insertBefore(el, box.firstChild);
    var map = L.map(el, { attributionControl: true, worldCopyJump: true, minZoom: 1, maxZoom: 12 });
    live = map;
    map.attributionControl.setPrefix("").addAttribution("Boundaries: Natural Earth");
    map.createPane("boundaries").style.zIndex = 350;  // under the markers' overlay pane (400)
    var countries = topojson.feature(topo, topo.objects.countries);
    var base = L.geoJSON(countries, {
      pane: "boundaries",
      style: { color: "#8a94a6", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 },
      interactive: false
    }).addTo(map);
    var cluster = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
    var pts = [];
    places.forEach(function (p) {
      if (p.lat == null || p.lon == null) return;
      var m = L.circleMarker([p.lat, p.lon], {
        radius: 5 + 2 * Math.sqrt(p.mentions || 1), color: "#ffffff", weight: 1.5,
        fillColor: colour(p), fillOpacity: 0.9, className: "map-place"
      });
      m.bindPopup(popup(p));
      m.bindTooltip(p.name, { direction: "top" });
      cluster.addLayer(m);
      pts.push([p.lat, p.lon]);
    });
    map.addLayer(cluster);
    var nPlaces = pts.length;
    var events = eventLayer(evs, pts);
    map.addLayer(events);
    L.control.layers(null, { "Places": cluster, "Events": events }, { collapsed: false }).addTo(map);
    legend(map, places.concat(evs));
    if (pts.length) map.fitBounds(L.latLngBounds(pts).pad(0.3), { maxZoom: 7 });
    else map.setView([20, 0], 2);
    labelCountries(map, base, []);
    // The zoom a change has landed on (animations and re-clustering done), for whoever waits on it.
    var zoomed = function () { box.setAttribute("data-zoom", String(map.getZoom())); };
    map.on("zoomend", zoomed);
    zoomed();
    if (svg) svg.hidden = true;
    provinces(map, box);
    box.setAttribute("data-events-ready", String(pts.length - nPlaces));
    box.setAttribute("data-map-ready", String(nPlaces));
  }

  function init() {
    var box = document.getElementById("place-map");
    if (!box || typeof L === "undefined" || typeof topojson === "undefined") return;
    var places, evs;
    try {
      places = JSON.parse(box.getAttribute("data-places") || "[]");
      evs = JSON.parse(box.getAttribute("data-events") || "[]");
    } catch (e) { return; }
    fetch(box.getAttribute("data-boundaries"), { credentials: "same-origin" })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (topo) { draw(box, places, evs, topo); })
      .catch(function () { box.setAttribute("data-map-ready", "error"); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
  document.addEventListener("groundwatch:swapped", function (e) { if (e.target.id === "place-map") init(); });
})();
