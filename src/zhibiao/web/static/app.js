/* zhibiao dashboard: highlight the fact named in the URL hash, and draw the page's charts (once each). */
(function () {
  function highlight() {
    var m = /^#fact-(-?\d+)$/.exec(location.hash); // added facts have negative ids
    document.querySelectorAll("mark.fact.hl").forEach(function (e) { e.classList.remove("hl"); });
    if (!m) return;
    var parts = document.querySelectorAll('mark.fact[data-fact="' + m[1] + '"]');
    parts.forEach(function (e) { e.classList.add("hl"); });
    if (parts.length) parts[0].scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", highlight);
  // 名词解释 marked in a report: a tap shows the definition (a hover title alone does nothing on a phone).
  document.addEventListener("click", function (ev) {
    var tip = document.getElementById("term-tip");
    var term = ev.target.closest ? ev.target.closest("abbr.term") : null;
    if (!term) { if (tip) tip.hidden = true; return; }
    if (!tip) {
      tip = document.createElement("div");
      tip.id = "term-tip";
      tip.className = "tip";
      tip.setAttribute("role", "tooltip");
      document.body.appendChild(tip);
    }
    tip.textContent = term.getAttribute("title");
    tip.hidden = false;
    var r = term.getBoundingClientRect();
    tip.style.top = (window.scrollY + r.bottom + 6) + "px";
    tip.style.left = (window.scrollX + Math.max(8, Math.min(r.left, document.documentElement.clientWidth - tip.offsetWidth - 8))) + "px";
  });
  document.addEventListener("DOMContentLoaded", function () {
    highlight();
    // On a phone, tables marked .cards stack each row as a card: every cell is labelled by its column.
    document.querySelectorAll("table.cards").forEach(function (t) {
      var heads = Array.prototype.map.call(t.querySelectorAll("thead th"), function (th) { return th.textContent.trim(); });
      t.querySelectorAll("tbody tr").forEach(function (tr) {
        Array.prototype.forEach.call(tr.children, function (td, i) { if (heads[i]) td.setAttribute("data-label", heads[i]); });
      });
    });
    zbCharts();  // pages with charts load echarts.min.js after this file; no inline script (CSP)
    zbMiniCharts();
    document.querySelectorAll("#report-text").forEach(function (t) {
      t.addEventListener("click", function (ev) {
        var f = ev.target.closest("mark.fact");
        if (f) location.hash = "fact-" + f.getAttribute("data-fact");
      });
    });
  });
})();

function zbCharts() {
  if (!window.echarts) return;
  document.querySelectorAll(".chart").forEach(function (el) {
    if (el.getAttribute("data-drawn")) return;
    el.setAttribute("data-drawn", "1");
    var d = JSON.parse(el.getAttribute("data-chart"));
    var kind = el.getAttribute("data-kind");
    var stack = kind === "stack";
    var unit = el.getAttribute("data-unit") || "";
    var chart = echarts.init(el, null, { renderer: "svg" });
    chart.setOption({
      textStyle: { fontFamily: '"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif' },
      animation: false,
      tooltip: { trigger: "axis" },
      legend: { top: 0, type: "scroll" },
      grid: { left: 40, right: 12, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: d.categories, axisLabel: { interval: 0, rotate: d.categories.length > 6 ? 35 : 0 } },
      yAxis: { type: "value", axisLabel: { formatter: "{value}" + unit } },
      series: d.series.map(function (s) {
        if (kind === "line") return { name: s.name, type: "line", data: s.data, connectNulls: true, symbolSize: 6 };
        return { name: s.name, type: "bar", data: s.data, stack: stack ? "all" : undefined, barMaxWidth: 28 };
      })
    });
    window.addEventListener("resize", function () { chart.resize(); });
  });
}

/* One small chart per indicator (region page): the target (dashed) and the outcome first reported
   (solid) over the years; each outcome marked by its status: met, exceeded, missed or unknown. */
var ZB_STATUS = {
  met: { color: "#2ca02c", symbol: "circle" },
  exceeded: { color: "#1f77b4", symbol: "triangle" },
  missed: { color: "#d62728", symbol: "path://M2,0 L5,3 L8,0 L10,2 L7,5 L10,8 L8,10 L5,7 L2,10 L0,8 L3,5 L0,2 Z" },
  unknown: { color: "#9e9e9e", symbol: "circle" }
};

function zbMiniCharts() {
  if (!window.echarts) return;
  document.querySelectorAll(".minichart").forEach(function (el) {
    if (el.getAttribute("data-drawn")) return;
    el.setAttribute("data-drawn", "1");
    var d = JSON.parse(el.getAttribute("data-chart"));
    var names = JSON.parse(el.getAttribute("data-names"));
    var unit = d.unit === "%" || d.unit === "pp" ? d.unit : "";
    var actual = d.actual.map(function (v, i) {
      if (v === null) return null;
      var st = ZB_STATUS[d.status[i]] || ZB_STATUS.unknown;
      return { value: v, status: d.status[i] || "unknown", symbol: st.symbol, symbolSize: 10,
               itemStyle: { color: st.color } };
    });
    var chart = echarts.init(el, null, { renderer: "svg" });
    chart.setOption({
      textStyle: { fontFamily: '"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif' },
      animation: false,
      grid: { left: 6, right: 10, top: 26, bottom: 4, containLabel: true },
      legend: { top: 0, itemWidth: 16, textStyle: { fontSize: 11 }, data: [names.target, names.actual] },
      tooltip: {
        trigger: "axis",
        formatter: function (ps) {
          var lines = [ps[0].axisValue];
          ps.forEach(function (p) {
            if (p.value === null || p.value === undefined) return;
            var extra = p.data && p.data.status ? " · " + (names[p.data.status] || p.data.status) : "";
            lines.push(p.marker + p.seriesName + ": " + p.value + unit + extra);
          });
          return lines.join("<br>");
        }
      },
      xAxis: { type: "category", data: d.years.map(String), boundaryGap: true, axisLabel: { fontSize: 10 } },
      yAxis: { type: "value", scale: true, axisLabel: { fontSize: 10, formatter: "{value}" + unit } },
      series: [
        { name: names.target, type: "line", data: d.target, connectNulls: true, symbol: "emptyCircle",
          symbolSize: 7, lineStyle: { type: "dashed", color: "#4e79a7" }, itemStyle: { color: "#4e79a7" } },
        { name: names.actual, type: "line", data: actual, connectNulls: true,
          lineStyle: { color: "#555" }, itemStyle: { color: "#555" } }
      ]
    });
    el.setAttribute("data-statuses", d.status.filter(function (s) { return s; }).join(" "));
    window.addEventListener("resize", function () { chart.resize(); });
  });
}
