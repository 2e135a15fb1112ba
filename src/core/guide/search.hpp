// Search over the guide in one language: topics, questions, information and results, and the glossary. Layer:
// core/guide. The index is built once at load; a query is folded, split into words and stemmed the same way as the
// texts (core/i18n/fold.hpp), so case, ё/е, Kazakh letters typed as Russian ones, word endings and Latin-typed
// Kazakh all meet.
//
// Ranking: not every word must be present. For each query word the score adds the best place it matched — a title
// (a topic's or a result's) over a question, over other text (help, options, law, documents, …), over the
// glossary — and an exact word over a stem over a prefix, weighted by how rare the word is in the guide (a word
// found in few places says more); a hit that matches more of the words gains a bonus for each. Hits matching fewer
// than half as many words as the best one are left out. Only the last word matches as a prefix (type-ahead), from
// two letters on, and only while it is being typed (the query does not end with a space). Ties go to the shorter
// title, then keep the guide's order (topics.json, then the file's node order, then the glossary).
// With the lexicon (assets/triage/lexicon.json, core/triage/text.hpp): its stop words (и, на, және, the, …) are
// dropped, and a word or phrase of a synonym group also looks up the guide's own words for it («приставы», «ЧСИ» →
// «судебный исполнитель»; «ЗАГС», «АХАЖ» → «АХАТ»; «не платит», «төлемейді» → «не платят», «төленбесе»).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/base/date.hpp"
#include "core/guide/model.hpp"
#include "core/i18n/lang.hpp"
#include "core/law/parameters.hpp"
#include "core/triage/text.hpp"

namespace otbasy::core::guide {

struct Hit {
    std::string id;     // a node id, a topic id (for the topic itself), or a glossary term id
    std::string topic;  // the topic id, or "glossary" for a glossary term
    std::string title;  // in the query's language, marks rendered (parameters on the index's as_of date)
    std::uint32_t score = 0;
};

class SearchIndex {
public:
    // Indexes every text of the guide in all three languages. `params` (may be null) and `as_of` render parameter
    // values inside hit titles.
    static SearchIndex build(const Guide& guide, const law::ParameterSet* params, Date as_of,
                             const triage::Lexicon* lexicon = nullptr);

    // Best first; at most `limit` hits. Empty or wordless queries give no hits.
    std::vector<Hit> search(std::string_view query, i18n::Lang lang, std::size_t limit = 20) const;

    std::size_t documents() const { return docs_.size(); }
    std::size_t words(i18n::Lang lang) const { return langs_[static_cast<std::size_t>(lang)].words.size(); }

private:
    struct Doc {
        std::string id, topic;
        std::array<std::string, 3> title;
        std::array<std::uint32_t, 3> title_length{};
    };
    struct Posting {
        std::uint32_t doc;
        std::uint32_t weight;
    };
    struct LangIndex {
        // Folded whole words, sorted (for exact and prefix lookups), and stems.
        std::vector<std::pair<std::string, std::vector<Posting>>> words;
        std::unordered_map<std::string, std::vector<Posting>> stems;
    };

    std::vector<Doc> docs_;
    std::array<LangIndex, 3> langs_;
    triage::Lexicon lexicon_;
    bool has_lexicon_ = false;
};

}  // namespace otbasy::core::guide
