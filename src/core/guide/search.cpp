// Guide search. Layer: core/guide.
#include "core/guide/search.hpp"

#include <algorithm>
#include <set>

#include "core/guide/marks.hpp"
#include "core/i18n/fold.hpp"

namespace otbasy::core::guide {

namespace {

using i18n::Lang;

// Where a word occurs (see search.hpp for the order), and how well it matched.
constexpr std::uint32_t w_title = 12, w_question = 8, w_text = 4, w_term = 3, w_definition = 1;
constexpr std::uint32_t q_exact = 4, q_stem = 3, q_prefix = 2;

// Query words that carry no meaning on their own (folded). Dropped; a query of nothing else finds nothing.
bool is_stop_word(const std::string& w, Lang lang) {
    static const std::set<std::string> ru = {"и", "в", "во", "на", "не", "что", "как", "с", "со", "по", "к", "ко",
                                             "у", "о", "об", "от", "до", "из", "за", "для", "ли", "же", "бы", "а",
                                             "но", "или", "это", "мне", "я", "мы", "мой", "моя", "мои", "если",
                                             "можно", "нужно", "ли", "при", "чем", "где", "когда", "ее", "его"};
    static const std::set<std::string> kk = {"жане", "мен", "не", "ма", "ме", "ба", "бе", "па", "пе", "да", "де",
                                             "та", "те", "ушин", "бул", "осы", "кандай", "калай",
                                             "кай", "кашан", "нени", "ол", "биз", "сиз", "немесе"};
    static const std::set<std::string> en = {"the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "how",
                                             "what", "is", "are", "do", "does", "i", "my", "me", "can", "with", "by",
                                             "at", "be", "it", "if", "when", "where", "who", "we", "our", "your"};
    (void)lang;  // one list for all: people mix languages, and none of these words is worth finding alone
    return kk.count(w) > 0 || ru.count(w) > 0 || en.count(w) > 0;
}

// The first ~`max` code points of a text, cut at a space, with "…" when cut.
std::string shorten(const std::string& s, std::size_t max) {
    std::size_t cps = 0, i = 0, last_space = 0;
    for (; i < s.size(); ++i) {
        auto b = static_cast<unsigned char>(s[i]);
        if ((b & 0xC0) == 0x80) continue;
        if (cps == max) break;
        if (b == ' ') last_space = i;
        ++cps;
    }
    if (i >= s.size()) return s;
    std::size_t cut = last_space > max / 2 ? last_space : i;
    return s.substr(0, cut) + "…";
}

std::string first_paragraph(const std::string& s) {
    auto p = s.find("\n\n");
    std::string out = p == std::string::npos ? s : s.substr(0, p);
    std::replace(out.begin(), out.end(), '\n', ' ');
    return out;
}

// Keys (words or stems) → (document, weight) entries while building; sorted and merged into postings at the end.
struct Accumulator {
    std::unordered_map<std::string, std::uint32_t> ids;
    std::vector<std::string> keys;
    struct Entry {
        std::uint32_t key, doc, weight;
    };
    std::vector<Entry> entries;

