// The template engine: parsing, checking against a field schema, rendering. Layer: core/documents.
#include "core/documents/template.hpp"

#include <algorithm>
#include <functional>

namespace otbasy::core::documents {

namespace {

bool is_path_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
}

bool valid_path(std::string_view p) {
    if (p.empty() || p.front() == '.' || p.back() == '.' || !(p.front() >= 'a' && p.front() <= 'z')) return false;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (!is_path_char(p[i])) return false;
        if (p[i] == '.' && i + 1 < p.size() && p[i + 1] == '.') return false;
    }
    return true;
}

std::vector<std::string> split_path(std::string_view p) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        std::size_t dot = p.find('.', start);
        out.emplace_back(p.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
        if (dot == std::string_view::npos) break;
        start = dot + 1;
    }
    return out;
}

// ---- Condition parser ---------------------------------------------------------------------------------------

class ExprParser {
public:
    explicit ExprParser(std::string_view s) : s_(s) {}

    Result<Expr> run() {
        auto e = parse_or();
        skip();
        if (!error_.empty()) return make_error("", "documents.template.condition", error_);
        if (pos_ != s_.size()) return make_error("", "documents.template.condition", "unexpected text at " + at());
        return e;
    }

private:
    std::string at() const { return "position " + std::to_string(pos_ + 1) + " of \"" + std::string(s_) + "\""; }
    void skip() {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t')) ++pos_;
    }
    bool eat(std::string_view tok) {
        skip();
        if (s_.substr(pos_, tok.size()) == tok) {
            pos_ += tok.size();
            return true;
        }
        return false;
    }
    void fail(std::string message) {
        if (error_.empty()) error_ = std::move(message);
    }

    Expr parse_or() {
        Expr first = parse_and();
        if (!eat("||")) return first;
        Expr any;
        any.op = Expr::Op::any;
        any.args.push_back(std::move(first));
        do any.args.push_back(parse_and());
        while (eat("||"));
        return any;
    }
    Expr parse_and() {
        Expr first = parse_unary();
        if (!eat("&&")) return first;
        Expr all;
        all.op = Expr::Op::all;
        all.args.push_back(std::move(first));
        do all.args.push_back(parse_unary());
        while (eat("&&"));
        return all;
    }
    Expr parse_unary() {
        skip();
        if (pos_ < s_.size() && s_[pos_] == '!' && !(pos_ + 1 < s_.size() && s_[pos_ + 1] == '=')) {
            ++pos_;
            Expr n;
            n.op = Expr::Op::negate;
            n.args.push_back(parse_unary());
            return n;
        }
        return parse_primary();
    }
    Expr parse_primary() {
        Expr e;
        if (eat("(")) {
            e = parse_or();
            if (!eat(")")) fail("a ')' is missing at " + at());
            return e;
        }
        skip();
        std::size_t start = pos_;
        while (pos_ < s_.size() && is_path_char(s_[pos_])) ++pos_;
        e.path = std::string(s_.substr(start, pos_ - start));
        if (!valid_path(e.path)) {
            fail("a field name is expected at " + at());
            return e;
        }
        bool eq = eat("=="), ne = !eq && eat("!=");
        if (eq || ne) {
            e.op = eq ? Expr::Op::equals : Expr::Op::not_equals;
            skip();
            if (pos_ >= s_.size() || s_[pos_] != '\'') {
                fail("a quoted value is expected at " + at());
                return e;
            }
            std::size_t end = s_.find('\'', pos_ + 1);
            if (end == std::string_view::npos) {
                fail("a closing quote is missing at " + at());
                return e;
            }
            e.literal = std::string(s_.substr(pos_ + 1, end - pos_ - 1));
            pos_ = end + 1;
        }
        return e;
    }

    std::string_view s_;
    std::size_t pos_ = 0;
    std::string error_;
};

// ---- Text parser --------------------------------------------------------------------------------------------

class TextParser {
public:
    explicit TextParser(std::string_view s) : s_(s) {}

