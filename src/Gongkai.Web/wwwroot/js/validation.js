// 表单校验提示: the browser's own messages (required, maxlength, type=email…) follow the browser's language; every
// form of the platform shows them in Chinese instead. A field may give its own text in data-required-message,
// data-pattern-message, data-type-message, data-length-message or data-range-message; a message another script set
// (a file too large) is left alone. Nothing typed is touched.
(function () {
  var ours = 'data-zh-validity';

  function fieldName(el) {
    var label = (el.id && document.querySelector('label[for="' + el.id + '"]')) || el.closest('label');
    var before = el.previousElementSibling;
    if (!label && before && before.tagName === 'LABEL' && !before.htmlFor) {
      label = before;
    }
    if (!label) {
      return '';
    }

    var text = '';
    label.childNodes.forEach(function (n) {
      if (n.nodeType === 3) {
        text += n.textContent;
      }
    });
    return text.trim();
  }

  function message(el) {
    var v = el.validity;
    var name = fieldName(el);
    var own = function (kind) { return el.getAttribute('data-' + kind + '-message'); };
    if (v.valueMissing) {
      if (own('required')) { return own('required'); }
      if (el.type === 'checkbox') { return '请勾选此项' + (name ? '：' + name : '') + '。'; }
      if (el.type === 'radio') { return '请选择一项' + (name ? '：' + name : '') + '。'; }
      if (el.type === 'file') { return '请选择文件' + (name ? '：' + name : '') + '。'; }
      if (el.tagName === 'SELECT') { return '请选择' + (name ? '“' + name + '”' : '一项') + '。'; }
      return name ? '请填写“' + name + '”。' : '请填写此项。';
    }
    if (v.typeMismatch) {
      if (own('type')) { return own('type'); }
      if (el.type === 'email') { return '请输入正确的电子邮件地址，如 name@example.com。'; }
      if (el.type === 'url') { return '请输入完整的网址，以 http:// 或 https:// 开头。'; }
      return '格式不正确。';
    }
    if (v.patternMismatch) {
      return own('pattern') || ('格式不正确' + (el.title ? '：' + el.title : '') + '。');
    }
    if (v.tooShort) {
      return own('length') || ('至少' + el.minLength + '个字符，现有' + el.value.length + '个。');
    }
    if (v.tooLong) {
      return own('length') || ('最多' + el.maxLength + '个字符，现有' + el.value.length + '个。');
    }
    if (v.rangeUnderflow) {
      return own('range') || ('不能小于' + el.min + '。');
    }
    if (v.rangeOverflow) {
      return own('range') || ('不能大于' + el.max + '。');
    }
    if (v.stepMismatch) {
      return own('range') || '请输入有效的数值。';
    }
    if (v.badInput) {
      return el.type === 'date' ? '请输入完整的日期。' : '请输入有效的数值。';
    }
    return '';
  }

  function clear(el) {
    if (el.hasAttribute && el.hasAttribute(ours)) {
      el.removeAttribute(ours);
      el.setCustomValidity('');
    }
  }

  // Capturing, so that it runs for every field of every form before the browser shows its bubble.
  document.addEventListener('invalid', function (e) {
    var el = e.target;
    if (!el.setCustomValidity) {
      return;
    }
    clear(el);
    if (el.validity.customError || el.validity.valid) {
      return;
    }
    var text = message(el);
    if (text) {
      el.setCustomValidity(text);
      el.setAttribute(ours, '1');
    }
  }, true);

  document.addEventListener('input', function (e) { clear(e.target); }, true);
  document.addEventListener('change', function (e) { clear(e.target); }, true);
})();
