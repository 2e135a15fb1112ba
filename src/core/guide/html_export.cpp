// The static HTML version of the guide. Layer: core/guide.
#include "core/guide/html_export.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <set>

#include "core/guide/marks.hpp"
#include "core/i18n/format.hpp"

namespace otbasy::core::guide {

namespace {

using i18n::Lang;

constexpr const char* css = R"(/* Otbasy Komek: the static guide. Plain, readable, high contrast, no script. */
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #ffffff; --muted: #555555; --link: #0b57a4; --line: #d0d0d0;
        --note: #8a4b00; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #eeeeee; --bg: #141414; --muted: #b0b0b0; --link: #8cc4ff; --line: #444444; --note: #ffc266; }
}
html { font-family: "Noto Sans", system-ui, sans-serif; font-size: 100%; line-height: 1.55; }
body { margin: 0 auto; max-width: 46rem; padding: 1rem; color: var(--fg); background: var(--bg); }
a { color: var(--link); }
a:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { position: static; }
header nav ul, .languages ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
h1 { font-size: 1.8rem; line-height: 1.25; }
h2 { font-size: 1.4rem; margin-top: 2.5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.15rem; margin-top: 2rem; }
h4 { font-size: 1rem; margin-bottom: 0.25rem; }
section.node { border-left: 4px solid var(--line); padding-left: 1rem; }
section.node:target { border-left-color: var(--link); }
.options li { margin: 0.4rem 0; }
.help, .as-of, footer, .muted { color: var(--muted); }
.note { color: var(--note); font-size: 0.85em; }
dt { font-weight: bold; margin-top: 0.75rem; }
dd { margin-left: 1rem; }
footer { border-top: 1px solid var(--line); margin-top: 3rem; padding-top: 1rem; }
.exit { position: sticky; top: 0; margin: 0 0 0.5rem; text-align: right; z-index: 1; }
.exit a { display: inline-block; padding: 0.6rem 0.9rem; border: 2px solid #a4262c; border-radius: 6px;
          background: var(--bg); color: #a4262c; font-weight: bold; text-decoration: none; }
@media (prefers-color-scheme: dark) { .exit a { border-color: #ff8a8f; color: #ff8a8f; } }
@media print { .exit { display: none; } }
)";

const std::vector<std::string> keys = {
    "guide.html.site_title", "guide.html.language_name", "guide.html.choose_language", "guide.html.topics",
    "guide.html.other_languages", "guide.html.all_topics", "guide.html.skip", "guide.html.questions",
    "guide.html.results", "guide.html.info", "guide.html.continue", "guide.html.open_app", "guide.why_we_ask",
    "guide.law", "guide.documents", "guide.where", "guide.terms", "guide.next_steps", "guide.citations",
    "guide.glossary", "guide.unconfirmed", "guide.unconfirmed_short", "guide.may_be_outdated", "guide.values_as_of",
    "guide.disclaimer", "guide.open_estimator", "guide.open_arrears", "guide.source", "guide.html.quick_exit",
};

struct Page {
    const Content& content;
    const GuideStrings& strings;
    const HtmlOptions& options;
    Lang lang;
    std::set<std::string> terms;                  // glossary terms linked from this page
    std::vector<std::string> unconfirmed;         // parameters with unconfirmed values shown on this page
    std::vector<std::string> outdated;            // parameters shown after their checked_on date

    std::string s(const char* key) const {
        const std::string* v = strings[static_cast<std::size_t>(lang)].find(key);
        return v ? *v : std::string(key);
    }
    std::string e(const char* key) const { return html_escape(s(key)); }
    // The quick exit: a plain link that replaces the whole window (also when the page is in a frame).
    std::string exit_link() const {
        return "<p class=\"exit\"><a href=\"" + html_escape(options.exit_href) +
               "\" target=\"_top\" rel=\"noreferrer\">" + e("guide.html.quick_exit") + "</a></p>\n";
    }

    // One text with its marks as HTML, inline (no paragraphs).
    std::string inline_html(std::string_view text) {
        std::string out;
        for (const auto& run : parse_marks(text)) {
            switch (run.kind) {
                case Run::Kind::plain: out += html_escape(run.text); break;
                case Run::Kind::term: {
                    const GlossaryTerm* t = content.guide.glossary.find(run.id);
                    if (!t) {
                        out += html_escape(run.text);
                        break;
                    }
                    terms.insert(run.id);
                    out += "<a class=\"term\" href=\"#g-" + html_escape(run.id) + "\" title=\"" +
                           html_escape(render_plain(t->definition.get(lang), lang, &content.parameters,
                                                    options.as_of)) +
                           "\">" + html_escape(run.text) + "</a>";
                    break;
                }
                case Run::Kind::param: {
                    auto v = content.parameters.lookup(run.id, options.as_of);
                    if (!v) {
                        out += "…";
                        break;
                    }
                    out += "<strong class=\"param\">" +
                           html_escape(format_parameter(*v, lang, content.parameters, options.as_of, run.form)) +
                           "</strong>";
                    if (v->value->unconfirmed) {
                        if (std::find(unconfirmed.begin(), unconfirmed.end(), run.id) == unconfirmed.end())
                            unconfirmed.push_back(run.id);
                        out += " <a class=\"note\" href=\"#unconfirmed\">(" + e("guide.unconfirmed_short") + ")</a>";
                    }
                    if (v->may_be_outdated &&
                        std::find(outdated.begin(), outdated.end(), run.id) == outdated.end())
                        outdated.push_back(run.id);
                    break;
                }
            }
        }
        // Single line breaks inside a paragraph.
        std::string br;
        for (char c : out) {
            if (c == '\n')
                br += "<br>";
            else
                br += c;
        }
        return br;
    }

    // A text of paragraphs separated by blank lines.
    std::string block_html(std::string_view text) {
        std::string out;
        std::size_t from = 0;
        while (from <= text.size()) {
            auto end = text.find("\n\n", from);
            std::string_view para = text.substr(from, end == std::string_view::npos ? std::string_view::npos : end - from);
            auto first = para.find_first_not_of(" \n");
            if (first != std::string_view::npos) {
                auto last = para.find_last_not_of(" \n");
                out += "<p>" + inline_html(para.substr(first, last - first + 1)) + "</p>\n";
            }
            if (end == std::string_view::npos) break;
            from = end + 2;
        }
        return out;
    }

    std::string text(const LocalizedText& t) { return inline_html(t.get(lang)); }

    std::string citations_html(const std::vector<std::string>& cites) {
        if (cites.empty()) return "";
        std::string out = "<ul class=\"citations\">\n";
        for (const auto& id : cites) {
            auto c = content.sources.resolve(id);
            if (!c) {
                out += "<li>" + html_escape(id) + "</li>\n";
                continue;
            }
            std::string label = html_escape(c->label(lang));
            const std::string& url = c->url(lang);
            out += "<li>";
            if (url.rfind("https://", 0) == 0)
                out += "<a href=\"" + html_escape(url) + "\" hreflang=\"" + std::string(i18n::code(lang)) + "\">" +
                       label + "</a>";
            else
                out += label;
            out += " — " + html_escape(c->title(lang)) + "</li>\n";
        }
        return out + "</ul>\n";
    }
};

std::string format_date(Date d, Lang lang) {
    static const char* kk[] = {"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
                               "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"};
    static const char* ru[] = {"января", "февраля", "марта", "апреля", "мая", "июня",
                               "июля", "августа", "сентября", "октября", "ноября", "декабря"};
    static const char* en[] = {"January", "February", "March", "April", "May", "June",
                               "July", "August", "September", "October", "November", "December"};
    auto m = static_cast<std::size_t>(d.month() - 1);
    switch (lang) {
        case Lang::kk: return std::to_string(d.year()) + " жылғы " + std::to_string(d.day()) + " " + kk[m];
        case Lang::ru: return std::to_string(d.day()) + " " + ru[m] + " " + std::to_string(d.year()) + " года";
        case Lang::en: return std::to_string(d.day()) + " " + en[m] + " " + std::to_string(d.year());
    }
    return d.to_string();
}

std::string replace_all(std::string s, std::string_view from, const std::string& to) {
    for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size()))
        s.replace(p, from.size(), to);
    return s;
}

std::string head(Lang lang, const std::string& title, const std::string& css_href, const std::string& description,
                 const std::string& alternates) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(i18n::code(lang)) +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      // Script-free pages: nothing but this site's styles and icon may load; no referrer to adilet.
                      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; "
                      "img-src 'self'; base-uri 'none'; form-action 'none'\">\n"
                      "<meta name=\"referrer\" content=\"no-referrer\">\n<title>" +
                      html_escape(title) + "</title>\n";
    if (!description.empty()) out += "<meta name=\"description\" content=\"" + html_escape(description) + "\">\n";
    // The site's icon sits beside the guide's folder: guide.css is "guide.css" or "../guide.css" from here.
    const std::string up = css_href.substr(0, css_href.size() - std::string_view("guide.css").size());
    out += "<link rel=\"icon\" href=\"" + up + "../icon.svg\" type=\"image/svg+xml\">\n";
    out += "<link rel=\"stylesheet\" href=\"" + css_href + "\">\n" + alternates + "</head>\n";
    return out;
}