    Result<std::vector<Piece>> run() {
        auto pieces = parse_until("");
        if (error_.empty() && bold_) error_ = "a ** is not closed";
        if (!error_.empty()) return make_error("", "documents.template.text", error_);
        return pieces;
    }

private:
    void fail(std::string m) {
        if (error_.empty()) error_ = std::move(m) + " (at character " + std::to_string(pos_ + 1) + ")";
    }
    void flush(std::vector<Piece>& out, std::string& text) {
        if (text.empty()) return;
        Piece p;
        p.kind = Piece::Kind::text;
        p.text = std::move(text);
        p.bold = bold_;
        out.push_back(std::move(p));
        text.clear();
    }

    // Reads pieces up to one of the stop characters (not consumed) or the end.
    std::vector<Piece> parse_until(std::string_view stops) {
        std::vector<Piece> out;
        std::string text;
        while (pos_ < s_.size() && error_.empty()) {
            char c = s_[pos_];
            if (stops.find(c) != std::string_view::npos) break;
            if (c == '}' ) {
                fail("a '}' without its '{'");
                break;
            }
            if (c == '*' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '*') {
                flush(out, text);
                bold_ = !bold_;
                pos_ += 2;
                continue;
            }
            if (c == '{') {
                flush(out, text);
                ++pos_;
                parse_mark(out);
                continue;
            }
            text += c;
            ++pos_;
        }
        flush(out, text);
        return out;
    }

    void expect(char c) {
        if (pos_ < s_.size() && s_[pos_] == c) {
            ++pos_;
            return;
        }
        fail(std::string("'") + c + "' expected");
    }

    void parse_mark(std::vector<Piece>& out) {
        Piece p;
        if (pos_ < s_.size() && s_[pos_] == '?') {
            ++pos_;
            // The condition ends at the first single '|' ("||" belongs to the condition).
            std::size_t bar = pos_;
            for (;;) {
                bar = s_.find('|', bar);
                if (bar == std::string_view::npos || bar + 1 >= s_.size() || s_[bar + 1] != '|') break;
                bar += 2;
            }
            if (bar == std::string_view::npos) return fail("a choice needs '|'");
            auto e = parse_expr(s_.substr(pos_, bar - pos_));
            if (!e) return fail("bad condition: " + e.errors()[0].message);
            p.kind = Piece::Kind::choice;
            p.cond = *e;
            pos_ = bar + 1;
            p.yes = parse_until("|}");
            expect('|');
            p.no = parse_until("|}");
            expect('}');
            out.push_back(std::move(p));
            return;
        }
        if (s_.substr(pos_, 5) == "cite:") {
            pos_ += 5;
            std::size_t start = pos_;
            while (pos_ < s_.size() && s_[pos_] != '|' && s_[pos_] != '}') ++pos_;
            p.kind = Piece::Kind::cite;
            p.text = std::string(s_.substr(start, pos_ - start));
            if (p.text.empty()) return fail("a citation needs an id");
            if (p.text[0] == '@' && !valid_path(std::string_view(p.text).substr(1)))
                return fail("bad field name in a citation");
            if (pos_ < s_.size() && s_[pos_] == '|') {
                ++pos_;
                bool outer_bold = bold_;
                p.yes = parse_until("}");
                if (bold_ != outer_bold) return fail("a ** inside a citation must close inside it");
            }
            expect('}');
            out.push_back(std::move(p));
            return;
        }
        if (s_.substr(pos_, 2) == "w:") {
            pos_ += 2;
            std::size_t colon = s_.find(':', pos_), close = s_.find('}', pos_);
            if (colon == std::string_view::npos || close == std::string_view::npos || colon > close)
                return fail("a word lookup is written {w:list:field}");
            p.kind = Piece::Kind::words;
            p.dict = std::string(s_.substr(pos_, colon - pos_));
            p.text = std::string(s_.substr(colon + 1, close - colon - 1));
            p.bold = bold_;
            if (!valid_path(p.dict) || !valid_path(p.text)) return fail("bad word list or field name");
            pos_ = close + 1;
            out.push_back(std::move(p));
            return;
        }
        std::size_t close = s_.find('}', pos_);
        if (close == std::string_view::npos) return fail("a '{' without its '}'");
        p.kind = Piece::Kind::field;
        p.text = std::string(s_.substr(pos_, close - pos_));
        p.bold = bold_;
        if (!valid_path(p.text)) return fail("\"" + p.text + "\" is not a field name");
        pos_ = close + 1;
        out.push_back(std::move(p));
    }

