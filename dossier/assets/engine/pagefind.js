// The search engine Pagefind's UI loads (it imports "<bundlePath>pagefind.js"): Pagefind's own engine over each
// index of the site, whose results are merged as Pagefind's mergeIndex merges them, less the results an index
// gives for a word it does not hold. For such a word Pagefind searches the word's longest prefix the index holds
// (Pagefind's pull request 315): searched over several indexes at once, "anxiety", one article's word, also
// listed every speaker with an initial "A". Pagefind falls back for a word in a whole index or not at all, so
// the index's best result tells which: its text must hold the word (see stands).
const indexes = [];
let settings = {};
let loaded = null;  // a promise of the engines, made once by whichever call comes first

// The words of a search as Pagefind splits them, lower-cased; quotes and other marks are not words.
function wordsOf(text) {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
}

// The words Pagefind marked in a result's excerpt: the words it matched.
function markedWords(excerpt) {
  return wordsOf((excerpt.match(/<mark>[^<]*<\/mark>/g) || []).join(" ").replace(/<\/?mark>/g, " "));
}

// Endings English stemming takes off a word: a marked word that is the typed word less one of these is its stem.
const ENDINGS = new Set(["s", "es", "ed", "d", "ing", "er", "ers", "est", "ly", "ion", "ions", "ation", "ations",
  "ness", "ment", "ments", "ity", "al", "ally", "ive", "ies", "ied", "y", "e", "ful", "ism", "ist", "ists"]);

// Whether a word the excerpt marks is the prefix Pagefind fell back to for a typed word: a part of it that is no
// stem ("r" of "resign", "back" of "backbone"; "run" of "running" and "flood" of "flooding" are stems).
function fallenBack(mark, typed) {
  if (mark.length >= typed.length || !typed.startsWith(mark)) return false;
  const rest = typed.slice(mark.length);
  const undoubled = rest[0] === mark[mark.length - 1] ? rest.slice(1) : rest;
  return !ENDINGS.has(rest) && !ENDINGS.has(undoubled);
}

// Whether a page's word stands for a typed one: it starts with it (a word still being typed), or the two share
// at least half the typed word and three letters (Pagefind matches a word's stem: "flooding" finds "flooded",
// "running" finds "run"). A prefix Pagefind fell back to is shorter: "an" of "anxiety".
function stands(pageWord, typed) {
  let shared = 0;
  while (shared < typed.length && pageWord[shared] === typed[shared]) shared++;
  return shared === typed.length || shared >= Math.max(3, Math.floor(typed.length / 2));
}

// A typed word the excerpt marks only by a part of it is one the index lacks, however many page words stand for it.
async function holds(result, typed) {
  const page = await result.data();
  const pageWords = Array.from(new Set(wordsOf([page.content, ...Object.values(page.meta || {})].join(" "))));
  const marked = markedWords(page.excerpt || "");
  const lacks = (word) => marked.some((mark) => fallenBack(mark, word))
    && !marked.some((mark) => !fallenBack(mark, word) && stands(mark, word));
  return typed.every((word) => !lacks(word) && pageWords.some((pageWord) => stands(pageWord, word)));
}

// Each index's own copy of Pagefind's engine (its own module, worker and WebAssembly memory): engines made from
// one copy share its memory, and one per index loaded into it broke each other's searches.
function engines() {
  if (!loaded) {
    loaded = Promise.all(indexes.map(async (path) => {
      const engine = await import(path + "pagefind.js");
      await engine.options(settings);
      return engine;
    }));
  }
  return loaded;
}

export async function options(newOptions) {
  const { basePath, ...rest } = newOptions;
  if (basePath) indexes.unshift(basePath);
  settings = { ...settings, ...rest };
}

export async function mergeIndex(path) {
  indexes.push(path);
}

export async function init() {
  await engines();
}

export async function destroy() {
  const made = loaded ? await loaded : [];
  loaded = null;
  await Promise.all(made.map((engine) => engine.destroy()));
}

export async function preload(term, searchOptions) {
  await Promise.all((await engines()).map((engine) => engine.preload(term, searchOptions)));
}

function mergeFilters(all) {
  const merged = {};
  all.forEach((filters) => Object.entries(filters || {}).forEach(([key, values]) => {
    merged[key] = merged[key] || {};
    Object.entries(values).forEach(([value, count]) => { merged[key][value] = (merged[key][value] || 0) + count; });
  }));
  return merged;
}

export async function filters() {
  return mergeFilters(await Promise.all((await engines()).map((engine) => engine.filters())));
}

export async function search(term, searchOptions) {
  const typed = wordsOf(term || "");
  const found = await Promise.all((await engines()).map(async (engine) => {
    const response = await engine.search(term, searchOptions);
    const fellBack = response.results.length > 0 && typed.length > 0 && !(await holds(response.results[0], typed));
    return { ...response, results: fellBack ? [] : response.results };
  }));
  return {
    results: found.flatMap((response) => response.results).sort((a, b) => b.score - a.score),
    unfilteredResultCount: found.reduce((sum, response) => sum + response.results.length, 0),
    filters: mergeFilters(found.map((response) => response.filters)),
    totalFilters: mergeFilters(found.map((response) => response.totalFilters)),
    timings: found.map((response) => response.timings),
  };
}
