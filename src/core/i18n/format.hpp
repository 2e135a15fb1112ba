// Numbers, money and counted units written the way a reader of each language expects.
// Layer: core/i18n. "1 297,50 ₸" in kk and ru; "₸1,297.50"-style is avoided: en also uses the local style
// with a thin separator so that amounts read the same on every screen.
//
// A counted value can also take a grammatical form, so that a sentence around it needs no detour:
//   kk  «10 жасқа толса», «3 айдан астам», «45 күннен кейін», «0,1 %-ы» — the case ending follows the unit word's
//       last vowel (back а о ұ ы / front ә е ө ү і) and its last sound (vowel; ж з й л р у; м н ң; voiceless);
//   ru  «не менее 3 лет», «до 1 года», «в течение 5 рабочих дней» — the unit noun in the case the number needs;
//   en  «turns 10» — a bare number of years.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/fraction.hpp"
#include "core/base/money.hpp"
#include "core/i18n/lang.hpp"

namespace otbasy::core::i18n {

// 1297.5 ₸ → "1 297,50 ₸" (a no-break space between thousands, a decimal comma). Whole amounts keep ",00" only
// when `always_cents`.
std::string format_money(Money m, Lang lang, bool always_cents = true);
// An integer with thousands separators: 36762500 → "36 762 500".
std::string format_int(std::int64_t n);
// An exact fraction as a decimal with at most `max_decimals` decimals (rounded half up), decimal comma: "0,3".
std::string format_decimal(const Fraction& f, Lang lang, int max_decimals = 4);

// The case a counted value takes. kk has seven endings besides the nominative (барыс dat, жатыс loc, шығыс abl,
// ілік gen, табыс acc, көмектес ins, and the 3rd-person possessive poss); ru uses gen, dat, ins and prep.
enum class Case { nom, dat, loc, abl, gen, acc, ins, poss, prep };

// A form written after a parameter mark, `{p:id|form}`. `age` counts years as an age: kk «10 жас» and its cases
// (`age_dat` → «10 жасқа»), en a bare number («10»).
struct Form {
    Case grammatical_case = Case::nom;
    bool age = false;
    bool operator==(const Form& o) const { return grammatical_case == o.grammatical_case && age == o.age; }
};

// The forms of one language by name: kk dat loc abl gen acc ins poss age age_dat age_loc age_abl age_gen age_acc
// age_ins age_poss; ru gen dat ins prep; en age. "" is the plain form in every language. nullopt: not a form of
// this language (the content checker reports it).
std::optional<Form> parse_form(std::string_view name, Lang lang);
const std::vector<std::string>& form_names(Lang lang);

// A rate as a percentage: 1/10 → "10 %", 1/1000 → "0,1 %"; kk cases read the sign as «пайыз»: "0,1 %-ы",
// "50 %-дан". Russian and English leave the sign as it is.
std::string format_percent(const Fraction& rate, Lang lang, Form form = {});

enum class CountUnit { days, working_days, months, years, children, mrp };
// "30 күн" / "30 дней" / "30 days"; Russian plural forms follow the number (1 день, 2 дня, 5 дней), and so do
// its cases (gen: 1 дня, 2 дней; dat: 1 дню, 5 дням). kk cases go on the unit word («3 айдан», «10 жұмыс күніне»).
// An `age` form needs years; a form that does not fit the unit is written in the plain form.
std::string format_count(const Fraction& n, CountUnit unit, Lang lang, Form form = {});
// A bare number in a case: kk "3-ке", "10-нан" (the ending follows how the number is read: «үш», «он»); ru and en
// leave numbers as they are.
std::string format_number(const Fraction& n, Lang lang, Form form = {});

// kk: the ending of `c` after `word` by vowel harmony and the word's last sound: ("ай", dat) → "ға",
// ("күн", abl) → "нен", ("жас", loc) → "та", ("бала", gen) → "ның", ("күні", dat) → "не" when `possessed`
// (a word already carrying the 3rd-person possessive, as «жұмыс күні», takes the pronominal n: «күніне»).
std::string kk_ending(std::string_view word, Case c, bool possessed = false);
// kk: the last word one says reading a number: 3 → "үш", 10 → "он", 45 → "бес", 100 → "жүз", 0,1 → "бір".
std::string kk_number_word(const Fraction& n);

}  // namespace otbasy::core::i18n