    std::string_view s_;
    std::size_t pos_ = 0;
    bool bold_ = false;
    std::string error_;
};

// ---- Template file ------------------------------------------------------------------------------------------

std::optional<DocText> read_doc_text(const JsonReader& r, std::string_view key, bool required) {
    auto o = r.object(key, required);
    if (!o) return std::nullopt;
    DocText t;
    if (auto kk = o->string("kk")) t.kk = *kk;
    if (auto ru = o->string("ru")) t.ru = *ru;
    if (t.kk.empty() && o->has("kk")) o->fail("kk", "documents.template.empty", "must not be empty");
    if (t.ru.empty() && o->has("ru")) o->fail("ru", "documents.template.empty", "must not be empty");
    for (auto it = o->node().begin(); it != o->node().end(); ++it)
        if (it.key() != "kk" && it.key() != "ru")
            o->fail(it.key(), "documents.template.unknown_field", "a document text holds kk and ru only");
    return t;
}

void check_keys(const JsonReader& r, std::initializer_list<std::string_view> allowed) {
    if (!r.node().is_object()) return;
    for (auto it = r.node().begin(); it != r.node().end(); ++it)
        if (std::find(allowed.begin(), allowed.end(), std::string_view(it.key())) == allowed.end())
            r.fail(it.key(), "documents.template.unknown_field", "is not a known field");
}

std::optional<Expr> read_condition(const JsonReader& r, std::string& text_out) {
    auto s = r.string("if", false);
    if (!s) return std::nullopt;
    text_out = *s;
    auto e = parse_expr(*s);
    if (!e) {
        r.fail("if", "documents.template.condition", e.errors()[0].message);
        return std::nullopt;
    }
    return *e;
}

// ---- Schema checks ------------------------------------------------------------------------------------------

// Loop variables in force: a name and the value (when rendering) or the element schema (when checking) it stands
// for. The innermost comes last.
using Scopes = std::vector<std::pair<std::string, const Json*>>;

// The node at a dotted path: from a loop variable when the first name is one, else from the root; null if absent.
const Json* at_path(const Json& root, const Scopes& scopes, std::string_view path) {
    auto parts = split_path(path);
    const Json* node = nullptr;
    std::size_t i = 0;
    for (auto s = scopes.rbegin(); s != scopes.rend(); ++s) {
        if (s->first == parts[0]) {
            node = s->second;
            i = 1;
            break;
        }
    }
    if (!node) node = &root;
    for (; i < parts.size(); ++i) {
        if (!node->is_object()) return nullptr;
        auto it = node->find(parts[i]);
        if (it == node->end()) return nullptr;
        node = &*it;
    }
    return node;
}

std::string kind_of(const Json* node) {
    if (!node) return "";
    if (node->is_string()) return node->get<std::string>();
    if (node->is_object() && node->contains("[]")) return "list";
    if (node->is_object()) return "object";
    return "";
}

struct Checker {
    const Template& t;
    const Json& schema;
    const std::string& file;
    const std::function<bool(std::string_view)>& cite_exists;
    Errors errors;

    void error(const std::string& where, std::string code, std::string message) {
        errors.push_back(make_error(file + ": " + where, std::move(code), std::move(message)));
    }

