// orbitdc dashboard: plain JavaScript over HTTP API v1 (docs/server.md); no build step, no CDN.
'use strict';

const $ = (id) => document.getElementById(id);
const API = '/api/v1';

async function api(path, options = {}) {
  const res = await fetch(API + path, Object.assign({ credentials: 'same-origin' }, options));
  const type = res.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const message = body && body.message ? body.message : res.status + ' ' + res.statusText;
    throw new Error(message);
  }
  return body;
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

// ---------------------------------------------------------------- views and routing
const views = ['editor', 'jobs', 'job', 'compare'];
let leaveView = null;

function route() {
  const parts = (location.hash || '#/editor').slice(2).split('/');
  const view = views.includes(parts[0]) ? parts[0] : 'editor';
  if (leaveView) { leaveView(); leaveView = null; }
  for (const v of views) {
    $('view-' + v).hidden = v !== view;
    const nav = $('nav-' + v);
    if (nav) nav.classList.toggle('active', v === view || (v === 'jobs' && view === 'job'));
  }
  if (view === 'jobs') showJobs();
  if (view === 'job') showJob(parts[1]);
  if (view === 'compare') showCompare(parts[1], parts[2]);
}
window.addEventListener('hashchange', route);

// ---------------------------------------------------------------- library
// one list of the library: each entry by name, its source beside it, opened on click
function fillLibraryList(ul, entries, open) {
  ul.innerHTML = '';
  for (const entry of entries) {
    const li = document.createElement('li');
    li.dataset.name = entry.name;
    li.innerHTML = escapeHtml(entry.name) + '<span class="src">' + escapeHtml(entry.source) + '</span>';
    li.addEventListener('click', () => open(entry.name));
    ul.appendChild(li);
  }
}

async function loadLibrary() {
  fillLibraryList($('library-list'), await api('/scenarios'), openScenario);
}

async function loadSweeps() {
  fillLibraryList($('sweep-list'), await api('/sweeps'), openSweep);
}

// what the editor holds: a scenario (checked by /validate, run as a verb) or a sweep file (/sweeps/validate, run as a sweep)
let editorKind = 'scenario';

function setEditorKind(kind) {
  editorKind = kind;
  $('sweep-panel').hidden = kind !== 'sweep';
  $('verb-panel').hidden = kind === 'sweep';
}

async function openScenario(name) {
  const text = await api('/scenarios/' + encodeURIComponent(name));
  setEditorKind('scenario');
  $('yaml').value = text;
  $('file-name').value = name + '.yaml';
  $('save-name').value = name;
  editorChanged();
  location.hash = '#/editor';
}

async function openSweep(name) {
  const text = await api('/sweeps/' + encodeURIComponent(name));
  setEditorKind('sweep');
  $('yaml').value = text;
  $('file-name').value = name + '.yaml';
  editorChanged();
  location.hash = '#/editor';
}

// ---------------------------------------------------------------- editor with live validation
let validateTimer = null;
let validateSeq = 0;
let currentErrors = [];

function editorChanged() {
  renderEditor();
  clearTimeout(validateTimer);
  $('validity').textContent = 'checking…';
  $('validity').className = 'badge';
  validateTimer = setTimeout(validateNow, 300);
}

async function validateNow() {
  const seq = ++validateSeq;
  const params = new URLSearchParams({ file: $('file-name').value || 'scenario.yaml' });
  for (const s of overrides()) params.append('set', s);
  try {
    const result = await api((editorKind === 'sweep' ? '/sweeps/validate?' : '/validate?') + params, {
      method: 'POST', headers: { 'Content-Type': 'application/yaml' }, body: $('yaml').value });
    if (seq !== validateSeq) return; // a newer edit is being checked
    currentErrors = result.errors;
    $('validity').textContent = result.valid ? 'valid' : result.errors.length + (result.errors.length === 1 ? ' error' : ' errors');
    $('validity').className = 'badge ' + (result.valid ? 'ok' : 'bad');
    if (editorKind === 'sweep') {
      $('sweep-info').textContent = !result.valid ? 'fix the errors to run it'
        : result.points.toLocaleString('en') + ' points over ' + result.base + ' (' + result.stages.join(', ') + ')'
          + (result.refused ? '; this server refuses it: ' + result.refused : '');
      $('run-sweep').disabled = !result.valid || !!result.refused;
    }
  } catch (e) {
    if (seq !== validateSeq) return;
    currentErrors = [{ line: 0, column: 0, field: '', message: e.message, text: e.message }];
    $('validity').textContent = 'not checked';
    $('validity').className = 'badge bad';
  }
  renderEditor();
}

