// The citations registry: the acts and articles that the app may cite (assets/law/sources.json), and how a citation
// id ("kobs-139-1", "kobs-73.1", "budget2026") resolves to an act, an article and a paragraph. Layer: core/law.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/assets.hpp"
#include "core/base/date.hpp"
#include "core/base/result.hpp"
#include "core/i18n/lang.hpp"

namespace otbasy::core::law {

struct Act {
    std::string id;         // "kobs": the short name lawyers use, no hyphen
    std::string adilet_id;  // "K1100000518"
    i18n::LocalizedText short_name;
    i18n::LocalizedText title;
    i18n::LocalizedText url;  // the act on adilet.zan.kz in each language
};

// How an article's numbered parts are written: most articles have paragraphs ("пункт 1", КоБС 139(1)); some have
// only sub-items ("подпункт 4)", ГПК 135 item 4)), and a citation of them must say so.
enum class Parts { paragraphs, subitems };

struct Article {
    std::string id;      // "kobs-73.1"
    std::string act;     // "kobs"
    std::string number;  // "73-1", as the act writes it
    i18n::LocalizedText title;
    Parts parts = Parts::paragraphs;
    // A fixed label instead of "act, art. N": for entries that are not numbered articles (this app's own named
    // conventions, a statistics series, the budget law's values whose article number is not recorded).
    std::optional<i18n::LocalizedText> label;
};

// A resolved citation: the act always, the article unless the id names a whole act, the paragraph if given.
struct Citation {
    std::string id;                    // as written: "kobs-139-1"
    const Act* act = nullptr;
    const Article* article = nullptr;  // null for "budget2026"
    std::string paragraph;             // "1" for "kobs-139-1"; "" when the whole article is cited

    // "КоБС, ст. 139, п. 1" / "Неке және отбасы туралы кодекс, 139-бап, 1-тармақ" / "Marriage and Family Code,
    // art. 139(1)"; a sub-item: "ГПК, ст. 135, пп. 4)" / "135-бап, 4) тармақша" / "art. 135, item 4)"; a paragraph's
    // sub-item ("kobs-176-2-1"): "ст. 176, п. 2, пп. 1)" / "176-бап, 2-тармақ, 1) тармақша" / "art. 176(2)(1)".
    std::string label(i18n::Lang lang) const;
    // The article's title, or the act's full title when no article is cited.
    const std::string& title(i18n::Lang lang) const;
    // The act on adilet in that language (adilet has no stable article anchors).
    const std::string& url(i18n::Lang lang) const { return act->url.get(lang); }
};

class Sources {
public:
    // Parses sources.json; `path` is used in errors. Collects every error (duplicate ids, an article of an unknown
    // act, an id that does not match "<act>-<number with '-' written '.'>", a URL that is not https, …).
    static Result<Sources> parse(std::string_view json_text, const std::string& path);
    // The same, keeping whatever could be read and appending every error (for a checker that reports all).
    static Sources parse_lenient(std::string_view json_text, const std::string& path, Errors& errors);
    // Reads law/sources.json through the reader.
    static Result<Sources> load(const AssetReader& assets);

    // "kobs-139-1" → act kobs, article kobs-139, paragraph "1"; "kobs-73.1" → article 73-1; "budget2026" → the act.
    // Errors: "cite.syntax" (not <act>[-<article>[-<paragraph>]]), "cite.act" (unknown act), "cite.article"
    // (unknown article).
    Result<Citation> resolve(std::string_view id) const;

    const Act* find_act(std::string_view id) const;
    const Article* find_article(std::string_view id) const;
    const std::vector<Act>& acts() const { return acts_; }
    const std::vector<Article>& articles() const { return articles_; }
    Date checked_on() const { return checked_on_; }

private:
    Date checked_on_;
    std::vector<Act> acts_;
    std::vector<Article> articles_;
    std::map<std::string, std::size_t, std::less<>> act_index_, article_index_;
};

}  // namespace otbasy::core::law