    void check_value_path(const std::string& where, const Scopes& scopes, const std::string& path,
                          std::initializer_list<const char*> kinds) {
        std::string k = kind_of(at_path(schema, scopes, path));
        if (k.empty()) return error(where, "documents.template.field", "\"" + path + "\" is not a field this document fills");
        for (const char* ok : kinds)
            if (k == ok) return;
        error(where, "documents.template.field_kind", "\"" + path + "\" is a " + k + " field");
    }

    void check_expr(const std::string& where, const Scopes& scopes, const Expr& e) {
        std::vector<std::string> paths;
        expr_paths(e, paths);
        for (const auto& p : paths)
            if (kind_of(at_path(schema, scopes, p)).empty())
                error(where, "documents.template.field", "the condition reads \"" + p + "\", which this document does not fill");
    }

    void check_pieces(const std::string& where, const Scopes& scopes, const std::vector<Piece>& pieces,
                      Lang lang) {
        for (const auto& p : pieces) {
            switch (p.kind) {
                case Piece::Kind::text: break;
                case Piece::Kind::field: check_value_path(where, scopes, p.text, {"text", "number"}); break;
                case Piece::Kind::words: {
                    check_value_path(where, scopes, p.text, {"text", "number"});
                    auto l = t.words.find(std::string(i18n::code(lang)));
                    if (l == t.words.end() || l->second.find(p.dict) == l->second.end())
                        error(where, "documents.template.words", "no word list \"" + p.dict + "\" in " +
                                                                     std::string(i18n::code(lang)));
                    break;
                }
                case Piece::Kind::choice:
                    check_expr(where, scopes, *p.cond);
                    check_pieces(where, scopes, p.yes, lang);
                    check_pieces(where, scopes, p.no, lang);
                    break;
                case Piece::Kind::cite:
                    if (p.text[0] == '@') {
                        check_value_path(where, scopes, p.text.substr(1), {"cite"});
                    } else if (!cite_exists(p.text)) {
                        error(where, "cite.article", "cites \"" + p.text + "\", which is not in law/sources.json");
                    }
                    if (p.text[0] != '@' && p.yes.empty())
                        error(where, "documents.template.cite_words", "a citation needs the words it shows");
                    check_pieces(where, scopes, p.yes, lang);
                    break;
            }
        }
    }

    void check_text(const std::string& where, const Scopes& scopes, const DocText& text, bool required) {
        for (Lang lang : {Lang::kk, Lang::ru}) {
            const std::string& s = text.get(lang);
            const std::string w = where + "." + std::string(i18n::code(lang));
            if (s.empty()) {
                if (required) error(w, "documents.template.missing_lang", "the text is missing in this language");
                continue;
            }
            auto pieces = parse_text(s);
            if (!pieces) {
                error(w, pieces.errors()[0].code, pieces.errors()[0].message);
                continue;
            }
            check_pieces(w, scopes, *pieces, lang);
        }
    }

    // Opens a loop scope for `each`/`as`; false (with an error) when `each` is not a list.
    bool open_loop(const std::string& where, Scopes& scopes, const std::string& each, const std::string& as) {
        const Json* node = at_path(schema, scopes, each);
        if (kind_of(node) != "list") {
            error(where, "documents.template.field_kind", "\"" + each + "\" is not a list this document fills");
            return false;
        }
        scopes.emplace_back(as, &(*node)["[]"]);
        return true;
    }
};

std::string render_plain(const std::vector<Run>& runs) {
    std::string s;
    for (const auto& r : runs) s += r.text;
    return s;
}

// ---- Rendering ----------------------------------------------------------------------------------------------

struct Renderer {
    const Template& t;
    const RenderOptions& opt;
    const Json& root;
    Scopes scopes;
    std::vector<std::string> citations;
    Errors errors;
    std::string where;

    const Json* lookup(std::string_view path) const { return at_path(root, scopes, path); }

    // The scopes as a context object, so that conditions see loop variables too.
    Json condition_context() const {
        if (scopes.empty()) return root;
        Json c = root;
        for (const auto& [name, value] : scopes) c[name] = *value;
        return c;
    }