// The nodes in reading order: breadth-first from the start, then any the routes do not reach.
std::vector<const Node*> reading_order(const Topic& t) {
    std::vector<const Node*> out;
    std::set<std::string> seen;
    std::deque<const Node*> todo;
    if (const Node* s = t.start_node()) {
        todo.push_back(s);
        seen.insert(s->id);
    }
    while (!todo.empty()) {
        const Node* n = todo.front();
        todo.pop_front();
        out.push_back(n);
        std::vector<std::string> nexts;
        if (n->type == NodeType::question)
            for (const auto& o : n->options) nexts.push_back(o.next);
        else if (n->type == NodeType::info)
            nexts.push_back(n->next);
        for (const auto& id : nexts)
            if (const Node* m = t.find(id); m && seen.insert(m->id).second) todo.push_back(m);
    }
    for (const auto& n : t.nodes)
        if (seen.insert(n.id).second) out.push_back(&n);
    return out;
}

std::string language_nav(const GuideStrings& strings, Lang current, const std::string& file, const char* aria) {
    std::string out = "<nav class=\"languages\" aria-label=\"" + html_escape(aria) + "\">\n<ul>\n";
    for (Lang l : i18n::all_langs) {
        const std::string* name = strings[static_cast<std::size_t>(l)].find("guide.html.language_name");
        std::string code(i18n::code(l));
        std::string label = html_escape(name ? *name : code);
        if (l == current)
            out += "<li><span lang=\"" + code + "\" aria-current=\"page\">" + label + "</span></li>\n";
        else
            out += "<li><a href=\"../" + code + "/" + file + "\" hreflang=\"" + code + "\" lang=\"" + code + "\">" +
                   label + "</a></li>\n";
    }
    return out + "</ul>\n</nav>\n";
}

