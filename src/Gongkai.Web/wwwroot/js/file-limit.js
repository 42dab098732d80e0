// A file input with data-max-bytes is checked before upload: a file over the limit is named in the form's message and
// the form is not sent, so nothing typed is lost. The server checks the same limit again.
document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
  var form = input.form;
  var message = form.querySelector('.file-too-large');
  var limit = Number(input.getAttribute('data-max-bytes'));
  function tooLarge() {
    var file = input.files && input.files[0];
    return file && file.size > limit ? file : null;
  }
  function show() {
    var file = tooLarge();
    if (message) {
      message.hidden = !file;
      message.textContent = file ? '附件「' + file.name + '」超过' + Math.round(limit / 1048576) + 'MB，请压缩后重新选择' : '';
    }
    return file;
  }
  input.addEventListener('change', show);
  form.addEventListener('submit', function (event) {
    if (show()) {
      event.preventDefault();
    }
  });
});