    void fail(std::string code, std::string message) {
        errors.push_back(make_error(where, std::move(code), std::move(message)));
    }

    std::optional<std::string> value_text(std::string_view path) {
        const Json* v = lookup(path);
        if (!v || v->is_null()) {
            fail("documents.render.missing", "the field \"" + std::string(path) + "\" has no value");
            return std::nullopt;
        }
        if (v->is_string()) {
            if (v->get<std::string>().empty())
                fail("documents.render.missing", "the field \"" + std::string(path) + "\" is empty");
            return v->get<std::string>();
        }
        if (v->is_number_integer()) return std::to_string(v->get<std::int64_t>());
        fail("documents.render.kind", "the field \"" + std::string(path) + "\" is not a text");
        return std::nullopt;
    }

    void add_run(std::vector<Run>& out, std::string text, bool bold) {
        if (text.empty()) return;
        if (!out.empty() && out.back().bold == bold) {
            out.back().text += text;
            return;
        }
        out.push_back(Run{std::move(text), bold});
    }

    void cite(const std::string& id) {
        if (std::find(citations.begin(), citations.end(), id) == citations.end()) citations.push_back(id);
    }

    void pieces(const std::vector<Piece>& ps, std::vector<Run>& out) {
        for (const auto& p : ps) {
            switch (p.kind) {
                case Piece::Kind::text: add_run(out, p.text, p.bold); break;
                case Piece::Kind::field:
                    if (auto v = value_text(p.text)) add_run(out, *v, p.bold);
                    break;
                case Piece::Kind::words: {
                    auto v = value_text(p.text);
                    if (!v) break;
                    std::string shown = *v;
                    auto l = t.words.find(std::string(i18n::code(opt.lang)));
                    if (l != t.words.end()) {
                        auto d = l->second.find(p.dict);
                        if (d != l->second.end()) {
                            auto w = d->second.find(*v);
                            if (w != d->second.end()) shown = w->second;
                        }
                    }
                    add_run(out, shown, p.bold);
                    break;
                }
                case Piece::Kind::choice: pieces(evaluate(*p.cond, condition_context()) ? p.yes : p.no, out); break;
                case Piece::Kind::cite: {
                    std::string id = p.text;
                    if (id[0] == '@') {
                        auto v = value_text(std::string_view(id).substr(1));
                        if (!v) break;
                        id = *v;
                    }
                    cite(id);
                    if (p.yes.empty()) {
                        if (opt.cite_label) add_run(out, opt.cite_label(id), false);
                    } else {
                        pieces(p.yes, out);
                    }
                    break;
                }
            }
        }
    }

    std::vector<Run> text(const DocText& dt) {
        std::vector<Run> out;
        auto parsed = parse_text(dt.get(opt.lang));
        if (!parsed) {
            fail(parsed.errors()[0].code, parsed.errors()[0].message);
            return out;
        }
        pieces(*parsed, out);
        return out;
    }

    // Every element of a list field, or an error.
    const Json* list(const std::string& path) {
        const Json* v = lookup(path);
        if (!v || !v->is_array()) {
            fail("documents.render.kind", "the field \"" + path + "\" is not a list");
            return nullptr;
        }
        return v;
    }
};

}  // namespace

// ---- Public: conditions -----------------------------------------------------------------------------------------

Result<Expr> parse_expr(std::string_view text) { return ExprParser(text).run(); }

void expr_paths(const Expr& e, std::vector<std::string>& out) {
    if (e.op == Expr::Op::field || e.op == Expr::Op::equals || e.op == Expr::Op::not_equals) out.push_back(e.path);
    for (const auto& a : e.args) expr_paths(a, out);
}

bool truthy(const Json* v) {
    if (!v || v->is_null()) return false;
    if (v->is_boolean()) return v->get<bool>();
    if (v->is_string()) return !v->get<std::string>().empty();
    if (v->is_number_integer()) return v->get<std::int64_t>() != 0;
    if (v->is_number()) return v->get<double>() != 0.0;
    return !v->empty();
}

