// Search text folding, words and light stemming. Layer: core/i18n. The suffix lists are documented in fold.hpp.
#include "core/i18n/fold.hpp"

#include <algorithm>
#include <cstdint>

namespace otbasy::core::i18n {

namespace {

using U32 = std::u32string;

// Strict UTF-8 decoding: overlong forms, surrogates and stray bytes become U+FFFD.
U32 decode(std::string_view s) {
    U32 out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        auto b0 = static_cast<unsigned char>(s[i]);
        if (b0 < 0x80) {
            out.push_back(b0);
            ++i;
            continue;
        }
        int len = (b0 & 0xE0) == 0xC0 ? 2 : (b0 & 0xF0) == 0xE0 ? 3 : (b0 & 0xF8) == 0xF0 ? 4 : 0;
        char32_t cp = len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
        bool ok = len != 0 && i + static_cast<std::size_t>(len) <= s.size();
        for (int k = 1; ok && k < len; ++k) {
            auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((b & 0xC0) != 0x80)
                ok = false;
            else
                cp = (cp << 6) | (b & 0x3F);
        }
        if (ok) {
            char32_t min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) ok = false;
        }
        if (!ok) {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        out.push_back(cp);
        i += static_cast<std::size_t>(len);
    }
    return out;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::string encode(const U32& s) {
    std::string out;
    out.reserve(s.size() * 2);
    for (char32_t c : s) append_utf8(out, c);
    return out;
}

// Lower case, then fold to the letters of a Russian keyboard (see fold.hpp).
char32_t fold_char(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 0x20;
    if (c < 0x80) return c;
    // Latin-1 capitals À–Þ (not ×) → à–þ; the Kazakh Latin letters of Latin Extended-A.
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
    switch (c) {
        case 0x011E: return 0x011F;  // Ğ
        case 0x015E: return 0x015F;  // Ş
        case 0x016A: return 0x016B;  // Ū
        case 0x0143: return 0x0144;  // Ń
        case 0x0130: return 'i';     // İ
        default: break;
    }
    // Cyrillic capitals.
    if (c >= 0x0410 && c <= 0x042F) c += 0x20;
    else if (c >= 0x0400 && c <= 0x040F) c += 0x50;
    else if (c >= 0x0460 && c <= 0x04FF && (c % 2 == 0) && c != 0x04C0) {
        // Extended Cyrillic (Ғ Қ Ң Ү Ұ Һ Ә Ө …) pairs capital/small at even/odd code points from U+0460 to U+0481
        // and U+048A to U+04BF; U+04C1–U+04CE pair odd/even; U+04D0–U+04FF even/odd again.
        if ((c >= 0x0460 && c <= 0x0480) || (c >= 0x048A && c <= 0x04BE) || (c >= 0x04D0 && c <= 0x04FE)) c += 1;
    } else if (c >= 0x04C1 && c <= 0x04CD && (c % 2 == 1)) {
        c += 1;
    }
    switch (c) {
        case 0x0451: return 0x0435;  // ё → е
        case 0x0450: return 0x0435;  // ѐ → е
        case 0x04D9: return 0x0430;  // ә → а
        case 0x0493: return 0x0433;  // ғ → г
        case 0x049B: return 0x043A;  // қ → к
        case 0x04A3: return 0x043D;  // ң → н
        case 0x04E9: return 0x043E;  // ө → о
        case 0x04B1: return 0x0443;  // ұ → у
        case 0x04AF: return 0x0443;  // ү → у
        case 0x04BB: return 0x0445;  // һ → х
        case 0x0456: return 0x0438;  // і → и
        case 0x04CF: return 0x0438;  // ӏ (palochka, sometimes typed for і) → и
        default: return c;
    }
}

bool is_word_char(char32_t c) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return true;
    if (c >= 0xDF && c <= 0x024F && c != 0xF7) return true;  // folded Latin-1 and Latin Extended letters
    return c >= 0x0400 && c <= 0x04FF && !(c >= 0x0482 && c <= 0x0489);  // Cyrillic letters, not its signs
}

bool is_kazakh_latin_letter(char32_t c) {
    switch (c) {
        case 0xE4: case 0xF6: case 0xFC: case 0x016B: case 0x011F: case 0xF1: case 0x0144:
        case 0x015F: case 0xE7: case 0x0131:
            return true;
        default: return false;
    }
}

U32 u32(const char* utf8) { return decode(utf8); }

// Letter classes of the folded alphabet (ә→а, ө→о, ұ/ү→у, і→и, қ→к, ғ→г, ң→н, һ→х).
bool is_vowel(char32_t c) {
    switch (c) {
        case U'а': case U'е': case U'и': case U'о': case U'у': case U'ы': case U'э': case U'ю': case U'я':
            return true;
        default: return false;
    }
}
bool is_voiceless(char32_t c) {
    switch (c) {
        case U'к': case U'п': case U'с': case U'т': case U'ф': case U'х': case U'ц': case U'ч': case U'ш': case U'щ':
            return true;
        default: return false;
    }
}
bool is_sonorant(char32_t c) {  // л р й у: the plural is -лар/-лер after them, as after vowels
    return c == U'л' || c == U'р' || c == U'й' || c == U'у';
}

// Which letter may stand before a Kazakh ending: the ending's first sound follows the stem's last one (a voiceless
// stem takes т/к/п, a voiced one д/г/б, a vowel н/л/м…). Checking it keeps Russian words in Kazakh texts (and the
// stem "алимент" itself) from losing letters that are not an ending ("алименты" is not "алимен" + "ты").
enum class Before { any, vowel, consonant, voiceless, voiced, plural_l, nasal_or_vowel, sonorant_or_vowel };

bool allowed(Before rule, char32_t prev) {
    switch (rule) {
        case Before::any: return true;
        case Before::vowel: return is_vowel(prev);
        case Before::consonant: return !is_vowel(prev);
        case Before::voiceless: return is_voiceless(prev) || prev == U'б' || prev == U'в' || prev == U'г' || prev == U'д';
        case Before::voiced: return !is_voiceless(prev);
        case Before::plural_l: return is_vowel(prev) || is_sonorant(prev);
        case Before::nasal_or_vowel: return is_vowel(prev) || prev == U'м' || prev == U'н';
        case Before::sonorant_or_vowel:
            return is_vowel(prev) || is_sonorant(prev) || prev == U'м' || prev == U'н';
    }
    return true;
}

struct Suffix {
    U32 text;
    Before before;
};

std::vector<Suffix> make_kk() {
    struct Item {
        const char* text;
        Before before;
    };
    static const Item items[] = {
        // plural
        {"лар", Before::plural_l}, {"лер", Before::plural_l}, {"дар", Before::voiced}, {"дер", Before::voiced},
        {"тар", Before::voiceless}, {"тер", Before::voiceless},
        // genitive
        {"нын", Before::vowel}, {"нин", Before::vowel}, {"дын", Before::voiced}, {"дин", Before::voiced},
        {"тын", Before::voiceless}, {"тин", Before::voiceless},
        // ablative
        {"дан", Before::voiced}, {"ден", Before::voiced}, {"тан", Before::voiceless}, {"тен", Before::voiceless},
        {"нан", Before::nasal_or_vowel}, {"нен", Before::nasal_or_vowel},
        // locative
        {"нда", Before::vowel}, {"нде", Before::vowel}, {"да", Before::voiced}, {"де", Before::voiced},
        {"та", Before::voiceless}, {"те", Before::voiceless},
        // dative
        {"га", Before::voiced}, {"ге", Before::voiced}, {"ка", Before::voiceless}, {"ке", Before::voiceless},
        {"на", Before::vowel}, {"не", Before::vowel},
        // accusative (and the past tense -ды/-ты)
        {"ны", Before::vowel}, {"ни", Before::vowel}, {"ды", Before::voiced}, {"ди", Before::voiced},
        {"ты", Before::voiceless}, {"ти", Before::voiceless},
        // instrumental
        {"мен", Before::sonorant_or_vowel}, {"бен", Before::voiced}, {"пен", Before::voiceless},
        // possessive
        {"ымыз", Before::consonant}, {"имиз", Before::consonant}, {"мыз", Before::vowel}, {"миз", Before::vowel},
        {"ыныз", Before::consonant}, {"иниз", Before::consonant}, {"ныз", Before::vowel}, {"низ", Before::vowel},
        {"сы", Before::vowel}, {"си", Before::vowel}, {"ым", Before::consonant}, {"им", Before::consonant},
        {"ын", Before::consonant}, {"ин", Before::consonant},
        // participle, verbal noun
        {"ган", Before::voiced}, {"ген", Before::voiced}, {"кан", Before::voiceless}, {"кен", Before::voiceless},
        {"у", Before::any},
        // single letters: dative after a possessive, possessive 3rd person, accusative after a possessive
        {"а", Before::consonant}, {"е", Before::consonant}, {"ы", Before::consonant}, {"и", Before::consonant},
        {"н", Before::vowel}, {"м", Before::vowel},
    };
    std::vector<Suffix> out;
    for (const auto& i : items) out.push_back(Suffix{u32(i.text), i.before});
    // Longest first, so that "тер" wins over "р" and "ами" over "и".
    std::stable_sort(out.begin(), out.end(), [](const Suffix& a, const Suffix& b) { return a.text.size() > b.text.size(); });
    return out;
}

std::vector<Suffix> make_ru() {
    static const char* const items[] = {
        "иями", "ями", "ами", "ией", "иям", "ием", "иях",
        "ого", "его", "ому", "ему", "ими", "ыми",
        "ев", "ов", "ие", "ье", "еи", "ии", "ей", "ой", "ий", "ый", "ым", "им", "ем", "ом", "ам", "ям",
        "ах", "ях", "их", "ых", "ую", "юю", "ая", "яя", "ое", "ее", "ию", "ью", "ия", "ья", "ть",
        "а", "е", "и", "й", "о", "у", "ы", "ь", "ю", "я",
    };
    std::vector<Suffix> out;
    for (const char* i : items) out.push_back(Suffix{u32(i), Before::any});
    std::stable_sort(out.begin(), out.end(), [](const Suffix& a, const Suffix& b) { return a.text.size() > b.text.size(); });
    return out;
}

const std::vector<Suffix>& kk_suffixes() {
    static const std::vector<Suffix> list = make_kk();
    return list;
}

const std::vector<Suffix>& ru_suffixes() {
    static const std::vector<Suffix> list = make_ru();
    return list;
}

constexpr std::size_t min_stem = 3;

bool ends_with(const U32& w, const U32& suffix) {
    return w.size() >= suffix.size() && std::equal(suffix.rbegin(), suffix.rend(), w.rbegin());
}

// Strips the longest allowed suffix that leaves at least min_stem letters; false when none does.
bool strip_one(U32& w, const std::vector<Suffix>& list) {
    for (const auto& s : list) {
        if (w.size() >= s.text.size() + min_stem && ends_with(w, s.text) &&
            allowed(s.before, w[w.size() - s.text.size() - 1])) {
            w.resize(w.size() - s.text.size());
            return true;
        }
    }
    return false;
}

bool is_cyrillic(char32_t c) { return c >= 0x0400 && c <= 0x04FF; }

// Kazakh endings stack (алимент-тер-ді): up to three passes.
U32 stem_kk(U32 w) {
    for (int pass = 0; pass < 3; ++pass)
        if (!strip_one(w, kk_suffixes())) break;
    return w;
}

U32 stem_ru(U32 w) {
    static const U32 sya = u32("ся"), s_ = u32("сь");
    if (w.size() >= 2 + min_stem && (ends_with(w, sya) || ends_with(w, s_))) w.resize(w.size() - 2);
    strip_one(w, ru_suffixes());
    return w;
}

U32 stem_english(U32 w) {
    auto ends = [&](const char* s) {
        std::size_t n = std::char_traits<char>::length(s);
        if (w.size() < n) return false;
        for (std::size_t i = 0; i < n; ++i)
            if (w[w.size() - n + i] != static_cast<char32_t>(s[i])) return false;
        return true;
    };
    if (w.size() >= 3 + 3 && ends("ies")) {
        w.resize(w.size() - 3);
        w.push_back('y');
    } else if (w.size() >= 2 + min_stem && (ends("sses") || ends("xes") || ends("zes") || ends("ches") || ends("shes"))) {
        w.resize(w.size() - 2);
    } else if (w.size() >= 1 + min_stem && ends("s") && !ends("ss") && !ends("us") && !ends("is")) {
        w.resize(w.size() - 1);
    }
    return w;
}

}  // namespace

