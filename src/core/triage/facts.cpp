// Fact extraction by rules. Layer: core/triage. The patterns are written as people write (see facts.hpp); every
// word is compared after the same normalisation as the text (text.hpp), so «екі», «еки» and «eki» are one word.
#include "core/triage/facts.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "core/i18n/fold.hpp"
#include "core/triage/text.hpp"

namespace otbasy::core::triage {

namespace {

struct Token {
    std::string word;          // normalised word ("" for a number)
    std::int64_t milli = -1;   // a number × 1000 (decimals kept: "1,5" → 1500), or -1
    bool is_number() const { return milli >= 0; }
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Words and numbers of a folded text. "400 000" and "400.000" are one number; "1,5" is one number when a
// multiplier word follows; "400к" is 400 and "к"; "₸" is the word "тг".
std::vector<Token> tokenize(std::string_view text) {
    std::string f = i18n::fold(text.substr(0, 4096));
    // "₸" (U+20B8) → " тг "
    for (std::size_t p; (p = f.find("\xE2\x82\xB8")) != std::string::npos;) f.replace(p, 3, " тг ");
    std::vector<Token> out;
    std::size_t i = 0;
    auto words_of = [&](const std::string& chunk) {
        for (auto& w : normalise(chunk)) out.push_back(Token{std::move(w), -1});
    };
    std::string pending;  // text between numbers
    while (i < f.size() && out.size() < 400) {
        if (!is_digit(f[i])) {
            pending.push_back(f[i++]);
            continue;
        }
        words_of(pending);
        pending.clear();
        std::int64_t v = 0;
        std::size_t digits = 0;
        while (i < f.size() && is_digit(f[i]) && digits < 12) v = v * 10 + (f[i++] - '0'), ++digits;
        while (i < f.size() && is_digit(f[i])) ++i;  // absurdly long: ignore the rest
        std::int64_t milli = v * 1000;
        // Groups of three digits after a space, a dot, a comma or a no-break space.
        for (;;) {
            std::size_t j = i;
            if (j < f.size() && (f[j] == ' ' || f[j] == '.' || f[j] == ',')) ++j;
            else if (f.compare(j, 2, "\xC2\xA0") == 0) j += 2;
            else break;
            if (j + 3 <= f.size() && is_digit(f[j]) && is_digit(f[j + 1]) && is_digit(f[j + 2]) &&
                (j + 3 == f.size() || !is_digit(f[j + 3])) && milli < 1000000000000LL) {
                milli = (milli / 1000 * 1000 + (f[j] - '0') * 100 + (f[j + 1] - '0') * 10 + (f[j + 2] - '0')) * 1000;
                i = j + 3;
            } else {
                break;
            }
        }
        // A decimal fraction: "1,5" / "1.5" (one or two digits).
        if (i + 1 < f.size() && (f[i] == ',' || f[i] == '.') && is_digit(f[i + 1]) &&
            (i + 2 >= f.size() || !is_digit(f[i + 2]) || i + 3 >= f.size() || !is_digit(f[i + 3]))) {
            std::size_t j = i + 1;
            std::int64_t frac = f[j] - '0', scale = 100;
            milli += frac * scale;
            ++j;
            if (j < f.size() && is_digit(f[j])) milli += (f[j] - '0') * 10, ++j;
            i = j;
        }
        out.push_back(Token{"", milli});
    }
    words_of(pending);
    return out;
}

std::vector<std::string> words_only(const std::vector<Token>& t) {
    std::vector<std::string> out;
    for (const auto& x : t) out.push_back(x.is_number() ? "#" : x.word);
    return out;
}

bool starts(const std::string& w, const char* prefix, std::size_t max_rest = 12) {
    static thread_local std::map<const char*, std::string> cache;
    auto it = cache.find(prefix);
    if (it == cache.end()) {
        auto n = normalise(prefix);
        it = cache.emplace(prefix, n.empty() ? std::string() : n[0]).first;
    }
    return !it->second.empty() && word_starts(w, it->second, max_rest);
}

bool any_starts(const std::string& w, std::initializer_list<const char*> prefixes, std::size_t max_rest = 12) {
    for (const char* p : prefixes)
        if (starts(w, p, max_rest)) return true;
    return false;
}

// A number written as a word: the value, or nothing.
std::optional<int> number_word(const std::string& w) {
    struct Entry {
        const char* word;
        int value;
        std::size_t rest;  // letters allowed after it (endings)
    };
    static const Entry table[] = {
        // Russian
        {"один", 1, 0}, {"одна", 1, 0}, {"одного", 1, 0}, {"одной", 1, 0}, {"одну", 1, 0},
        {"два", 2, 0}, {"две", 2, 0}, {"двух", 2, 0}, {"двое", 2, 0}, {"двоих", 2, 0}, {"двоим", 2, 0},
        {"три", 3, 0}, {"трех", 3, 0}, {"трое", 3, 0}, {"троих", 3, 0}, {"троим", 3, 0},
        {"четыре", 4, 0}, {"четырех", 4, 0}, {"четверо", 4, 0}, {"четверых", 4, 0},
        {"пять", 5, 0}, {"пяти", 5, 0}, {"пятеро", 5, 0}, {"пятерых", 5, 0},
        {"шесть", 6, 0}, {"шести", 6, 0}, {"шестеро", 6, 0}, {"семь", 7, 0}, {"семи", 7, 0},
        {"восемь", 8, 0}, {"восьми", 8, 0}, {"девять", 9, 0}, {"девяти", 9, 0}, {"десять", 10, 0},
        {"десяти", 10, 0}, {"одиннадцать", 11, 0}, {"двенадцать", 12, 0}, {"пятнадцать", 15, 0},
        {"двадцать", 20, 0}, {"тридцать", 30, 0}, {"сорок", 40, 0}, {"пятьдесят", 50, 0}, {"сто", 100, 0},
        {"двести", 200, 0}, {"триста", 300, 0}, {"четыреста", 400, 0}, {"пятьсот", 500, 0},
        // Kazakh (folded: екі → еки, үш → уш, төрт → торт, жеті → жети, сегіз → сегиз, тоғыз → тогыз, бір → бир)
        {"бир", 1, 0}, {"еки", 2, 0}, {"екеу", 2, 0}, {"уш", 3, 0}, {"ушеу", 3, 0}, {"торт", 4, 0},
        {"тортеу", 4, 0}, {"бес", 5, 0}, {"бесеу", 5, 0}, {"алты", 6, 0}, {"алтау", 6, 0}, {"жети", 7, 0},
        {"жетеу", 7, 0}, {"сегиз", 8, 0}, {"тогыз", 9, 0}, {"он", 10, 0}, {"жиырма", 20, 0}, {"отыз", 30, 0},
        {"кырык", 40, 0}, {"елу", 50, 0}, {"алпыс", 60, 0}, {"жуз", 100, 0},
    };
    static thread_local std::vector<std::pair<std::string, const Entry*>> folded;
    if (folded.empty())
        for (const auto& e : table) folded.emplace_back(normalise(e.word)[0], &e);
    for (const auto& [f, e] : folded)
        if (w == f) return e->value;
    return std::nullopt;
}

// The value of token i as a whole number (digits or a number word), reading "он бир" (11) and "жиырма бес" (25).
std::optional<std::int64_t> whole_at(const std::vector<Token>& t, std::size_t i, std::size_t* used = nullptr) {
    if (i >= t.size()) return std::nullopt;
    if (used) *used = 1;
    if (t[i].is_number()) return t[i].milli / 1000;
    auto a = number_word(t[i].word);
    if (!a) return std::nullopt;
    if (*a >= 10 && *a % 10 == 0 && i + 1 < t.size()) {
        auto b = number_word(t[i + 1].word);
        if (b && *b < 10) {
            if (used) *used = 2;
            return *a + *b;
        }
    }
    return *a;
}

bool is_child_word(const std::string& w) {
    // дети, детей, детям; ребенок, ребенка, ребёнка; бала, балам, баланы, балалар; перзент; детишек
    return any_starts(w, {"дет", "детиш", "реб", "ребятиш", "бала", "балам", "балалар", "перзент", "сын", "доч", "дочер"}, 8) &&
           !any_starts(w, {"детск", "детсад", "ребят"}, 12) && !starts(w, "балан", 0);  // баланс
}

bool is_age_word(const std::string& w) {
    return any_starts(w, {"год", "лет", "летн", "жас", "жаст", "жасар", "мес", "месяц", "ай", "аи", "аы", "класс"}, 6);
}

// --- children ------------------------------------------------------------------------------------------------------

std::optional<int> children(const std::vector<Token>& t) {
    for (std::size_t i = 0; i < t.size(); ++i) {
        std::size_t used = 1;
        auto n = whole_at(t, i, &used);
        if (!n || *n < 1 || *n > 15) continue;
        std::size_t j = i + used;
        // "2-х детей", "2-е детей": skip the ending written after a hyphen
        if (j < t.size() && (t[j].word == "х" || t[j].word == "ух" || t[j].word == "е" || t[j].word == "ое")) ++j;
        if (j < t.size() && is_child_word(t[j].word)) return static_cast<int>(*n);
        // "детей двое", "балам екеу", "балалар үшеу": the number after the word, not an age
        if (i > 0 && is_child_word(t[i - 1].word) && !t[i].is_number() && (j >= t.size() || !is_age_word(t[j].word)))
            return static_cast<int>(*n);
        // Russian collective numerals say "children" on their own: «у нас двое», «трое, муж не платит».
        if (!t[i].is_number() && any_starts(t[i].word, {"двое", "трое", "четверо", "пятеро", "двоих", "троих"}, 0) &&
            (j >= t.size() || !any_starts(t[j].word, {"суток", "мужчин", "сут"}, 6)))
            return static_cast<int>(*n);
    }
    return std::nullopt;
}

// --- monthly income ------------------------------------------------------------------------------------------------

bool income_cue(const std::string& w) {
    return any_starts(w, {"зарплат", "зп", "доход", "получает", "получаю", "оклад", "заработ", "зарабатыв",
                          "жалакы", "айлык", "айлыг", "табыс", "табад", "алады", "ЗП"}, 8);
}
bool other_amount_cue(const std::string& w) {
    return any_starts(w, {"алимент", "долг", "задолж", "карыз", "берешек", "неустой", "пошлин", "штраф", "кредит",
                          "ипотек", "квартир", "пособи", "жардемакы"}, 10);
}

std::optional<std::int64_t> monthly(const std::vector<Token>& t) {
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].is_number() && !starts(t[i].word, "полмиллион", 3)) continue;
        std::int64_t milli = t[i].is_number() ? t[i].milli : 500000000;  // полмиллиона = 500 000
        std::size_t j = i + 1;
        std::int64_t mult = 1;
        bool multiplier = !t[i].is_number();
        if (t[i].is_number() && j < t.size()) {
            const std::string& w = t[j].word;
            if (w == "к" || w == "т" || w == "кк" || starts(w, "тыс", 6) || starts(w, "мын", 4)) {
                mult = (w == "кк") ? 1000000 : 1000;
                multiplier = true;
                ++j;
            } else if (any_starts(w, {"млн", "миллион", "лям"}, 6)) {
                mult = 1000000;
                multiplier = true;
                ++j;
            }
        }
        bool currency = j < t.size() && any_starts(t[j].word, {"тг", "тенге", "тнг", "теңге", "тын"}, 2);
        // What the number is about: the nearest cue within four words before it or three after.
        bool income = false, other = false;
        std::size_t lo = i >= 4 ? i - 4 : 0, hi = std::min(t.size(), j + 3);
        std::size_t best = 99;
        for (std::size_t k = lo; k < hi; ++k) {
            if (k >= i && k < j) continue;
            std::size_t d = k < i ? i - k : k - j + 1;
            if (income_cue(t[k].word) && d < best) best = d, income = true, other = false;
            else if (other_amount_cue(t[k].word) && d < best) best = d, other = true, income = false;
        }
        if (!income || other) continue;
        if (j < t.size() && (is_age_word(t[j].word) || is_child_word(t[j].word)) && !currency) continue;
        std::int64_t tenge = milli * mult / 1000;
        // "зарплата 400" means thousands when nothing else is said.
        if (!multiplier && !currency && tenge < 1000) tenge *= 1000;
        if (tenge >= 1000 && tenge <= 100000000) return tenge;
    }
    return std::nullopt;
}