std::string alternates(const std::string& file) {
    std::string out;
    for (Lang l : i18n::all_langs) {
        std::string code(i18n::code(l));
        out += "<link rel=\"alternate\" hreflang=\"" + code + "\" href=\"../" + code + "/" + file + "\">\n";
    }
    return out;
}

std::string topic_page(const Content& content, const GuideStrings& strings, const HtmlOptions& options, Lang lang,
                       const Topic& topic) {
    Page p{content, strings, options, lang, {}, {}, {}};
    const std::string file = topic.id + ".html";
    std::string body;
    body += "<a class=\"skip\" href=\"#main\">" + p.e("guide.html.skip") + "</a>\n" + p.exit_link() + "<header>\n";
    body += language_nav(strings, lang, file, p.s("guide.html.other_languages").c_str());
    body += "<p><a href=\"index.html\">" + p.e("guide.html.all_topics") + "</a>";
    if (!options.app_href.empty())
        body += " · <a href=\"" + html_escape(options.app_href) + "\">" + p.e("guide.html.open_app") + "</a>";
    body += "</p>\n</header>\n<main id=\"main\">\n";
    body += "<h1>" + p.text(topic.title) + "</h1>\n";
    body += p.block_html(topic.summary.get(lang));
    body += "<p class=\"as-of\">" +
            html_escape(replace_all(p.s("guide.values_as_of"), "{date}", format_date(options.as_of, lang))) + "</p>\n";

    auto order = reading_order(topic);
    auto anchor = [](const std::string& id) { return "#" + html_escape(id); };

    body += "<h2 id=\"questions\">" + p.e("guide.html.questions") + "</h2>\n";
    for (const Node* n : order) {
        if (n->type == NodeType::result) continue;
        std::string id = html_escape(n->id);
        body += "<section class=\"node\" id=\"" + id + "\" aria-labelledby=\"" + id + "-h\">\n";
        if (n->type == NodeType::question) {
            body += "<h3 id=\"" + id + "-h\">" + p.text(n->text) + "</h3>\n";
            if (n->help)
                body += "<p class=\"help\"><strong>" + p.e("guide.why_we_ask") + ":</strong> " + p.text(*n->help) +
                        "</p>\n";
            body += "<ul class=\"options\">\n";
            for (const auto& o : n->options)
                body += "<li><a href=\"" + anchor(o.next) + "\">" + p.text(o.label) + "</a></li>\n";
            body += "</ul>\n";
        } else {
            body += "<h3 id=\"" + id + "-h\">" + p.e("guide.html.info") + "</h3>\n";
            body += p.block_html(n->text.get(lang));
            if (!n->citations.empty())
                body += "<h4>" + p.e("guide.citations") + "</h4>\n" + p.citations_html(n->citations);
            body += "<p><a href=\"" + anchor(n->next) + "\">" + p.e("guide.html.continue") + "</a></p>\n";
        }
        body += "</section>\n";
    }

    body += "<h2 id=\"results\">" + p.e("guide.html.results") + "</h2>\n";
    for (const Node* n : order) {
        if (n->type != NodeType::result) continue;
        std::string id = html_escape(n->id);
        body += "<section class=\"node\" id=\"" + id + "\" aria-labelledby=\"" + id + "-h\">\n";
        body += "<h3 id=\"" + id + "-h\">" + p.text(n->title) + "</h3>\n";
        body += "<h4>" + p.e("guide.law") + "</h4>\n" + p.block_html(n->law.get(lang));
        if (!n->citations.empty())
            body += "<h4>" + p.e("guide.citations") + "</h4>\n" + p.citations_html(n->citations);
        auto list = [&](const std::vector<LocalizedText>& items, const char* key) {
            if (items.empty()) return;
            body += "<h4>" + p.e(key) + "</h4>\n<ul>\n";
            for (const auto& t : items) body += "<li>" + p.text(t) + "</li>\n";
            body += "</ul>\n";
        };
        list(n->documents, "guide.documents");
        if (n->where) body += "<h4>" + p.e("guide.where") + "</h4>\n" + p.block_html(n->where->get(lang));
        list(n->terms, "guide.terms");
        list(n->next_steps, "guide.next_steps");
        for (const auto& a : n->actions) {
            const char* key = a.type == "arrears" ? "guide.open_arrears" : "guide.open_estimator";
            if (options.app_href.empty())
                body += "<p class=\"action\">" + p.e(key) + "</p>\n";
            else
                body += "<p class=\"action\"><a href=\"" + html_escape(options.app_href) + "\">" + p.e(key) +
                        "</a></p>\n";
        }
        body += "</section>\n";
    }

    // The glossary of the terms this page marks (definitions may mark further terms: render until none is new).
    if (!p.terms.empty()) {
        std::map<std::string, std::string> defs;
        for (bool grew = true; grew;) {
            grew = false;
            std::vector<std::string> ids(p.terms.begin(), p.terms.end());
            for (const auto& id : ids) {
                if (defs.count(id)) continue;
                const GlossaryTerm* t = content.guide.glossary.find(id);
                defs[id] = t ? p.block_html(t->definition.get(lang)) : "";
                grew = true;
            }
        }
        body += "<h2 id=\"glossary\">" + p.e("guide.glossary") + "</h2>\n<dl>\n";
        for (const auto& term : content.guide.glossary.terms) {  // glossary order, not alphabetical by id
            if (!defs.count(term.id)) continue;
            body += "<dt id=\"g-" + html_escape(term.id) + "\"><dfn>" + p.text(term.term) + "</dfn></dt>\n<dd>" +
                    defs[term.id] + "</dd>\n";
        }
        body += "</dl>\n";
    }

    if (!p.unconfirmed.empty() || !p.outdated.empty()) {
        std::vector<std::string> ids = p.unconfirmed;
        for (const auto& id : p.outdated)
            if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
        body += "<h2 id=\"unconfirmed\">" + p.e("guide.unconfirmed") + "</h2>\n<ul>\n";
        for (const auto& id : ids) {
            auto v = content.parameters.lookup(id, options.as_of);
            if (!v) continue;
            body += "<li>" + html_escape(v->parameter->title.get(lang)) + ": <strong>" +
                    html_escape(format_parameter(*v, lang, content.parameters, options.as_of)) + "</strong>";
            if (v->value->unconfirmed) body += " (" + p.e("guide.unconfirmed_short") + ")";
            if (v->may_be_outdated)
                body += " — " + html_escape(replace_all(p.s("guide.may_be_outdated"), "{date}",
                                                        format_date(v->parameter->checked_on, lang)));
            if (!v->value->source.cite.empty()) {
                body += ". " + p.e("guide.source") + ": ";
                auto c = content.sources.resolve(v->value->source.cite);
                if (c && c->url(lang).rfind("https://", 0) == 0)
                    body += "<a href=\"" + html_escape(c->url(lang)) + "\">" + html_escape(c->label(lang)) + "</a>";
                else
                    body += html_escape(c ? c->label(lang) : v->value->source.cite);
            }
            body += "</li>\n";
        }
        body += "</ul>\n";
    }
    body += "</main>\n<footer>\n<p>" + p.e("guide.disclaimer") + "</p>\n</footer>\n</body>\n</html>\n";

    std::string title = render_plain(topic.title.get(lang), lang, &content.parameters, options.as_of) + " — " +
                        p.s("guide.html.site_title");
    std::string description = render_plain(topic.summary.get(lang), lang, &content.parameters, options.as_of);
    return head(lang, title, "../guide.css", description, alternates(file)) + "<body>\n" + body;
}

