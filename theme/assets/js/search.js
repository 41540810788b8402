/*
 * ScarGuide search: ranks search-index.json in the browser. No dependencies, no build step.
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
  var indexUrl = results.getAttribute('data-index');

  var MAX_RESULTS = 20;
  var DEBOUNCE_MS = 120;
  // Field order in each document of the index, and how much a match in each field counts.
  var FIELDS = ['t', 'd', 'h', 'k', 'u', 'x'];
  var WEIGHTS = { t: 10, k: 6, h: 4, d: 3, x: 1 };
  var SEARCHED = ['t', 'k', 'h', 'd', 'x'];
  var PHRASE_BONUS = 15;
  var WORD_BONUS = 0.5;

  var DIACRITICS = /[\u0300-\u036f]/g;
  var WORD = /[\p{L}\p{N}]+/gu;

  var docs = null;
  var loading = null;
  var timer = 0;
  var lastQuery = null;

  /** Lower-cases and strips accents: "Cicatrices Hypertrophiques" and "cicatrices hypertrophiques" match. */
  function fold(text) {
    return String(text).normalize('NFD').replace(DIACRITICS, '').toLowerCase();
  }

  function tokenize(text) {
    return fold(text).match(WORD) || [];
  }

  function unique(list) {
    var seen = Object.create(null);
    var out = [];
    for (var i = 0; i < list.length; i++) {
      if (!seen[list[i]]) {
        seen[list[i]] = true;
        out.push(list[i]);
      }
    }
    return out;
  }

  /** Turns the compact index into records with pre-folded words per field. */
  function prepare(index) {
    var fields = Array.isArray(index.fields) ? index.fields : FIELDS;
    var position = {};
    for (var f = 0; f < FIELDS.length; f++) {
      var at = fields.indexOf(FIELDS[f]);
      position[FIELDS[f]] = at < 0 ? f : at;
    }
    var list = Array.isArray(index.docs) ? index.docs : [];
    return list.map(function (row, order) {
      var doc = { order: order, words: {}, text: {} };
      FIELDS.forEach(function (name) {
        var value = row[position[name]];
        doc.text[name] = typeof value === 'string' ? value : '';
      });
      SEARCHED.forEach(function (name) {
        doc.words[name] = unique(tokenize(doc.text[name]));
      });
      doc.foldedTitle = tokenize(doc.text.t).join(' ');
      return doc;
    });
  }

  function loadIndex() {
    if (!loading) {
      loading = fetch(indexUrl, { credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('HTTP ' + response.status);
          }
          return response.json();
        })
        .then(function (index) {
          docs = prepare(index);
          return docs;
        });
      loading.catch(function () {
        loading = null;
      });
    }
    return loading;
  }

  /** Score of one field for one token: prefix match, a little more for a whole word. */
  function fieldScore(words, token) {
    var best = 0;
    for (var i = 0; i < words.length; i++) {
      var word = words[i];
      if (word === token) {
        return 1 + WORD_BONUS;
      }
      if (best === 0 && word.lastIndexOf(token, 0) === 0) {
        best = 1;
      }
    }
    return best;
  }

  function score(doc, tokens, phrase) {
    var total = 0;
    for (var i = 0; i < tokens.length; i++) {
      var tokenTotal = 0;
      for (var f = 0; f < SEARCHED.length; f++) {
        var name = SEARCHED[f];
        tokenTotal += fieldScore(doc.words[name], tokens[i]) * WEIGHTS[name];
      }
      if (tokenTotal === 0) {
        return 0;
      }
      total += tokenTotal;
    }
    if (phrase && (' ' + doc.foldedTitle + ' ').indexOf(' ' + phrase) >= 0) {
      total += PHRASE_BONUS;
    }
    return total;
  }

  function rank(query) {
    var tokens = unique(tokenize(query));
    if (tokens.length === 0 || !docs) {
      return { tokens: tokens, hits: [] };
    }
    var phrase = tokens.length > 1 ? tokenize(query).join(' ') : tokens[0];
    var hits = [];
    for (var i = 0; i < docs.length; i++) {
      var s = score(docs[i], tokens, phrase);
      if (s > 0) {
        hits.push({ doc: docs[i], score: s });
      }
    }
    hits.sort(function (a, b) {
      return b.score - a.score || a.doc.order - b.doc.order;
    });
    return { tokens: tokens, hits: hits };
  }

  /**
   * Ranges [start, end) in the original text where a word starts with one of the tokens.
   * Works on a folded copy with a map back to original offsets, so "Cicatrice" is marked for "cica".
   */
  function matchRanges(text, tokens) {
    var folded = '';
    var map = [];
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      var ch = text.charAt(i);
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
      var longest = 0;
      for (var t = 0; t < tokens.length; t++) {
        if (tokens[t].length > longest && match[0].lastIndexOf(tokens[t], 0) === 0) {
          longest = tokens[t].length;
        }
      }
      if (longest > 0) {
        var start = map[match.index];
        var endIndex = match.index + longest;
        var end = endIndex < map.length - 1 ? map[endIndex] : text.length;
        if (end <= start) {
          end = start + 1;
        }
        ranges.push([start, end]);
      }
    }
    return ranges;
  }

  /** Appends text to parent with matches wrapped in <mark>, using DOM nodes only (never innerHTML). */
  function appendHighlighted(parent, text, tokens) {
    var ranges = matchRanges(text, tokens);
    var pos = 0;
    for (var i = 0; i < ranges.length; i++) {
      var start = ranges[i][0];
      var end = ranges[i][1];
      if (start < pos) {
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
    return ranges.length > 0;
  }

  function displayUrl(url) {
    try {
      var absolute = new URL(url, window.location.href);
      return absolute.host + absolute.pathname;
    } catch (e) {
      return url;
    }
  }

  function renderResult(doc, tokens) {
    var item = document.createElement('li');
    item.className = 'search-result';

    var heading = document.createElement('h2');
    heading.className = 'search-result__title';
    var link = document.createElement('a');
    link.className = 'search-result__link';
    link.href = doc.text.u;
    var inTitle = appendHighlighted(link, doc.text.t, tokens);
    heading.appendChild(link);
    item.appendChild(heading);

    var inDescription = false;
    if (doc.text.d) {
      var description = document.createElement('p');
      description.className = 'search-result__description';
      inDescription = appendHighlighted(description, doc.text.d, tokens);
      item.appendChild(description);
    }

    if (!inTitle && !inDescription) {
      var extra = document.createElement('p');
      extra.className = 'search-result__excerpt';
      var shown = false;
      ['h', 'k', 'x'].some(function (name) {
        if (doc.text[name] && matchRanges(doc.text[name], tokens).length > 0) {
          appendHighlighted(extra, doc.text[name], tokens);
          shown = true;
        }
        return shown;
      });
      if (shown) {
        item.appendChild(extra);
      }
    }

    var address = document.createElement('p');
    address.className = 'search-result__url';
    address.textContent = displayUrl(doc.text.u);
    item.appendChild(address);
    return item;
  }

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

  function clearResults() {
    while (results.firstChild) {
      results.removeChild(results.firstChild);
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

  function show(query) {
    var trimmed = query.trim();
    if (trimmed === lastQuery && docs) {
      return;
    }
    if (!trimmed) {
      lastQuery = trimmed;
      clearResults();
      setStatus('');
      return;
    }
    if (!docs) {
      setStatus(message('loading', 'Loading the search index\u2026'));
      loadIndex().then(function () {
        show(input.value);
      }, function () {
        setStatus(message('unavailable', 'Search is not available right now. You can still browse the categories below.'));
      });
      return;
    }
    lastQuery = trimmed;
    var ranked = rank(trimmed);
    var hits = ranked.hits;
    clearResults();
    if (hits.length === 0) {
      setStatus(message('no-results', 'No results for \u201c{0}\u201d. Try another word or browse categories.', [trimmed]));
      return;
    }
    var fragment = document.createDocumentFragment();
    hits.slice(0, MAX_RESULTS).forEach(function (hit) {
      fragment.appendChild(renderResult(hit.doc, ranked.tokens));
    });
    results.appendChild(fragment);
    var text = hits.length === 1
      ? message('results-one', '{0} result for \u201c{1}\u201d', [hits.length, trimmed])
      : message('results-other', '{0} results for \u201c{1}\u201d', [hits.length, trimmed]);
    if (hits.length > MAX_RESULTS) {
      text += ' ' + message('showing-best', '(showing the best {0})', [MAX_RESULTS]);
    }
    setStatus(text);
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
    show(input.value);
    updateUrl(input.value.trim());
  }

  function resultLinks() {
    return Array.prototype.slice.call(results.querySelectorAll('a.search-result__link'));
  }

  input.addEventListener('focus', function () {
    loadIndex().catch(function () {
      return null;
    });
  });

  input.addEventListener('input', schedule);

  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') {
      // Results still pending for the latest keystrokes would replace the link about to get focus.
      runNow();
      var links = resultLinks();
      if (links.length > 0) {
        event.preventDefault();
        links[0].focus();
      }
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

  // Arrow keys move between results; ArrowUp from the first one returns to the field. Tab works as usual.
  results.addEventListener('keydown', function (event) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') {
      return;
    }
    var links = resultLinks();
    var at = links.indexOf(document.activeElement);
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

  if (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      runNow();
    });
  }

  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    show(initial);
  }
})();
