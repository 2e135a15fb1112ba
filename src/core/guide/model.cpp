// Reading the guide's files. Layer: core/guide.
#include "core/guide/model.hpp"

#include <algorithm>
#include <set>

namespace otbasy::core::guide {

Error Issue::to_error() const {
    std::string path = file;
    if (!field.empty()) path += (path.empty() ? "" : ": ") + field;
    return make_error(path, code, node.empty() ? message : node + ": " + message);
}

std::string Issue::to_string() const {
    std::string s = file;
    if (!node.empty()) s += (s.empty() ? "" : ": ") + node;
    if (!field.empty()) s += (s.empty() ? "" : ": ") + field;
    return s + ": " + message + " [" + code + "]";
}

Errors to_errors(const Issues& issues) {
    Errors out;
    out.reserve(issues.size());
    for (const auto& i : issues) out.push_back(i.to_error());
    return out;
}

std::string_view type_name(NodeType t) {
    switch (t) {
        case NodeType::question: return "question";
        case NodeType::info: return "info";
        case NodeType::result: return "result";
    }
    return "question";
}

const Option* Node::option(std::string_view id) const {
    for (const auto& o : options)
        if (o.id == id) return &o;
    return nullptr;
}

const Node* Topic::find(std::string_view node_id) const {
    auto it = index_.find(node_id);
    return it == index_.end() ? nullptr : &nodes[it->second];
}

void Topic::reindex() {
    index_.clear();
    for (std::size_t i = 0; i < nodes.size(); ++i) index_.emplace(nodes[i].id, i);  // the first of duplicates wins
}

const GlossaryTerm* Glossary::find(std::string_view id) const {
    auto it = index_.find(id);
    return it == index_.end() ? nullptr : &terms[it->second];
}

void Glossary::reindex() {
    index_.clear();
    for (std::size_t i = 0; i < terms.size(); ++i) index_.emplace(terms[i].id, i);
}

const Topic* Guide::topic(std::string_view id) const {
    for (const auto& t : topics)
        if (t.id == id) return &t;
    return nullptr;
}

const Node* Guide::node(std::string_view id, const Topic** topic_out) const {
    auto it = node_index_.find(id);
    if (it == node_index_.end()) return nullptr;
    const Topic& t = topics[it->second.first];
    if (topic_out) *topic_out = &t;
    return &t.nodes[it->second.second];
}

void Guide::reindex() {
    node_index_.clear();
    for (std::size_t t = 0; t < topics.size(); ++t) {
        topics[t].reindex();
        for (std::size_t n = 0; n < topics[t].nodes.size(); ++n)
            node_index_.emplace(topics[t].nodes[n].id, std::make_pair(t, n));
    }
    glossary.reindex();
}

namespace {

// Moves the JsonReader errors collected since `mark` into issues of `file`, for `node`.
void flush(Errors& errors, std::size_t mark, const std::string& file, const std::string& node, Issues& issues) {
    for (std::size_t i = mark; i < errors.size(); ++i)
        issues.push_back(Issue{file, node, errors[i].path, errors[i].code, errors[i].message});
    errors.resize(mark);
}

void unknown_fields(const JsonReader& r, std::initializer_list<std::string_view> allowed, std::string_view what) {
    if (!r.node().is_object()) return;
    for (auto& [key, value] : r.node().items()) {
        (void)value;
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
            r.fail(key, "guide.field", "is not a field of " + std::string(what));
    }
}

// Ids are stable ASCII slugs: lower-case letters, digits and '_', starting with a letter.
bool is_slug(std::string_view s) {
    if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z')) return false;
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

// Option ids are slugs too, and may start with a digit ("10to13").
bool is_option_id(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

std::vector<LocalizedText> read_text_list(const JsonReader& r, std::string_view key, bool required) {
    std::vector<LocalizedText> out;
    auto arr = r.array(key, required);
    if (!arr) return out;
    for (std::size_t i = 0; i < arr->size(); ++i)
        if (auto t = i18n::read_text_node(arr->at(i))) out.push_back(std::move(*t));
    return out;
}

std::vector<std::string> read_citations(const JsonReader& r, bool required) {
    std::vector<std::string> out;
    auto arr = r.array("citations", required);
    if (!arr) return out;
    for (std::size_t i = 0; i < arr->size(); ++i) {
        JsonReader c = arr->at(i);
        if (!c.node().is_string() || c.node().get<std::string>().empty())
            c.fail("", "type", "must be a citation id such as \"kobs-139-1\"");
        else
            out.push_back(c.node().get<std::string>());
    }
    return out;
}

LocalizedText text_or_empty(const JsonReader& r, std::string_view key, bool required = true) {
    auto t = i18n::read_text(r, key, required);
    return t ? std::move(*t) : LocalizedText{};
}

std::optional<Node> parse_node(const JsonReader& n, std::size_t index) {
    if (!n.node().is_object()) {
        n.fail("", "type", "must be an object");
        return std::nullopt;
    }
    Node node;
    node.index = index;
    auto id = n.string("id");
    auto type = n.string("type");
    if (id) node.id = *id;
    bool typed = false;
    if (type) {
        if (*type == "question") node.type = NodeType::question, typed = true;
        else if (*type == "info") node.type = NodeType::info, typed = true;
        else if (*type == "result") node.type = NodeType::result, typed = true;
        else n.fail("type", "guide.type", "must be question, info or result");
    }
    if (id && !is_slug(*id)) n.fail("id", "guide.id", "must be an ASCII slug: a-z, 0-9 and _");
    if (id && typed) {
        const char* prefix = node.type == NodeType::question ? "q_" : node.type == NodeType::info ? "i_" : "r_";
        if (id->rfind(prefix, 0) != 0)
            n.fail("id", "guide.prefix",
                   "a " + std::string(type_name(node.type)) + " node's id must start with \"" + prefix + "\"");
    }
    if (!id || !typed || id->empty()) return std::nullopt;

    switch (node.type) {
        case NodeType::question: {
            unknown_fields(n, {"id", "type", "text", "help", "options"}, "a question node");
            node.text = text_or_empty(n, "text");
            node.help = i18n::read_text(n, "help", false);
            if (auto opts = n.array("options")) {
                std::set<std::string> seen;
                for (std::size_t i = 0; i < opts->size(); ++i) {
                    JsonReader o = opts->at(i);
                    if (!o.node().is_object()) {
                        o.fail("", "type", "must be an object");
                        continue;
                    }
                    unknown_fields(o, {"id", "label", "next"}, "an option");
                    Option opt;
                    if (auto oid = o.string("id")) {
                        opt.id = *oid;
                        if (!is_option_id(opt.id))
                            o.fail("id", "guide.id", "must be an ASCII slug: a-z, 0-9 and _");
                        if (!seen.insert(opt.id).second)
                            o.fail("id", "guide.option_duplicate", "option \"" + opt.id + "\" appears twice");
                    }
                    opt.label = text_or_empty(o, "label");
                    if (auto next = o.string("next")) opt.next = *next;
                    node.options.push_back(std::move(opt));
                }
            }
            break;
        }
        case NodeType::info: {
            unknown_fields(n, {"id", "type", "text", "citations", "next"}, "an info node");
            node.text = text_or_empty(n, "text");
            node.citations = read_citations(n, false);
            if (auto next = n.string("next")) node.next = *next;
            break;
        }
        case NodeType::result: {
            unknown_fields(n,
                           {"id", "type", "title", "law", "citations", "documents", "where", "terms", "next_steps",
                            "actions"},
                           "a result node");
            node.title = text_or_empty(n, "title");
            node.law = text_or_empty(n, "law");
            node.citations = read_citations(n, true);
            node.documents = read_text_list(n, "documents", false);
            node.where = i18n::read_text(n, "where", false);
            node.terms = read_text_list(n, "terms", false);
            node.next_steps = read_text_list(n, "next_steps", false);
            if (auto acts = n.array("actions", false)) {
                for (std::size_t i = 0; i < acts->size(); ++i) {
                    JsonReader a = acts->at(i);
                    if (!a.node().is_object()) {
                        a.fail("", "type", "must be an object");
                        continue;
                    }
                    unknown_fields(a, {"type", "prefill"}, "an action");
                    Action act;
                    if (auto t = a.string("type")) {
                        act.type = *t;
                        if (act.type != "estimator" && act.type != "arrears")
                            a.fail("type", "guide.action", "must be estimator or arrears");
                    }
                    if (a.has("prefill")) act.prefill = a.node()["prefill"];
                    node.actions.push_back(std::move(act));
                }
            }
            break;
        }
    }
    return node;
}

}  // namespace

std::optional<Topic> parse_topic(std::string_view json_text, const std::string& file, Issues& issues) {
    auto parsed = parse_json(json_text, "");
    if (!parsed) {
        issues.push_back(Issue{file, "", "", "json.syntax", "is not valid JSON"});
        return std::nullopt;
    }
    Errors errors;
    JsonReader root(*parsed, "", errors);
    if (!parsed->is_object()) {
        issues.push_back(Issue{file, "", "", "type", "must be a JSON object"});
        return std::nullopt;
    }
    Topic topic;
    topic.file = file;
    root.check_schema(1);
    unknown_fields(root, {"schema", "topic", "order", "title", "summary", "start", "nodes"}, "a topic file");
    if (auto t = root.string("topic")) topic.id = *t;
    if (auto o = root.integer("order", 1, 1000)) topic.order = static_cast<int>(*o);
    topic.title = text_or_empty(root, "title");
    topic.summary = text_or_empty(root, "summary");
    if (auto s = root.string("start")) topic.start = *s;
    flush(errors, 0, file, "", issues);
    if (auto nodes = root.array("nodes")) {
        if (nodes->size() == 0) nodes->fail("", "guide.empty", "must hold at least one node");
        flush(errors, 0, file, "", issues);
        for (std::size_t i = 0; i < nodes->size(); ++i) {
            JsonReader n = nodes->at(i);
            std::string id;
            if (n.node().is_object() && n.node().contains("id") && n.node()["id"].is_string())
                id = n.node()["id"].get<std::string>();
            auto node = parse_node(n, i);
            flush(errors, 0, file, id, issues);
            if (node) topic.nodes.push_back(std::move(*node));
        }
    }
    flush(errors, 0, file, "", issues);
    topic.reindex();
    return topic;
}

std::optional<Glossary> parse_glossary(std::string_view json_text, const std::string& file, Issues& issues) {
    auto parsed = parse_json(json_text, "");
    if (!parsed) {
        issues.push_back(Issue{file, "", "", "json.syntax", "is not valid JSON"});
        return std::nullopt;
    }
    if (!parsed->is_object()) {
        issues.push_back(Issue{file, "", "", "type", "must be a JSON object"});
        return std::nullopt;
    }
    Errors errors;
    JsonReader root(*parsed, "", errors);
    root.check_schema(1);
    unknown_fields(root, {"schema", "terms"}, "glossary.json");
    Glossary g;
    auto terms = root.array("terms");
    flush(errors, 0, file, "", issues);
    if (terms) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < terms->size(); ++i) {
            JsonReader t = terms->at(i);
            if (!t.node().is_object()) {
                t.fail("", "type", "must be an object");
                flush(errors, 0, file, "", issues);
                continue;
            }
            GlossaryTerm term;
            term.index = i;
            auto id = t.string("id");
            if (id) term.id = *id;
            if (id && !is_slug(*id)) t.fail("id", "guide.id", "must be an ASCII slug: a-z, 0-9 and _");
            if (id && !seen.insert(*id).second) t.fail("id", "glossary.duplicate", "term \"" + *id + "\" appears twice");
            unknown_fields(t, {"id", "term", "definition", "citations"}, "a glossary term");
            term.term = text_or_empty(t, "term");
            term.definition = text_or_empty(t, "definition");
            term.citations = read_citations(t, false);
            flush(errors, 0, file, term.id, issues);
            if (!term.id.empty()) g.terms.push_back(std::move(term));
        }
    }
    g.reindex();
    return g;
}

std::vector<std::string> parse_topic_list(std::string_view json_text, const std::string& file, Issues& issues) {
    std::vector<std::string> out;
    auto parsed = parse_json(json_text, "");
    if (!parsed) {
        issues.push_back(Issue{file, "", "", "json.syntax", "is not valid JSON"});
        return out;
    }
    if (!parsed->is_object()) {
        issues.push_back(Issue{file, "", "", "type", "must be a JSON object"});
        return out;
    }
    Errors errors;
    JsonReader root(*parsed, "", errors);
    root.check_schema(1);
    unknown_fields(root, {"schema", "topics"}, "topics.json");
    if (auto list = root.array("topics")) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            JsonReader t = list->at(i);
            if (!t.node().is_string() || !is_slug(t.node().get<std::string>())) {
                t.fail("", "type", "must be a topic id (an ASCII slug)");
                continue;
            }
            std::string id = t.node().get<std::string>();
            if (!seen.insert(id).second) {
                t.fail("", "guide.topic_duplicate", "topic \"" + id + "\" is listed twice");
                continue;
            }
            out.push_back(std::move(id));
        }
    }
    flush(errors, 0, file, "", issues);
    return out;
}