std::string language_index(const Content& content, const GuideStrings& strings, const HtmlOptions& options,
                           Lang lang) {
    Page p{content, strings, options, lang, {}, {}, {}};
    std::string body = "<a class=\"skip\" href=\"#main\">" + p.e("guide.html.skip") + "</a>\n" + p.exit_link() +
                       "<header>\n" + language_nav(strings, lang, "index.html", p.s("guide.html.other_languages").c_str());
    if (!options.app_href.empty())
        body += "<p><a href=\"" + html_escape(options.app_href) + "\">" + p.e("guide.html.open_app") + "</a></p>\n";
    body += "</header>\n<main id=\"main\">\n<h1>" + p.e("guide.html.site_title") + "</h1>\n";
    body += "<h2>" + p.e("guide.html.topics") + "</h2>\n<ul class=\"topics\">\n";
    for (const auto& t : content.guide.topics) {
        body += "<li><a href=\"" + html_escape(t.id) + ".html\">" +
                html_escape(render_plain(t.title.get(lang), lang, &content.parameters, options.as_of)) + "</a>";
        body += "<br><span class=\"muted\">" +
                html_escape(render_plain(t.summary.get(lang), lang, &content.parameters, options.as_of)) + "</span>";
        body += "</li>\n";
    }
    body += "</ul>\n</main>\n<footer>\n<p>" + p.e("guide.disclaimer") + "</p>\n</footer>\n</body>\n</html>\n";
    return head(lang, p.s("guide.html.site_title"), "../guide.css", "", alternates("index.html")) + "<body>\n" + body;
}

