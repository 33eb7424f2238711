// The online site's search box: Pagefind's UI in the header, over one index per section
// (articles, speakers, entities, claims) merged into one list, each result labelled with its kind.
(function () {
  var box = document.getElementById("dossier-search");
  // This script is assets/dossier/search.js: the site's root is two folders up.
  var root = new URL("../../", document.currentScript.src);
  // One index per section, or "section:N" for a section indexed in parts 1 to N (section-1 ... section-N).
  var bundles = [];
  box.dataset.sections.split(" ").forEach(function (word) {
    var parts = word.split(":");
    var names = [parts[0]];
    if (parts.length > 1) {
      names = [];
      for (var part = 1; part <= Number(parts[1]); part++) names.push(parts[0] + "-" + part);
    }
    names.forEach(function (name) { bundles.push(new URL("pagefind/" + name + "/", root).pathname); });
  });
  new PagefindUI({
    element: "#dossier-search",
    // The UI loads its engine from bundlePath: ours (engine/pagefind.js), which searches the indexes named by
    // basePath and mergeIndex and drops an index's results for a word it does not hold.
    bundlePath: new URL("engine/", document.currentScript.src).pathname,
    basePath: bundles[0],
    mergeIndex: bundles.slice(1).map(function (path) { return { bundlePath: path }; }),
    showSubResults: false,
    showImages: false,
    resetStyles: false,
    processResult: function (result) {
      // The kind leads the title; left in the metadata, the UI would repeat it as a tag.
      if (result.meta && result.meta.kind) {
        result.meta.title = result.meta.kind + " · " + result.meta.title;
        delete result.meta.kind;
      }
      return result;
    },
  });
  // "/" focuses the search box, as in Material's own search.
  document.addEventListener("keydown", function (event) {
    var input = box.querySelector("input");
    if (event.key === "/" && input && document.activeElement !== input) {
      event.preventDefault();
      input.focus();
    }
  });
})();
