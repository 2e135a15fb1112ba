// Reading the corpus, the held-out part and the fact cases. Layer: core/triage.
#include "core/triage/corpus.hpp"

#include <algorithm>

#include "core/guide/marks.hpp"

namespace otbasy::core::triage {

namespace {

using i18n::Lang;

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i <= text.size()) {
        std::size_t j = text.find('\n', i);
        if (j == std::string::npos) j = text.size();
        std::string line = text.substr(i, j - i);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        out.push_back(std::move(line));
        i = j + 1;
    }
    return out;
}

bool blank_or_comment(const std::string& line) {
    auto p = line.find_first_not_of(" \t");
    return p == std::string::npos || line[p] == '#';
}

}  // namespace

Result<Corpus> load_corpus(const AssetReader& assets, const std::vector<std::string>& topics) {
    Corpus c;
    c.classes = topics;
    c.classes.push_back("other");
    Errors errors;
    for (const char* part : {"corpus", "heldout"}) {
        for (Lang lang : {Lang::kk, Lang::ru}) {
            std::string dir = std::string("triage/") + part + "/" + std::string(i18n::code(lang)) + "/";
            std::vector<std::string> files = assets.list ? assets.list(dir) : std::vector<std::string>{};
            std::vector<std::size_t> per_class(c.classes.size(), 0);
            for (const auto& f : files) {
                std::string name = f.substr(f.rfind('/') + 1);
                if (name.size() < 5 || name.compare(name.size() - 4, 4, ".txt") != 0) continue;
                std::string label = name.substr(0, name.size() - 4);
                auto k = std::find(c.classes.begin(), c.classes.end(), label);
                if (k == c.classes.end()) {
                    errors.push_back(make_error(f, "corpus.class", "no topic \"" + label + "\""));
                    continue;
                }
                auto text = assets.read(f);
                if (!text) {
                    errors.push_back(make_error(f, "asset.missing", "cannot be read"));
                    continue;
                }
                auto lines = lines_of(*text);
                for (std::size_t n = 0; n < lines.size(); ++n) {
                    if (blank_or_comment(lines[n])) continue;
                    CorpusItem item{lines[n], label, lang, f + ":" + std::to_string(n + 1)};
                    (std::string(part) == "corpus" ? c.train : c.heldout).push_back(std::move(item));
                    per_class[static_cast<std::size_t>(k - c.classes.begin())]++;
                }
            }
            for (std::size_t k = 0; k < c.classes.size(); ++k)
                if (per_class[k] == 0)
                    errors.push_back(make_error(dir + c.classes[k] + ".txt", "corpus.empty", "no situations"));
        }
    }
    if (!errors.empty()) return errors;
    return c;
}

std::vector<CorpusItem> guide_examples(const guide::Guide& guide) {
    std::vector<CorpusItem> out;
    for (const auto& t : guide.topics) {
        for (Lang lang : {Lang::kk, Lang::ru}) {
            auto add = [&](const std::string& text, const std::string& where) {
                std::string plain = guide::strip_marks(text);
                if (!plain.empty()) out.push_back(CorpusItem{plain, t.id, lang, "guide:" + t.id + ":" + where});
            };
            add(t.title.get(lang), "title");
            add(t.summary.get(lang), "summary");
            for (const auto& n : t.nodes) {
                if (n.type == guide::NodeType::question) {
                    add(n.text.get(lang), n.id);
                    for (const auto& o : n.options)
                        add(n.text.get(lang) + " " + o.label.get(lang), n.id + "/" + o.id);
                } else if (n.type == guide::NodeType::result) {
                    add(n.title.get(lang), n.id);
                }
            }
        }
    }
    return out;
}

Result<std::vector<FactCase>> load_fact_cases(const AssetReader& assets) {
    std::vector<FactCase> out;
    Errors errors;
    for (bool independent : {false, true})
    for (Lang lang : {Lang::kk, Lang::ru}) {
        std::string path = std::string(independent ? "triage/facts/independent/" : "triage/facts/") +
                           std::string(i18n::code(lang)) + ".tsv";
        auto text = assets.read ? assets.read(path) : std::nullopt;
        if (!text) {
            errors.push_back(make_error(path, "asset.missing", "cannot be read"));
            continue;
        }
        auto lines = lines_of(*text);
        for (std::size_t n = 0; n < lines.size(); ++n) {
            if (blank_or_comment(lines[n])) continue;
            std::string where = path + ":" + std::to_string(n + 1);
            auto tab = lines[n].find('\t');
            if (tab == std::string::npos) {
                errors.push_back(make_error(where, "facts.line", "needs text<TAB>facts"));
                continue;
            }
            FactCase fc{lines[n].substr(0, tab), {}, lang, where, independent};
            std::string spec = lines[n].substr(tab + 1);
            if (spec != "-") {
                std::size_t i = 0;
                while (i < spec.size()) {
                    std::size_t j = spec.find(';', i);
                    if (j == std::string::npos) j = spec.size();
                    std::string kv = spec.substr(i, j - i);
                    auto eq = kv.find('=');
                    if (eq == std::string::npos) {
                        errors.push_back(make_error(where, "facts.pair", "\"" + kv + "\" is not name=value"));
                    } else {
                        std::string name = kv.substr(0, eq);
                        bool known = std::any_of(fact_kinds().begin(), fact_kinds().end(),
                                                 [&](const FactKind& k) { return k.name == name; });
                        if (!known) errors.push_back(make_error(where, "facts.name", "no fact \"" + name + "\""));
                        fc.expected[name] = kv.substr(eq + 1);
                    }
                    i = j + 1;
                }
            }
            out.push_back(std::move(fc));
        }
    }
    if (!errors.empty()) return errors;
    return out;
}

}  // namespace otbasy::core::triage