bool evaluate(const Expr& e, const Json& context) {
    switch (e.op) {
        case Expr::Op::negate: return !evaluate(e.args[0], context);
        case Expr::Op::all:
            for (const auto& a : e.args)
                if (!evaluate(a, context)) return false;
            return true;
        case Expr::Op::any:
            for (const auto& a : e.args)
                if (evaluate(a, context)) return true;
            return false;
        default: break;
    }
    const Json* node = &context;
    for (const auto& part : split_path(e.path)) {
        if (!node->is_object()) { node = nullptr; break; }
        auto it = node->find(part);
        if (it == node->end()) { node = nullptr; break; }
        node = &*it;
    }
    if (e.op == Expr::Op::field) return truthy(node);
    std::string value;
    if (node && node->is_string()) value = node->get<std::string>();
    else if (node && node->is_number_integer()) value = std::to_string(node->get<std::int64_t>());
    else if (node && node->is_boolean()) value = node->get<bool>() ? "true" : "false";
    return (value == e.literal) == (e.op == Expr::Op::equals);
}

Result<std::vector<Piece>> parse_text(std::string_view text) { return TextParser(text).run(); }

// ---- Public: template files -------------------------------------------------------------------------------------

Result<Template> parse_template(std::string_view json_text, const std::string& file) {
    auto parsed = parse_json(json_text, file);
    if (!parsed) return parsed.errors();
    Errors errors;
    JsonReader root(*parsed, file, errors);
    Template t;
    root.check_schema(1);
    check_keys(root, {"schema", "type", "file_stem", "doc_title", "words", "blocks", "annexes"});
    if (auto type = root.string("type")) t.type = *type;
    if (auto f = read_doc_text(root, "file_stem", true)) t.file_stem = *f;
    if (auto d = read_doc_text(root, "doc_title", true)) t.doc_title = *d;
    if (auto words = root.object("words", false)) {
        for (auto& [lang, dicts] : words->node().items()) {
            if (lang != "kk" && lang != "ru") {
                words->fail(lang, "documents.template.unknown_field", "word lists are kk and ru");
                continue;
            }
            if (!dicts.is_object()) {
                words->fail(lang, "documents.template.type", "must be an object of word lists");
                continue;
            }
            for (auto& [dict, entries] : dicts.items()) {
                if (!entries.is_object()) {
                    words->fail(lang + "." + dict, "documents.template.type", "must be an object of words");
                    continue;
                }
                for (auto& [key, text] : entries.items()) {
                    if (!text.is_string() || text.get<std::string>().empty())
                        words->fail(lang + "." + dict + "." + key, "documents.template.empty", "must be a non-empty text");
                    else
                        t.words[lang][dict][key] = text.get<std::string>();
                }
            }
        }
    }
    if (auto blocks = root.array("blocks")) {
        for (std::size_t i = 0; i < blocks->size(); ++i) {
            JsonReader b = blocks->at(i);
            if (!b.node().is_object()) {
                b.fail("", "documents.template.type", "must be an object");
                continue;
            }
            check_keys(b, {"id", "kind", "if", "each", "as", "list", "page_break", "text", "columns"});
            BlockSpec s;
            if (auto id = b.string("id")) s.id = *id;
            if (auto kind = b.string("kind")) {
                if (auto k = parse_block_kind(*kind)) s.kind = *k;
                else b.fail("kind", "documents.template.kind", "is not a block kind");
            }
            s.condition = read_condition(b, s.condition_text);
            if (auto each = b.string("each", false)) s.each = *each;
            if (auto as = b.string("as", false)) s.as = *as;
            if (s.each.empty() != s.as.empty()) b.fail("as", "documents.template.loop", "\"each\" and \"as\" go together");
            if (!s.as.empty() && !valid_path(s.as)) b.fail("as", "documents.template.loop", "is not a name");
            if (auto list = b.string("list", false)) s.list = *list;
            if (!s.list.empty() && s.kind != BlockKind::item)
                b.fail("list", "documents.template.kind", "only items are numbered in a list");
            if (auto pb = b.boolean("page_break", false)) s.page_break = *pb;
            if (s.kind == BlockKind::table) {
                if (s.each.empty()) b.fail("each", "documents.template.loop", "a table needs \"each\" and \"as\" for its rows");
                if (auto cols = b.array("columns")) {
                    for (std::size_t c = 0; c < cols->size(); ++c) {
                        JsonReader col = cols->at(c);
                        check_keys(col, {"header", "cell", "footer", "numeric"});
                        Column column;
                        if (auto h = read_doc_text(col, "header", true)) column.header = *h;
                        if (auto cell = read_doc_text(col, "cell", true)) column.cell = *cell;
                        if (auto f = read_doc_text(col, "footer", false)) column.footer = *f;
                        if (auto n = col.boolean("numeric", false)) column.numeric = *n;
                        s.columns.push_back(std::move(column));
                    }
                }
            } else if (auto text = read_doc_text(b, "text", true)) {
                s.text = *text;
            }
            for (const auto& other : t.blocks)
                if (other.id == s.id && !s.id.empty()) b.fail("id", "documents.template.duplicate", "the id \"" + s.id + "\" is used twice");
            t.blocks.push_back(std::move(s));
        }
    }
    if (auto annexes = root.array("annexes", false)) {
        for (std::size_t i = 0; i < annexes->size(); ++i) {
            JsonReader a = annexes->at(i);
            check_keys(a, {"id", "if", "text"});
            AnnexSpec s;
            if (auto id = a.string("id")) s.id = *id;
            s.condition = read_condition(a, s.condition_text);
            if (auto text = read_doc_text(a, "text", true)) s.text = *text;
            for (const auto& other : t.annexes)
                if (other.id == s.id) a.fail("id", "documents.template.duplicate", "the annex id \"" + s.id + "\" is used twice");
            t.annexes.push_back(std::move(s));
        }
    }
    if (!errors.empty()) return errors;
    return t;
}

