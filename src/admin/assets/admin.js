// The staff report page: asks for the ADMIN_TOKEN once (kept in sessionStorage, so it is gone when
// the tab closes), fetches /admin/report.json with it and draws the report. Every text from the
// report goes in through textContent, never as HTML: questions and comments are what students typed.
(function () {
  'use strict';

  var TOKEN_KEY = 'pacs-advisor-admin-token';
  var SVG = 'http://www.w3.org/2000/svg';
  var root = document.getElementById('report');
  var status = document.getElementById('status');

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c) node.appendChild(c);
    });
    return node;
  }

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else node.setAttribute(k, String(attrs[k]));
    });
    return node;
  }

  function percent(rate) {
    return rate === null ? '–' : (rate * 100).toFixed(1) + ' %';
  }

  function token() {
    return sessionStorage.getItem(TOKEN_KEY);
  }

  function askForToken(message) {
    root.textContent = '';
    status.textContent = message || '';
    var input = el('input', { id: 'token', type: 'password', autocomplete: 'off', required: 'required' });
    var form = el('form', { id: 'token-form' }, [
      el('label', { for: 'token', text: 'Admin token' }),
      input,
      el('button', { type: 'submit', text: 'Show the report' }),
    ]);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, input.value.trim());
      load();
    });
    root.appendChild(form);
    input.focus();
  }

  function authorized(init) {
    var headers = Object.assign({ Authorization: 'Bearer ' + token() }, (init && init.headers) || {});
    return Object.assign({}, init || {}, { headers: headers });
  }

  function load() {
    if (!token()) return askForToken('');
    status.textContent = 'Loading…';
    fetch('/admin/report.json', authorized({ cache: 'no-store' }))
      .then(function (res) {
        if (res.status === 401) {
          sessionStorage.removeItem(TOKEN_KEY);
          askForToken('That token was not accepted. Try again.');
          return undefined;
        }
        if (!res.ok) throw new Error('the report could not be loaded (HTTP ' + res.status + ')');
        return res.json();
      })
      .then(function (report) {
        if (report) render(report);
      })
      .catch(function (error) {
        status.textContent = 'Sorry, ' + error.message + '.';
      });
  }

  // A line chart of one or more series over the days, with its numbers as a table for screen readers.
  function lineChart(id, title, days, series, max, format) {
    var width = 720;
    var height = 200;
    var pad = { left: 48, right: 12, top: 12, bottom: 28 };
    var plotW = width - pad.left - pad.right;
    var plotH = height - pad.top - pad.bottom;
    var top = Math.max(max, 1);
    var x = function (i) {
      return pad.left + (days.length <= 1 ? plotW / 2 : (i * plotW) / (days.length - 1));
    };
    var y = function (v) {
      return pad.top + plotH - (v / top) * plotH;
    };
    var chart = svg('svg', {
      viewBox: '0 0 ' + width + ' ' + height,
      role: 'img',
      'aria-labelledby': id + '-title',
      class: 'chart',
      id: id,
    });
    chart.appendChild(svg('title', { id: id + '-title', text: title }));
    [0, 0.5, 1].forEach(function (f) {
      chart.appendChild(
        svg('line', { x1: pad.left, x2: width - pad.right, y1: y(top * f), y2: y(top * f), class: 'grid' }),
      );
      chart.appendChild(svg('text', { x: pad.left - 6, y: y(top * f) + 4, class: 'axis end', text: format(top * f) }));
    });
    [0, Math.floor((days.length - 1) / 2), days.length - 1].forEach(function (i) {
      if (days[i])
        chart.appendChild(svg('text', { x: x(i), y: height - 8, class: 'axis middle', text: days[i].day.slice(5) }));
    });
    series.forEach(function (s, n) {
      var points = [];
      days.forEach(function (d, i) {
        var v = s.value(d);
        if (v === null) return;
        points.push(x(i).toFixed(1) + ',' + y(v).toFixed(1));
        // A dot on every day with a value: a day with no neighbour (the first day of use) still shows.
        chart.appendChild(svg('circle', { cx: x(i).toFixed(1), cy: y(v).toFixed(1), r: 3, class: 'dot dot-' + n }));
      });
      chart.appendChild(svg('polyline', { points: points.join(' '), class: 'series series-' + n }));
    });
    var legend = el(
      'p',
      { class: 'legend' },
      series.map(function (s, n) {
        return el('span', { class: 'key key-' + n, text: s.name });
      }),
    );
    var table = el('table', {}, [
      el('thead', {}, [
        el(
          'tr',
          {},
          [el('th', { text: 'Day' })].concat(
            series.map(function (s) {
              return el('th', { text: s.name });
            }),
          ),
        ),
      ]),
      el(
        'tbody',
        {},
        days
          .filter(function (d) {
            return d.messages > 0;
          })
          .map(function (d) {
            return el(
              'tr',
              {},
              [el('td', { text: d.day })].concat(
                series.map(function (s) {
                  var v = s.value(d);
                  return el('td', { text: v === null ? '–' : format(v) });
                }),
              ),
            );
          }),
      ),
    ]);
    return el('figure', {}, [chart, legend, el('details', {}, [el('summary', { text: 'The figures' }), table])]);
  }

  function downloadPatch(intent, examples, note) {
    note.textContent = 'Making the patch…';
    fetch(
      '/admin/intents.patch',
      authorized({
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ intent: intent, examples: examples }),
      }),
    )
      .then(function (res) {
        return res.text().then(function (body) {
          if (!res.ok) {
            var message = body;
            try {
              message = JSON.parse(body).error.message;
            } catch (e) {
              // not JSON: show the body as it is
            }
            throw new Error(message);
          }
          var url = URL.createObjectURL(new Blob([body], { type: 'text/x-diff' }));
          var link = el('a', { href: url, download: 'add-examples-' + intent + '.patch', text: 'download' });
          document.body.appendChild(link);
          link.click();
          link.remove();
          setTimeout(function () {
            URL.revokeObjectURL(url);
          }, 10000);
          note.textContent = 'Patch downloaded: review it, apply it with git apply, run npm test, commit.';
        });
      })
      .catch(function (error) {
        note.textContent = 'No patch: ' + error.message;
      });
  }

  function unansweredSection(report) {
    var section = el('section', { id: 'unanswered' }, [el('h2', { text: 'Top unanswered questions' })]);
    if (!report.keepsUnanswered) {
      section.appendChild(el('p', { text: 'Unanswered questions are not being kept (LEARNING_LOG is off).' }));
    }
    section.appendChild(
      el('p', {
        text:
          report.unansweredCount +
          ' unanswered question(s) in the last ' +
          report.retentionDays +
          ' days, grouped by similarity.',
      }),
    );
    report.unanswered.forEach(function (group, g) {
      var select = el('select', { id: 'intent-' + g, 'aria-label': 'Intent to add these questions to' });
      // Without a leaning intent staff must pick one: a silent default would add examples to a random intent.
      select.appendChild(el('option', { value: '', text: 'Choose an intent…' }));
      report.intents.forEach(function (intent) {
        var option = el('option', { value: intent.id, text: intent.id });
        if (intent.id === group.leaningIntent) option.selected = true;
        select.appendChild(option);
      });
      var boxes = group.wordings.map(function (w, i) {
        var box = el('input', { type: 'checkbox', id: 'w-' + g + '-' + i, checked: 'checked' });
        box.dataset.wording = w;
        return el('li', {}, [box, el('label', { for: 'w-' + g + '-' + i, text: w })]);
      });
      var note = el('p', { class: 'note', role: 'status' });
      var button = el('button', { type: 'button', text: 'Add as example of intent' });
      button.addEventListener('click', function () {
        var chosen = Array.prototype.slice
          .call(section.querySelectorAll('#group-' + g + ' input[type=checkbox]:checked'))
          .map(function (b) {
            return b.dataset.wording;
          });
        if (chosen.length === 0) {
          note.textContent = 'Tick at least one wording.';
          return;
        }
        if (!select.value) {
          note.textContent = 'Choose an intent first.';
          return;
        }
        downloadPatch(select.value, chosen, note);
      });
      var reasons = Object.keys(group.reasons)
        .map(function (r) {
          return r.replace(/_/g, ' ') + ' ×' + group.reasons[r];
        })
        .join(', ');
      section.appendChild(
        el('article', { class: 'group', id: 'group-' + g }, [
          el('h3', {}, [
            el('span', { class: 'count', text: '×' + group.count }),
            document.createTextNode(' ' + group.question),
          ]),
          el('p', {
            class: 'meta',
            text:
              'Leaning to: ' +
              (group.leaningIntent || 'no intent') +
              ' · ' +
              reasons +
              ' · last asked ' +
              group.lastSeen,
          }),
          el('ul', { class: 'wordings' }, boxes),
          el('p', { class: 'actions' }, [button, document.createTextNode(' '), select]),
          note,
        ]),
      );
    });
    return section;
  }

  function feedbackSection(report) {
    var section = el('section', { id: 'feedback' }, [el('h2', { text: 'Feedback on answers' })]);
    if (report.feedback.length === 0) section.appendChild(el('p', { text: 'No reactions yet.' }));
    var rows = report.feedback.map(function (a) {
      var comments = el(
        'ul',
        { class: 'comments' },
        a.comments.map(function (c) {
          return el('li', {}, [
            el('span', {
              class: 'reaction reaction-' + c.reaction,
              text: c.reaction === 'up' ? 'liked:' : 'disliked:',
            }),
            document.createTextNode(' ' + c.comment + ' (' + c.day + ')'),
          ]);
        }),
      );
      return el('tr', {}, [
        el('td', {}, [el('code', { text: a.answerKey })]),
        el('td', { text: a.knowledgeVersion }),
        el('td', { class: 'num', text: String(a.up) }),
        el('td', { class: 'num', text: String(a.down) }),
        el('td', {}, [comments]),
      ]);
    });
    if (rows.length > 0) {
      section.appendChild(
        el('table', { class: 'feedback' }, [
          el('thead', {}, [
            el(
              'tr',
              {},
              ['Answer', 'Knowledge version', 'Thumbs up', 'Thumbs down', 'Comments'].map(function (h) {
                return el('th', { text: h });
              }),
            ),
          ]),
          el('tbody', {}, rows),
        ]),
      );
    }
    return section;
  }

  function render(report) {
    root.textContent = '';
    status.textContent =
      'Last ' + report.retentionDays + ' days, as of ' + report.generatedAt.replace('T', ' ').slice(0, 16) + ' UTC.';
    var t = report.totals;
    var signOut = el('button', { type: 'button', class: 'sign-out', text: 'Forget the token' });
    signOut.addEventListener('click', function () {
      sessionStorage.removeItem(TOKEN_KEY);
      askForToken('');
    });
    root.appendChild(
      el('section', { id: 'totals' }, [
        el('p', {}, [
          el('strong', { text: String(t.conversations) }),
          document.createTextNode(' conversations · '),
          el('strong', { text: String(t.messages) }),
          document.createTextNode(' messages · fallback rate '),
          el('strong', { text: percent(t.fallbackRate) }),
          document.createTextNode(' '),
          signOut,
        ]),
      ]),
    );
    var maxCount = report.days.reduce(function (m, d) {
      return Math.max(m, d.messages, d.conversations);
    }, 0);
    root.appendChild(
      el('section', { id: 'activity' }, [
        el('h2', { text: 'Conversations and messages per day' }),
        lineChart(
          'activity-chart',
          'Conversations and messages per day',
          report.days,
          [
            {
              name: 'Messages',
              value: function (d) {
                return d.messages;
              },
            },
            {
              name: 'Conversations',
              value: function (d) {
                return d.conversations;
              },
            },
          ],
          maxCount,
          function (v) {
            return String(Math.round(v));
          },
        ),
      ]),
    );
    root.appendChild(
      el('section', { id: 'fallbacks' }, [
        el('h2', { text: 'Fallback rate' }),
        lineChart(
          'fallback-chart',
          'Share of messages the bot could not answer, per day',
          report.days,
          [
            {
              name: 'Fallback rate',
              value: function (d) {
                return d.fallbackRate;
              },
            },
          ],
          1,
          function (v) {
            return Math.round(v * 100) + ' %';
          },
        ),
      ]),
    );
    root.appendChild(unansweredSection(report));
    root.appendChild(feedbackSection(report));
  }

  load();
})();