// --- months unpaid -------------------------------------------------------------------------------------------------

// Phrases as data, one string each: "|" between phrases; a phrase starting with "~" allows no gap between its
// words (Phrase's gap 0). A table of text keeps the code that builds it one loop instead of one call per phrase.
std::vector<Phrase> phrases_of(const char* list) {
    std::vector<Phrase> out;
    std::string_view rest(list);
    while (!rest.empty()) {
        std::size_t bar = rest.find('|');
        std::string_view one = rest.substr(0, bar);
        if (!one.empty() && one[0] == '~')
            out.emplace_back(one.substr(1), 0);
        else
            out.emplace_back(one);
        rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
    }
    return out;
}

const std::vector<Phrase>& nonpayment_phrases() {
    static const std::vector<Phrase> p = phrases_of(
        "не плат*|не плот*|не выплач*|не перечисл*|не получа*|не дает денег|"
        "не даёт ни копейки|перестал* плат*|перестал* давать|не помогает|"
        "ни копейки|ни тенге|задолж*|долг*|неплат*|неуплат*|алимент не|"
        "не платил*|төлемей*|толемей*|толемеи*|толемед*|төлемеді*|төлеген жоқ|"
        "төлемеген*|бермей*|бермеді*|жібермей*|қарыз*|берешек*|бір тиын|"
        "тиын да|төлеуін тоқтат*|төлеуді тоқтат*|алмай жүрмін|ала алмай*|"
        "түскен жоқ");
    return p;
}

