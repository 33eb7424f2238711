// The online site's search box: Pagefind's UI in the header, each result labelled with its kind.
new PagefindUI({
  element: "#dossier-search",
  showSubResults: false,
  showImages: false,
  resetStyles: false,
  processResult: function (result) {
    if (result.meta && result.meta.kind) {
      result.meta.title = result.meta.kind + " · " + result.meta.title;
    }
    return result;
  },
});
// "/" focuses the search box, as in Material's own search.
document.addEventListener("keydown", function (event) {
  var input = document.querySelector("#dossier-search input");
  if (event.key === "/" && input && document.activeElement !== input) {
    event.preventDefault();
    input.focus();
  }
});
