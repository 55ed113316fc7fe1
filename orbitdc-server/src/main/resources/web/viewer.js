// The fleet of a geometry job on a CesiumJS globe: offline Natural Earth II imagery bundled with
// Cesium, no Ion token, no network. The CZML comes from /api/v1/jobs/ID/czml, a time window of the
// job's fleet.czml (the whole span up to a month, else a week at a time: a year of 81 satellites is
// ~146 MB, more than a browser parses comfortably); the window picker moves it over the span.
'use strict';

(async function () {
  const status = document.getElementById('status');
  const params = new URLSearchParams(location.search);
  const job = params.get('job');
  const say = (html) => { status.innerHTML = html; };
  if (!job) { say('no job given: open viewer.html?job=ID'); return; }
  const base = '/api/v1/jobs/' + encodeURIComponent(job) + '/czml';
  let viewer;
  let span;

  async function show(from, to) {
    const query = from ? '?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to) : '';
    const response = await fetch(base + query);
    if (!response.ok) {
      const problem = await response.json().catch(() => ({ message: response.statusText }));
      throw new Error(problem.message);
    }
    span = (response.headers.get('X-Orbitdc-Czml-Span') || '').split('/');
    const czml = await response.json();
    const source = await Cesium.CzmlDataSource.load(czml);
    viewer.dataSources.removeAll(true);
    await viewer.dataSources.add(source);
    window.czmlEntityCount = source.entities.values.length;
    window.czmlWindow = czml[0].clock.interval;
    viewer.clock.shouldAnimate = true;
    viewer.clock.multiplier = 60;
    return source;
  }

  function picker() {
    const form = document.getElementById('window');
    const start = document.getElementById('window-start');
    const days = document.getElementById('window-days');
    start.min = span[0].slice(0, 10);
    start.max = span[1].slice(0, 10);
    start.value = window.czmlWindow.split('/')[0].slice(0, 10);
    form.hidden = false;
    form.onsubmit = async (e) => {
      e.preventDefault();
      const from = new Date(start.value + 'T00:00:00Z');
      const to = new Date(Math.min(from.getTime() + Number(days.value) * 86400000, Date.parse(span[1])));
      try {
        const source = await show(from.toISOString().replace('.000Z', 'Z'), to.toISOString().replace('.000Z', 'Z'));
        describe(source);
      } catch (err) {
        window.czmlError = String(err);
        say('cannot show that window: ' + String(err.message || err));
      }
    };
  }

  function describe(source) {
    say('job ' + job + ': ' + source.entities.values.length + ' entities, ' + window.czmlWindow.replace('/', ' to ')
      + ' of ' + span.join(' to ') + ' · <a href="/#/job/' + job + '">back to the job</a>');
  }

  try {
    Cesium.Ion.defaultAccessToken = '';
    const imagery = await Cesium.TileMapServiceImageryProvider.fromUrl(
      Cesium.buildModuleUrl('Assets/Textures/NaturalEarthII'));
    viewer = new Cesium.Viewer('globe', {
      baseLayer: new Cesium.ImageryLayer(imagery),
      baseLayerPicker: false, geocoder: false, homeButton: true, sceneModePicker: true,
      navigationHelpButton: false, fullscreenButton: false, infoBox: true, selectionIndicator: true,
      terrainProvider: new Cesium.EllipsoidTerrainProvider(),
    });
    window.viewer = viewer; // for tests and the console
    const source = await show(params.get('from'), params.get('to'));
    await viewer.zoomTo(source).catch(() => {});
    picker();
    describe(source);
  } catch (e) {
    window.czmlError = String(e);
    say('cannot show job ' + job + ': ' + String(e.message || e));
  }
})();