std::string fold(std::string_view utf8) {
    U32 cps = decode(utf8);
    for (auto& c : cps) c = c == 0xFFFD ? U' ' : fold_char(c);
    return encode(cps);
}

std::vector<std::string> fold_words(std::string_view utf8) {
    std::vector<std::string> out;
    U32 cps = decode(utf8);
    std::string word;
    for (char32_t c : cps) {
        char32_t f = c == 0xFFFD ? U' ' : fold_char(c);
        if (is_word_char(f)) {
            append_utf8(word, f);
        } else if (!word.empty()) {
            out.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) out.push_back(std::move(word));
    return out;
}

std::string stem(std::string_view folded_word, Lang lang) {
    U32 w = decode(folded_word);
    bool cyr = std::any_of(w.begin(), w.end(), is_cyrillic);
    if (cyr) return encode(lang == Lang::kk ? stem_kk(std::move(w)) : stem_ru(std::move(w)));
    if (lang == Lang::en) return encode(stem_english(std::move(w)));
    return std::string(folded_word);  // a Latin word in a kk/ru text: its Cyrillic reading is stemmed instead
}

std::vector<std::string> stem_keys(std::string_view folded_word, Lang lang) {
    U32 w = decode(folded_word);
    if (!std::any_of(w.begin(), w.end(), is_cyrillic)) return {stem(folded_word, lang)};
    std::string kk = encode(stem_kk(w)), ru = encode(stem_ru(w));
    if (kk == ru) return {kk};
    return {kk, ru};
}

bool is_latin_word(std::string_view folded_word) {
    U32 w = decode(folded_word);
    bool any_letter = false;
    for (char32_t c : w) {
        if ((c >= 'a' && c <= 'z') || is_kazakh_latin_letter(c))
            any_letter = true;
        else if (!(c >= '0' && c <= '9'))
            return false;
    }
    return any_letter;
}

std::string latin_to_cyrillic(std::string_view folded_word) {
    U32 w = decode(folded_word);
    std::string out;
    bool any = false;
    for (std::size_t i = 0; i < w.size(); ++i) {
        char32_t c = w[i];
        char32_t n = i + 1 < w.size() ? w[i + 1] : 0;
        const char* cyr = nullptr;
        bool two = true;
        if (c == 's' && n == 'h') cyr = "ш";
        else if (c == 'c' && n == 'h') cyr = "ч";
        else if (c == 'z' && n == 'h') cyr = "ж";
        else if (c == 'k' && n == 'h') cyr = "х";
        else if (c == 't' && n == 's') cyr = "ц";
        else if (c == 'y' && n == 'a') cyr = "я";
        else if (c == 'y' && n == 'u') cyr = "ю";
        else if (c == 'y' && n == 'o') cyr = "е";
        else {
            two = false;
            switch (c) {
                case 'a': case 0xE4: cyr = "а"; break;
                case 'b': cyr = "б"; break;
                case 'c': cyr = "с"; break;
                case 'd': cyr = "д"; break;
                case 'e': cyr = "е"; break;
                case 'f': cyr = "ф"; break;
                case 'g': case 0x011F: cyr = "г"; break;
                case 'h': cyr = "х"; break;
                case 'i': cyr = "и"; break;
                case 0x0131: cyr = "ы"; break;
                case 'j': cyr = "ж"; break;
                case 'k': case 'q': cyr = "к"; break;
                case 'l': cyr = "л"; break;
                case 'm': cyr = "м"; break;
                case 'n': case 0xF1: case 0x0144: cyr = "н"; break;
                case 'o': case 0xF6: cyr = "о"; break;
                case 'p': cyr = "п"; break;
                case 'r': cyr = "р"; break;
                case 's': cyr = "с"; break;
                case 0x015F: cyr = "ш"; break;
                case 0xE7: cyr = "ч"; break;
                case 't': cyr = "т"; break;
                case 'u': case 'w': case 0xFC: case 0x016B: cyr = "у"; break;
                case 'v': cyr = "в"; break;
                case 'x': cyr = "кс"; break;
                case 'y': cyr = "ы"; break;
                case 'z': cyr = "з"; break;
                default: break;
            }
        }
        if (cyr) {
            out += cyr;
            any = true;
            if (two) ++i;
        } else {
            append_utf8(out, c);
        }
    }
    return any ? out : std::string();
}

std::size_t utf8_length(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

}  // namespace otbasy::core::i18n