function renderEditor() {
  const text = $('yaml').value;
  const lines = text.split('\n');
  const byLine = new Map();
  for (const e of currentErrors) {
    if (e.line > 0) {
      if (!byLine.has(e.line)) byLine.set(e.line, []);
      byLine.get(e.line).push(e);
    }
  }
  $('gutter').innerHTML = lines.map((_, i) => byLine.has(i + 1)
    ? '<span class="bad" title="' + escapeHtml(byLine.get(i + 1).map((e) => e.message).join('; ')) + '">' + (i + 1) + '</span>'
    : String(i + 1)).join('\n') + '\n\n\n\n'; // spare lines: the gutter scrolls as far as the textarea
  // the backdrop lies under the transparent textarea: an error line is marked, its message follows the line
  $('backdrop').innerHTML = lines.map((line, i) => {
    const errs = byLine.get(i + 1);
    if (!errs) return escapeHtml(line);
    return '<mark>' + escapeHtml(line || ' ') + '</mark><span class="msg inline-error" data-line="' + (i + 1) + '">'
      + escapeHtml('← ' + errs.map((e) => (e.field ? e.field + ': ' : '') + e.message).join('; ')) + '</span>';
  }).join('\n') + '\n';
  const ul = $('errors');
  ul.innerHTML = '';
  for (const e of currentErrors) {
    const li = document.createElement('li');
    li.textContent = e.text || e.message;
    li.dataset.line = e.line;
    li.addEventListener('click', () => goToLine(e.line, e.column));
    ul.appendChild(li);
  }
  syncScroll();
}

function goToLine(line, column) {
  if (!line) return;
  const ta = $('yaml');
  const lines = ta.value.split('\n');
  let pos = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) pos += lines[i].length + 1;
  pos += Math.max(0, (column || 1) - 1);
  ta.focus();
  ta.setSelectionRange(pos, pos);
  ta.scrollTop = Math.max(0, (line - 5) * 18);
  syncScroll();
}

function syncScroll() {
  const ta = $('yaml');
  $('backdrop').scrollTop = ta.scrollTop;
  $('backdrop').scrollLeft = ta.scrollLeft;
  $('gutter').scrollTop = ta.scrollTop;
}

function overrides() {
  return $('set').value.split('\n').map((s) => s.trim()).filter((s) => s.length > 0);
}

// queues a job and follows it on its page
async function submitJob(request, what) {
  try {
    const created = await api('/jobs', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request) });
    $('run-message').textContent = what + ' ' + created.id + ' queued';
    location.hash = '#/job/' + created.id;
  } catch (e) {
    $('run-message').textContent = e.message;
  }
}

function runJob() {
  const options = {};
  if ($('opt-export').checked) options.export = 'csv';
  if ($('opt-oem').checked) options.oem = true;
  return submitJob({
    verb: $('verb').value, scenario: $('yaml').value, set: overrides(),
    name: ($('file-name').value || 'scenario.yaml').replace(/\.ya?ml$/, ''), options }, 'job');
}

function runSweep() {
  return submitJob({
    verb: 'sweep', sweep: $('yaml').value, set: overrides(),
    name: ($('file-name').value || 'sweep.yaml').replace(/\.ya?ml$/, '') }, 'sweep job');
}

async function saveScenario() {
  const name = $('save-name').value.trim();
  try {
    await api('/scenarios/' + encodeURIComponent(name), {
      method: 'PUT', headers: { 'Content-Type': 'application/yaml' }, body: $('yaml').value });
    $('save-message').textContent = 'saved as ' + name;
    loadLibrary();
  } catch (e) {
    $('save-message').textContent = e.message;
  }
}

