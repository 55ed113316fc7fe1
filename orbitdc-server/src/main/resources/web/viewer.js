// The fleet of a geometry job on a CesiumJS globe: offline Natural Earth II imagery bundled with
// Cesium, no Ion token, no network; the job's fleet.czml as written by `orbitdc geometry --out`.
'use strict';

(async function () {
  const status = document.getElementById('status');
  const job = new URLSearchParams(location.search).get('job');
  const say = (html) => { status.innerHTML = html; };
  if (!job) { say('no job given: open viewer.html?job=ID'); return; }
  try {
    Cesium.Ion.defaultAccessToken = '';
    const imagery = await Cesium.TileMapServiceImageryProvider.fromUrl(
      Cesium.buildModuleUrl('Assets/Textures/NaturalEarthII'));
    const viewer = new Cesium.Viewer('globe', {
      baseLayer: new Cesium.ImageryLayer(imagery),
      baseLayerPicker: false, geocoder: false, homeButton: true, sceneModePicker: true,
      navigationHelpButton: false, fullscreenButton: false, infoBox: true, selectionIndicator: true,
      terrainProvider: new Cesium.EllipsoidTerrainProvider(),
    });
    window.viewer = viewer; // for tests and the console
    const source = await Cesium.CzmlDataSource.load('/api/v1/jobs/' + encodeURIComponent(job) + '/files/fleet.czml');
    await viewer.dataSources.add(source);
    window.czmlEntityCount = source.entities.values.length;
    viewer.clock.shouldAnimate = true;
    viewer.clock.multiplier = 60;
    await viewer.zoomTo(source).catch(() => {});
    say('job ' + job + ': ' + source.entities.values.length + ' entities · <a href="/#/job/' + job + '">back to the job</a>');
  } catch (e) {
    window.czmlError = String(e);
    say('cannot show job ' + job + ': ' + String(e.message || e));
  }
})();
