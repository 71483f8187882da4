// The site's stylesheet and its one small script, inlined in every page (no fetches, no fonts).
// Colours: dark text (#111) on light kind colours, all above 10:1 contrast; kinds also differ by
// the style of their bottom border, statuses by outline style and a sign, so colour is never the
// only cue.

export const CSS = `
:root{--person:#ffd8a8;--person-b:#c2410c;--country:#a5d8ff;--country-b:#1864ab;--organization:#d0bfff;--organization-b:#5f3dc4;
--date:#b2f2bb;--date-b:#2b8a3e;--commitment:#fff3bf;--commitment-b:#0b7285;--false:#b91c1c;--wrong:#a14a00;--added:#15803d;--removed:#b91c1c;--changed:#a14a00;--focus:#1d4ed8}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#111;background:#fff}
a{color:#1d4ed8}
a:focus-visible,button:focus-visible,input:focus-visible,summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem;z-index:20}.skip:focus{left:.5rem}
.top{display:flex;flex-wrap:wrap;align-items:center;gap:1.5rem;padding:.5rem 1.5rem;background:#1f2937;color:#fff}
.top .brand{margin:0;font-weight:700}
.top ul{display:flex;gap:1.25rem;list-style:none;margin:0;padding:0}
.top a{color:#fff}.top a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
main{padding:1rem 1.5rem 3rem;max-width:1700px}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.15rem;margin:1.25rem 0 .5rem}
.meta{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;margin:.25rem 0 .75rem;padding:0;color:#374151}
.meta div{display:flex;gap:.35rem}.meta dt{font-weight:600}.meta dd{margin:0}
.muted{color:#4b5563}
.notice{border-left:4px solid var(--wrong);background:#fff7ed;padding:.5rem .75rem}
table{border-collapse:collapse;font-size:14px}
th,td{padding:.3rem .55rem;border-bottom:1px solid #e5e7eb;text-align:left;vertical-align:top}
thead th{background:#f3f4f6;position:sticky;top:0;z-index:1}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
td small{display:block;color:#4b5563}
.docs td:first-child{max-width:40rem}
.pager{display:flex;flex-wrap:wrap;gap:.35rem;align-items:center;margin:.75rem 0;padding:0;list-style:none}
.pager a,.pager span{display:inline-block;min-width:2rem;padding:.1rem .45rem;border:1px solid #d1d5db;border-radius:4px;text-align:center;text-decoration:none}
.pager [aria-current=page]{background:#1f2937;color:#fff;border-color:#1f2937}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;margin:.5rem 0;padding:.5rem .75rem;background:#f9fafb;border:1px solid #e5e7eb;border-radius:6px;font-size:14px}
.legend h2{font-size:14px;margin:0 .25rem 0 0}
.legend label{display:inline-flex;gap:.3rem;align-items:center;cursor:pointer}
.legend .sep{width:1px;align-self:stretch;background:#d1d5db}
.doc-grid{display:grid;grid-template-columns:minmax(0,1fr) minmax(24rem,42%);gap:1.5rem;align-items:start}
@media (max-width:1000px){.doc-grid{grid-template-columns:1fr}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font:17px/2.2 Georgia,"Times New Roman",serif;max-width:80ch;margin:0}
.side{position:sticky;top:0;max-height:100vh;overflow:auto;padding-bottom:1rem}
.side table{width:100%;font-size:13px}.side td:first-child{width:45%}
.facts{content-visibility:auto;contain-intrinsic-size:auto 2000px}
#details{border:1px solid #d1d5db;border-radius:6px;padding:.5rem .75rem;margin-bottom:.75rem;background:#f9fafb;min-height:4rem;font-size:14px}
#details dl,#tip dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:.25rem 0 0}
#details dt,#tip dt{font-weight:600}#details dd,#tip dd{margin:0;overflow-wrap:anywhere}
#details p,#tip p{margin:0}
#tip{position:absolute;z-index:10;max-width:30rem;background:#111827;color:#f9fafb;padding:.5rem .75rem;border-radius:6px;font-size:13px;line-height:1.4;pointer-events:none;box-shadow:0 4px 14px rgba(0,0,0,.3)}
.tt{font-style:italic}
.sw{display:inline-block;width:.9em;height:.9em;margin-right:.35em;vertical-align:-.1em;border-radius:2px;background:var(--kc);border:1px solid var(--kb)}
mark.m{color:inherit;background:var(--kc);border-bottom:2px solid var(--kb);border-radius:2px;padding:0 1px;cursor:pointer;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.k-person{--kc:var(--person);--kb:var(--person-b)}
.k-country{--kc:var(--country);--kb:var(--country-b)}mark.k-country{border-bottom-style:double;border-bottom-width:3px}
.k-organization{--kc:var(--organization);--kb:var(--organization-b)}mark.k-organization{border-bottom-style:dotted}
.k-date{--kc:var(--date);--kb:var(--date-b)}mark.k-date{border-bottom-style:dashed}
.k-commitment{--kc:var(--commitment);--kb:var(--commitment-b)}
mark.k-commitment{border-bottom:0;padding:0;text-decoration:underline 3px var(--commitment-b);text-underline-offset:8px;text-decoration-skip-ink:none}
mark.k-commitment.neg{text-decoration-style:dashed}
mark.k-commitment.cd1{text-underline-offset:13px;background:transparent}mark.k-commitment.cd2{text-underline-offset:17px;background:transparent}
mark.o-missed{background:repeating-linear-gradient(135deg,var(--kc) 0 4px,#fff 4px 7px);border:1px dashed #374151}
mark.k-commitment.o-missed{text-decoration:underline 3px dotted #374151;border:0}
mark.g-false{outline:2px dashed var(--false);outline-offset:1px}
mark.g-wrong{outline:2px dotted var(--wrong);outline-offset:1px}
mark.g-false::after,mark.g-wrong::after,mark.o-missed::after{font:700 11px/1 system-ui,sans-serif;vertical-align:super;margin-left:1px}
mark.g-false::after{content:"\\2717";color:var(--false)}
mark.g-wrong::after{content:"\\2260";color:var(--wrong)}
mark.o-missed::after{content:"\\25CB";color:#111}
mark.d-added{box-shadow:0 0 0 2px var(--added)}
mark.d-changed{box-shadow:0 0 0 2px var(--changed)}
mark.d-removed{box-shadow:0 0 0 2px var(--removed);text-decoration:line-through 2px var(--removed);background:#fff}
mark.d-added::before,mark.d-changed::before,mark.d-removed::before{font:700 12px/1 system-ui,sans-serif;vertical-align:super;margin-right:1px}
mark.d-added::before{content:"+";color:var(--added)}
mark.d-changed::before{content:"~";color:var(--changed)}
mark.d-removed::before{content:"\\2212";color:var(--removed)}
mark[data-cont]::before,mark[data-cont]::after{content:none}
legend mark.m,.legend mark.m{cursor:default}
mark.m.hl{outline:3px solid var(--focus);outline-offset:1px}
mark.m.sel{outline:3px solid var(--focus);outline-offset:1px;box-shadow:0 0 0 5px #bfdbfe}
mark.m:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.bp{color:#4b5563;background:#f3f4f6}
tr.sel td{background:#dbeafe}
td.k{white-space:nowrap}
.st{display:inline-block;padding:0 .3rem;border-radius:3px;font-size:12px;font-weight:600;border:1px solid currentColor;white-space:nowrap}
.st-false{color:var(--false)}.st-wrong,.st-changed{color:var(--wrong)}.st-missed{color:#111}.st-match{color:#15803d}.st-added{color:var(--added)}.st-removed{color:var(--removed)}
.hide-person .k-person,.hide-country .k-country,.hide-organization .k-organization,.hide-date .k-date{background:none!important;border-color:transparent!important;outline:none!important;box-shadow:none!important}
.hide-commitment mark.k-commitment{text-decoration:none;background:none;outline:none;box-shadow:none}
.hide-person tr.k-person,.hide-country tr.k-country,.hide-organization tr.k-organization,.hide-date tr.k-date,.hide-commitment tr.k-commitment{display:none}
.hide-person mark.k-person::after,.hide-country mark.k-country::after,.hide-organization mark.k-organization::after,.hide-date mark.k-date::after,.hide-commitment mark.k-commitment::after,
.hide-person mark.k-person::before,.hide-country mark.k-country::before,.hide-organization mark.k-organization::before,.hide-date mark.k-date::before,.hide-commitment mark.k-commitment::before{content:none}
.timeline svg{display:block;max-width:100%;height:auto;font:12px system-ui,sans-serif}
.timeline .lbl{fill:#111}.timeline .axis{stroke:#6b7280}.timeline .grid{stroke:#e5e7eb}
.timeline a:focus-visible rect.hit{stroke:var(--focus);stroke-width:3px}
.timeline a:hover rect.hit{fill:#eff6ff}
.figs td.n,.figs th{white-space:nowrap}.figs td:last-child{min-width:14rem}
.scroll{overflow-x:auto;max-width:100%}
`;

