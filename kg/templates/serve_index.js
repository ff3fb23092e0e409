// The front page's search box: asks the SPARQL endpoint with the page's search query, the
// words typed bound as $text (an N-Triples string, made by JSON.stringify, never pasted into
// the query), and lists the entities found, each text node built with textContent. A link
// to /?q=WORDS opens the page with that search done.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var form = document.getElementById("kg-search-form");
  var input = document.getElementById("kg-search");
  var status = document.getElementById("kg-search-status");
  var list = document.getElementById("kg-results");

  function show(rows) {
    list.textContent = "";
    rows.forEach(function (row) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = "/entity?iri=" + encodeURIComponent(row.entity.value);
      link.textContent = row.label.value;
      item.appendChild(link);
      list.appendChild(item);
    });
    status.textContent = rows.length ? rows.length + " found" : "no entity has that name";
    document.body.setAttribute("data-kg-found", String(rows.length));
  }

  function search(words) {
    status.textContent = "searching…";
    var url = data.endpoint + "?query=" + encodeURIComponent(data.search) +
      "&" + encodeURIComponent("$text") + "=" + encodeURIComponent(JSON.stringify(words));
    fetch(url, { headers: { "Accept": "application/sparql-results+json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error("the endpoint answered " + response.status); }
        return response.json();
      })
      .then(function (answer) { show(answer.results.bindings); })
      .catch(function (error) {
        status.textContent = String(error.message || error);
        document.body.setAttribute("data-kg-error", status.textContent);
      });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var words = input.value.trim();
    if (words) { search(words); }
  });

  var asked = new URLSearchParams(window.location.search).get("q");
  if (asked) {
    input.value = asked;
    form.requestSubmit();
  }
})();
