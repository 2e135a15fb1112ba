// The court list and the links from guide results to documents: what the app reads before the documents' engine
// arrives (kept apart from the templates so that the app does not carry the engine). Layer: core/documents.
#include "core/documents/library.hpp"

#include <algorithm>
#include <set>

namespace otbasy::core::documents {

namespace {

void check_keys(const JsonReader& r, std::initializer_list<std::string_view> allowed) {
    if (!r.node().is_object()) return;
    for (auto it = r.node().begin(); it != r.node().end(); ++it)
        if (std::find(allowed.begin(), allowed.end(), std::string_view(it.key())) == allowed.end())
            r.fail(it.key(), "documents.asset.unknown_field", "is not a known field");
}

std::optional<DocText> doc_text(const JsonReader& r, std::string_view key, bool required) {
    auto o = r.object(key, required);
    if (!o) return std::nullopt;
    check_keys(*o, {"kk", "ru"});
    DocText t;
    if (auto kk = o->string("kk")) t.kk = *kk;
    if (auto ru = o->string("ru")) t.ru = *ru;
    if (t.kk.empty()) o->fail("kk", "documents.asset.empty", "must not be empty");
    if (t.ru.empty()) o->fail("ru", "documents.asset.empty", "must not be empty");
    return t;
}

std::optional<Link> read_link(const JsonReader& r) {
    if (!r.node().is_object()) {
        r.fail("", "documents.asset.type", "must be an object");
        return std::nullopt;
    }
    check_keys(r, {"documents", "prefill"});
    Link link;
    if (auto docs = r.array("documents")) {
        for (std::size_t i = 0; i < docs->size(); ++i) {
            const Json& d = docs->node()[i];
            if (!d.is_string() || !is_document_type(d.get<std::string>()))
                docs->at(i).fail("", "documents.asset.type", "is not a document type");
            else
                link.documents.push_back(d.get<std::string>());
        }
        if (link.documents.empty()) docs->fail("", "documents.asset.empty", "must name at least one document");
    }
    if (auto p = r.object("prefill", false)) link.prefill = p->node();
    return link;
}

}  // namespace

bool is_document_type(std::string_view type) {
    return std::find(document_types.begin(), document_types.end(), type) != document_types.end();
}

const Court* Courts::find(std::string_view id) const {
    for (const auto& c : courts)
        if (c.id == id) return &c;
    return nullptr;
}

Result<Courts> parse_courts(std::string_view json_text, const std::string& file) {
    auto parsed = parse_json(json_text, file);
    if (!parsed) return parsed.errors();
    Errors errors;
    JsonReader root(*parsed, file, errors);
    root.check_schema(1);
    check_keys(root, {"schema", "checked_on", "about", "sources", "courts"});
    Courts out;
    if (auto d = root.date("checked_on")) out.checked_on = *d;
    std::set<std::string> source_ids;
    if (auto sources = root.array("sources")) {
        for (std::size_t i = 0; i < sources->size(); ++i) {
            JsonReader s = sources->at(i);
            check_keys(s, {"id", "cite", "url", "title", "read_on"});
            CourtSource src;
            if (auto v = s.string("id")) src.id = *v;
            if (auto v = s.string("cite", false)) src.cite = *v;
            if (auto v = s.string("url", false)) src.url = *v;
            if (auto v = s.string("title", false)) src.title = *v;
            if (auto v = s.date("read_on", false)) src.read_on = v->to_string();
            if (src.cite.empty() == src.url.empty())
                s.fail("", "documents.asset.source", "a source is either a citation (\"cite\") or a page (\"url\")");
            if (!src.url.empty() && (src.url.rfind("https://", 0) != 0 || src.read_on.empty() || src.title.empty()))
                s.fail("url", "documents.asset.source", "a page needs an https address, its title and the date it was read");
            if (!source_ids.insert(src.id).second) s.fail("id", "documents.asset.duplicate", "is used twice");
            out.sources.push_back(std::move(src));
        }
    }
    if (auto courts = root.array("courts")) {
        for (std::size_t i = 0; i < courts->size(); ++i) {
            JsonReader c = courts->at(i);
            check_keys(c, {"id", "region", "name", "to", "address", "sources", "unconfirmed", "note"});
            Court court;
            if (auto v = c.string("id")) court.id = *v;
            if (auto v = i18n::read_text(c, "region")) court.region = *v;
            if (auto v = doc_text(c, "name", true)) court.name = *v;
            if (auto v = doc_text(c, "to", true)) court.to = *v;
            if (c.has("address") && !c.node()["address"].is_null()) court.address = doc_text(c, "address", true);
            if (auto list = c.array("sources")) {
                for (std::size_t k = 0; k < list->size(); ++k) {
                    const Json& s = list->node()[k];
                    if (!s.is_string() || !source_ids.count(s.get<std::string>()))
                        list->at(k).fail("", "documents.asset.source", "is not one of the file's sources");
                    else
                        court.sources.push_back(s.get<std::string>());
                }
                if (court.sources.empty()) list->fail("", "documents.asset.source", "every court names a source");
            }
            if (auto v = c.boolean("unconfirmed", false)) court.unconfirmed = *v;
            if (auto v = c.string("note", false)) court.note = *v;
            if (court.unconfirmed && court.note.empty())
                c.fail("note", "documents.asset.note", "say what is not confirmed");
            if (out.find(court.id)) c.fail("id", "documents.asset.duplicate", "is used twice");
            out.courts.push_back(std::move(court));
        }
    }
    if (!errors.empty()) return errors;
    return out;
}

Result<Links> parse_links(std::string_view json_text, const std::string& file) {
    auto parsed = parse_json(json_text, file);
    if (!parsed) return parsed.errors();
    Errors errors;
    JsonReader root(*parsed, file, errors);
    root.check_schema(1);
    check_keys(root, {"schema", "results", "tools"});
    Links out;
    if (auto results = root.object("results")) {
        for (auto it = results->node().begin(); it != results->node().end(); ++it)
            if (auto link = read_link(JsonReader(it.value(), results->field_path(it.key()), errors)))
                out.results.emplace(it.key(), std::move(*link));
    }
    if (auto tools = root.object("tools")) {
        for (auto it = tools->node().begin(); it != tools->node().end(); ++it) {
            if (it.key() != "estimator" && it.key() != "arrears")
                tools->fail(it.key(), "documents.asset.unknown_field", "tools are \"estimator\" and \"arrears\"");
            if (auto link = read_link(JsonReader(it.value(), tools->field_path(it.key()), errors)))
                out.tools.emplace(it.key(), std::move(*link));
        }
    }
    if (!errors.empty()) return errors;
    return out;
}

Result<Links> load_links(const AssetReader& assets) {
    auto text = assets.read(links_file);
    if (!text) return make_error(links_file, "asset.missing", "cannot be read");
    return parse_links(*text, links_file);
}

}  // namespace otbasy::core::documents
