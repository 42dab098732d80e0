// Buttons and links marked data-print print the page (no inline script: the content security policy forbids it).
document.querySelectorAll('[data-print]').forEach(function (element) {
  element.addEventListener('click', function (event) {
    event.preventDefault();
    window.print();
  });
});