std::optional<int> months_unpaid(const std::vector<Token>& t) {
    auto words = words_only(t);
    std::vector<std::size_t> cues;
    for (const auto& p : nonpayment_phrases())
        for (std::size_t at = p.find(words); at != Phrase::npos; at = p.find(words, at + 1)) cues.push_back(at);
    if (cues.empty()) return std::nullopt;
    struct Found {
        std::size_t at;
        int months;
    };
    std::vector<Found> found;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const std::string& w = t[i].word;
        // "ребенку 2 года", "балама 3 ай": an age right after the child.
        auto prev_is_child = [&](std::size_t k) { return k > 0 && is_child_word(t[k - 1].word); };
        auto month_unit = [](const std::string& u) {
            for (const char* m : {"ай", "аи", "аы", "айдан", "аидан", "айдай", "аидаи", "айы", "аиы", "айга", "аига",
                                  "айда", "аида", "айдын", "аидын", "айдан бери"})
                if (u == normalise(m)[0]) return true;
            return false;
        };
        if (any_starts(w, {"полгода", "пол года"}, 2)) { found.push_back({i, 6}); continue; }
        if (w == "пол" && i + 1 < t.size() && starts(t[i + 1].word, "год", 2)) { found.push_back({i, 6}); continue; }
        if (w == "полтора" && i + 1 < t.size() && starts(t[i + 1].word, "год", 2)) { found.push_back({i, 18}); continue; }
        if (w == "жарты" && i + 1 < t.size() && starts(t[i + 1].word, "жыл", 6)) { found.push_back({i, 6}); continue; }
        if (w == "бир" && i + 2 < t.size() && t[i + 1].word == "жарым" && starts(t[i + 2].word, "жыл", 6)) {
            found.push_back({i, 18});
            continue;
        }
        std::size_t used = 1;
        auto n = whole_at(t, i, &used);
        if (n && *n >= 1 && *n <= 60 && i + used < t.size() &&
            (!prev_is_child(i) || starts(t[i + used].word, "жыл", 6))) {  // «жыл» is never an age («жас» is)
            const std::string& unit = t[i + used].word;
            bool ago = i + used + 1 < t.size() && any_starts(t[i + used + 1].word, {"назад", "бурын"}, 0);
            if (ago) continue;
            if (any_starts(unit, {"мес", "месяц"}, 8) || month_unit(unit)) {
                found.push_back({i, static_cast<int>(*n)});
                continue;
            }
            if (any_starts(unit, {"год", "лет"}, 2) || starts(unit, "жыл", 6)) {
                if (*n <= 5) found.push_back({i, static_cast<int>(*n * 12)});
                continue;
            }
        }
        // "год не платит", "уже год", "жыл бойы": a year without a number
        if ((w == "год" || w == "года" || w == "жыл" || starts(w, "жылдан", 3)) &&
            !(i > 0 && (t[i - 1].is_number() || number_word(t[i - 1].word) || t[i - 1].word == "жарым" ||
                        t[i - 1].word == "жарты" || t[i - 1].word == "полтора" || t[i - 1].word == "пол")) &&
            !prev_is_child(i))
            found.push_back({i, 12});
    }
    if (found.empty()) return std::nullopt;
    // The duration nearest to a cue, within eight words.
    std::optional<int> best;
    std::size_t best_d = 9;
    for (const auto& f : found)
        for (std::size_t c : cues) {
            std::size_t d = f.at > c ? f.at - c : c - f.at;
            if (d < best_d) best_d = d, best = f.months;
        }
    return best;
}

