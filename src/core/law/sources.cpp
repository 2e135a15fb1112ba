// The citations registry. Layer: core/law.
#include "core/law/sources.hpp"

#include <algorithm>

namespace otbasy::core::law {

namespace {

bool is_slug_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// An act id: lower-case ASCII letters and digits, starting with a letter ("kobs", "budget2026", "np6").
bool valid_act_id(std::string_view s) {
    if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z')) return false;
    return std::all_of(s.begin(), s.end(), is_slug_char);
}

// An article or paragraph number in an id: digits and letters, parts joined by dots ("139", "73.1", "5.1", "1a").
bool valid_number(std::string_view s) {
    if (s.empty() || s.front() == '.' || s.back() == '.') return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '.') {
            if (s[i + 1] == '.') return false;
        } else if (!is_slug_char(c)) {
            return false;
        }
    }
    return true;
}

// A citation link may point to adilet or another official https site, or to the app's own page ("#about").
bool valid_url(std::string_view u) { return u.rfind("https://", 0) == 0 || (u.size() > 1 && u[0] == '#'); }

std::string number_of(std::string_view article_id_number) {
    std::string n(article_id_number);
    std::replace(n.begin(), n.end(), '.', '-');
    return n;
}

}  // namespace

Result<Sources> Sources::parse(std::string_view json_text, const std::string& path) {
    Errors errors;
    Sources s = parse_lenient(json_text, path, errors);
    if (!errors.empty()) return errors;
    return s;
}

Sources Sources::parse_lenient(std::string_view json_text, const std::string& path, Errors& out_errors) {
    Sources s;
    auto parsed = parse_json(json_text, path);
    if (!parsed) {
        out_errors.insert(out_errors.end(), parsed.errors().begin(), parsed.errors().end());
        return s;
    }
    Errors errors;
    // Paths in errors read "law/sources.json: articles[3].title.kk".
    JsonReader root(*parsed, "", errors);
    if (!parsed->is_object()) {
        root.fail("", "type", "must be an object");
    } else {
        root.check_schema(1);
        if (auto d = root.date("checked_on")) s.checked_on_ = *d;
        if (auto acts = root.array("acts")) {
            for (std::size_t i = 0; i < acts->size(); ++i) {
                JsonReader a = acts->at(i);
                if (!a.node().is_object()) {
                    a.fail("", "type", "must be an object");
                    continue;
                }
                Act act;
                if (auto id = a.string("id")) {
                    act.id = *id;
                    if (!valid_act_id(act.id))
                        a.fail("id", "source.id", "must be lower-case ASCII letters and digits, starting with a letter");
                }
                if (auto v = a.string("adilet_id", false)) act.adilet_id = *v;
                if (auto t = i18n::read_text(a, "short")) act.short_name = std::move(*t);
                if (auto t = i18n::read_text(a, "title")) act.title = std::move(*t);
                if (auto t = i18n::read_text(a, "url")) {
                    act.url = std::move(*t);
                    for (auto lang : i18n::all_langs)
                        if (!valid_url(act.url.get(lang)))
                            a.fail("url." + std::string(i18n::code(lang)), "source.url",
                                   "must start with https:// (or # for the app's own page)");
                }
                for (auto& [key, value] : a.node().items()) {
                    (void)value;
                    if (key != "id" && key != "adilet_id" && key != "short" && key != "title" && key != "url")
                        a.fail(key, "unknown_field", "is not a field of an act");
                }
                if (act.id.empty()) continue;
                if (s.act_index_.count(act.id)) {
                    a.fail("id", "source.duplicate", "act \"" + act.id + "\" is defined twice");
                    continue;
                }
                s.act_index_.emplace(act.id, s.acts_.size());
                s.acts_.push_back(std::move(act));
            }
        }
        if (auto arts = root.array("articles")) {
            for (std::size_t i = 0; i < arts->size(); ++i) {
                JsonReader a = arts->at(i);
                if (!a.node().is_object()) {
                    a.fail("", "type", "must be an object");
                    continue;
                }
                Article art;
                auto id = a.string("id");
                auto act = a.string("act");
                auto number = a.string("number");
                if (auto t = i18n::read_text(a, "title")) art.title = std::move(*t);
                if (auto t = i18n::read_text(a, "label", false)) art.label = std::move(*t);
                if (auto parts = a.string("parts", false)) {
                    if (*parts == "subitems")
                        art.parts = Parts::subitems;
                    else if (*parts != "paragraphs")
                        a.fail("parts", "source.parts", "must be \"paragraphs\" or \"subitems\"");
                }
                for (auto& [key, value] : a.node().items()) {
                    (void)value;
                    if (key != "id" && key != "act" && key != "number" && key != "title" && key != "label" &&
                        key != "parts")
                        a.fail(key, "unknown_field", "is not a field of an article");
                }
                if (!id || !act || !number) continue;
                art.id = *id;
                art.act = *act;
                art.number = *number;
                if (!s.act_index_.count(art.act)) a.fail("act", "source.act", "no act \"" + art.act + "\"");
                // The id is the act, a hyphen, and the number with its hyphens written as dots (73-1 → 73.1).
                std::string expected = art.act + "-";
                for (char c : art.number) expected += c == '-' ? '.' : c;
                if (art.id != expected || !valid_number(expected.substr(art.act.size() + 1)))
                    a.fail("id", "source.id", "must be \"" + expected + "\" (the act, '-', the number with '.' for '-')");
                if (s.article_index_.count(art.id)) {
                    a.fail("id", "source.duplicate", "article \"" + art.id + "\" is defined twice");
                    continue;
                }
                s.article_index_.emplace(art.id, s.articles_.size());
                s.articles_.push_back(std::move(art));
            }
        }
    }
    for (auto& e : errors) {
        e.path = path + ": " + e.path;
        out_errors.push_back(std::move(e));
    }
    return s;
}