LoadedGuide load_guide_partial(const AssetReader& assets) {
    LoadedGuide out;
    auto read = [&](const std::string& path) -> std::optional<std::string> {
        if (!assets.read) return std::nullopt;
        return assets.read(path);
    };
    if (auto text = read(topics_file)) {
        out.guide.listed = parse_topic_list(*text, topics_file, out.issues);
    } else {
        out.issues.push_back(Issue{topics_file, "", "", "asset.missing", "cannot be read"});
    }
    for (const auto& id : out.guide.listed) {
        const std::string file = std::string(guide_dir) + id + ".json";
        auto text = read(file);
        if (!text) {
            out.issues.push_back(Issue{topics_file, "", "topics", "guide.missing_topic",
                                       "lists \"" + id + "\" but " + file + " cannot be read"});
            continue;
        }
        auto topic = parse_topic(*text, file, out.issues);
        if (!topic) continue;
        if (topic->id != id) {
            out.issues.push_back(
                Issue{file, "", "topic", "guide.topic_id", "must be \"" + id + "\", the file's name"});
            topic->id = id;
        }
        out.guide.topics.push_back(std::move(*topic));
    }
    if (auto text = read(glossary_file)) {
        if (auto g = parse_glossary(*text, glossary_file, out.issues)) out.guide.glossary = std::move(*g);
    } else {
        out.issues.push_back(Issue{glossary_file, "", "", "asset.missing", "cannot be read"});
    }
    out.guide.reindex();
    return out;
}

Result<Guide> load_guide(const AssetReader& assets) {
    auto loaded = load_guide_partial(assets);
    if (!loaded.issues.empty()) return to_errors(loaded.issues);
    return std::move(loaded.guide);
}

}  // namespace otbasy::core::guide