/** Hover or focus shows a fact's details; click, Enter or Space pins them in the side panel. */
export const SCRIPT = `
(function(){
var el=document.getElementById('facts-data');if(!el)return;
var data=JSON.parse(el.textContent),tip=document.getElementById('tip'),panel=document.getElementById('details');
function esc(s){return String(s).replace(/[&<>"']/g,function(c){return{'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c];});}
function body(id){var f=data[id];if(!f)return'';var h='<p><span class="sw k-'+f.k+'"></span><strong>'+esc(f.l)+'</strong></p><p class="tt">\\u201C'+esc(f.t)+'\\u201D</p><dl>';
for(var i=0;i<f.d.length;i++)h+='<dt>'+esc(f.d[i][0])+'</dt><dd>'+esc(f.d[i][1])+'</dd>';return h+'</dl>';}
function marks(id){return document.querySelectorAll('mark[data-f="'+id+'"]');}
function mark(t){return t&&t.closest?t.closest('mark[data-f]'):null;}
function flag(id,c,on){var ms=marks(id);for(var i=0;i<ms.length;i++)ms[i].classList.toggle(c,on);}
var hov=null,sel=null;
function show(m){var id=m.getAttribute('data-f');if(hov)flag(hov,'hl',false);hov=id;flag(id,'hl',true);tip.innerHTML=body(id);tip.hidden=false;
var r=m.getClientRects()[0]||m.getBoundingClientRect(),w=document.documentElement.clientWidth;
tip.style.top=(r.bottom+window.scrollY+8)+'px';tip.style.left=Math.max(8,Math.min(r.left+window.scrollX,window.scrollX+w-tip.offsetWidth-8))+'px';}
function hide(){if(hov)flag(hov,'hl',false);hov=null;tip.hidden=true;}
function pick(id,scroll){if(!data[id])return;if(sel){flag(sel,'sel',false);var o=document.getElementById('row-'+sel);if(o)o.classList.remove('sel');}
sel=id;flag(id,'sel',true);panel.innerHTML=body(id);var row=document.getElementById('row-'+id);if(row){row.classList.add('sel');if(scroll)row.scrollIntoView({block:'nearest'});}
if(history.replaceState)history.replaceState(null,'','#'+id);}
document.addEventListener('mouseover',function(e){var m=mark(e.target);if(m)show(m);});
document.addEventListener('mouseout',function(e){var m=mark(e.target);if(m&&!(e.relatedTarget&&m.contains(e.relatedTarget)))hide();});
document.addEventListener('focusin',function(e){var m=mark(e.target);if(m&&m===e.target)show(m);});
document.addEventListener('focusout',function(){hide();});
document.addEventListener('click',function(e){var a=e.target.closest&&e.target.closest('a[data-goto]');
if(a){e.preventDefault();var id=a.getAttribute('data-goto'),m=document.getElementById(id);if(m){m.scrollIntoView({block:'center'});m.focus({preventScroll:true});}pick(id,false);return;}
var m=mark(e.target);if(m)pick(m.getAttribute('data-f'),true);});
document.addEventListener('keydown',function(e){if(e.key==='Escape'){hide();return;}
var t=e.target;if(t&&t.matches&&t.matches('mark[data-f]')&&(e.key==='Enter'||e.key===' ')){e.preventDefault();pick(t.getAttribute('data-f'),true);}});
var boxes=document.querySelectorAll('input[data-kind]');for(var i=0;i<boxes.length;i++)boxes[i].addEventListener('change',function(){document.body.classList.toggle('hide-'+this.getAttribute('data-kind'),!this.checked);});
function fromHash(){var h=location.hash.slice(1);if(h&&data[h])pick(h,true);}
window.addEventListener('hashchange',fromHash);fromHash();
})();
`;
