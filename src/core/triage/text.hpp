// The text pipeline that the situation box and the guide search share: normalised words, the lexicon (stop words
// and a dated list of synonyms, assets/triage/lexicon.json) and the hashed features of the classifier.
// Layer: core/triage. Built on core/i18n/fold (folding, stems, Latin-typed Kazakh).
//
// Normalisation: fold (case, ё, Kazakh letters typed as Russian ones), split into words, and read each Latin word
// as Cyrillic Kazakh ("alimentti tolemeydi" → "алиментти толемейди"). Digits stay digits.
// Features (a sparse vector, L2-normalised): for each word its Kazakh and Russian stems and its first five letters
// (morphology and typos at a word's end), the character 3-, 4- and 5-grams of the word with its edges (typos
// anywhere, endings the stemmer does not know), the stem pairs of neighbouring words ("не плат", "тол ем"), and one
// feature per synonym group found (ЗАГС, АХАЖ, РАГС → one concept). Each feature is hashed (FNV-1a) into `dims`
// buckets with a sign from the hash, so that colliding features cancel out on average instead of adding up.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/assets.hpp"
#include "core/base/result.hpp"

namespace otbasy::core::triage {

// Bumped whenever featurize() changes: a model trained by another version is refused.
inline constexpr std::uint32_t feature_version = 4;

// Folded words of a text, Latin words read as Cyrillic Kazakh. The first `max_words` words only.
std::vector<std::string> normalise(std::string_view text, std::size_t max_words = 256);

// True when `word` (normalised) begins with `prefix` and at most `max_rest` letters follow (an ending).
bool word_starts(const std::string& word, const std::string& prefix, std::size_t max_rest = 4);

struct SynonymGroup {
    std::string id;
    // Each variant is a sequence of normalised words; a text word matches a variant word when it begins with it
    // and at most four letters follow (an ending: «загсе», «приставам», «АХАЖ-ға»).
    std::vector<std::vector<std::string>> variants;
    // What the guide search also looks up when a query names the group (the guide's own words), folded as the
    // search index folds its words (i18n::fold_words).
    std::vector<std::string> search;
};

struct GroupMatch {
    std::size_t group = 0;  // index into Lexicon::groups()
    std::size_t begin = 0, length = 0;  // words of the text
};

class Lexicon {
public:
    static constexpr const char* path = "triage/lexicon.json";
    static Result<Lexicon> parse(std::string_view json_text, const std::string& file = path);
    static Result<Lexicon> load(const AssetReader& assets);

    bool is_stop_word(const std::string& normalised_word) const;
    const std::vector<SynonymGroup>& groups() const { return groups_; }
    // Every group variant found in `words` (normalised), longest first where two overlap, in text order.
    std::vector<GroupMatch> find(const std::vector<std::string>& words) const;
    const std::string& checked_on() const { return checked_on_; }

private:
    std::vector<std::string> stop_words_;  // sorted
    std::vector<SynonymGroup> groups_;
    std::string checked_on_;
};

// A sparse feature vector: (bucket, value) pairs, buckets ascending and distinct.
using SparseVector = std::vector<std::pair<std::uint32_t, float>>;

// The classifier's features of a text (see the top of this file). `dims` must be a power of two.
SparseVector featurize(std::string_view text, const Lexicon* lexicon, std::uint32_t dims);

// A phrase to look for in normalised words: words written naturally ("не платит", "баланы алып кет*"), each a
// whole word, or a beginning when it ends with '*'. Words of the phrase must occur in order, with at most `gap`
// other words between neighbours. Written with Kazakh letters or without: both are folded the same way.
class Phrase {
public:
    explicit Phrase(std::string_view pattern, std::size_t gap = 1);
    // The index of the phrase's first word in `words`, or npos.
    std::size_t find(const std::vector<std::string>& words, std::size_t from = 0) const;
    bool in(const std::vector<std::string>& words) const { return find(words) != npos; }
    bool empty() const { return parts_.empty(); }
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

private:
    struct Part {
        std::string word;
        bool open = false;
    };
    std::vector<Part> parts_;
    std::size_t gap_;
};

// 32-bit FNV-1a.
std::uint32_t fnv1a(std::string_view bytes, std::uint32_t seed = 2166136261u);

}  // namespace otbasy::core::triage
