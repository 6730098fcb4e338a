// DCA Study Hall: small progressive enhancements. No inline scripts anywhere (strict CSP).
(function () {
  "use strict";

  // Close the account menu when clicking elsewhere or pressing Escape.
  document.addEventListener("click", function (event) {
    document.querySelectorAll("details[open]").forEach(function (details) {
      if (!details.contains(event.target)) details.removeAttribute("open");
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      document.querySelectorAll("details[open]").forEach(function (details) {
        details.removeAttribute("open");
      });
    }
  });

  // A form submitted once is not submitted twice by a double click.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.dataset.submitted === "1") {
      event.preventDefault();
      return;
    }
    form.dataset.submitted = "1";
    window.setTimeout(function () { delete form.dataset.submitted; }, 3000);
  });
})();

// Ctrl/Cmd+S saves forms marked data-save-shortcut (the note editor) instead of saving the page.
document.addEventListener("keydown", function (event) {
  if ((event.ctrlKey || event.metaKey) && (event.key === "s" || event.key === "S")) {
    var form = document.querySelector("form[data-save-shortcut]");
    if (!form) return;
    event.preventDefault();
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
  }
});
