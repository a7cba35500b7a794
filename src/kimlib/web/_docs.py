"""``/docs``: an interactive page that needs nothing from the internet.

Frameworks' docs pages (Swagger UI, ReDoc) load their scripts from a CDN,
which a Dinas's intranet may not reach; this page is one small HTML file
with its script inline. It reads ``openapi.json`` from the same server,
lists every route and sends a request typed into it.

>>> page = docs_page("en")
>>> "<title>kimlib web API</title>" in page, "https://" in page
(True, False)
"""

from __future__ import annotations

import html
import json

from kimlib.messages import Lang, render

__all__ = ["docs_page"]

_PAGE = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem;
       padding: 0 1rem; color: #1d1d1d; }}
h1 {{ font-size: 1.5rem; }}
details {{ border: 1px solid #ccc; border-radius: 4px; margin: .5rem 0;
          padding: .4rem .8rem; }}
summary {{ cursor: pointer; }}
code, textarea, pre {{ font: 13px/1.4 ui-monospace, monospace; }}
.method {{ display: inline-block; min-width: 3.5rem; font-weight: bold; }}
label {{ display: block; margin: .3rem 0; }}
input {{ width: 20rem; }}
textarea {{ width: 100%; height: 10rem; }}
pre {{ background: #f5f5f5; padding: .5rem; overflow: auto; max-height: 30rem; }}
</style>
</head>
<body>
<h1>{title}</h1>
<p>{intro}</p>
<div id="routes"></div>
<script>
"use strict";
const WORDS = {{send: {send}, body: {body}, answer: {answer}}};
const base = location.pathname.replace(/\\/docs\\/?$/, "");
function element(tag, text) {{
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}}
function form(path, method, operation) {{
  const box = element("details");
  const summary = element("summary");
  summary.append(element("span", method.toUpperCase()), " ", element("code", path),
                 " ", operation.summary || "");
  summary.firstChild.className = "method";
  box.append(summary);
  const inputs = {{}};
  for (const parameter of operation.parameters || []) {{
    if (parameter.in === "header") continue;
    const label = element("label", parameter.name + " ");
    const input = element("input");
    input.placeholder = parameter.description || "";
    label.append(input);
    box.append(label);
    inputs[parameter.name] = [parameter.in, input];
  }}
  let body = null;
  if (operation.requestBody) {{
    box.append(element("label", WORDS.body));
    body = element("textarea");
    const media = Object.values(operation.requestBody.content)[0];
    if (media.example) body.value = JSON.stringify(media.example, null, 2);
    box.append(body);
  }}
  const button = element("button", WORDS.send);
  const answer = element("pre");
  button.onclick = async () => {{
    let url = base + path;
    const query = new URLSearchParams();
    for (const [name, [place, input]] of Object.entries(inputs)) {{
      if (!input.value) continue;
      if (place === "path") url = url.replace("{{" + name + "}}",
                                              encodeURIComponent(input.value));
      else query.set(name, input.value);
    }}
    if ([...query].length) url += "?" + query;
    const init = {{method: method.toUpperCase()}};
    if (body) {{
      init.body = body.value;
      init.headers = {{"Content-Type": path.endsWith("/batch")
        ? "application/x-ndjson" : "application/json"}};
    }}
    const response = await fetch(url, init);
    let text = await response.text();
    try {{ text = JSON.stringify(JSON.parse(text), null, 2); }} catch (_) {{}}
    answer.textContent = WORDS.answer + ": " + response.status + "\\n" + text;
  }};
  box.append(button, answer);
  return box;
}}
fetch(base + "/v1/openapi.json").then(r => r.json()).then(spec => {{
  const routes = document.getElementById("routes");
  for (const [path, item] of Object.entries(spec.paths))
    for (const [method, operation] of Object.entries(item))
      routes.append(form(path, method, operation));
}});
</script>
</body>
</html>
"""


def docs_page(lang: Lang) -> str:
    """The page, its words in ``lang``."""

    def word(key: str) -> str:
        return html.escape(render(key, lang))

    def script(key: str) -> str:  # a JSON string, safe inside <script>
        return json.dumps(render(key, lang)).replace("<", "\\u003c")

    return _PAGE.format(
        lang=lang,
        title=word("web.docs.title"),
        intro=word("web.docs.intro"),
        send=script("web.docs.send"),
        body=script("web.docs.body"),
        answer=script("web.docs.answer"),
    )
