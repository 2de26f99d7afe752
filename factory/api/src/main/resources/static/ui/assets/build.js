// A build's page: the log through the server's SSE stream (EventSource, which reconnects by
// itself), or the incremental log endpoint when EventSource is missing or keeps failing;
// status and duration from the build's state until it ends. No reload.
(function () {
	'use strict';
	document.addEventListener('DOMContentLoaded', function () {
		var root = document.getElementById('build');
		if (!root) {
			return;
		}
		var log = document.getElementById('log');
		var logState = document.getElementById('log-state');
		var statusBadge = document.getElementById('status');
		var durationText = document.getElementById('duration');
		var end = document.getElementById('end');
		var finished = root.dataset.final === 'true';
		var offset = 0;
		var follow = true;
		var failures = 0;
		var source = null;
		var polling = null;

		log.addEventListener('scroll', function () {
			follow = log.scrollTop + log.clientHeight >= log.scrollHeight - 8;
		});

		function show(text, replace) {
			if (replace) {
				log.textContent = text;
			}
			else {
				log.appendChild(document.createTextNode(text));
			}
			if (follow) {
				log.scrollTop = log.scrollHeight;
			}
		}

		function applyState(state) {
			statusBadge.className = 'badge ' + state.status;
			statusBadge.textContent = state.label;
			if (state.final || !state.started_at) {
				durationText.textContent = state.duration;
			}
			else {
				// running: the time elapsed so far, from the worker's start
				var seconds = Math.max(0, (Date.now() - new Date(state.started_at).getTime()) / 1000);
				durationText.textContent = seconds.toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + ' s (en cours)';
			}
			if (state.final) {
				finish(state);
			}
		}

		function finish(state) {
			if (finished && end.textContent) {
				return;
			}
			finished = true;
			if (source) {
				source.close();
			}
			clearInterval(polling);
			end.className = 'end ' + state.status;
			end.textContent = 'Build terminé : ' + state.label + '.';
			logState.textContent = 'Journal complet.';
			document.getElementById('cancel-form').classList.add('hidden');
			document.getElementById('retry-form').classList.remove('hidden');
		}

		function refreshState() {
			return fetch(root.dataset.state, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
				.then(function (response) { return response.ok ? response.json() : null; })
				.then(function (state) { if (state) { applyState(state); } })
				.catch(function () { /* the next tick tries again */ });
		}

		function pollLog() {
			fetch(root.dataset.logs + '?offset=' + offset, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
				.then(function (response) { return response.ok ? response.json() : null; })
				.then(function (chunk) {
					if (!chunk) {
						return;
					}
					show(chunk.text, chunk.offset === 0);
					offset = chunk.next_offset;
					logState.textContent = chunk.more ? 'Suivi du journal (interrogation régulière)…' : 'Journal complet.';
					if (chunk.more) {
						setTimeout(pollLog, 1000);
					}
					else {
						refreshState();
					}
				})
				.catch(function () { setTimeout(pollLog, 2000); });
		}

		function stream() {
			var fresh = true;
			source = new EventSource(root.dataset.stream);
			source.addEventListener('open', function () {
				fresh = true;
				failures = 0;
				logState.textContent = 'Suivi du journal en direct…';
			});
			// The stream starts from the beginning on each connection: the first event
			// replaces the text, later ones add to it.
			source.addEventListener('log', function (event) {
				var data = JSON.parse(event.data);
				if (data.next_offset <= offset && !fresh) {
					return;
				}
				show(data.text, fresh);
				fresh = false;
				offset = data.next_offset;
			});
			source.addEventListener('end', function () {
				source.close();
				refreshState();
			});
			source.addEventListener('error', function () {
				if (finished) {
					return;
				}
				failures++;
				if (failures >= 3 || source.readyState === EventSource.CLOSED) {
					source.close();
					logState.textContent = 'Flux interrompu : suivi par interrogation régulière…';
					pollLog();
				}
				else {
					logState.textContent = 'Connexion au journal perdue, nouvelle tentative…';
				}
			});
		}

		if (finished) {
			log.scrollTop = log.scrollHeight;
			return;
		}
		if (typeof EventSource === 'function') {
			stream();
		}
		else {
			pollLog();
		}
		polling = setInterval(refreshState, 1000);
	});
})();
