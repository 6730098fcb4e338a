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
