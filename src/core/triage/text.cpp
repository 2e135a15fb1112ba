// The shared text pipeline: normalised words, the lexicon, the classifier's hashed features. Layer: core/triage.
#include "core/triage/text.hpp"

#include <algorithm>
#include <cmath>

#include "core/base/json_read.hpp"
#include "core/i18n/fold.hpp"

namespace otbasy::core::triage {

namespace {

using i18n::Lang;

// Code points of valid UTF-8 as byte offsets (the text comes from fold(), which only emits valid UTF-8).
std::vector<std::size_t> code_point_starts(const std::string& s) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out.push_back(i);
    out.push_back(s.size());
    return out;
}

std::string first_letters(const std::string& s, std::size_t n) {
    auto cps = code_point_starts(s);
    if (cps.size() - 1 <= n) return s;
    return s.substr(0, cps[n]);
}

bool is_digits(const std::string& w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::uint32_t fnv1a(std::string_view bytes, std::uint32_t seed) {
    std::uint32_t h = seed;
    for (char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    return h;
}

std::vector<std::string> normalise(std::string_view text, std::size_t max_words) {
    auto words = i18n::fold_words(text);
    if (words.size() > max_words) words.resize(max_words);
    for (auto& w : words) {
        if (i18n::is_latin_word(w)) {
            std::string cyr = i18n::latin_to_cyrillic(w);
            if (!cyr.empty()) w = std::move(cyr);
        }
        // й → и: Latin-typed Kazakh writes both as "i" ("tolemeidi" is «төлемейді»).
        for (std::size_t p; (p = w.find("й")) != std::string::npos;) w.replace(p, 2, "и");
    }
    return words;
}

bool word_starts(const std::string& word, const std::string& prefix, std::size_t max_rest) {
    if (word.size() < prefix.size() || word.compare(0, prefix.size(), prefix) != 0) return false;
    return i18n::utf8_length(std::string_view(word).substr(prefix.size())) <= max_rest;
}

// --- phrases -----------------------------------------------------------------------------------------------------

Phrase::Phrase(std::string_view pattern, std::size_t gap) : gap_(gap) {
    std::size_t i = 0;
    while (i < pattern.size()) {
        while (i < pattern.size() && pattern[i] == ' ') ++i;
        std::size_t j = i;
        while (j < pattern.size() && pattern[j] != ' ') ++j;
        if (j > i) {
            std::string_view w = pattern.substr(i, j - i);
            bool open = w.back() == '*';
            if (open) w.remove_suffix(1);
            auto n = normalise(w);
            for (std::size_t k = 0; k < n.size(); ++k) parts_.push_back(Part{n[k], open && k + 1 == n.size()});
        }
        i = j;
    }
}

std::size_t Phrase::find(const std::vector<std::string>& words, std::size_t from) const {
    if (parts_.empty()) return npos;
    auto matches = [&](const std::string& w, const Part& p) {
        return p.open ? word_starts(w, p.word, 12) : w == p.word;
    };
    for (std::size_t start = from; start < words.size(); ++start) {
        if (!matches(words[start], parts_[0])) continue;
        std::size_t at = start;
        bool ok = true;
        for (std::size_t k = 1; k < parts_.size() && ok; ++k) {
            ok = false;
            for (std::size_t j = at + 1; j < words.size() && j <= at + 1 + gap_; ++j) {
                if (matches(words[j], parts_[k])) {
                    at = j;
                    ok = true;
                    break;
                }
            }
        }
        if (ok) return start;
    }
    return npos;
}

// --- lexicon -----------------------------------------------------------------------------------------------------

Result<Lexicon> Lexicon::parse(std::string_view json_text, const std::string& file) {
    auto parsed = parse_json(json_text, file);
    if (!parsed) return parsed.errors();
    Errors errors;
    JsonReader r(*parsed, file, errors);
    Lexicon lex;
    r.check_schema(1);
    if (auto d = r.string("checked_on")) lex.checked_on_ = *d;
    if (auto sw = r.object("stop_words")) {
        for (const char* lang : {"kk", "ru", "en"}) {
            auto list = sw->array(lang);
            if (!list) continue;
            for (std::size_t i = 0; i < list->size(); ++i) {
                const Json& w = list->node()[i];
                if (!w.is_string()) {
                    errors.push_back(make_error(list->path() + "[" + std::to_string(i) + "]", "lexicon.word",
                                                "must be a string"));
                    continue;
                }
                for (auto& n : normalise(w.get<std::string>())) lex.stop_words_.push_back(n);
            }
        }
    }
    std::sort(lex.stop_words_.begin(), lex.stop_words_.end());
    lex.stop_words_.erase(std::unique(lex.stop_words_.begin(), lex.stop_words_.end()), lex.stop_words_.end());
    if (auto groups = r.array("synonyms")) {
        for (std::size_t i = 0; i < groups->size(); ++i) {
            JsonReader g = groups->at(i);
            SynonymGroup sg;
            if (auto id = g.string("id")) sg.id = *id;
            auto read_list = [&](const char* key, bool required, auto&& add) {
                auto list = g.array(key, required);
                if (!list) return;
                for (std::size_t k = 0; k < list->size(); ++k) {
                    const Json& v = list->node()[k];
                    auto words = v.is_string() ? normalise(v.get<std::string>()) : std::vector<std::string>{};
                    if (words.empty()) {
                        errors.push_back(make_error(list->path() + "[" + std::to_string(k) + "]", "lexicon.variant",
                                                    "must be a text with at least one word"));
                        continue;
                    }
                    add(std::move(words));
                }
            };
            read_list("variants", true, [&](std::vector<std::string> w) { sg.variants.push_back(std::move(w)); });
            read_list("search", false, [&](std::vector<std::string>) {});
            if (auto list = g.array("search", false))
                for (std::size_t k = 0; k < list->size(); ++k)
                    if (list->node()[k].is_string())
                        for (auto& x : i18n::fold_words(list->node()[k].get<std::string>()))
                            sg.search.push_back(std::move(x));  // as the search index folds its words
            if (sg.variants.empty())
                errors.push_back(make_error(g.path(), "lexicon.group", "a synonym group needs variants"));
            // Longest variants first, so that "органы опеки" wins over "опека" where both would match. A few per
            // group: an insertion sort (stable, and far less code in the app than std::stable_sort's).
            auto& v = sg.variants;
            for (std::size_t i = 1; i < v.size(); ++i)
                for (std::size_t k = i; k > 0 && v[k].size() > v[k - 1].size(); --k) std::swap(v[k], v[k - 1]);
            lex.groups_.push_back(std::move(sg));
        }
    }
    for (std::size_t i = 0; i < lex.groups_.size(); ++i)
        for (std::size_t k = 0; k < i; ++k)
            if (lex.groups_[i].id == lex.groups_[k].id)
                errors.push_back(make_error(file + ": synonyms[" + std::to_string(i) + "]", "lexicon.duplicate",
                                            "duplicate group id \"" + lex.groups_[i].id + "\""));
    if (!errors.empty()) return errors;
    return lex;
}

Result<Lexicon> Lexicon::load(const AssetReader& assets) {
    auto text = assets.read ? assets.read(path) : std::nullopt;
    if (!text) return make_error(path, "asset.missing", "cannot be read");
    return parse(*text, path);
}

bool Lexicon::is_stop_word(const std::string& word) const {
    std::string w = word;  // folded or normalised: й → и as normalise() does
    for (std::size_t p; (p = w.find("й")) != std::string::npos;) w.replace(p, 2, "и");
    return std::binary_search(stop_words_.begin(), stop_words_.end(), w);
}

std::vector<GroupMatch> Lexicon::find(const std::vector<std::string>& words) const {
    std::vector<GroupMatch> out;
    std::size_t i = 0;
    while (i < words.size()) {
        GroupMatch best;
        for (std::size_t g = 0; g < groups_.size(); ++g) {
            for (const auto& v : groups_[g].variants) {
                if (v.size() <= best.length || i + v.size() > words.size()) continue;
                bool all = true;
                for (std::size_t k = 0; k < v.size() && all; ++k) all = word_starts(words[i + k], v[k]);
                if (all) best = GroupMatch{g, i, v.size()};
            }
        }
        if (best.length > 0) {
            out.push_back(best);
            i += best.length;
        } else {
            ++i;
        }
    }
    return out;
}

// --- features ----------------------------------------------------------------------------------------------------

SparseVector featurize(std::string_view text, const Lexicon* lexicon, std::uint32_t dims) {
    std::vector<std::pair<std::uint32_t, float>> raw;
    const std::uint32_t mask = dims - 1;
    auto add = [&](const std::string& feature, float value) {
        std::uint32_t h = fnv1a(feature);
        float sign = (fnv1a(feature, 0x9747b28cu) & 1u) ? -1.0f : 1.0f;
        raw.emplace_back(h & mask, sign * value);
    };
    auto words = normalise(text);
    std::vector<std::string> first_stem(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string w = words[i];
        if (is_digits(w)) {
            add("n:" + std::to_string(std::min<std::size_t>(w.size(), 7)), 0.5f);  // a number, by its length
            first_stem[i] = "#";
            continue;
        }
        auto keys = i18n::stem_keys(w, Lang::kk);  // a Cyrillic word: its Kazakh and its Russian stem
        for (const auto& k : keys) add("w:" + k, 1.0f);
        first_stem[i] = keys.empty() ? w : keys.back();
        add("p:" + first_letters(w, 5), 0.7f);
        std::string edged = "<" + w + ">";
        auto cps = code_point_starts(edged);
        std::size_t n_cp = cps.size() - 1;
        for (std::size_t n = 3; n <= 5; ++n)
            for (std::size_t s = 0; s + n <= n_cp; ++s) add("c:" + edged.substr(cps[s], cps[s + n] - cps[s]), 0.3f);
    }
    for (std::size_t i = 0; i + 1 < words.size(); ++i) add("b:" + first_stem[i] + "_" + first_stem[i + 1], 0.7f);
    if (lexicon)
        for (const auto& m : lexicon->find(words)) add("g:" + lexicon->groups()[m.group].id, 1.5f);

    std::sort(raw.begin(), raw.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    SparseVector out;
    for (const auto& [b, v] : raw) {
        if (!out.empty() && out.back().first == b)
            out.back().second += v;
        else
            out.emplace_back(b, v);
    }
    double norm = 0;
    for (const auto& e : out) norm += static_cast<double>(e.second) * e.second;
    if (norm > 0) {
        float inv = static_cast<float>(1.0 / std::sqrt(norm));
        for (auto& e : out) e.second *= inv;
    }
    return out;
}

}  // namespace otbasy::core::triage
