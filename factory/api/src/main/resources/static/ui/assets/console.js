// Relative times in French ("il y a 3 minutes") with the browser's Intl.RelativeTimeFormat;
// the server's absolute date stays as the tooltip and when Intl is missing.
(function () {
	'use strict';
	if (typeof Intl === 'undefined' || !Intl.RelativeTimeFormat) {
		return;
	}
	var format = new Intl.RelativeTimeFormat('fr', { numeric: 'auto' });
	var units = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]];
	function relative(date) {
		var seconds = (date.getTime() - Date.now()) / 1000;
		for (var i = 0; i < units.length; i++) {
			if (Math.abs(seconds) >= units[i][1] || units[i][0] === 'second') {
				return format.format(Math.round(seconds / units[i][1]), units[i][0]);
			}
		}
		return '';
	}
	function refresh() {
		document.querySelectorAll('time[data-relative]').forEach(function (time) {
			var date = new Date(time.getAttribute('datetime'));
			if (isNaN(date.getTime())) {
				return;
			}
			if (!time.title) {
				time.title = time.textContent;
			}
			time.textContent = relative(date);
		});
	}
	window.flotillaRelativeTimes = refresh;
	document.addEventListener('DOMContentLoaded', function () {
		refresh();
		setInterval(refresh, 15000);
	});
})();
