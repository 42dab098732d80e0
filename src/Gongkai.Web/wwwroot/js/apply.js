// The attachment's limit told before the form is sent, so a file too large never costs the citizen what was typed.
(function () {
  var input = document.getElementById('Attachment');
  if (!input) {
    return;
  }

  var max = Number(input.getAttribute('data-max-bytes'));
  input.addEventListener('change', function () {
    var file = input.files && input.files[0];
    input.setCustomValidity(file && max && file.size > max ? '身份证明附件不能超过5MB，请换一个较小的文件。' : '');
    input.reportValidity();
  });
})();