// --- named facts -----------------------------------------------------------------------------------------------------

struct Rule {
    const char* fact;
    const char* value;
    std::vector<Phrase> phrases;
};

bool any_in(const std::vector<Phrase>& ps, const std::vector<std::string>& words) {
    return std::any_of(ps.begin(), ps.end(), [&](const Phrase& p) { return p.in(words); });
}

// In order: for each fact the first rule whose phrase occurs decides.
const std::vector<Rule>& rules() {
    struct Text {
        const char* fact;
        const char* value;
        const char* phrases;  // as in phrases_of()
    };
    static const Text texts[] = {
        // Marital status: "not married" first (it contains the words of "married").
        {"married", "no",
         "не были женат*|не были в брак*|не состояли в брак*|не женат*|"
         "не расписан*|не расписывал*|не в браке|вне брак*|гражданск* брак*|"
         "гражданским*|без росписи|не регистрир* брак*|брак не регистрир*|"
         "брак не был*|сожител*|некеде болма*|некеде емес*|некеде тұрма*|"
         "неке қиылма*|неке қимадық*|некеміз жоқ|некесіз|некеде жоқ*|"
         "некемізді тіркемеді*|тіркелмеген*|тіркелмедік|азаматтық неке*|"
         "неке тіркел* жоқ|расписаны не были|женаты не были"},
        {"married", "divorced",
         "развелись|развелся|развелась|в разводе|разведены|после развод*|"
         "ажырастық|ажырасқанбыз|ажырасып кет*|ажырасқан*|ажырасқаннан кейін|"
         "ажырасып*"},
        {"married", "yes",
         "в браке|женаты|замужем|расписаны|некедеміз|некеде тұрамыз|некедемін|"
         "некеде*|официальный брак*"},
        // Who pays and who receives.
        {"role", "payer",
         "я плачу|я плачу алимент*|плачу алимент*|с меня взыск*|с меня требу*|"
         "с меня алимент*|я должник|у меня долг*|мой долг*|не могу платить|"
         "нечем платить|я не плачу|меня лишили|мен төлеймін|төлеймін|"
         "төлей алмай*|төлеуге шамам жоқ|менен алимент*|менен өндір*|қарызым|"
         "мен алимент төле*|мен төлемеймін|менде қарыз"},
        {"role", "recipient",
         "не плат*|не плот*|не выплач*|не получа*|не дает денег|не даёт денег|"
         "перестал* плат*|мне должны|получаю алимент*|получать алимент*|"
         "взыскать алимент*|подать на алимент*|~хочу алимент*|нужны алимент*|"
         "алименты на ребен*|төлемейді|төлемей жүр*|төлемеді|төлемей*|"
         "алимент бермей*|ақша бермей*|жібермей*|алимент алғым|алимент өндір*|"
         "маған төле*|алимент ала алмай*|алимент алмай*"},
        // The document that set the alimony.
        {"document", "none",
         "никакого документ*|без документ*|не оформл*|официально не оформ*|"
         "в суд не подавал*|в суд не обращал*|не подавала на алимент*|"
         "не подавал на алимент*|құжат жоқ|ешқандай құжат*|ресімделмеген*|"
         "ресімдемедік|сотқа бермеді*|сотқа берген жоқ*|сотқа жүгінбеді*|"
         "на словах|ауызша"},
        {"document", "court",
         "решени* суда|решени* суд|по решению|судебн* приказ*|"
         "исполнительн* лист*|суд назначил*|суд присудил*|присудил*|"
         "суд взыскал*|по суду|через суд взыск*|сот шешім*|сот бұйрығ*|"
         "сот бұйрық*|атқару парағ*|сот тағайында*|сот арқылы*|сот шығарды"},
        {"document", "agreement",
         "соглашени* об уплат*|по соглашению|нотариальн* соглашени*|"
         "соглашение у нотариус*|у нотариус*|нотариус*|алимент туралы келісім*|"
         "келісім бойынша|келісімшарт*"},
        // Whether the document is with a bailiff (an enforcement case is open).
        {"bailiff", "no",
         "не подавал* пристав*|не отдавал* пристав*|не отдавал* документ*|"
         "не передавал* пристав*|приставам не подавал*|к приставам не*|"
         "не обращал* к пристав*|не обращал* к чси|"
         "сот орындаушысына берген жоқ*|сот орындаушысына бермеді*|"
         "сот орындаушысына бермедім|орындаушыға бермедім|"
         "орындаушыға берген жоқ*"},
        {"bailiff", "yes",
         "пристав*|чси|гси|судебн* исполнител*|исполнительн* производств*|"
         "сот орындаушы*|жсо|атқарушылық іс*|орындаушыда|орындаушыға бер*"},
        // Where the payer works, or not.
        {"work", "prison",
         "в тюрьм*|в колони*|на зоне|отбывает*|осужден*|посадили|сидит в*|"
         "түрме*|сотталды|сотталып*|жаза өтеп*|колонияда|отырып жатыр|қамауда"},
        {"work", "no_work",
         "официально не работ*|не работает|нигде не работ*|безработн*|"
         "неофициально|скрывает доход*|в конверте|жұмыс істемейді|жұмыссыз|"
         "жұмысы жоқ|ресми жұмыс істемейді|табысын жасыр*|ресми емес|"
         "жұмыс істемей*"},
        {"work", "works",
         "работает официально|официально работает|официально трудоустроен*|"
         "ресми жұмыс істейді|ресми түрде жұмыс*|официально устроен*"},
        // Where the other parent is.
        {"whereabouts", "unknown",
         "скрывается|скрывается от*|прячется|пропал|исчез*|не знаю где|"
         "неизвестно где|неизвестн* мест*|в розыск*|объявить в розыск|"
         "где он не знаю|не выходит на связь|жасырынып*|тығылып*|"
         "қайда екенін білмей*|қайда жүргенін білмей*|хабарсыз*|жоғалып кет*|"
         "із-түзсіз*|іздеу*|іздестір*|байланысқа шықпай*"},
        {"abroad", "yes",
         "за границ*|за рубеж*|заграниц*|в россии|в россию|в турци*|в корею|"
         "в корее|в германи*|в америк*|в сша|в китай|в москв*|шетел*|ресейде|"
         "ресейге|кореяда|кореяға|түркияда|мәскеуде|америкада|германияда|"
         "қытайда"},
        // Consent to the divorce.
        {"consent", "not_both",
         "не согласен на развод*|не согласна на развод*|не дает развод*|"
         "не даёт развод*|не хочет развод*|не хочет разводит*|против развод*|"
         "отказывается развод*|не соглас*|ажырасуға келіспей*|келіспейді|"
         "ажырасқысы келмей*|ажырасуға қарсы|ажырасу бермей*|келісім бермей*|"
         "ажырасқысы жоқ"},
        {"consent", "both",
         "оба согласн*|оба хотим|обоюдн*|по согласию|взаимн* соглас*|"
         "мирно развест*|оба за развод|екеуміз де келіс*|екеуміз келіс*|"
         "екеуміз де ажырас*|екі жақ та келіс*|өзара келісім*|"
         "екеуміз де қалаймыз"},
        {"pregnant", "yes",
         "беремен*|жүкті*|аяғы ауыр|аяғым ауыр|в положении"},
        {"paternity_goal", "challenge",
         "оспор* отцовств*|не мой ребен*|не мой сын|не моя дочь|не от меня|"
         "не мой|менің балам емес|менен емес|әкелікті дау*|әкелікке дау*|"
         "менікі емес"},
        {"paternity_goal", "establish",
         "установ* отцовств*|признать отцом|записать отц*|вписать отц*|тест ДНК|"
         "днк|әкелікті анықта*|әкелігін анықта*|әке ретінде жаз*|әкесі деп тан*|"
         "прочерк|отца нет в свидетельств*"},
    };
    static const std::vector<Rule> r = [] {
        std::vector<Rule> out;
        for (const auto& t : texts) out.push_back({t.fact, t.value, phrases_of(t.phrases)});
        return out;
    }();
    return r;
}

}  // namespace

