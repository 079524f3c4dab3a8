/**
 * The whole stylesheet. Logical properties (inline/block) make the same rules right for
 * Arabic pages, which are laid out right to left.
 */
export const appCss = `
:root{--ink:#1d2327;--muted:#555f66;--line:#d5dadd;--accent:#0b5d7a;--accent-ink:#fff;--bg:#fbfaf7;--ok:#1e7a46;--err:#a32020;font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans Arabic",Tahoma,sans-serif;color:var(--ink);background:var(--bg);line-height:1.5}
*{box-sizing:border-box}
body{margin:0}
a{color:var(--accent)}
.skip{position:absolute;inset-inline-start:-999px}.skip:focus{inset-inline-start:1rem;top:1rem;background:#fff;padding:.5rem;z-index:2}
header.site,footer.site{padding:.75rem 1rem;border-block-end:1px solid var(--line);display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;justify-content:space-between}
footer.site{border-block-end:0;border-block-start:1px solid var(--line);color:var(--muted);font-size:.875rem;margin-block-start:3rem}
.brand{font-weight:700;text-decoration:none;color:var(--ink)}
nav.langs ul{list-style:none;display:flex;gap:.75rem;margin:0;padding:0}
nav.langs a[aria-current]{font-weight:700;color:var(--ink);text-decoration:none}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:clamp(1.6rem,4vw,2.4rem);line-height:1.2;margin:.5rem 0}
.cover{width:100%;height:auto;aspect-ratio:1200/630;border-radius:.5rem;display:block;background:#ddd}
.layout{display:grid;gap:1.5rem}
.give-link{margin-block-end:.5rem}
@media (min-width:60rem){.layout{grid-template-columns:minmax(0,3fr) minmax(0,2fr);grid-template-areas:"intro progress" "story donate";column-gap:2rem}.intro{grid-area:intro}.progress-box{grid-area:progress}.story-box{grid-area:story}.donate-box{grid-area:donate;position:sticky;top:1rem;align-self:start}a.button.give-link{display:none}}
.summary{font-size:1.15rem;color:var(--muted)}
.stats{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin-block:1rem}
.stats .raised{font-size:1.5rem;font-weight:700;margin:0}
progress{width:100%;height:.75rem;accent-color:var(--accent)}
.meta{color:var(--muted);font-size:.9rem;margin:.25rem 0}
.story{font-size:1.05rem;max-width:40rem}
form.donate{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:1rem}
fieldset{border:0;padding:0;margin:0 0 1rem}
legend,label.block{font-weight:600;display:block;margin-block-end:.35rem}
.choices{display:flex;flex-wrap:wrap;gap:.5rem}
.choices label{border:1px solid var(--line);border-radius:.35rem;padding:.4rem .75rem;cursor:pointer;background:var(--bg)}
.choices input{margin-inline-end:.35rem}
.currencies a{padding:.3rem .6rem;border:1px solid var(--line);border-radius:.35rem;text-decoration:none}
.currencies a[aria-current]{background:var(--accent);color:var(--accent-ink);border-color:var(--accent)}
input[type=text],input[type=email],select,textarea{width:100%;font:inherit;padding:.5rem;border:1px solid #9aa3a8;border-radius:.35rem;background:#fff}
.check{display:flex;gap:.5rem;align-items:flex-start;margin-block:.5rem}
a.button{display:inline-block;text-decoration:none;text-align:center}
button,a.button{font:inherit;font-weight:700;background:var(--accent);color:var(--accent-ink);border:0;border-radius:.35rem;padding:.75rem 1.25rem;cursor:pointer;width:100%}
button:focus-visible,a:focus-visible,input:focus-visible{outline:3px solid #f0b400;outline-offset:2px}
.error{color:var(--err);font-weight:600}
.alert{border-inline-start:4px solid var(--err);background:#fff3f3;padding:.75rem 1rem;margin-block:1rem}
.notice{border-inline-start:4px solid var(--accent);background:#eef6f9;padding:.75rem 1rem;margin-block:1rem}
.cards{display:grid;gap:1.25rem;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr));padding:0;list-style:none}
.card{background:#fff;border:1px solid var(--line);border-radius:.5rem;overflow:hidden}
.card .body{padding:1rem}
.card h2,.card h3{margin:.25rem 0;font-size:1.2rem}
nav.staff{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center}
nav.staff ul{list-style:none;display:flex;flex-wrap:wrap;gap:.75rem;margin:0;padding:0}
nav.staff button{width:auto;padding:.4rem .9rem}
table{border-collapse:collapse;width:100%;background:#fff;margin-block:1rem}
th,td{text-align:start;padding:.45rem .6rem;border-block-end:1px solid var(--line);vertical-align:top}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dd{margin:0}
`;
