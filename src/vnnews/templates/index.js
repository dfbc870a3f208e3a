// Sort the index table by a column (numbers as numbers), keyboard-operable header buttons.
(function () {
  "use strict";
  var table = document.getElementById("index");
  var body = table.tBodies[0];
  table.querySelectorAll("th button").forEach(function (b, col) {
    b.addEventListener("click", function () {
      var th = b.parentNode;
      var asc = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var numeric = th.classList.contains("n");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, c) {
        var x = a.cells[col].getAttribute("data-v"), y = c.cells[col].getAttribute("data-v");
        var d = numeric ? Number(x) - Number(y) : x.localeCompare(y, "vi");
        return asc ? d : -d;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
})();