Errors check_template(const Template& t, const Json& schema, const std::string& file,
                      const std::function<bool(std::string_view)>& cite_exists) {
    Checker c{t, schema, file, cite_exists, {}};
    Scopes scopes;
    c.check_text("file_stem", scopes, t.file_stem, true);
    c.check_text("doc_title", scopes, t.doc_title, true);
    for (const auto& [lang, dicts] : t.words)
        for (const auto& [dict, entries] : dicts) {
            const std::string other = lang == "kk" ? "ru" : "kk";
            auto o = t.words.find(other);
            if (o == t.words.end() || o->second.find(dict) == o->second.end()) {
                c.error("words." + other + "." + dict, "documents.template.missing_lang", "the word list is missing in this language");
                continue;
            }
            for (const auto& [key, text] : entries)
                if (o->second.at(dict).find(key) == o->second.at(dict).end())
                    c.error("words." + other + "." + dict + "." + key, "documents.template.missing_lang",
                            "the word is missing in this language");
        }
    for (const auto& a : t.annexes) {
        const std::string where = "annexes." + a.id;
        if (a.condition) c.check_expr(where, scopes, *a.condition);
        c.check_text(where, scopes, a.text, true);
    }
    for (const auto& b : t.blocks) {
        const std::string where = "blocks." + b.id;
        if (b.condition) c.check_expr(where, scopes, *b.condition);
        Scopes inner = scopes;
        if (!b.each.empty() && !c.open_loop(where, inner, b.each, b.as)) continue;
        if (b.kind == BlockKind::table) {
            for (std::size_t i = 0; i < b.columns.size(); ++i) {
                const std::string w = where + ".columns[" + std::to_string(i) + "]";
                c.check_text(w + ".header", scopes, b.columns[i].header, true);
                c.check_text(w + ".cell", inner, b.columns[i].cell, true);
                if (!b.columns[i].footer.kk.empty() || !b.columns[i].footer.ru.empty())
                    c.check_text(w + ".footer", scopes, b.columns[i].footer, true);
            }
            if (b.columns.empty()) c.error(where, "documents.template.table", "a table needs columns");
            continue;
        }
        c.check_text(where, inner, b.text, true);
    }
    return c.errors;
}

