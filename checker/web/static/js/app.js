/* rapportcheck – progressive enhancement only: every page works without this file.
 * Upload page: drag and drop, the chosen file's name, a busy state.
 * Result page: a popover with the explanation when a highlight is chosen, previous/next
 * finding, filter status and "all/none" buttons (the filtering itself is CSS :has()).
 * No inline script anywhere (Content-Security-Policy: script-src 'self'). */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function $(sel, root) { return (root || document).querySelector(sel); }
  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }

  /* ---- upload page ---------------------------------------------------------------------- */
  function initUpload() {
    var form = $("#upload-form");
    if (!form) return;
    var input = $("#file"), zone = $("#dropzone"), chosen = $("#file-chosen"), status = $("#upload-status");

    function showChosen() {
      var f = input.files && input.files[0];
      chosen.textContent = f ? "Gekozen: " + f.name + " (" + Math.max(1, Math.round(f.size / 1024)) + " kB)" : "";
    }
    input.addEventListener("change", showChosen);
    ["dragenter", "dragover"].forEach(function (type) {
      zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add("is-over"); });
    });
    ["dragleave", "drop"].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove("is-over"); });
    });
    zone.addEventListener("drop", function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        showChosen();
      }
    });
    form.addEventListener("submit", function (e) {
      var submitter = e.submitter;
      if (submitter && submitter.id === "submit") {
        status.textContent = "Bezig met controleren…";
        window.setTimeout(function () { submitter.disabled = true; }, 0);   // after the form is sent
      } else {            // a download: the page stays, so the message goes away by itself
        status.textContent = "Het Word-bestand wordt gemaakt en gedownload…";
        window.setTimeout(function () { status.textContent = ""; }, 8000);
      }
    });
    window.addEventListener("pageshow", function () {   // back button: usable again
      var button = $("#submit");
      if (button) button.disabled = false;
      status.textContent = "";
    });
  }

  /* ---- result page ---------------------------------------------------------------------- */
  function initResult() {
    var docText = $("#doc-text");
    if (!docText) return;
    var popover = $("#popover"), body = $("#popover-body"), title = $("#popover-title");
    var closeButton = $("#popover-close");
    var current = null;

    function visibleLinks() {
      return $all(".hl-link", docText).filter(function (a) {
        return !a.parentNode.classList.contains("is-off");
      });
    }

    function cloneFinding(id) {
      var src = document.getElementById("f-" + id);
      if (!src) return null;
      var copy = src.cloneNode(true);
      copy.removeAttribute("id");
      copy.removeAttribute("tabindex");
      $all("[id]", copy).forEach(function (el) { el.removeAttribute("id"); });
      var back = $(".finding__back", copy);
      if (back) {
        back.textContent = "Naar de uitleg";
        back.setAttribute("href", "#f-" + id);
      }
      return copy;
    }

    function place(link) {
      var rect = link.getBoundingClientRect();
      var width = popover.offsetWidth;
      var left = Math.min(Math.max(8, rect.left + window.scrollX), window.scrollX + document.documentElement.clientWidth - width - 8);
      popover.style.left = left + "px";   /* CSSOM, not an inline style attribute: allowed by CSP */
      popover.style.top = (rect.bottom + window.scrollY + 8) + "px";
    }

    function open(link) {
      var mark = link.parentNode;
      var ids = (mark.getAttribute("data-f") || "").split(" ").filter(Boolean);
      var list = document.createElement("ol");
      list.className = "finding-list";
      ids.forEach(function (id) {
        var item = cloneFinding(id);
        if (item) list.appendChild(item);
      });
      body.innerHTML = "";
      body.appendChild(list);
      title.textContent = ids.length > 1 ? ids.length + " bevindingen" : "Uitleg";
      if (current) current.classList.remove("is-active");
      current = link;
      link.classList.add("is-active");
      link.setAttribute("aria-expanded", "true");
      popover.hidden = false;
      place(link);
      popover.scrollIntoView({ block: "nearest" });
      popover.focus();
    }

    function close(returnFocus) {
      if (popover.hidden) return;
      popover.hidden = true;
      if (current) {
        current.classList.remove("is-active");
        current.setAttribute("aria-expanded", "false");
        if (returnFocus) current.focus();
      }
    }

    $all(".hl-link", docText).forEach(function (a) {
      a.setAttribute("aria-haspopup", "dialog");
      a.setAttribute("aria-expanded", "false");
    });
    docText.addEventListener("click", function (e) {
      var link = e.target.closest(".hl-link");
      if (!link) return;
      e.preventDefault();
      if (current === link && !popover.hidden) { close(true); return; }
      open(link);
    });
    closeButton.addEventListener("click", function () { close(true); });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && !popover.hidden) { e.preventDefault(); close(true); }
    });
    document.addEventListener("mousedown", function (e) {
      if (!popover.hidden && !popover.contains(e.target) && !e.target.closest(".hl-link")) close(false);
    });
    popover.addEventListener("focusout", function (e) {
      if (e.relatedTarget && !popover.contains(e.relatedTarget) && e.relatedTarget !== current) close(false);
    });
    window.addEventListener("resize", function () { if (!popover.hidden && current) place(current); });

    /* previous / next finding */
    var nav = $("#nav-buttons");
    if (nav && $(".hl-link", docText)) {
      nav.hidden = false;
      function step(dir) {
        var links = visibleLinks();
        if (!links.length) return;
        var at = links.indexOf(current || document.activeElement);
        var next = links[(at + dir + links.length) % links.length];
        if (at === -1) next = dir > 0 ? links[0] : links[links.length - 1];
        next.scrollIntoView({ block: "center" });
        open(next);
      }
      $("#next-finding").addEventListener("click", function () { step(1); });
      $("#prev-finding").addEventListener("click", function () { step(-1); });
    }

    /* filters: the CSS does the hiding; here the count for screen readers, all/none, tab order */
    var boxes = $all(".filter__input");
    var statusEl = $("#filter-status");
    function sync() {
      var on = {};
      boxes.forEach(function (b) { on[b.value] = b.checked; });
      var shown = 0;
      $all("mark.hl", docText).forEach(function (mark) {
        var cats = (mark.getAttribute("data-c") || "").split(" ");
        var visible = cats.some(function (c) { return on[c] !== false; });
        mark.classList.toggle("is-off", !visible);
        var link = $(".hl-link", mark);
        if (visible) { link.removeAttribute("tabindex"); } else { link.setAttribute("tabindex", "-1"); }
      });
      $all(".finding").forEach(function (li) {
        if (li.closest("#popover")) return;
        var cat = (li.className.match(/\bc-[a-z-]+/) || [""])[0];
        var box = document.getElementById("flt-" + cat.slice(2));
        if (!box || box.checked) shown += 1;
      });
      if (statusEl) statusEl.textContent = shown + " bevindingen zichtbaar";
      if (!popover.hidden) close(false);
    }
    boxes.forEach(function (b) { b.addEventListener("change", sync); });
    var bulk = $("#filters-bulk");
    if (bulk) {
      bulk.hidden = false;
      bulk.addEventListener("click", function (e) {
        var button = e.target.closest("[data-filter]");
        if (!button) return;
        var value = button.getAttribute("data-filter") === "all";
        boxes.forEach(function (b) { b.checked = value; });
        sync();
      });
    }

    /* "show in text" from the list: focus the highlight and open its explanation */
    document.addEventListener("click", function (e) {
      var back = e.target.closest(".finding__back");
      if (!back || back.closest("#popover")) return;
      var target = document.getElementById(back.getAttribute("href").slice(1));
      if (!target) return;
      e.preventDefault();
      var link = target;
      if (target.classList.contains("anchor")) {        // a finding that starts inside another's mark
        var mark = target.nextElementSibling;
        while (mark && !mark.matches("mark.hl")) mark = mark.nextElementSibling;
        link = mark ? $(".hl-link", mark) : null;
      }
      if (!link) return;
      link.scrollIntoView({ block: "center" });
      link.focus();
      open(link);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    initUpload();
    initResult();
  });
})();
