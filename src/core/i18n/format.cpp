// Locale formatting of numbers and units. Layer: core/i18n.
#include "core/i18n/format.hpp"

#include <array>

namespace otbasy::core::i18n {
namespace {

const char* const nbsp = "\u00A0";

std::string group(std::string digits) {
    std::string out;
    int n = static_cast<int>(digits.size());
    for (int i = 0; i < n; ++i) {
        out += digits[static_cast<std::size_t>(i)];
        int left = n - 1 - i;
        if (left > 0 && left % 3 == 0) out += nbsp;
    }
    return out;
}

// Russian: 1 → form 0, 2–4 → form 1, 0/5–20 → form 2, by the last two digits; fractions take form 1 ("0,5 дня").
int ru_form(const Fraction& n) {
    if (n.den() != 1) return 1;
    std::int64_t v = n.num() < 0 ? -n.num() : n.num();
    std::int64_t last2 = v % 100, last = v % 10;
    if (last2 >= 11 && last2 <= 14) return 2;
    if (last == 1) return 0;
    if (last >= 2 && last <= 4) return 1;
    return 2;
}

}  // namespace

std::string format_int(std::int64_t n) {
    bool neg = n < 0;
    std::string s = group(std::to_string(neg ? -n : n));
    return neg ? "-" + s : s;
}

std::string format_money(Money m, Lang lang, bool always_cents) {
    (void)lang;  // the same style in all three languages: the app's amounts must read identically on every screen
    std::int64_t t = m.tiyn();
    bool neg = t < 0;
    if (neg) t = -t;
    std::string s = (neg ? "-" : "") + group(std::to_string(t / 100));
    if (always_cents || t % 100 != 0) {
        std::string c = std::to_string(t % 100);
        if (c.size() < 2) c.insert(0, "0");
        s += "," + c;
    }
    return s + nbsp + "₸";
}

std::string format_decimal(const Fraction& f, Lang lang, int max_decimals) {
    (void)lang;
    i128 scale = 1;
    for (int i = 0; i < max_decimals; ++i) scale *= 10;
    auto scaled = round_ratio(static_cast<i128>(f.num()) * scale, f.den(), Rounding::half_up).value_or(0);
    bool neg = scaled < 0;
    if (neg) scaled = -scaled;
    std::int64_t whole = static_cast<std::int64_t>(scaled / scale), frac = static_cast<std::int64_t>(scaled % scale);
    std::string s = (neg ? "-" : "") + group(std::to_string(whole));
    if (frac != 0) {
        std::string d = std::to_string(frac);
        while (static_cast<int>(d.size()) < max_decimals) d.insert(0, "0");
        while (!d.empty() && d.back() == '0') d.pop_back();
        s += "," + d;
    }
    return s;
}


namespace {

// The letters of a UTF-8 word, decoded (the words here are Cyrillic, digits and signs; anything else is kept whole).
std::vector<char32_t> letters(std::string_view s) {
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
        if (i + static_cast<std::size_t>(len) > s.size()) len = 1;
        char32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
        for (int k = 1; k < len; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
        out.push_back(cp);
        i += static_cast<std::size_t>(len);
    }
    return out;
}

bool one_of(char32_t c, std::u32string_view set) { return set.find(c) != std::u32string_view::npos; }

char32_t lower(char32_t c) {
    if (c >= U'А' && c <= U'Я') return c + 0x20;
    if (c == U'Ё') return U'ё';
    switch (c) {
        case U'Ә': return U'ә';
        case U'Ғ': return U'ғ';
        case U'Қ': return U'қ';
        case U'Ң': return U'ң';
        case U'Ө': return U'ө';
        case U'Ұ': return U'ұ';
        case U'Ү': return U'ү';
        case U'Һ': return U'һ';
        case U'І': return U'і';
        default: return c;
    }
}

constexpr std::u32string_view back_vowels = U"аоұыяёю";
constexpr std::u32string_view front_vowels = U"әеөүіэ";
// и and у are read with the vowels around them («елу» → «елуге»): they take no part in harmony, and at the end
// of a word they sound like й.
constexpr std::u32string_view neutral_vowels = U"иу";
constexpr std::u32string_view sonorants = U"жзйлруи";  // voiced, not nasal
constexpr std::u32string_view nasals = U"мнң";

enum class Sound { vowel, voiced, nasal, voiceless };

struct WordEnd {
    bool front = false;
    Sound sound = Sound::voiceless;
    bool jz = false;  // ends in ж or з: the instrumental is -бен
};

WordEnd word_end(std::string_view word) {
    auto ls = letters(word);
    WordEnd w;
    for (auto it = ls.rbegin(); it != ls.rend(); ++it) {
        char32_t c = lower(*it);
        if (one_of(c, front_vowels)) {
            w.front = true;
            break;
        }
        if (one_of(c, back_vowels)) break;
    }
    char32_t last = ls.empty() ? U' ' : lower(ls.back());
    if (one_of(last, back_vowels) || one_of(last, front_vowels))
        w.sound = Sound::vowel;
    else if (one_of(last, sonorants) || one_of(last, neutral_vowels))
        w.sound = Sound::voiced;
    else if (one_of(last, nasals))
        w.sound = Sound::nasal;
    else
        w.sound = Sound::voiceless;  // к қ п с т ф х ц ч ш щ, and б в г д as they sound at a word's end
    w.jz = last == U'ж' || last == U'з';
    return w;
}

// The Kazakh name of a unit, and whether it already carries the 3rd-person possessive («жұмыс күні»).
struct KkWord {
    const char* text;
    bool possessed;
};

KkWord kk_unit(CountUnit unit, bool age) {
    if (age && unit == CountUnit::years) return {"жас", false};
    switch (unit) {
        case CountUnit::days: return {"күн", false};
        case CountUnit::working_days: return {"жұмыс күні", true};
        case CountUnit::months: return {"ай", false};
        case CountUnit::years: return {"жыл", false};
        case CountUnit::children: return {"бала", false};
        case CountUnit::mrp: return {"АЕК", false};
    }
    return {"", false};
}

bool kk_case(Case c) { return c != Case::nom && c != Case::prep; }

// A Russian form table: [unit][singular, plural] for one case; the nominative has three forms (1, 2–4, 5+).
const char* ru_word(CountUnit unit, Case c, const Fraction& n) {
    static const char* nom[][3] = {{"день", "дня", "дней"},
                                   {"рабочий день", "рабочих дня", "рабочих дней"},
                                   {"месяц", "месяца", "месяцев"},
                                   {"год", "года", "лет"},
                                   {"ребенок", "ребенка", "детей"},
                                   {"МРП", "МРП", "МРП"}};
    static const char* gen[][2] = {{"дня", "дней"},       {"рабочего дня", "рабочих дней"}, {"месяца", "месяцев"},
                                   {"года", "лет"},       {"ребенка", "детей"},             {"МРП", "МРП"}};
    static const char* dat[][2] = {{"дню", "дням"},       {"рабочему дню", "рабочим дням"}, {"месяцу", "месяцам"},
                                   {"году", "годам"},     {"ребенку", "детям"},             {"МРП", "МРП"}};
    static const char* ins[][2] = {{"днем", "днями"},     {"рабочим днем", "рабочими днями"},
                                   {"месяцем", "месяцами"}, {"годом", "годами"},
                                   {"ребенком", "детьми"}, {"МРП", "МРП"}};
    static const char* prep[][2] = {{"дне", "днях"},      {"рабочем дне", "рабочих днях"}, {"месяце", "месяцах"},
                                    {"годе", "годах"},    {"ребенке", "детях"},            {"МРП", "МРП"}};
    auto u = static_cast<std::size_t>(unit);
    int form = ru_form(n);
    if (c == Case::nom) return nom[u][form];
    // In the oblique cases a number ending in 1 (not 11) takes the singular, any other whole number the plural;
    // a fraction keeps the genitive singular in every case («0,5 дня»).
    if (n.den() != 1) return gen[u][0];
    std::size_t k = form == 0 ? 0 : 1;
    switch (c) {
        case Case::gen: return gen[u][k];
        case Case::dat: return dat[u][k];
        case Case::ins: return ins[u][k];
        case Case::prep: return prep[u][k];
        default: return nom[u][form];
    }
}

struct NamedForm {
    const char* name;
    Form form;
};

const std::vector<NamedForm>& forms_of(Lang lang) {
    static const std::vector<NamedForm> kk = {
        {"dat", {Case::dat, false}},      {"loc", {Case::loc, false}},          {"abl", {Case::abl, false}},
        {"gen", {Case::gen, false}},      {"acc", {Case::acc, false}},          {"ins", {Case::ins, false}},
        {"poss", {Case::poss, false}},    {"age", {Case::nom, true}},           {"age_dat", {Case::dat, true}},
        {"age_loc", {Case::loc, true}},   {"age_abl", {Case::abl, true}},       {"age_gen", {Case::gen, true}},
        {"age_acc", {Case::acc, true}},   {"age_ins", {Case::ins, true}},       {"age_poss", {Case::poss, true}}};
    static const std::vector<NamedForm> ru = {
        {"gen", {Case::gen, false}}, {"dat", {Case::dat, false}}, {"ins", {Case::ins, false}},
        {"prep", {Case::prep, false}}};
    static const std::vector<NamedForm> en = {{"age", {Case::nom, true}}};
    return lang == Lang::kk ? kk : lang == Lang::ru ? ru : en;
}

}  // namespace

std::optional<Form> parse_form(std::string_view name, Lang lang) {
    if (name.empty()) return Form{};
    for (const auto& f : forms_of(lang))
        if (name == f.name) return f.form;
    return std::nullopt;
}

const std::vector<std::string>& form_names(Lang lang) {
    static const auto names = [] {
        std::array<std::vector<std::string>, 3> out;
        for (Lang l : all_langs)
            for (const auto& f : forms_of(l)) out[static_cast<std::size_t>(l)].push_back(f.name);
        return out;
    }();
    return names[static_cast<std::size_t>(lang)];
}

std::string kk_ending(std::string_view word, Case c, bool possessed) {
    WordEnd w = word_end(word);
    auto pick = [&](const char* back, const char* front) { return std::string(w.front ? front : back); };
    if (possessed) {
        // «жұмыс күні» → күніне, күнінде, күнінен, күнінің, күнін, күнімен; the possessive is already there.
        switch (c) {
            case Case::dat: return pick("на", "не");
            case Case::loc: return pick("нда", "нде");
            case Case::abl: return pick("нан", "нен");
            case Case::gen: return pick("ның", "нің");
            case Case::acc: return "н";
            case Case::ins: return "мен";
            default: return "";
        }
    }
    switch (c) {
        case Case::dat: return w.sound == Sound::voiceless ? pick("қа", "ке") : pick("ға", "ге");
        case Case::loc: return w.sound == Sound::voiceless ? pick("та", "те") : pick("да", "де");
        case Case::abl:
            return w.sound == Sound::voiceless ? pick("тан", "тен")
                   : w.sound == Sound::nasal   ? pick("нан", "нен")
                                               : pick("дан", "ден");
        case Case::gen:
            return w.sound == Sound::voiceless ? pick("тың", "тің")
                   : w.sound == Sound::voiced  ? pick("дың", "дің")
                                               : pick("ның", "нің");
        case Case::acc:
            return w.sound == Sound::voiceless ? pick("ты", "ті") : w.sound == Sound::vowel ? pick("ны", "ні")
                                                                                            : pick("ды", "ді");
        case Case::ins: return w.sound == Sound::voiceless ? "пен" : w.jz ? "бен" : "мен";
        case Case::poss: return w.sound == Sound::vowel ? pick("сы", "сі") : pick("ы", "і");
        default: return "";
    }
}

std::string kk_number_word(const Fraction& n) {
    static const char* ones[] = {"нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"};
    static const char* tens[] = {"", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"};
    // A decimal is read whole part first, then its fraction («нөл бүтін оннан бір»): the fraction's digits end it.
    std::string s = format_decimal(n, Lang::kk, 3);
    auto comma = s.find(',');
    std::string digits;
    for (char ch : comma == std::string::npos ? s : s.substr(comma + 1))
        if (ch >= '0' && ch <= '9') digits += ch;
    std::uint64_t v = 0;
    for (char ch : digits) v = v * 10 + static_cast<std::uint64_t>(ch - '0');
    if (v == 0) return ones[0];
    if (v % 10 != 0) return ones[v % 10];
    if (v % 100 != 0) return tens[(v / 10) % 10];
    if (v % 1000 != 0) return "жүз";
    if (v % 1000000 != 0) return "мың";
    if (v % 1000000000 != 0) return "миллион";
    return "миллиард";
}

std::string format_percent(const Fraction& rate, Lang lang, Form form) {
    auto pct = Fraction::mul(rate, Fraction(100)).value_or(Fraction(0));
    std::string s = format_decimal(pct, lang, 3) + nbsp + "%";
    // The sign is read «пайыз»; an ending after a sign is joined with a hyphen: «0,1 %-ы», «50 %-дан».
    if (lang == Lang::kk && !form.age && kk_case(form.grammatical_case))
        s += "-" + kk_ending("пайыз", form.grammatical_case);
    return s;
}

std::string format_number(const Fraction& n, Lang lang, Form form) {
    std::string s = format_decimal(n, lang, 3);
    if (lang == Lang::kk && !form.age && kk_case(form.grammatical_case))
        s += "-" + kk_ending(kk_number_word(n), form.grammatical_case);
    return s;
}

std::string format_count(const Fraction& n, CountUnit unit, Lang lang, Form form) {
    std::string num = format_decimal(n, lang, 3);
    bool one = n == Fraction(1);
    bool age = form.age && unit == CountUnit::years;
    if (form.age && !age) form = Form{};  // an age counts years only
    switch (lang) {
        case Lang::kk: {
            // Kazakh nouns stay singular after a numeral; the case ending goes on the unit word.
            KkWord w = kk_unit(unit, age);
            std::string out = num + nbsp + w.text;
            if (!kk_case(form.grammatical_case)) return out;
            // An abbreviation takes its ending after a hyphen, as it is read: «АЕК-ке».
            bool abbreviation = unit == CountUnit::mrp;
            return out + (abbreviation ? "-" : "") + kk_ending(w.text, form.grammatical_case, w.possessed);
        }
        case Lang::ru: {
            Case c = form.grammatical_case;
            if (c != Case::gen && c != Case::dat && c != Case::ins && c != Case::prep) c = Case::nom;
            return num + nbsp + ru_word(unit, c, n);
        }
        case Lang::en: {
            if (age) return num;  // "turns 10", "under 10"
            static const char* forms[][2] = {{"day", "days"},     {"working day", "working days"},
                                             {"month", "months"}, {"year", "years"},
                                             {"child", "children"}, {"MCI", "MCI"}};
            return num + " " + forms[static_cast<int>(unit)][one ? 0 : 1];
        }
    }
    return num;
}

}  // namespace otbasy::core::i18n