// ---- Public: rendering ------------------------------------------------------------------------------------------

Result<Json> render_annexes(const Template& t, const Json& context, const RenderOptions& options,
                            const std::set<std::string>& off, const std::vector<std::string>& extra) {
    Renderer r{t, options, context, {}, {}, {}, ""};
    Json out = Json::array();
    for (const auto& a : t.annexes) {
        if (off.count(a.id) || (a.condition && !evaluate(*a.condition, context))) continue;
        r.where = "annexes." + a.id;
        out.push_back({{"id", a.id}, {"text", render_plain(r.text(a.text))}});
    }
    for (std::size_t i = 0; i < extra.size(); ++i)
        out.push_back({{"id", "extra." + std::to_string(i + 1)}, {"text", extra[i]}});
    if (!r.errors.empty()) return r.errors;
    return out;
}

Result<Document> render(const Template& t, const Json& context, const RenderOptions& options) {
    Renderer r{t, options, context, {}, {}, {}, ""};
    Document doc;
    doc.type = t.type;
    doc.lang = options.lang;
    r.where = "doc_title";
    doc.title = render_plain(r.text(t.doc_title));
    r.where = "file_stem";
    doc.file_stem = render_plain(r.text(t.file_stem));
    std::map<std::string, int> counters;  // numbered lists
    for (const auto& spec : t.blocks) {
        r.where = "blocks." + spec.id;
        if (spec.condition && !evaluate(*spec.condition, r.condition_context())) continue;
        auto emit = [&](const std::string& id, bool first) {
            Block b;
            b.id = id;
            b.kind = spec.kind;
            b.page_break = spec.page_break && first;
            if (spec.kind == BlockKind::item && !spec.list.empty()) b.number = ++counters[spec.list];
            b.runs = r.text(spec.text);
            doc.blocks.push_back(std::move(b));
        };
        if (spec.kind == BlockKind::table) {
            const Json* rows = r.list(spec.each);
            if (!rows) continue;
            Block b;
            b.id = spec.id;
            b.kind = BlockKind::table;
            b.page_break = spec.page_break;
            bool any_footer = false;
            for (const auto& col : spec.columns) {
                b.header.push_back(TableCell{render_plain(r.text(col.header)), col.numeric});
                any_footer = any_footer || !col.footer.get(options.lang).empty();
            }
            for (const auto& row : *rows) {
                r.scopes.emplace_back(spec.as, &row);
                std::vector<TableCell> cells;
                for (const auto& col : spec.columns) cells.push_back(TableCell{render_plain(r.text(col.cell)), col.numeric});
                r.scopes.pop_back();
                b.rows.push_back(std::move(cells));
            }
            if (any_footer)
                for (const auto& col : spec.columns)
                    b.footer.push_back(TableCell{col.footer.get(options.lang).empty() ? "" : render_plain(r.text(col.footer)),
                                                 col.numeric});
            doc.blocks.push_back(std::move(b));
            continue;
        }
        if (spec.each.empty()) {
            emit(spec.id, true);
            continue;
        }
        const Json* items = r.list(spec.each);
        if (!items) continue;
        for (std::size_t i = 0; i < items->size(); ++i) {
            r.scopes.emplace_back(spec.as, &(*items)[i]);
            emit(spec.id + "." + std::to_string(i + 1), i == 0);
            r.scopes.pop_back();
        }
    }
    // A list's numbers run through the whole document (requests stay 1, 2, 3 even with a paragraph between them).
    doc.citations = std::move(r.citations);
    if (!r.errors.empty()) return r.errors;
    return doc;
}

}  // namespace otbasy::core::documents
