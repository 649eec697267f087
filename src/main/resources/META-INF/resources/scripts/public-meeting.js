/*
 * Keeps the public's page of a meeting (/live/{id}, rendered on the server) live, with no framework: it follows
 * the public STOMP topic on /ws by the reconnect recipe of docs/api.md (snapshot, subscribe with a receipt, catch
 * up by seq, drop what it has seen), and when no WebSocket gets through it reads the event log every 5 seconds.
 * The events it knows (the meeting's status, the current item, a decision, an item withdrawn, a vote opened, closed or
 * cancelled) it shows by
 * patching the item they concern; for any other change it fetches the page itself and swaps in the blocks that
 * differ. It never decides what the public may see: the server sends only that. Texts come from the page
 * (data-texts) and are always set as text, never as markup. Decision 0016 says why it is built so.
 */
(() => {
  'use strict';

  const main = document.getElementById('main');
  if (!main || !main.dataset.meetingId) {
    return;
  }
  const POLL_INTERVAL_MS = 5000;
  const HEART_BEAT_MS = 10000;
  const MAX_PAUSE_MS = 15000;
  /** A connection not subscribed by then is given up (a proxy may hold it open without passing anything). */
  const SUBSCRIBE_DEADLINE_MS = 10000;
  /** Failed connections in a row (none of them subscribed) after which the page reads the log instead. */
  const FAILURES_BEFORE_POLLING = 2;
  /** Events that change nothing this page shows. */
  const NOT_SHOWN = new Set(['ITEM_SPEAKING_TIME_SET', 'MEETING_SPEAKING_TIME_SET', 'PROTOCOL_ENTRY_REQUESTED',
    'PROTOCOL_ENTRY_REFUSED', 'BALLOT_CAST']);
  /**
   * An item running past its planned end moves the coming items' expected times with no event: while the page shows
   * any, it asks for itself this often (mostly answered 304 Not Modified).
   */
  const EXPECTED_TIMES_MS = 60000;
  /** The badge tone of each status, as on the members' page. */
  const STATUS_TONES = {SCHEDULED: 'info', LIVE: 'live', ADJOURNED: 'info', CLOSED: 'neutral', CANCELLED: 'closed'};

  const meetingId = main.dataset.meetingId;
  const api = '/api/meetings/' + encodeURIComponent(meetingId);
  const texts = JSON.parse(main.dataset.texts);
  const connection = document.querySelector('.plenum-connection');
  const announcer = document.getElementById('plenum-announcer');

  /** The last event the page shows. */
  let lastSeq = Number(main.dataset.seq);
  let topic = '/topic/meetings/' + meetingId;
  /** Every change to the page, one after another, so events are shown in seq order. */
  let queue = Promise.resolve();
  let socket = null;
  let failures = 0;
  let polling = null;
  let refreshPlanned = null;

  const text = (key, ...args) => (texts[key] || key).replace(/\{(\d+)\}/g, (all, n) => String(args[n] ?? ''));

  function showConnection(state) {
    if (connection.dataset.state !== state) {
      connection.dataset.state = state;
      connection.textContent = text('publicPage.connection.' + state);
    }
  }

  function announce(words) {
    announcer.textContent = words;
  }

  function enqueue(work) {
    queue = queue.then(work).catch(error => console.warn('Plenum: could not update the page', error));
    return queue;
  }

  async function fetchJson(path) {
    const answer = await fetch(path, {cache: 'no-store', headers: {Accept: 'application/json'}});
    if (!answer.ok) {
      throw new Error(path + ' answered ' + answer.status);
    }
    return answer.json();
  }

  /** Shows every event after the last one shown, from the log. */
  async function catchUp() {
    const events = await fetchJson(api + '/events?after=' + lastSeq);
    events.forEach(show);
  }

  /** A streamed event: dropped if seen; after a gap (previous-seq, else seq - 1, not shown yet) the log first. */
  function received(headers, body) {
    enqueue(async () => {
      const event = JSON.parse(body);
      if (event.seq <= lastSeq) {
        return;
      }
      const previous = headers['previous-seq'] !== undefined ? Number(headers['previous-seq']) : event.seq - 1;
      if (previous > lastSeq) {
        await catchUp();
      }
      show(event);
    });
  }

  function show(event) {
    if (event.seq <= lastSeq) {
      return;
    }
    apply(event);
    lastSeq = event.seq;
  }

  function apply(event) {
    const payload = event.payload || {};
    switch (event.type) {
      case 'MEETING_STARTED': return showStatus('LIVE');
      case 'MEETING_ADJOURNED': return showStatus('ADJOURNED');
      case 'MEETING_CLOSED': showCurrent(null); return showStatus('CLOSED');
      case 'MEETING_CANCELLED': return showStatus('CANCELLED');
      case 'CURRENT_ITEM_SET': return showCurrent(payload.itemId, true);
      case 'DECISION_RECORDED': return showDecision(payload.itemId, payload.decision);
      case 'ITEM_WITHDRAWN': return showWithdrawn(payload.itemId);
      case 'BALLOT_OPENED': return showBallot(payload.itemId);
      case 'BALLOT_CANCELLED': return showBallotCancelled(payload.itemId);
      case 'BALLOT_CLOSED': showBallot(null); return planRefresh();
      default:
        if (!NOT_SHOWN.has(event.type)) {
          planRefresh();
        }
    }
  }

  const entryOf = itemId => itemId && main.querySelector('li[data-item-id="' + CSS.escape(itemId) + '"]');

  function badge(words, tone, role) {
    const span = document.createElement('span');
    span.className = 'plenum-badge plenum-badge-' + tone + (role ? ' ' + role : '');
    span.textContent = words;
    return span;
  }

  function element(tag, className, words) {
    const made = document.createElement(tag);
    if (className) {
      made.className = className;
    }
    made.textContent = words;
    return made;
  }

  function showStatus(status) {
    const shown = main.querySelector('.plenum-meeting-status');
    shown.dataset.status = status;
    shown.className = 'plenum-badge plenum-badge-' + STATUS_TONES[status] + ' plenum-meeting-status';
    shown.textContent = text('meetings.status.' + status);
  }

  /** Marks the item under discussion (none: {@code itemId} null), and says so in the header. */
  function showCurrent(itemId, announced) {
    main.querySelectorAll('.plenum-item-current').forEach(article => {
      article.classList.remove('plenum-item-current');
      article.removeAttribute('aria-current');
      article.querySelectorAll('.plenum-current-badge').forEach(old => old.remove());
    });
    const header = main.querySelector('.plenum-meeting-header');
    header.querySelectorAll('.plenum-now').forEach(old => old.remove());
    const entry = entryOf(itemId);
    if (!entry) {
      return;
    }
    const article = entry.querySelector('article');
    article.classList.add('plenum-item-current');
    article.setAttribute('aria-current', 'true');
    article.querySelector('.plenum-badges').prepend(badge(text('live.current'), 'live', 'plenum-current-badge'));
    const number = article.querySelector('.plenum-item-number').textContent;
    const title = article.querySelector('.plenum-item-title').textContent;
    const now = element('p', 'plenum-now', '');
    const link = element('a', '', text('live.now', number, title));
    link.href = '#' + article.id;
    now.append(link);
    header.append(now);
    if (announced) {
      announce(text('publicPage.announce.current', number, title));
    }
  }

  function showDecision(itemId, decision) {
    const entry = entryOf(itemId);
    if (!entry) {
      return planRefresh();
    }
    const article = entry.querySelector('article');
    article.querySelectorAll('.plenum-decision').forEach(old => old.remove());
    if (!decision) {
      return;
    }
    const outcome = decision.outcome ? text('live.outcome.' + decision.outcome) : text('live.publicDecision');
    const block = element('div', 'plenum-decision', '');
    block.append(element('h4', '', text('live.decision')), badge(outcome, 'neutral', 'plenum-decision-outcome'),
        element('p', 'plenum-decision-text', decision.text));
    if (decision.dissent) {
      block.append(element('p', 'plenum-decision-dissent', text('live.dissent', decision.dissent)));
    }
    article.querySelector('.plenum-badges').after(block);
    article.querySelectorAll('.plenum-no-text').forEach(note => note.remove());
    announce(text('publicPage.announce.decision', article.querySelector('.plenum-item-number').textContent,
        decision.text));
  }

  function showWithdrawn(itemId) {
    const entry = entryOf(itemId);
    if (!entry) {
      return planRefresh();
    }
    const article = entry.querySelector('article');
    if (!article.classList.contains('plenum-withdrawn')) {
      article.classList.add('plenum-withdrawn');
      article.querySelector('.plenum-badges').append(badge(text('item.withdrawn'), 'closed', 'plenum-withdrawn-badge'));
    }
  }

  /**
   * "Vote in progress" on the item an electronic vote is open on, and in the header; {@code itemId} null: none. The
   * public's copy of a vote opened on a closed item names no item, so nothing shows (the server sends only that).
   */
  function showBallot(itemId) {
    main.querySelectorAll('.plenum-ballot-open-badge, .plenum-ballot-now').forEach(old => old.remove());
    const entry = entryOf(itemId);
    if (!entry) {
      return;
    }
    const article = entry.querySelector('article');
    article.querySelector('.plenum-badges').append(badge(text('publicPage.ballot.open'), 'live',
        'plenum-ballot-open-badge'));
    const words = text('publicPage.announce.ballotOpen', article.querySelector('.plenum-item-number').textContent,
        article.querySelector('.plenum-item-title').textContent);
    main.querySelector('.plenum-meeting-header').append(element('p', 'plenum-ballot-now', words));
    announce(words);
  }

  function showBallotCancelled(itemId) {
    showBallot(null);
    const entry = entryOf(itemId);
    if (entry) {
      announce(text('publicPage.announce.ballotCancelled', entry.querySelector('.plenum-item-number').textContent));
    }
  }

  /**
   * A change this script does not show by itself: in a moment (spread over a crowd, and once for a burst) it
   * fetches the page and swaps in what differs.
   */
  function planRefresh() {
    if (!refreshPlanned) {
      refreshPlanned = setTimeout(() => {
        refreshPlanned = null;
        enqueue(refresh);
      }, 200 + Math.random() * 1500);
    }
  }

  async function refresh() {
    const answer = await fetch(location.pathname + '?lang=' + document.documentElement.lang, {cache: 'no-cache'});
    if (!answer.ok) {
      throw new Error('the page answered ' + answer.status);
    }
    const fresh = new DOMParser().parseFromString(await answer.text(), 'text/html').getElementById('main');
    const freshSeq = Number(fresh.dataset.seq);
    if (freshSeq < lastSeq) {
      // Rendered before the events shown since: it would undo them.
      return planRefresh();
    }
    swap(main.querySelector('[data-block="header"]'), fresh.querySelector('[data-block="header"]'));
    swap(main.querySelector('[data-block="speakers"]'), fresh.querySelector('[data-block="speakers"]'));
    swap(main.querySelector('[data-block="attendance"]'), fresh.querySelector('[data-block="attendance"]'));
    const agenda = main.querySelector('[data-block="agenda"]');
    const freshAgenda = fresh.querySelector('[data-block="agenda"]');
    const ids = list => [...list.children].map(entry => entry.dataset.itemId).join(' ');
    if (ids(agenda) !== ids(freshAgenda)) {
      swap(agenda, freshAgenda);
    } else {
      [...freshAgenda.children].forEach((entry, at) => swap(agenda.children[at], entry));
    }
    lastSeq = Math.max(lastSeq, freshSeq);
  }

  /** Replaces a block that shows something else now, keeping the focus on what had it (a link, by its address). */
  function swap(shown, fresh) {
    if (!shown || !fresh || shown.outerHTML === fresh.outerHTML) {
      return;
    }
    const focused = document.activeElement;
    const key = focused && shown.contains(focused)
        ? (focused.id ? '#' + CSS.escape(focused.id)
            : focused.getAttribute('href') ? '[href="' + CSS.escape(focused.getAttribute('href')) + '"]' : null)
        : null;
    const adopted = document.importNode(fresh, true);
    shown.replaceWith(adopted);
    const again = key && (adopted.matches(key) ? adopted : adopted.querySelector(key));
    if (again) {
      again.focus({preventScroll: true});
    }
  }

  // ---- STOMP 1.2 over a plain WebSocket ------------------------------------------------------------------------

  function frame(command, headers, body) {
    const lines = Object.entries(headers).map(([name, value]) => name + ':' + value);
    return command + '\n' + lines.join('\n') + '\n\n' + (body || '') + '\0';
  }

  const unescape = value => value.replace(/\\([\\cnr])/g,
      (all, c) => ({'\\': '\\', c: ':', n: '\n', r: '\r'})[c]);

  function parse(raw) {
    const end = raw.indexOf('\n\n');
    const head = (end < 0 ? raw : raw.slice(0, end)).split('\n').map(line => line.replace(/\r$/, ''));
    const headers = {};
    head.slice(1).forEach(line => {
      const colon = line.indexOf(':');
      const name = unescape(line.slice(0, colon));
      if (colon > 0 && !(name in headers)) {
        headers[name] = unescape(line.slice(colon + 1));
      }
    });
    return {command: head[0], headers, body: end < 0 ? '' : raw.slice(end + 2)};
  }

  function connect() {
    const ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws');
    socket = ws;
    let subscribed = false;
    let heartBeat = null;
    const deadline = setTimeout(() => subscribed || ws.close(), SUBSCRIBE_DEADLINE_MS);
    ws.onopen = () => ws.send(frame('CONNECT',
        {'accept-version': '1.2', host: location.host, 'heart-beat': HEART_BEAT_MS + ',' + HEART_BEAT_MS}));
    ws.onmessage = message => String(message.data).split('\0').forEach(raw => {
      // A bare newline is the server's heart-beat.
      const trimmed = raw.replace(/^[\r\n]+/, '');
      if (!trimmed) {
        return;
      }
      const stomp = parse(trimmed);
      switch (stomp.command) {
        case 'CONNECTED':
          heartBeat = setInterval(() => ws.readyState === WebSocket.OPEN && ws.send('\n'), HEART_BEAT_MS);
          // Queued: the snapshot, which names the topic, comes first.
          enqueue(() => ws.send(frame('SUBSCRIBE', {id: 'meeting', destination: topic, receipt: 'subscribed'})));
          break;
        case 'RECEIPT':
          // From now on every event reaches this page: what happened before comes from the log.
          enqueue(async () => {
            await catchUp();
            subscribed = true;
            failures = 0;
            stopPolling();
            showConnection('live');
          });
          break;
        case 'MESSAGE':
          received(stomp.headers, stomp.body);
          break;
        default:
          // An ERROR says why in its message header; the server closes the connection after it.
          console.warn('Plenum live stream:', stomp.headers.message || stomp.command);
          ws.close();
      }
    });
    ws.onclose = () => {
      clearInterval(heartBeat);
      clearTimeout(deadline);
      if (socket !== ws) {
        return;
      }
      socket = null;
      failures = subscribed ? 0 : failures + 1;
      if (failures >= FAILURES_BEFORE_POLLING) {
        startPolling();
      }
      showConnection(polling ? 'polling' : 'reconnecting');
      setTimeout(connect, Math.min(MAX_PAUSE_MS, 500 * 2 ** failures) * (0.5 + Math.random()));
    };
  }

  /** No WebSocket gets through (a proxy may block it): the log every few seconds, until a connection does. */
  function startPolling() {
    if (!polling) {
      polling = setInterval(() => enqueue(catchUp), POLL_INTERVAL_MS);
      enqueue(catchUp);
    }
  }

  function stopPolling() {
    clearInterval(polling);
    polling = null;
  }

  setInterval(() => main.querySelector('.plenum-item-expected') && planRefresh(), EXPECTED_TIMES_MS);

  showConnection('connecting');
  enqueue(async () => {
    const snapshot = await fetchJson(api + '/live');
    topic = snapshot.topic;
    if (snapshot.seq > lastSeq) {
      // The page was served from a cache a moment old.
      await catchUp();
    }
  });
  connect();
})();
