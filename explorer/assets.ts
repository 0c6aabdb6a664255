// The explorer page's style and script, as strings inlined into the page (a .ts module, not
// separate files, so the compiled dist/ build carries them without a copy step).

/** The page's only script: links source lines and instructions. Instruction spans carry
 *  `data-lines`, the source lines they came from. Plain ES5, no dependencies. */
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var status = document.getElementById('status');
  function clear() {
    document.querySelectorAll('.hl').forEach(function (el) { el.classList.remove('hl'); });
    document.querySelectorAll('.src.sel').forEach(function (el) { el.classList.remove('sel'); });
  }
  function selectLine(line) {
    clear();
    var src = document.getElementById('L' + line);
    if (src) src.classList.add('sel');
    var found = document.querySelectorAll('.ins[data-lines~="' + line + '"]');
    found.forEach(function (el) { el.classList.add('hl'); });
    status.textContent = 'line ' + line + ': ' + found.length + ' instruction(s) highlighted across all stages';
    return found;
  }
  document.querySelectorAll('.src').forEach(function (el) {
    el.addEventListener('click', function () { selectLine(el.getAttribute('data-line')); });
  });
  document.querySelectorAll('.ins[data-lines]').forEach(function (el) {
    el.addEventListener('click', function () {
      var lines = el.getAttribute('data-lines').split(' ');
      selectLine(lines[0]);
      lines.slice(1).forEach(function (line) {
        var src = document.getElementById('L' + line);
        if (src) src.classList.add('sel');
      });
      el.classList.add('hl');
      var first = document.getElementById('L' + lines[0]);
      if (first) first.scrollIntoView({ block: 'center' });
    });
  });
})();
`;

export const STYLE = String.raw`
body { font-family: system-ui, sans-serif; margin: 1em 2em; color: #222; }
pre { font-family: ui-monospace, monospace; font-size: 13px; background: #f7f7f7; padding: 0.5em; overflow-x: auto; }
.src { display: block; cursor: pointer; }
.src:hover { background: #eef; }
.src.sel { background: #ffe58a; }
.ln { display: inline-block; width: 3em; color: #999; text-align: right; margin-right: 1em; user-select: none; }
.ins { cursor: pointer; }
.ins.hl { background: #ffe58a; outline: 1px solid #e0b000; }
.diff .add { color: #080; background: #eaffea; display: block; }
.diff .del { color: #a00; background: #ffecec; display: block; }
.diff .hunk { color: #66c; display: block; }
.nochange { color: #888; font-style: italic; }
section.stage { border-top: 2px solid #ccc; margin-top: 1.5em; }
figure { display: inline-block; vertical-align: top; margin: 0.5em; }
figcaption { font-family: ui-monospace, monospace; font-size: 12px; }
#status { min-height: 1.2em; color: #555; }
`;