std::string root_index(const Content& content, const GuideStrings& strings, const HtmlOptions& options) {
    auto str = [&](Lang l, const char* key) {
        const std::string* v = strings[static_cast<std::size_t>(l)].find(key);
        return html_escape(v ? *v : key);
    };
    std::string body = "<p class=\"exit\"><a href=\"" + html_escape(options.exit_href) +
                       "\" target=\"_top\" rel=\"noreferrer\"><span lang=\"kk\">" + str(Lang::kk, "guide.html.quick_exit") +
                       "</span> · <span lang=\"ru\">" + str(Lang::ru, "guide.html.quick_exit") + "</span></a></p>\n";
    body += "<main id=\"main\">\n<h1>" + str(Lang::kk, "guide.html.site_title") + "</h1>\n";
    body += "<p>";
    for (Lang l : i18n::all_langs) {
        std::string code(i18n::code(l));
        body += std::string(l == Lang::kk ? "" : " · ") + "<span lang=\"" + code + "\">" +
                str(l, "guide.html.choose_language") + "</span>";
    }
    body += "</p>\n";
    for (Lang l : i18n::all_langs) {
        std::string code(i18n::code(l));
        body += "<section lang=\"" + code + "\" aria-labelledby=\"lang-" + code + "\">\n<h2 id=\"lang-" + code +
                "\"><a href=\"" + code + "/index.html\" hreflang=\"" + code + "\">" +
                str(l, "guide.html.language_name") + "</a></h2>\n<ul>\n";
        for (const auto& t : content.guide.topics)
            body += "<li><a href=\"" + code + "/" + html_escape(t.id) + ".html\" hreflang=\"" + code + "\">" +
                    html_escape(render_plain(t.title.get(l), l, &content.parameters, options.as_of)) + "</a></li>\n";
        body += "</ul>\n</section>\n";
    }
    body += "</main>\n<footer>\n";
    for (Lang l : i18n::all_langs)
        body += "<p lang=\"" + std::string(i18n::code(l)) + "\">" + str(l, "guide.disclaimer") + "</p>\n";
    body += "</footer>\n</body>\n</html>\n";
    std::string alt;
    for (Lang l : i18n::all_langs) {
        std::string code(i18n::code(l));
        alt += "<link rel=\"alternate\" hreflang=\"" + code + "\" href=\"" + code + "/index.html\">\n";
    }
    return head(Lang::kk, strings[0].find("guide.html.site_title") ? *strings[0].find("guide.html.site_title") : "",
                "guide.css", "", alt) +
           "<body>\n" + body;
}

}  // namespace

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

