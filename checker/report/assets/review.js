// radiocheck review page: highlight a line everywhere, filter verdicts, print in full.
// Inlined into the page and pinned by hash in its CSP; reads no data but the DOM.
// Test hook: after a line is highlighted, <body data-highlighted="ID"> names its row.
(function () {
  "use strict";

  function highlight(id, focus) {
    var target = document.getElementById(id);
    if (!target || !target.hasAttribute("data-line")) return false;
    var scope = target.closest("article") || document;
    var line = target.getAttribute("data-line");
    document.querySelectorAll(".is-hl").forEach(function (el) {
      el.classList.remove("is-hl");
    });
    scope.querySelectorAll('[data-line="' + line + '"]').forEach(function (el) {
      el.classList.add("is-hl");
    });
    document.body.setAttribute("data-highlighted", id);
    if (focus && target.tagName === "TR") target.focus({ preventScroll: true });
    return true;
  }

  function fromHash() {
    if (location.hash.length > 1) highlight(decodeURIComponent(location.hash.slice(1)), false);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href^='#']") : null;
    if (link) highlight(link.getAttribute("href").slice(1), true);
  });
  window.addEventListener("hashchange", fromHash);

  function applyFilters(form) {
    var article = form.closest("article") || document;
    var allowed = {};
    form.querySelectorAll("input[type=checkbox]").forEach(function (box) {
      allowed[box.name] = allowed[box.name] || {};
      allowed[box.name][box.value] = box.checked;
    });
    var shown = 0, total = 0;
    article.querySelectorAll("li.verdict").forEach(function (item) {
      var ok = ["party", "severity", "outcome"].every(function (key) {
        var values = allowed[key];
        return !values || values[item.getAttribute("data-" + key)] !== false;
      });
      item.hidden = !ok;
      total += 1;
      shown += ok ? 1 : 0;
    });
    article.querySelectorAll(".party-group").forEach(function (group) {
      group.hidden = !group.querySelector("li.verdict:not([hidden])");
    });
    var output = document.getElementById(form.getAttribute("data-count"));
    if (output) {
      output.textContent = shown === total
        ? "Showing all " + total + " verdicts"
        : "Showing " + shown + " of " + total + " verdicts";
    }
  }

  document.querySelectorAll("form.filters").forEach(function (form) {
    form.addEventListener("change", function () { applyFilters(form); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
  });

  // A printed page shows every verdict opened, whatever the filters say.
  var closed = [];
  window.addEventListener("beforeprint", function () {
    closed = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) {
      return !d.open;
    });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closed.forEach(function (d) { d.open = false; });
    closed = [];
  });

  fromHash();
})();