    std::uint32_t id(const std::string& key) {
        auto [it, fresh] = ids.try_emplace(key, static_cast<std::uint32_t>(keys.size()));
        if (fresh) keys.push_back(key);
        return it->second;
    }
    void add(std::uint32_t key, std::uint32_t doc, std::uint32_t weight) { entries.push_back({key, doc, weight}); }
};

}  // namespace

SearchIndex SearchIndex::build(const Guide& guide, const law::ParameterSet* params, Date as_of,
                               const triage::Lexicon* lexicon) {
    SearchIndex idx;
    if (lexicon) {
        idx.lexicon_ = *lexicon;
        idx.has_lexicon_ = true;
    }
    std::array<Accumulator, 3> words, stems;
    // Most words recur: stem each distinct word once (word id → its stem key ids).
    std::array<std::vector<std::vector<std::uint32_t>>, 3> keys_of;

    auto index_text = [&](std::uint32_t doc, const LocalizedText& t, std::uint32_t weight) {
        for (Lang lang : i18n::all_langs) {
            auto li = static_cast<std::size_t>(lang);
            for (const auto& w : i18n::fold_words(strip_marks(t.get(lang)))) {
                std::uint32_t wid = words[li].id(w);
                words[li].add(wid, doc, weight);
                if (wid >= keys_of[li].size()) {
                    keys_of[li].resize(wid + 1);
                    for (const auto& k : i18n::stem_keys(w, lang)) keys_of[li][wid].push_back(stems[li].id(k));
                }
                for (std::uint32_t k : keys_of[li][wid]) stems[li].add(k, doc, weight);
            }
        }
    };
    auto new_doc = [&](std::string id, std::string topic, auto title_of) {
        Doc d;
        d.id = std::move(id);
        d.topic = std::move(topic);
        for (Lang lang : i18n::all_langs) {
            auto li = static_cast<std::size_t>(lang);
            d.title[li] = title_of(lang);
            d.title_length[li] = static_cast<std::uint32_t>(i18n::utf8_length(d.title[li]));
        }
        idx.docs_.push_back(std::move(d));
        return static_cast<std::uint32_t>(idx.docs_.size() - 1);
    };
    auto rendered = [&](const LocalizedText& t, Lang lang) { return render_plain(t.get(lang), lang, params, as_of); };

    for (const auto& topic : guide.topics) {
        std::uint32_t d = new_doc(topic.id, topic.id, [&](Lang l) { return rendered(topic.title, l); });
        index_text(d, topic.title, w_title);
        index_text(d, topic.summary, w_text);
        for (const auto& n : topic.nodes) {
            switch (n.type) {
                case NodeType::question: {
                    std::uint32_t q = new_doc(n.id, topic.id, [&](Lang l) { return rendered(n.text, l); });
                    index_text(q, n.text, w_question);
                    if (n.help) index_text(q, *n.help, w_text);
                    for (const auto& o : n.options) index_text(q, o.label, w_text);
                    break;
                }
                case NodeType::info: {
                    std::uint32_t i = new_doc(n.id, topic.id, [&](Lang l) {
                        return shorten(first_paragraph(rendered(n.text, l)), 100);
                    });
                    index_text(i, n.text, w_text);
                    break;
                }
                case NodeType::result: {
                    std::uint32_t r = new_doc(n.id, topic.id, [&](Lang l) { return rendered(n.title, l); });
                    index_text(r, n.title, w_title);
                    index_text(r, n.law, w_text);
                    if (n.where) index_text(r, *n.where, w_text);
                    for (const auto* list : {&n.documents, &n.terms, &n.next_steps})
                        for (const auto& t : *list) index_text(r, t, w_text);
                    break;
                }
            }
        }
    }
    for (const auto& term : guide.glossary.terms) {
        std::uint32_t g = new_doc(term.id, "glossary", [&](Lang l) { return rendered(term.term, l); });
        index_text(g, term.term, w_term);
        index_text(g, term.definition, w_definition);
    }

    // Each key's postings: one per document, with the best weight it had there.
    auto merge = [](Accumulator& acc) {
        std::sort(acc.entries.begin(), acc.entries.end(), [](const Accumulator::Entry& a, const Accumulator::Entry& b) {
            return a.key != b.key ? a.key < b.key : a.doc != b.doc ? a.doc < b.doc : a.weight > b.weight;
        });
        std::vector<std::vector<Posting>> out(acc.keys.size());
        for (std::size_t i = 0; i < acc.entries.size(); ++i) {
            const auto& e = acc.entries[i];
            if (i > 0 && acc.entries[i - 1].key == e.key && acc.entries[i - 1].doc == e.doc) continue;
            out[e.key].push_back(Posting{e.doc, e.weight});
        }
        return out;
    };
    for (std::size_t li = 0; li < 3; ++li) {
        auto& L = idx.langs_[li];
        auto word_postings = merge(words[li]);
        L.words.reserve(word_postings.size());
        for (std::size_t k = 0; k < word_postings.size(); ++k)
            L.words.emplace_back(std::move(words[li].keys[k]), std::move(word_postings[k]));
        std::sort(L.words.begin(), L.words.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        auto stem_postings = merge(stems[li]);
        L.stems.reserve(stem_postings.size());
        for (std::size_t k = 0; k < stem_postings.size(); ++k)
            L.stems.emplace(std::move(stems[li].keys[k]), std::move(stem_postings[k]));
    }
    return idx;
}

std::vector<Hit> SearchIndex::search(std::string_view query, Lang lang, std::size_t limit) const {
    std::vector<Hit> out;
    if (docs_.empty() || limit == 0) return out;
    // Bound the work on pathological input: the first 32 words of the first 1 KB.
    auto raw = i18n::fold_words(query.substr(0, 1024));
    // Still typing the last word unless the query ends with a space.
    bool typing = !query.empty() && raw.size() <= 32 && query.back() != ' ' && query.back() != '\t' &&
                  query.back() != '\n';
    if (raw.size() > 32) raw.resize(32);
    // Synonyms: the first word of a group's variant also looks up the group's own words in the guide.
    // A group's words in the query («не платит», «судебный исполнитель») become one concept: one query word
    // whose forms are its own meaningful words and the group's words in the guide.
    auto stop = [&](const std::string& w) { return has_lexicon_ ? lexicon_.is_stop_word(w) : is_stop_word(w, lang); };
    std::vector<std::vector<std::string>> extra(raw.size());
    std::vector<bool> absorbed(raw.size(), false);
    if (has_lexicon_ && lang != Lang::en) {
        for (const auto& m : lexicon_.find(triage::normalise(query.substr(0, 1024), 32))) {
            if (m.begin >= raw.size()) continue;
            const auto& g = lexicon_.groups()[m.group];
            if (g.search.empty()) continue;
            std::size_t head = m.begin;
            for (std::size_t k = m.begin; k < m.begin + m.length && k < raw.size(); ++k)
                if (!stop(raw[k])) {
                    head = k;
                    break;
                }
            for (std::size_t k = m.begin; k < m.begin + m.length && k < raw.size(); ++k) {
                if (k == head) continue;
                absorbed[k] = true;
                if (!stop(raw[k])) extra[head].push_back(raw[k]);
            }
            for (const auto& w : g.search)
                if (!stop(w)) extra[head].push_back(w);
        }
    }
    std::vector<std::string> tokens;
    std::vector<std::vector<std::string>> token_extra;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (absorbed[i] || (stop(raw[i]) && extra[i].empty())) continue;  // "и", "the"
        if (std::find(tokens.begin(), tokens.end(), raw[i]) != tokens.end()) continue;
        tokens.push_back(raw[i]);
        token_extra.push_back(extra[i]);
    }
    if (tokens.empty()) return out;  // nothing but stop words: nothing to look for
    // The last word keeps its prefix role only if it is still the last one.
    if (tokens.back() != raw.back()) typing = false;

    const LangIndex& L = langs_[static_cast<std::size_t>(lang)];
    std::vector<std::uint32_t> matched(docs_.size(), 0), score(docs_.size(), 0), best(docs_.size(), 0);
    std::vector<std::uint32_t> touched;

    auto take = [&](const std::vector<Posting>& ps, std::uint32_t quality) {
        for (const auto& p : ps) {
            std::uint32_t s = p.weight * quality;
            if (best[p.doc] == 0) touched.push_back(p.doc);
            if (s > best[p.doc]) best[p.doc] = s;
        }
    };
    auto by_word = [](const std::pair<std::string, std::vector<Posting>>& e, const std::string& w) {
        return e.first < w;
    };

    for (std::size_t ti = 0; ti < tokens.size(); ++ti) {
        bool last = typing && ti + 1 == tokens.size();
        std::vector<std::string> forms{tokens[ti]};
        for (const auto& e : token_extra[ti])
            if (std::find(forms.begin(), forms.end(), e) == forms.end()) forms.push_back(e);
        if (lang != Lang::en && i18n::is_latin_word(tokens[ti])) {
            std::string cyr = i18n::latin_to_cyrillic(tokens[ti]);
            if (!cyr.empty()) forms.push_back(std::move(cyr));
        }
        touched.clear();
        for (const auto& f : forms) {
            auto it = std::lower_bound(L.words.begin(), L.words.end(), f, by_word);
            if (it != L.words.end() && it->first == f) take(it->second, q_exact);
            for (const auto& k : i18n::stem_keys(f, lang))
                if (auto s = L.stems.find(k); s != L.stems.end()) take(s->second, q_stem);
            if (last && i18n::utf8_length(f) >= 2) {
                for (auto p = it; p != L.words.end() && p->first.compare(0, f.size(), f) == 0; ++p)
                    if (p->first.size() != f.size()) take(p->second, q_prefix);
            }
        }
        // Rarer words weigh more: 1 + 12N / (N + 48·df), from 1 (everywhere) to 12 (one place).
        const auto n = static_cast<std::uint32_t>(docs_.size());
        const std::uint32_t idf = 1 + (12 * n) / (n + 48 * static_cast<std::uint32_t>(touched.size()));
        for (std::uint32_t d : touched) {
            matched[d]++;
            score[d] += best[d] * idf;
            best[d] = 0;
        }
    }

    std::uint32_t most = 0;
    for (std::uint32_t m : matched) most = std::max(most, m);
    if (most == 0) return out;
    std::vector<std::uint32_t> ranked;
    for (std::uint32_t d = 0; d < docs_.size(); ++d) {
        if (matched[d] == 0 || matched[d] * 2 < most) continue;
        score[d] += 16 * matched[d];  // more of the words: ahead
        ranked.push_back(d);
    }
    // Ties: the shorter title first (it is more nearly what was asked for), then the guide's order.
    const auto li = static_cast<std::size_t>(lang);
    std::stable_sort(ranked.begin(), ranked.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (score[a] != score[b]) return score[a] > score[b];
        return docs_[a].title_length[li] < docs_[b].title_length[li];
    });
    if (ranked.size() > limit) ranked.resize(limit);
    for (std::uint32_t d : ranked)
        out.push_back(Hit{docs_[d].id, docs_[d].topic, docs_[d].title[static_cast<std::size_t>(lang)], score[d]});
    return out;
}

}  // namespace otbasy::core::guide
