// Asks before a destructive form is sent: every form with data-confirm="question".
// A file, not an onsubmit attribute, so the Content-Security-Policy needs no 'unsafe-inline'.
document.addEventListener('submit', (event) => {
  const question = event.target.dataset ? event.target.dataset.confirm : undefined;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
