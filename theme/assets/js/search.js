/*
 * ScarGuide search: full text over the chunked index that WriteSearchIndex writes. No dependencies, no server.
 * A query downloads the manifest (search-index.json), the chunk of each word's first letters, the postings of frequent
 * words, and one fragment per result shown. The browser never stems: each chunk maps every word form in the site to
 * the stem the build computed with the Snowball rules, so "scars" and "scarring" find "scar" exactly as the build did.
 * Forms that occur nowhere in the site are matched by a stem they start with, by prefix while typing, or by one typo.
 * The asset minifier only drops blank lines, whole-line comments and indentation, so every
 * statement ends with a semicolon and comments always sit on their own lines.
 */
(function () {
  'use strict';

  var input = document.getElementById('search-input');
  var results = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!input || !results || !status || !window.fetch) {
    return;
  }
  var form = input.form;
  var more = document.getElementById('search-more');
  var manifestUrl = new URL(results.getAttribute('data-index'), window.location.href).href;

  // A text of the page's language: the search layout writes each as a data- attribute of the status line, with
  // {0}, {1} where values go. A theme that leaves one out gets the English text.
  function message(name, english, values) {
    var template = status.getAttribute('data-' + name);
    if (template === null) {
      template = english;
    }
    return template.replace(/\{(\d+)\}/g, function (whole, index) {
      return values && index < values.length ? String(values[index]) : whole;
    });
  }

  var PAGE = 10;
  var DEBOUNCE_MS = 100;
  var EXCERPT = 200;
  // How much a match counts by how it was found: the word itself, a stem it starts with, a prefix while typing, a typo.
  var EXACT = 1;
  var STEM_PREFIX = 0.9;
  var PREFIX = 0.7;
  var TYPO = 0.5;
  var MAX_PREFIX_STEMS = 6;
  var MAX_TYPO_STEMS = 4;
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  // By character code: the value of each postings character, and the raw score each score character stands for.
  var CODE = new Int8Array(128).fill(-1);
  var SCORE = new Float64Array(ALPHABET.length);
  for (var a = 0; a < ALPHABET.length; a++) {
    CODE[ALPHABET.charCodeAt(a)] = a;
    SCORE[a] = (Math.exp(a / 10) - 1) / 8;
  }

  var DIACRITICS = /[\u0300-\u036f]/g;
  var WORD = /[\p{L}\p{N}]+/gu;

  var manifest = null;
  var keys = [];
  var stop = Object.create(null);
  var cache = Object.create(null);
  var timer = 0;
  var lastQuery = null;
  var generation = 0;
  var current = null;
  var shownRun = null;

  /** Lower-cases and strips accents, as the build folds every word: "Cicatrices" and "cicatrices" match. */
  function fold(text) {
    return String(text).normalize('NFD').replace(DIACRITICS, '').toLowerCase();
  }

  function tokenize(text) {
    return fold(text).match(WORD) || [];
  }

  function load(url, kind) {
    if (!cache[url]) {
      cache[url] = fetch(url, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return kind === 'text' ? response.text() : response.json();
      });
      cache[url].catch(function () {
        delete cache[url];
      });
    }
    return cache[url];
  }

  function loadManifest() {
    return load(manifestUrl, 'json').then(function (m) {
      if (!manifest) {
        manifest = m;
        keys = Object.keys(m.c || {});
        (m.stop || []).forEach(function (w) {
          stop[w] = true;
        });
      }
      return manifest;
    });
  }

  function resolve(path) {
    return new URL(path, manifestUrl).href;
  }

  /** The chunk holding a word: the one whose prefix (2 to 4 letters) the word starts with, longest first. */
  function chunkKey(word) {
    for (var n = Math.min(4, word.length); n >= 1; n--) {
      if (Object.prototype.hasOwnProperty.call(manifest.c, word.slice(0, n))) {
        return word.slice(0, n);
      }
    }
    return null;
  }

  function loadChunk(key) {
    return load(resolve(manifest.c[key]), 'json');
  }

  /** Decodes postings (see WriteSearchIndex.EncodePostings) into article ids and raw scores. */
  function decode(text) {
    var docs = [];
    var scores = [];
    var doc = 0;
    var value = 0;
    for (var i = 0; i < text.length; i++) {
      var c = CODE[text.charCodeAt(i) & 127];
      if (c >= 32) {
        value = value * 32 + c - 32;
        continue;
      }
      doc += value * 32 + c;
      value = 0;
      docs.push(doc);
      i++;
      scores.push(SCORE[CODE[text.charCodeAt(i) & 127]]);
    }
    return { docs: docs, scores: scores };
  }

  function loadPostings(stem) {
    var text = stem[2];
    if (text.charAt(0) !== '@') {
      return Promise.resolve(decode(text));
    }
    var url = resolve(manifest.f.replace(/f\/$/, 'p/') + text.slice(1) + '.txt');
    if (!cache['decoded ' + url]) {
      cache['decoded ' + url] = load(url, 'text').then(decode);
    }
    return cache['decoded ' + url];
  }

  function stemsOf(chunk, form) {
    var at = chunk.w[form];
    if (at === undefined) {
      return [];
    }
    return (Array.isArray(at) ? at : [at]).map(function (i) {
      return chunk.s[i];
    });
  }

  /** At most one edit (insert, delete, replace, or swap of neighbours) between a and b. */
  function withinOneEdit(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) {
      return false;
    }
    var i = 0;
    while (i < a.length && i < b.length && a.charAt(i) === b.charAt(i)) {
      i++;
    }
    if (a.length === b.length) {
      if (a.slice(i + 1) === b.slice(i + 1)) {
        return true;
      }
      return a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2);
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  /**
   * What a query word matches: a list of { stem, weight } and the word forms to highlight. The word itself first; else
   * a stem it starts with ("scarrings" → "scar"); the last word while typing also matches as a prefix; words of five
   * letters or more that match nothing get one typo.
   */
  function expand(word, typing) {
    var key = chunkKey(word);
    var wanted = [];
    if (key) {
      wanted.push(key);
    }
    if (typing) {
      keys.forEach(function (k) {
        if (k.length > word.length && k.lastIndexOf(word, 0) === 0 && wanted.length < 6) {
          wanted.push(k);
        }
      });
    }
    return Promise.all(wanted.map(loadChunk)).then(function (chunks) {
      var found = [];
      var forms = Object.create(null);
      var seen = Object.create(null);
      function add(stem, weight) {
        if (!seen[stem[0]] || seen[stem[0]].weight < weight) {
          seen[stem[0]] = { stem: stem, weight: weight };
        }
      }
      var own = key ? chunks[0] : null;
      if (own) {
        stemsOf(own, word).forEach(function (stem) {
          add(stem, EXACT);
        });
        forms[word] = true;
        if (Object.keys(seen).length === 0) {
          own.s.forEach(function (stem) {
            if (stem[0].length >= 4 && word.length - stem[0].length <= 4 && word.lastIndexOf(stem[0], 0) === 0) {
              add(stem, STEM_PREFIX);
            }
          });
        }
      }
      // While typing, the last word is a prefix; in a finished query only a word that matched nothing else is.
      if (typing || (own && Object.keys(seen).length === 0)) {
        var prefixed = [];
        chunks.forEach(function (chunk) {
          Object.keys(chunk.w).forEach(function (f) {
            if (f.length > word.length && f.lastIndexOf(word, 0) === 0) {
              stemsOf(chunk, f).forEach(function (stem) {
                prefixed.push(stem);
              });
            }
          });
        });
        prefixed.sort(function (x, y) {
          return y[1] - x[1] || (x[0] < y[0] ? -1 : 1);
        });
        prefixed.slice(0, MAX_PREFIX_STEMS * 4).forEach(function (stem) {
          if (Object.keys(seen).length < MAX_PREFIX_STEMS + 1) {
            add(stem, PREFIX);
          }
        });
      }
      function typos(list) {
        var near = [];
        list.forEach(function (chunk) {
          Object.keys(chunk.w).forEach(function (f) {
            if (withinOneEdit(f, word)) {
              forms[f] = true;
              stemsOf(chunk, f).forEach(function (stem) {
                near.push(stem);
              });
            }
          });
        });
        near.sort(function (x, y) {
          return y[1] - x[1];
        });
        near.slice(0, MAX_TYPO_STEMS).forEach(function (stem) {
          add(stem, TYPO);
        });
      }
      function finish() {
        Object.keys(seen).forEach(function (s) {
          found.push(seen[s]);
          // Every form of a matched stem in the loaded chunks is highlighted: "scars" marks "scarring" too.
          chunks.forEach(function (chunk) {
            var at = chunk.s.indexOf(seen[s].stem);
            if (at < 0) {
              return;
            }
            Object.keys(chunk.w).forEach(function (f) {
              var v = chunk.w[f];
              if (v === at || (Array.isArray(v) && v.indexOf(at) >= 0)) {
                forms[f] = true;
              }
            });
          });
        });
        return { word: word, matches: found, forms: forms, prefix: typing };
      }
      if (Object.keys(seen).length > 0 || word.length < 5) {
        return finish();
      }
      if (own) {
        typos([own]);
      }
      if (Object.keys(seen).length > 0) {
        return finish();
      }
      // A typo in the first two letters lives in another chunk. Two kinds cost one chunk each, so they are tried:
      // the first two letters swapped ("imcroneedling") and an extra first letter ("nmicroneedling"). A wrong or
      // missing first or second letter could be in any of some thirty chunks, too many bytes for one word.
      var other = [word.charAt(1) + word.charAt(0) + word.slice(2), word.slice(1)].map(chunkKey).filter(function (k, i, all) {
        return k !== null && k !== key && all.indexOf(k) === i;
      });
      if (other.length === 0) {
        return finish();
      }
      return Promise.all(other.map(loadChunk)).then(function (more) {
        typos(more);
        chunks = chunks.concat(more);
        return finish();
      });
    });
  }

  /** Scores every article for one query word: the best of its matches, each weighted by rarity (idf). */
  function scoreWord(expanded) {
    return Promise.all(expanded.matches.map(function (m) {
      return loadPostings(m.stem);
    })).then(function (lists) {
      var scores = new Map();
      lists.forEach(function (list, i) {
        var m = expanded.matches[i];
        // BM25's idf, plus a floor: a word in nearly every article ("scar", "treatment") counts little in a body, but
        // still counts in a title, where field weights make it matter.
        var df = Math.max(1, m.stem[1]);
        var idf = 0.1 + Math.log(1 + (manifest.n - df + 0.5) / (df + 0.5));
        for (var k = 0; k < list.docs.length; k++) {
          var s = m.weight * idf * list.scores[k];
          var before = scores.get(list.docs[k]);
          if (before === undefined || before < s) {
            scores.set(list.docs[k], s);
          }
        }
      });
      return scores;
    });
  }

  /** Ranks articles by their summed scores, weighted by how many of the query's words each has. */
  function rank(query, final) {
    var raw = tokenize(query);
    var typing = !final && raw.length > 0 && !/\s$/.test(query);
    var words = [];
    raw.forEach(function (w, i) {
      var last = typing && i === raw.length - 1;
      if (words.some(function (x) {
        return x.word === w;
      })) {
        return;
      }
      if (w.length < 2 && !last) {
        return;
      }
      // The last word while typing is a prefix ("she" of "sheets"), not a stop word yet.
      if (stop[w] && !last) {
        return;
      }
      words.push({ word: w, typing: last });
    });
    if (words.length === 0) {
      return Promise.resolve({ hits: [], words: [] });
    }
    // Each word goes on to its postings as soon as its own chunk is in: no word waits for another's chunk.
    return Promise.all(words.map(function (w) {
      return expand(w.word, w.typing).then(function (expanded) {
        return expanded.matches.length === 0 ? null : scoreWord(expanded).then(function (scores) {
          return { expanded: expanded, scores: scores };
        });
      });
    })).then(function (scored) {
      // A word the site never uses ("dressing") is left out when other words match; alone, it finds nothing.
      scored = scored.filter(function (s) {
        return s !== null;
      });
      if (scored.length === 0) {
        return { hits: [], words: [] };
      }
      var total = new Map();
      scored.forEach(function (s) {
        s.scores.forEach(function (score, doc) {
          var t = total.get(doc);
          if (t) {
            t.score += score;
            t.count += 1;
          } else {
            total.set(doc, { doc: doc, score: score, count: 1 });
          }
        });
      });
      // Articles with more of the words rank higher (the score times the share of words found), but a strong match
      // of one word in a title can beat weak matches of every word in a body: "retinoid cream" finds the retinoid
      // articles that never say "cream" above one that mentions both in passing.
      var hits = [];
      total.forEach(function (t) {
        t.score *= t.count / scored.length;
        hits.push(t);
      });
      hits.sort(function (x, y) {
        return y.score - x.score || x.doc - y.doc;
      });
      return {
        hits: hits,
        words: scored.map(function (s) {
          return s.expanded;
        })
      };
    });
  }

  /** Ranges [start, end) in the original text of words the query matched, with the index of the query word. */
  function matchRanges(text, words) {
    var folded = '';
    var map = [];
    for (var i = 0; i < text.length; i++) {
      var ch = text.charAt(i);
      var code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        ch = text.substr(i, 2);
      }
      var f = fold(ch);
      for (var k = 0; k < f.length; k++) {
        folded += f.charAt(k);
        map.push(i);
      }
      i += ch.length - 1;
    }
    map.push(text.length);
    var ranges = [];
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(folded)) !== null) {
      for (var w = 0; w < words.length; w++) {
        var e = words[w];
        if (e.forms[match[0]] || (e.prefix && match[0].lastIndexOf(e.word, 0) === 0)) {
          ranges.push([map[match.index], map[match.index + match[0].length], w]);
          break;
        }
      }
    }
    return ranges;
  }

  /** Appends text to parent with matches wrapped in <mark>, using DOM nodes only (never innerHTML). */
  function appendHighlighted(parent, text, ranges, offset) {
    var pos = 0;
    offset = offset || 0;
    for (var i = 0; i < ranges.length; i++) {
      var start = ranges[i][0] - offset;
      var end = ranges[i][1] - offset;
      if (start < pos || end > text.length) {
        continue;
      }
      if (start > pos) {
        parent.appendChild(document.createTextNode(text.slice(pos, start)));
      }
      var mark = document.createElement('mark');
      mark.textContent = text.slice(start, end);
      parent.appendChild(mark);
      pos = end;
    }
    if (pos < text.length) {
      parent.appendChild(document.createTextNode(text.slice(pos)));
    }
  }

  /** The section with the most different query words (then the most matches), and a window of text around them. */
  function bestExcerpt(fragment, words) {
    var best = null;
    (fragment.s || []).forEach(function (section) {
      var ranges = matchRanges(section[2], words);
      if (ranges.length === 0) {
        return;
      }
      var distinct = {};
      ranges.forEach(function (r) {
        distinct[r[2]] = true;
      });
      var score = Object.keys(distinct).length * 1000 + Math.min(ranges.length, 999);
      if (!best || score > best.score) {
        best = { score: score, section: section, ranges: ranges };
      }
    });
    if (!best) {
      return null;
    }
    var text = best.section[2];
    // Start a little before the first match that brings a query word not yet seen nearby, at a word break.
    var first = best.ranges[0][0];
    var start = Math.max(0, Math.min(first - 60, text.length - EXCERPT));
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < first ? space + 1 : start;
    }
    var end = Math.min(text.length, start + EXCERPT);
    if (end < text.length) {
      var cut = text.lastIndexOf(' ', end);
      end = cut > first ? cut : end;
    }
    return {
      heading: best.section[0],
      id: best.section[1],
      text: text.slice(start, end),
      offset: start,
      before: start > 0,
      after: end < text.length,
      ranges: best.ranges
    };
  }

  function displayUrl(url) {
    try {
      var absolute = new URL(url, window.location.href);
      return absolute.host + absolute.pathname;
    } catch (e) {
      return url;
    }
  }

  function renderResult(fragment, words) {
    var item = document.createElement('li');
    item.className = 'search-result';

    var heading = document.createElement('h2');
    heading.className = 'search-result__title';
    var link = document.createElement('a');
    link.className = 'search-result__link';
    link.href = fragment.u;
    appendHighlighted(link, fragment.t, matchRanges(fragment.t, words));
    heading.appendChild(link);
    item.appendChild(heading);

    var excerpt = bestExcerpt(fragment, words);
    var text = document.createElement('p');
    text.className = 'search-result__excerpt';
    if (excerpt) {
      if (excerpt.before) {
        text.appendChild(document.createTextNode('\u2026 '));
      }
      appendHighlighted(text, excerpt.text, excerpt.ranges, excerpt.offset);
      if (excerpt.after) {
        text.appendChild(document.createTextNode(' \u2026'));
      }
    } else {
      appendHighlighted(text, fragment.d || '', matchRanges(fragment.d || '', words));
    }
    item.appendChild(text);

    if (excerpt && excerpt.id) {
      var where = document.createElement('p');
      where.className = 'search-result__section';
      where.appendChild(document.createTextNode(message('in-section', 'In section:') + ' '));
      var deep = document.createElement('a');
      deep.className = 'search-result__section-link';
      deep.href = fragment.u + '#' + encodeURIComponent(excerpt.id);
      deep.textContent = excerpt.heading;
      where.appendChild(deep);
      item.appendChild(where);
    }

    var address = document.createElement('p');
    address.className = 'search-result__url';
    address.textContent = displayUrl(fragment.u);
    item.appendChild(address);
    return item;
  }

  function clearResults() {
    while (results.firstChild) {
      results.removeChild(results.firstChild);
    }
    if (more) {
      more.hidden = true;
    }
  }

  function setStatus(text) {
    if (status.textContent !== text) {
      status.textContent = text;
    }
  }

  function updateUrl(query) {
    if (!window.history || !window.history.replaceState) {
      return;
    }
    var url = new URL(window.location.href);
    if (query) {
      url.searchParams.set('q', query);
    } else {
      url.searchParams.delete('q');
    }
    if (url.href !== window.location.href) {
      window.history.replaceState(window.history.state, '', url.href);
    }
  }

  function loadFragment(doc) {
    return load(resolve(manifest.f + doc + '.json?v=' + manifest.fv), 'json').catch(function () {
      return null;
    });
  }

  /**
   * Loads the fragments of the next page of results (all at once) and appends each as soon as it and every result
   * ranked above it have arrived: the first result shows without waiting for the tenth. The first one to show
   * replaces the previous query's results when <replace>.
   */
  function showPage(run, replace) {
    var slice = run.hits.slice(run.shown, run.shown + PAGE);
    run.shown += slice.length;
    var arrived = new Array(slice.length);
    var next = 0;
    var cleared = !replace;
    function flush() {
      if (run.generation !== generation) {
        return;
      }
      var list = document.createDocumentFragment();
      while (next < slice.length && arrived[next] !== undefined) {
        if (arrived[next]) {
          list.appendChild(renderResult(arrived[next], run.words));
        }
        next++;
      }
      if (!list.firstChild && next < slice.length) {
        return;
      }
      if (!cleared) {
        clearResults();
        cleared = true;
      }
      results.appendChild(list);
    }
    return Promise.all(slice.map(function (hit, i) {
      return loadFragment(hit.doc).then(function (fragment) {
        arrived[i] = fragment;
        flush();
      });
    })).then(function () {
      if (run.generation === generation && more) {
        more.hidden = run.shown >= run.hits.length;
      }
    });
  }

  /** Shows the results of a query; <final> when it was submitted (Enter, the address), not typed. */
  function show(query, final) {
    var trimmed = query.trim();
    var key = (final ? 'final ' : 'typing ') + query;
    if (key === lastQuery) {
      return current || Promise.resolve();
    }
    lastQuery = key;
    var mine = ++generation;
    if (!trimmed) {
      clearResults();
      setStatus('');
      current = Promise.resolve();
      return current;
    }
    if (!manifest) {
      setStatus(message('loading', 'Loading the search index\u2026'));
    }
    current = loadManifest().then(function () {
      return rank(query, final);
    }).then(function (ranked) {
      if (mine !== generation) {
        return null;
      }
      var hits = ranked.hits;
      var run = { hits: hits, words: ranked.words, shown: 0, generation: mine };
      if (hits.length === 0) {
        clearResults();
        setStatus(message('no-results', 'No results for \u201c{0}\u201d. Try another word or browse categories.', [trimmed]));
        return null;
      }
      // The previous query's results stay until this one's first page is ready: no flicker while typing.
      return showPage(run, true).then(function () {
        if (mine !== generation) {
          return;
        }
        shownRun = run;
        setStatus(hits.length === 1
          ? message('results-one', '{0} result for \u201c{1}\u201d', [hits.length, trimmed])
          : message('results-other', '{0} results for \u201c{1}\u201d', [hits.length, trimmed]));
      });
    }, function () {
      if (mine === generation) {
        lastQuery = null;
        setStatus(message('unavailable', 'Search is not available right now. You can still browse the categories below.'));
      }
    });
    return current;
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      show(input.value);
      updateUrl(input.value.trim());
    }, DEBOUNCE_MS);
  }

  function runNow() {
    window.clearTimeout(timer);
    updateUrl(input.value.trim());
    return show(input.value, true);
  }

  function resultLinks() {
    return Array.prototype.slice.call(results.querySelectorAll('a.search-result__link'));
  }

  input.addEventListener('focus', function () {
    loadManifest().catch(function () {
      return null;
    });
  });

  input.addEventListener('input', schedule);

  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') {
      // Results still pending for the latest keystrokes would replace the link about to get focus.
      event.preventDefault();
      Promise.resolve(runNow()).then(function () {
        var links = resultLinks();
        if (links.length > 0) {
          links[0].focus();
        }
      });
    } else if (event.key === 'Escape') {
      if (input.value) {
        event.preventDefault();
        input.value = '';
        runNow();
      }
    } else if (event.key === 'Enter') {
      runNow();
    }
  });

  // Arrow keys move between result titles; ArrowUp from the first one returns to the field. Tab works as usual.
  results.addEventListener('keydown', function (event) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') {
      return;
    }
    var links = resultLinks();
    var at = -1;
    for (var i = 0; i < links.length; i++) {
      if (links[i] === document.activeElement || links[i].parentNode.parentNode.contains(document.activeElement)) {
        at = i;
      }
    }
    if (at < 0) {
      return;
    }
    event.preventDefault();
    if (event.key === 'ArrowDown' && at + 1 < links.length) {
      links[at + 1].focus();
    } else if (event.key === 'ArrowUp') {
      if (at === 0) {
        input.focus();
      } else {
        links[at - 1].focus();
      }
    }
  });

  if (more) {
    more.textContent = message('more', 'Show more results');
    more.addEventListener('click', function () {
      var run = shownRun;
      if (run && run.generation === generation) {
        var before = resultLinks().length;
        showPage(run).then(function () {
          var links = resultLinks();
          if (links.length > before) {
            links[before].focus();
          }
        });
      }
    });
  }

  if (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      runNow();
    });
  }

  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    show(initial, true);
  } else {
    // The manifest (a few KB) is needed by every query: fetch it while the reader finds the field.
    loadManifest().catch(function () {
      return null;
    });
  }
})();