Result<Sources> Sources::load(const AssetReader& assets) {
    const std::string path = "law/sources.json";
    auto text = assets.read ? assets.read(path) : std::nullopt;
    if (!text) return make_error(path, "asset.missing", "cannot be read");
    return parse(*text, path);
}

const Act* Sources::find_act(std::string_view id) const {
    auto it = act_index_.find(id);
    return it == act_index_.end() ? nullptr : &acts_[it->second];
}

const Article* Sources::find_article(std::string_view id) const {
    auto it = article_index_.find(id);
    return it == article_index_.end() ? nullptr : &articles_[it->second];
}

Result<Citation> Sources::resolve(std::string_view id) const {
    const std::string sid(id);
    // <act>[-<article>[-<paragraph>]]: act ids hold no hyphen, article numbers write their hyphens as dots, and a
    // paragraph may hold one more hyphen for a sub-paragraph ("kobs-139-1-2": paragraph "1-2").
    auto first = id.find('-');
    std::string_view act_id = id.substr(0, first);
    if (!valid_act_id(act_id)) return make_error(sid, "cite.syntax", "is not a citation id like kobs-139-1");
    Citation c;
    c.id = sid;
    c.act = find_act(act_id);
    if (!c.act) return make_error(sid, "cite.act", "no act \"" + std::string(act_id) + "\" in law/sources.json");
    if (first == std::string_view::npos) return c;
    std::string_view rest = id.substr(first + 1);
    auto second = rest.find('-');
    std::string_view number = rest.substr(0, second);
    if (!valid_number(number)) return make_error(sid, "cite.syntax", "is not a citation id like kobs-139-1");
    if (second != std::string_view::npos) {
        std::string_view para = rest.substr(second + 1);
        auto third = para.find('-');
        if (!valid_number(para.substr(0, third)) ||
            (third != std::string_view::npos && (!valid_number(para.substr(third + 1)) ||
                                                 para.substr(third + 1).find('-') != std::string_view::npos)))
            return make_error(sid, "cite.syntax", "is not a citation id like kobs-139-1");
        c.paragraph = std::string(para);
    }
    std::string article_id = std::string(act_id) + "-" + std::string(number);
    c.article = find_article(article_id);
    if (!c.article) return make_error(sid, "cite.article", "no article \"" + article_id + "\" in law/sources.json");
    return c;
}

std::string Citation::label(i18n::Lang lang) const {
    std::string out = act->short_name.get(lang);
    if (!article) return out;
    if (article->label) return article->label->get(lang);
    const std::string n = article->number;
    // "2" (a paragraph), "2.1" (paragraph 2-1), "2-1" (paragraph 2, its sub-item 1); in a sub-item-only article the
    // first part is the sub-item.
    std::string para = paragraph, sub;
    if (auto dash = para.find('-'); dash != std::string::npos) {
        sub = para.substr(dash + 1);
        para = para.substr(0, dash);
    }
    para = number_of(para);
    sub = number_of(sub);
    if (article->parts == Parts::subitems && sub.empty()) std::swap(para, sub);
    switch (lang) {
        case i18n::Lang::kk:
            out += ", " + n + "-бап";
            if (!para.empty()) out += ", " + para + "-тармақ";
            if (!sub.empty()) out += ", " + sub + ") тармақша";
            break;
        case i18n::Lang::ru:
            out += ", ст. " + n;
            if (!para.empty()) out += ", п. " + para;
            if (!sub.empty()) out += ", пп. " + sub + ")";
            break;
        case i18n::Lang::en:
            out += ", art. " + n;
            if (!para.empty()) out += "(" + para + ")";
            if (!sub.empty()) out += (para.empty() ? ", item " : "(") + sub + ")";
            break;
    }
    return out;
}

const std::string& Citation::title(i18n::Lang lang) const {
    return article ? article->title.get(lang) : act->title.get(lang);
}

}  // namespace otbasy::core::law
