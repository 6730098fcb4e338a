"""XSS corpus for the Markdown renderer, reusable by page-level (Django) tests.

``XSS_CASES`` maps a short id to the Markdown a hostile user could save as a note;
``XSS_VECTORS`` is the same list without ids. Every one must render to HTML that passes
``tests.notes_pure.html_safety.unsafe_findings`` (no script-capable element, attribute or URL).
"""

PNG_B64 = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAA"
    "AABJRU5ErkJggg=="
)
SCRIPT_B64 = "PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="

XSS_CASES: dict[str, str] = {
    # <script> in every shape
    "script-plain": "<script>alert(1)</script>",
    "script-upper": "<SCRIPT>alert(1)</SCRIPT>",
    "script-split": "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "script-nested": "<script<script>>alert(1)</script></script>",
    "script-src": '<script src="https://evil.example/x.js"></script>',
    "script-inline-in-text": "Hello <script>alert(1)</script> world",
    "script-in-heading": "# Title <script>alert(1)</script>",
    "script-in-setext-heading": "<script>alert(1)</script>\n===",
    "script-in-table-cell": (
        "| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |"
    ),
    "script-in-task-item": "- [ ] <script>alert(1)</script>\n- [x] <img src=x onerror=alert(1)>",
    "script-in-link-text": "[<script>alert(1)</script>](https://example.com)",
    "script-in-blockquote": "> <script>alert(1)</script>",
    # javascript: URLs in Markdown links
    "js-link": "[x](javascript:alert(1))",
    "js-link-mixed-case": "[x](JaVaScRiPt:alert(1))",
    "js-link-decimal-entity": "[x](&#106;avascript:alert(1))",
    "js-link-hex-entity": "[x](&#x6A;avascript:alert(1))",
    "js-link-padded-entities": "[x](&#0000106&#0000097&#0000118&#0000097script:alert(1))",
    "js-link-tab": "[x](<java\tscript:alert(1)>)",
    "js-link-tab-entity": "[x](java&#9;script:alert(1))",
    "js-link-newline-entity": "[x](java&#x0A;script:alert(1))",
    "js-link-colon-entity": "[x](javascript&colon;alert(1))",
    "js-link-leading-space": "[x](<  javascript:alert(1)>)",
    "js-link-control-char": "[x](\x01javascript:alert(1))",
    "js-link-nul": "[x](<\x00javascript:alert(1)>)",
    "js-link-title-breakout": '[x](https://example.com "t\\" onmouseover=\\"alert(1)")',
    "js-link-quote-in-url": '[x](https://example.com/"onmouseover="alert(1))',
    "js-reference-link": "[x][ref]\n\n[ref]: javascript:alert(1)",
    "js-reference-link-angle": '[x][ref]\n\n[ref]: <javascript:alert(1)> "title"',
    "js-reference-link-entity": "[x][r]\n\n[r]: &#x6A;avascript:alert(1)",
    # images
    "js-image": "![x](javascript:alert(1))",
    "js-image-entity": "![x](&#106;avascript:alert(1))",
    "data-html-image": f"![x](data:text/html;base64,{SCRIPT_B64})",
    "data-svg-image": f"![x](data:image/svg+xml;base64,{SCRIPT_B64})",
    "data-png-image": f"![x](data:image/png;base64,{PNG_B64})",
    "image-alt-breakout": '![x" onerror="alert(1)](https://example.com/a.png)',
    "image-title-breakout": '![x](https://example.com/a.png "a\\" onerror=\\"alert(1)")',
    # autolinks
    "autolink-js": "<javascript:alert(1)>",
    "autolink-js-upper": "<JAVASCRIPT:alert(1)>",
    "autolink-data": f"<data:text/html;base64,{SCRIPT_B64}>",
    "autolink-vbscript": "<vbscript:msgbox(1)>",
    "bare-url-with-script": "http://example.com/<script>alert(1)</script>",
    "bare-www-quote": 'www.example.com/"onmouseover="alert(1)',
    "bare-email-quote": 'x@example.com"onmouseover="alert(1)',
    # other dangerous schemes
    "data-html-link": "[x](data:text/html,<script>alert(1)</script>)",
    "vbscript-link": "[x](vbscript:msgbox(1))",
    "file-link": "[x](file:///etc/passwd)",
    "percent-encoded-js": "[x](javascript%3Aalert(1))",
    # on* event handler attributes
    "img-onerror": "<img src=x onerror=alert(1)>",
    "a-onmouseover": '<a href="#" onmouseover="alert(1)">hover</a>',
    "a-js-href": '<a href="jav&#x09;ascript:alert(1)">x</a>',
    "input-onfocus": "<input onfocus=alert(1) autofocus>",
    "details-ontoggle": "<details open ontoggle=alert(1)><summary>x</summary></details>",
    "body-onload": "<body onload=alert(1)>",
    "video-source-onerror": "<video><source onerror=alert(1)></video>",
    # dangerous elements
    "svg-onload": "<svg onload=alert(1)>",
    "svg-script": "<svg><script>alert(1)</script></svg>",
    "svg-use-href": '<svg><use href="data:image/svg+xml;base64,PHN2Zz4=#x"/></svg>',
    "iframe": '<iframe src="https://evil.example"></iframe>',
    "iframe-srcdoc": '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "object": '<object data="javascript:alert(1)"></object>',
    "embed": '<embed src="javascript:alert(1)">',
    "style-tag": "<style>body{background:url(javascript:alert(1))}</style>",
    "link-stylesheet": '<link rel="stylesheet" href="https://evil.example/x.css">',
    "meta-refresh": '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "form-action": (
        '<form action="https://evil.example"><input name=p>'
        '<button formaction="javascript:alert(1)">go</button></form>'
    ),
    "button-formaction": '<button formaction="javascript:alert(1)">x</button>',
    "base-href": '<base href="https://evil.example/">',
    "template-script": "<template><script>alert(1)</script></template>",
    "xmp-script": "<xmp><script>alert(1)</script></xmp>",
    "noscript-mxss": '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    # raw HTML blocks and comments
    "html-block-div": "<div>\n<img src=x onerror=alert(1)>\n</div>",
    "html-block-after-text": "Some text\n\n<div onclick=alert(1)>\n\n*markdown*\n\n</div>",
    "comment-breakout": "<!-- --><script>alert(1)</script> -->",
    "comment-in-attribute": '<!--<img src="--><img src=x onerror=alert(1)//">',
    "conditional-comment": "<!--[if IE]><script>alert(1)</script><![endif]-->",
    "cdata": "<![CDATA[<script>alert(1)</script>]]>",
    # mXSS-style namespace confusion
    "math-mglyph-style": "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "math-href": '<math href="javascript:alert(1)">x</math>',
    "svg-p-style": "<svg><p><style><img src=x onerror=alert(1)></style></p></svg>",
    # style attributes
    "style-expression": '<div style="width: expression(alert(1))">x</div>',
    "style-url-js": '<p style="background:url(javascript:alert(1))">x</p>',
    # code fences with hostile info strings
    "fence-info-breakout": '```"><script>alert(1)</script>\ncode\n```',
    "fence-info-attr": '```js" onmouseover="alert(1)\nx\n```',
    "fence-info-img": "~~~<img src=x onerror=alert(1)>\nx\n~~~",
    "fence-body-script": "```html\n<script>alert(1)</script>\n```",
    "inline-code-script": "`<script>alert(1)</script>`",
    # Markdown inside attributes
    "markdown-in-attr": '<a href="[x](javascript:alert(1))">y</a>',
    "link-in-img-alt": "![[x](javascript:alert(1))](https://example.com/a.png)",
}

XSS_VECTORS: list[str] = list(XSS_CASES.values())
