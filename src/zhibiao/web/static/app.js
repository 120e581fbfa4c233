/* zhibiao dashboard: highlight the fact named in the URL hash, and draw the page's charts. */
(function () {
  function highlight() {
    var m = /^#fact-(\d+)$/.exec(location.hash);
    document.querySelectorAll("mark.fact.hl").forEach(function (e) { e.classList.remove("hl"); });
    if (!m) return;
    var parts = document.querySelectorAll('mark.fact[data-fact="' + m[1] + '"]');
    parts.forEach(function (e) { e.classList.add("hl"); });
    if (parts.length) parts[0].scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", highlight);
  document.addEventListener("DOMContentLoaded", function () {
    highlight();
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
