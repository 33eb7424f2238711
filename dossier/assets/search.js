// The online site's search box: Pagefind's UI in the header, over one index per section
// (articles, speakers, entities, claims) merged into one list, each result labelled with its kind.
(function () {
  var box = document.getElementById("dossier-search");
  // This script is assets/dossier/search.js: the site's root is two folders up.
  var root = new URL("../../", document.currentScript.src);
  var bundles = box.dataset.sections.split(" ").map(function (section) {
    return new URL("pagefind/" + section + "/", root).pathname;
  });
  new PagefindUI({
    element: "#dossier-search",
    bundlePath: bundles[0],
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