const std::vector<std::string>& html_string_keys() { return keys; }

Result<GuideStrings> load_guide_strings(const AssetReader& assets) {
    GuideStrings out;
    Errors errors;
    for (Lang l : i18n::all_langs) {
        std::string path = "i18n/guide/" + std::string(i18n::code(l)) + ".json";
        auto text = assets.read ? assets.read(path) : std::nullopt;
        if (!text) {
            errors.push_back(make_error(path, "asset.missing", "cannot be read"));
            continue;
        }
        auto c = i18n::Catalog::load(*text, path);
        if (!c) {
            errors.insert(errors.end(), c.errors().begin(), c.errors().end());
            continue;
        }
        if (c->lang() != l) errors.push_back(make_error(path, "i18n.lang", "declares another language"));
        out[static_cast<std::size_t>(l)] = std::move(c).value();
    }
    if (!errors.empty()) return errors;
    return out;
}

Result<std::vector<HtmlFile>> export_html(const Content& content, const GuideStrings& strings,
                                          const HtmlOptions& options) {
    Errors errors;
    for (Lang l : i18n::all_langs)
        for (const auto& k : keys)
            if (!strings[static_cast<std::size_t>(l)].find(k))
                errors.push_back(make_error("i18n/guide/" + std::string(i18n::code(l)) + ".json", "i18n.missing",
                                            "no string \"" + k + "\""));
    if (!errors.empty()) return errors;

    std::vector<HtmlFile> files;
    files.push_back(HtmlFile{"index.html", root_index(content, strings, options)});
    files.push_back(HtmlFile{"guide.css", css});
    for (Lang l : i18n::all_langs) {
        std::string code(i18n::code(l));
        files.push_back(HtmlFile{code + "/index.html", language_index(content, strings, options, l)});
        for (const auto& t : content.guide.topics)
            files.push_back(HtmlFile{code + "/" + t.id + ".html", topic_page(content, strings, options, l, t)});
    }
    return files;
}

}  // namespace otbasy::core::guide
