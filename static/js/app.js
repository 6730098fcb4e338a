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

// Review keyboard: Space reveals, 1-4 grade, u undo, b bury, s suspend, f flag.
// Every key maps to an element with data-key inside #review, so the page works without JS.
document.addEventListener("keydown", function (event) {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
  var target = event.target;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  // Space and Enter on a focused button or link keep their usual meaning.
  if ((event.key === " " || event.key === "Enter") && target && /^(BUTTON|A|SUMMARY)$/.test(target.tagName)) return;
  var review = document.getElementById("review");
  if (!review) return;
  var key = event.key === " " || event.key === "Enter" ? " " : event.key.toLowerCase();
  var control = review.querySelector('[data-key="' + (key === '"' ? "" : key) + '"]');
  if (!control && key === " ") control = review.querySelector('[data-key="3"]');
  if (!control) return;
  event.preventDefault();
  control.click();
});

// How long the member looked at a card before answering (stored with the review). Kept
// per card token in sessionStorage, so revealing the answer does not restart the clock.
function shownKey() {
  var card = document.querySelector("[data-shown][data-token]");
  return card ? "studyhall-shown:" + card.dataset.token : null;
}
function markShown() {
  var key = shownKey();
  if (key && !window.sessionStorage.getItem(key)) window.sessionStorage.setItem(key, String(Date.now()));
}
document.addEventListener("DOMContentLoaded", markShown);
document.addEventListener("htmx:afterSettle", markShown);
document.addEventListener("submit", function (event) {
  var field = event.target.querySelector("[data-duration]");
  var key = shownKey();
  var since = key && Number(window.sessionStorage.getItem(key));
  if (field && since) {
    field.value = String(Date.now() - since);
    window.sessionStorage.removeItem(key);
  }
}, true);

// The note editor never loses text: a local draft survives a closed tab or an expired
// session, and leaving with unsaved changes asks first.
(function () {
  "use strict";
  var DRAFTS = "studyhall-draft:";
  var pending = window.sessionStorage.getItem("studyhall-clear-draft");
  if (pending && window.location.pathname.indexOf("/accounts/login/") !== 0) {
    window.localStorage.removeItem(pending);
    window.sessionStorage.removeItem("studyhall-clear-draft");
  }
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form.note-form");
    var body = form && form.querySelector("textarea[name=body]");
    if (!body) return;
    var key = DRAFTS + form.getAttribute("action");
    var dirty = false;
    var saved = window.localStorage.getItem(key);
    if (saved !== null && saved !== body.value) {
      var notice = document.createElement("div");
      notice.className = "message message-warning draft-notice";
      notice.setAttribute("role", "status");
      notice.textContent = "You have unsaved text from an earlier visit. ";
      var restore = document.createElement("button");
      restore.type = "button";
      restore.className = "button";
      restore.textContent = "Restore it";
      restore.addEventListener("click", function () {
        body.value = saved;
        body.dispatchEvent(new Event("input", { bubbles: true }));
        notice.remove();
      });
      var discard = document.createElement("button");
      discard.type = "button";
      discard.className = "link-button";
      discard.textContent = "Discard";
      discard.addEventListener("click", function () {
        window.localStorage.removeItem(key);
        notice.remove();
      });
      notice.appendChild(restore);
      notice.appendChild(document.createTextNode(" "));
      notice.appendChild(discard);
      form.parentNode.insertBefore(notice, form);
    }
    body.addEventListener("input", function () {
      dirty = true;
      try { window.localStorage.setItem(key, body.value); } catch (e) { /* storage full */ }
    });
    form.addEventListener("submit", function () {
      dirty = false;
      window.sessionStorage.setItem("studyhall-clear-draft", key);
    });
    window.addEventListener("beforeunload", function (event) {
      if (dirty) { event.preventDefault(); event.returnValue = ""; }
    });
  });
})();
