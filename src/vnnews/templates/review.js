// vnnews review page: filters, fact <-> text navigation, tooltips. Builds no markup from data:
// every string from the record goes in through textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("review-data").textContent);
  var article = document.getElementById("article");
  var tip = document.getElementById("tip");
  var piecesOf = {};  // fact id -> its pieces, in text order
  var pieces = article.querySelectorAll(".p");
  Array.prototype.forEach.call(pieces, function (p) {
    p.getAttribute("data-m").split(" ").forEach(function (m) {
      var f = data.marks[m].f;
      (piecesOf[f] = piecesOf[f] || []).push(p);
    });
  });
  function factsOf(piece) {
    var seen = [];
    piece.getAttribute("data-m").split(" ").forEach(function (m) {
      if (seen.indexOf(data.marks[m].f) < 0) { seen.push(data.marks[m].f); }
    });
    return seen;
  }
  function button(f) { return document.querySelector('.fbtn[data-fact="' + f + '"]'); }
  function setHot(f, on) {
    (piecesOf[f] || []).forEach(function (p) { p.classList.toggle("hot", on); });
  }
  function showTip(piece) {
    var lines = piece.getAttribute("data-m").split(" ").map(function (m) {
      var mark = data.marks[m], fact = data.facts[mark.f];
      return fact.k + ": " + fact.l + (mark.r ? "  [" + mark.r + "]" : "");
    });
    tip.textContent = lines.join("\n");
    tip.hidden = false;
    var r = piece.getBoundingClientRect();
    tip.style.left = Math.max(4, Math.min(r.left, window.innerWidth - tip.offsetWidth - 4)) + "px";
    var below = r.bottom + 6;
    tip.style.top = (below + tip.offsetHeight < window.innerHeight ? below : r.top - tip.offsetHeight - 6) + "px";
  }
  function flash(f) {
    var ps = piecesOf[f] || [];
    if (!ps.length) { return; }
    var smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    ps[0].scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
    ps.forEach(function (p) {
      p.classList.remove("flash");
      void p.offsetWidth;  // restart the animation on a second click
      p.classList.add("flash");
    });
    window.setTimeout(function () { ps.forEach(function (p) { p.classList.remove("flash"); }); }, 1700);
  }
  document.querySelectorAll(".fbtn").forEach(function (b) {
    var f = b.getAttribute("data-fact");
    b.addEventListener("click", function () { flash(f); });
    ["mouseenter", "focus"].forEach(function (e) { b.addEventListener(e, function () { setHot(f, true); }); });
    ["mouseleave", "blur"].forEach(function (e) { b.addEventListener(e, function () { setHot(f, false); }); });
  });
  article.addEventListener("mouseover", function (e) {
    var p = e.target.closest ? e.target.closest(".p") : null;
    if (p) { showTip(p); factsOf(p).forEach(function (f) { var b = button(f); if (b) { b.classList.add("hot"); } }); }
  });
  article.addEventListener("mouseout", function (e) {
    var p = e.target.closest ? e.target.closest(".p") : null;
    if (p) { tip.hidden = true; factsOf(p).forEach(function (f) { var b = button(f); if (b) { b.classList.remove("hot"); } }); }
  });
  article.addEventListener("click", function (e) {
    var p = e.target.closest ? e.target.closest(".p") : null;
    var b = p ? button(factsOf(p)[0]) : null;
    if (b && !document.body.classList.contains("hide-" + b.getAttribute("data-kind"))) { b.focus(); }
  });
  document.querySelectorAll("input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.getAttribute("data-kind"), !box.checked);
    });
  });
})();
