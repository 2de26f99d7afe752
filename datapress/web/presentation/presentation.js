// Slide navigation: buttons, arrow / Page keys, and the "n / N" position. Without this file the
// slides still read top to bottom and print one per page.

const slides = [...document.querySelectorAll('.slide')];
const position = document.getElementById('slide-position');
let current = 0;

function show(index) {
  current = Math.min(slides.length - 1, Math.max(0, index));
  slides[current].scrollIntoView({ block: 'start' });
  position.textContent = `${current + 1} / ${slides.length}`;
}

// The slide nearest the top of the viewport is the current one, however the reader scrolled.
function track() {
  let best = 0;
  slides.forEach((slide, i) => {
    if (Math.abs(slide.getBoundingClientRect().top) < Math.abs(slides[best].getBoundingClientRect().top)) best = i;
  });
  current = best;
  position.textContent = `${current + 1} / ${slides.length}`;
}

document.getElementById('previous-slide').addEventListener('click', () => show(current - 1));
document.getElementById('next-slide').addEventListener('click', () => show(current + 1));
document.addEventListener('keydown', (event) => {
  if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select')) return;
  const moves = {
    ArrowRight: current + 1, ArrowDown: current + 1, PageDown: current + 1, ' ': current + 1,
    ArrowLeft: current - 1, ArrowUp: current - 1, PageUp: current - 1, Home: 0, End: slides.length - 1,
  };
  if (event.key in moves && !event.altKey && !event.ctrlKey && !event.metaKey) {
    event.preventDefault();
    show(moves[event.key]);
  }
});
let pending = false;
window.addEventListener('scroll', () => {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => { pending = false; track(); });
});
track();