// ---------------------------------------------------------------- jobs
async function showJobs() {
  const jobs = await api('/jobs');
  const tbody = $('jobs-table').querySelector('tbody');
  tbody.innerHTML = '';
  for (const j of jobs) {
    const tr = document.createElement('tr');
    tr.dataset.id = j.id;
    const fraction = (j.progress.fraction == null ? '' : Math.round(100 * j.progress.fraction) + ' %')
      + (j.progress.points ? ' (' + pointsText(j.progress.points) + ')' : '');
    tr.innerHTML = '<td><a href="#/job/' + j.id + '">' + j.id + '</a></td><td>' + escapeHtml(j.verb) + '</td><td>'
      + escapeHtml(j.name) + '</td><td><span class="badge ' + j.state + '">' + j.state + '</span></td><td>'
      + escapeHtml(j.progress.phase) + ' ' + fraction + '</td><td>' + escapeHtml(j.created) + '</td><td></td>';
    if (!['done', 'failed', 'cancelled'].includes(j.state)) {
      const b = document.createElement('button');
      b.textContent = 'Cancel';
      b.addEventListener('click', async () => { await api('/jobs/' + j.id, { method: 'DELETE' }); showJobs(); });
      tr.lastChild.appendChild(b);
    }
    tbody.appendChild(tr);
  }
  const timer = setTimeout(() => { if (!$('view-jobs').hidden) showJobs(); }, 2000);
  leaveView = () => clearTimeout(timer);
}

function pointsText(p) {
  return p.done.toLocaleString('en') + ' / ' + p.total.toLocaleString('en') + ' points, ' + p.failed.toLocaleString('en') + ' failed';
}

function showJobState(job) {
  $('job-points').textContent = job.progress.points ? pointsText(job.progress.points) : '';
  $('job-resume').hidden = !(job.verb === 'sweep' && ['failed', 'cancelled'].includes(job.state));
  $('job-id').textContent = job.id;
  $('job-verb').textContent = job.verb + (job.name ? ' · ' + job.name : '') + (job.set.length ? ' · --set ' + job.set.join(' ') : '');
  $('job-state').textContent = job.state;
  $('job-state').className = 'badge ' + job.state;
  $('job-phase').textContent = job.progress.phase
    + (job.progress.fraction == null ? '' : ' ' + Math.round(100 * job.progress.fraction) + ' %');
  if (job.progress.fraction == null) $('job-progress').removeAttribute('value');
  else $('job-progress').value = job.progress.fraction;
  $('job-cancel').hidden = ['done', 'failed', 'cancelled'].includes(job.state);
  $('job-error').innerHTML = job.error ? '<p>' + escapeHtml(job.error.message).replace(/\n/g, '<br>') + '</p>' : '';
}

function showJob(id) {
  $('job-report').innerHTML = '';
  $('job-files').innerHTML = '';
  $('job-links').innerHTML = '';
  $('job-cancel').onclick = () => api('/jobs/' + id, { method: 'DELETE' });
  $('job-resume').onclick = async () => {
    try {
      await api('/jobs/' + id + '/resume', { method: 'POST' });
      if (leaveView) { leaveView(); leaveView = null; }
      showJob(id);
    } catch (e) {
      $('job-error').textContent = e.message;
    }
  };
  const source = new EventSource(API + '/jobs/' + encodeURIComponent(id) + '/events');
  const update = (ev) => showJobState(JSON.parse(ev.data));
  source.addEventListener('progress', update);
  source.addEventListener('done', (ev) => { update(ev); source.close(); loadResults(id); });
  source.addEventListener('error', () => { source.close(); api('/jobs/' + id).then(showJobState).catch(() => {}); });
  leaveView = () => source.close();
}

async function loadResults(id) {
  const job = await api('/jobs/' + id);
  showJobState(job);
  const ul = $('job-files');
  ul.innerHTML = '';
  for (const f of job.files) {
    ul.insertAdjacentHTML('beforeend', '<li><a download href="' + escapeHtml(f.url) + '">' + escapeHtml(f.name)
      + '</a> (' + f.size.toLocaleString('en') + ' bytes)</li>');
  }
  const links = [];
  if (job.files.some((f) => f.name === 'fleet.czml')) links.push('<a id="view3d" href="viewer.html?job=' + job.id + '">3D view of the fleet</a>');
  const reportPage = reportPageUrl(job);
  if (reportPage) links.push('<a id="report-page" href="' + escapeHtml(reportPage) + '" target="_blank">HTML report</a>');
  if (job.state === 'done') links.push('<a href="#/compare/' + job.id + '">compare with another run</a>');
  $('job-links').innerHTML = links.join(' · ');
  if (job.state === 'done') renderReport($('job-report'), await api('/jobs/' + id + '/report'));
}

