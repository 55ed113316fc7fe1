// orbitdc report page: draws every chart from the inlined data with Apache ECharts, and switches
// the series of a section's charts when its selector changes. No network, no storage.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('orbitdc-data').textContent);
  var charts = {};
  document.querySelectorAll('div.chart').forEach(function (el) {
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(data.charts[el.getAttribute('data-chart')].option);
    charts[el.getAttribute('data-chart')] = chart;
  });
  document.querySelectorAll('select.variant').forEach(function (select) {
    select.addEventListener('change', function () {
      var i = Number(select.value);
      select.closest('section').querySelectorAll('div.chart').forEach(function (el) {
        var spec = data.charts[el.getAttribute('data-chart')];
        if (spec.variants.length > i) {
          charts[el.getAttribute('data-chart')].setOption({ series: spec.variants[i].series },
            { replaceMerge: ['series'] });
        }
      });
    });
  });
  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (id) { charts[id].resize(); });
  });
  // for tests driving a browser: the drawn charts, and how many there are
  window.orbitdcCharts = charts;
  document.body.setAttribute('data-charts-drawn', String(Object.keys(charts).length));
})();