const std::vector<FactKind>& fact_kinds() {
    static const std::vector<FactKind> k = [] {
        std::vector<FactKind> out = {{"children", true, {}}, {"monthly", true, {}}, {"months_unpaid", true, {}},
                                     {"unpaid", false, {"yes"}}};
        for (const auto& r : rules()) {
            auto it = std::find_if(out.begin(), out.end(), [&](const FactKind& f) { return f.name == r.fact; });
            if (it == out.end()) out.push_back({r.fact, false, {}}), it = out.end() - 1;
            if (std::find(it->values.begin(), it->values.end(), r.value) == it->values.end())
                it->values.push_back(r.value);
        }
        return out;
    }();
    return k;
}

Facts extract_facts(std::string_view text) {
    Facts f;
    auto tokens = tokenize(text);
    auto words = words_only(tokens);
    if (auto n = children(tokens)) f["children"] = std::to_string(*n);
    if (auto m = monthly(tokens)) f["monthly"] = std::to_string(*m);
    if (auto u = months_unpaid(tokens)) f["months_unpaid"] = std::to_string(*u);
    for (const auto& r : rules())
        if (!f.count(r.fact) && any_in(r.phrases, words)) f[r.fact] = r.value;
    // Payments that stopped, said by the one who should receive them.
    // A bailiff enforces a court's decision or order (or a notarised agreement, which is said as such).
    if (f.count("bailiff") && f["bailiff"] == "yes" && !f.count("document")) f["document"] = "court";
    auto role = f.find("role");
    if (any_in(nonpayment_phrases(), words) && (role == f.end() || role->second != "payer")) f["unpaid"] = "yes";
    return f;
}

Json facts_json(const Facts& facts) {
    Json out = Json::object();
    for (const auto& [k, v] : facts) {
        bool number = false;
        for (const auto& kind : fact_kinds())
            if (kind.name == k) number = kind.number;
        if (number) {
            std::int64_t n = 0;
            for (char c : v) n = n * 10 + (c - '0');
            out[k] = n;
        } else {
            out[k] = v;
        }
    }
    return out;
}

}  // namespace otbasy::core::triage