/*
 * INTEGRATION POINT (HTML report, io.orbitdc.core.report.html): when a job's run directory holds
 * report.html (written by the core's HTML report writer), the results page links it here. Return the
 * URL of the page to open, or null. The server serves any listed file; '?inline=1' shows it in the browser.
 */
function reportPageUrl(job) {
  const page = job.files.find((f) => f.name === 'report.html');
  return page ? page.url + '?inline=1' : null;
}

// ---------------------------------------------------------------- reports
function flatten(value, prefix, out) {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
    if (entries.length === 0) out.push([prefix, Array.isArray(value) ? '[]' : '{}']);
    for (const [k, v] of entries) flatten(v, prefix ? prefix + (Array.isArray(value) ? '[' + k + ']' : '.' + k) : k, out);
  } else {
    out.push([prefix, value]);
  }
  return out;
}

function formatValue(v) {
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('en') : v.toPrecision(6);
  return v === null ? 'null' : String(v);
}

function renderReport(target, report) {
  target.innerHTML = '';
  const sections = report !== null && typeof report === 'object' && !Array.isArray(report) ? Object.entries(report) : [['report', report]];
  for (const [key, value] of sections) {
    const rows = flatten(value, '', []).slice(0, 500);
    const details = document.createElement('details');
    details.open = true;
    details.innerHTML = '<summary>' + escapeHtml(key) + '</summary><table class="grid report-table"><tbody>'
      + rows.map(([p, v]) => '<tr><td>' + escapeHtml(p || key) + '</td><td class="' + (typeof v === 'number' ? 'num' : '')
        + '">' + escapeHtml(formatValue(v)) + '</td></tr>').join('') + '</tbody></table>';
    target.appendChild(details);
  }
}

// ---------------------------------------------------------------- two runs side by side
async function showCompare(a, b) {
  const jobs = (await api('/jobs')).filter((j) => j.state === 'done');
  for (const [select, chosen] of [[$('compare-a'), a], [$('compare-b'), b]]) {
    select.innerHTML = jobs.map((j) => '<option value="' + j.id + '"' + (j.id === chosen ? ' selected' : '') + '>'
      + j.id + ' ' + escapeHtml(j.verb + ' ' + j.name) + '</option>').join('');
  }
  $('compare-go').onclick = () => { location.hash = '#/compare/' + $('compare-a').value + '/' + $('compare-b').value; };
  $('compare-table').innerHTML = '';
  if (!a || !b) return;
  const [ra, rb] = await Promise.all([api('/jobs/' + a + '/report'), api('/jobs/' + b + '/report')]);
  const fa = new Map(flatten(ra, '', []));
  const fb = new Map(flatten(rb, '', []));
  const keys = [...new Set([...fa.keys(), ...fb.keys()])];
  let html = '<thead><tr><th>field</th><th>job ' + escapeHtml(a) + '</th><th>job ' + escapeHtml(b) + '</th><th>B / A</th></tr></thead><tbody>';
  for (const k of keys.slice(0, 2000)) {
    const va = fa.get(k);
    const vb = fb.get(k);
    const ratio = typeof va === 'number' && typeof vb === 'number' && va !== 0 ? (vb / va).toPrecision(4) : '';
    html += '<tr' + (va !== vb ? ' class="differs"' : '') + '><td>' + escapeHtml(k) + '</td><td class="num">'
      + escapeHtml(va === undefined ? '' : formatValue(va)) + '</td><td class="num">' + escapeHtml(vb === undefined ? '' : formatValue(vb))
      + '</td><td class="num">' + ratio + '</td></tr>';
  }
  $('compare-table').innerHTML = html + '</tbody>';
}

// ---------------------------------------------------------------- start
document.addEventListener('DOMContentLoaded', () => {
  $('yaml').addEventListener('input', editorChanged);
  $('yaml').addEventListener('scroll', syncScroll);
  $('file-name').addEventListener('change', editorChanged);
  $('set').addEventListener('change', editorChanged);
  $('run').addEventListener('click', runJob);
  $('run-sweep').addEventListener('click', runSweep);
  $('save').addEventListener('click', saveScenario);
  loadLibrary().catch((e) => { $('library-list').textContent = e.message; });
  loadSweeps().catch((e) => { $('sweep-list').textContent = e.message; });
  renderEditor();
  route();
});
