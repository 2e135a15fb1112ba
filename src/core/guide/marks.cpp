// Inline marks of guide texts. Layer: core/guide.
#include "core/guide/marks.hpp"

#include <algorithm>

#include "core/base/money.hpp"
#include "core/i18n/format.hpp"

namespace otbasy::core::guide {

namespace {

bool is_term_id(std::string_view s) {
    if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z')) return false;
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

bool is_param_id(std::string_view s) {
    if (s.empty() || s.front() == '.' || s.back() == '.') return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
    });
}

bool is_form_name(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\n") == std::string_view::npos; }

void add_plain(std::vector<Run>& runs, std::string_view text) {
    if (text.empty()) return;
    if (!runs.empty() && runs.back().kind == Run::Kind::plain)
        runs.back().text += text;
    else
        runs.push_back(Run{Run::Kind::plain, std::string(text), "", ""});
}

void problem(std::vector<MarkProblem>* out, std::size_t at, const char* code, std::string message) {
    if (out) out->push_back(MarkProblem{at, code, std::move(message)});
}

}  // namespace

std::vector<Run> parse_marks(std::string_view text, std::vector<MarkProblem>* problems) {
    std::vector<Run> runs;
    std::size_t plain_from = 0, i = 0;
    while (i < text.size()) {
        if (text.compare(i, 2, "[[") == 0) {
            auto close = text.find("]]", i + 2);
            auto nested = text.find("[[", i + 2);
            if (close == std::string_view::npos || (nested != std::string_view::npos && nested < close)) {
                problem(problems, i, "mark.unclosed", "a term mark \"[[\" is not closed by \"]]\"");
                i += 2;
                continue;
            }
            std::string_view inside = text.substr(i + 2, close - i - 2);
            auto bar = inside.find('|');
            std::string_view id = bar == std::string_view::npos ? inside : inside.substr(0, bar);
            std::string_view words = bar == std::string_view::npos ? std::string_view() : inside.substr(bar + 1);
            if (bar == std::string_view::npos || !is_term_id(id) || blank(words) ||
                words.find('|') != std::string_view::npos) {
                problem(problems, i, "mark.syntax",
                        "a term mark must read [[term_id|shown words]], found \"[[" + std::string(inside) + "]]\"");
                i = close + 2;
                continue;
            }
            add_plain(runs, text.substr(plain_from, i - plain_from));
            runs.push_back(Run{Run::Kind::term, std::string(words), std::string(id), ""});
            i = close + 2;
            plain_from = i;
        } else if (text.compare(i, 3, "{p:") == 0) {
            auto close = text.find('}', i + 3);
            if (close == std::string_view::npos) {
                problem(problems, i, "mark.unclosed", "a parameter mark \"{p:\" is not closed by \"}\"");
                i += 3;
                continue;
            }
            std::string_view inside = text.substr(i + 3, close - i - 3);
            auto bar = inside.find('|');
            std::string_view id = inside.substr(0, bar);
            std::string_view form = bar == std::string_view::npos ? std::string_view() : inside.substr(bar + 1);
            if (!is_param_id(id) || (bar != std::string_view::npos && !is_form_name(form))) {
                problem(problems, i, "mark.syntax",
                        "a parameter mark must read {p:parameter.id} or {p:parameter.id|form}, found \"{p:" +
                            std::string(inside) + "}\"");
                i = close + 1;
                continue;
            }
            add_plain(runs, text.substr(plain_from, i - plain_from));
            runs.push_back(Run{Run::Kind::param, "", std::string(id), std::string(form)});
            i = close + 1;
            plain_from = i;
        } else if (text.compare(i, 2, "]]") == 0) {
            problem(problems, i, "mark.stray", "\"]]\" closes no term mark");
            i += 2;
        } else if (text[i] == '{' || text[i] == '}') {
            problem(problems, i, "mark.stray", std::string("\"") + text[i] + "\" belongs to no mark");
            ++i;
        } else {
            ++i;
        }
    }
    add_plain(runs, text.substr(plain_from));
    return runs;
}

std::string format_parameter(const law::ParameterValue& v, i18n::Lang lang, const law::ParameterSet& params,
                             Date as_of, std::string_view form_name) {
    using law::Unit;
    const Fraction& x = v.amount();
    i18n::Form form;
    if (form_problem(v.parameter->unit, form_name, lang).empty()) form = *i18n::parse_form(form_name, lang);
    auto tenge_of = [&](const char* base_id) -> std::string {
        auto base = params.lookup(base_id, as_of);
        if (!base) return "";
        auto amount = Fraction::mul(x, base->amount());
        if (!amount) return "";
        auto m = Money::from_fraction_tenge(*amount);
        return m ? i18n::format_money(*m, lang, false) : "";  // «40 АЕК (173 000 ₸)», «0,3 АЕК (1 297,50 ₸)»
    };
    switch (v.parameter->unit) {
        case Unit::tenge: {
            auto m = Money::from_fraction_tenge(x);
            return m ? i18n::format_money(*m, lang, false) : i18n::format_decimal(x, lang) + "\u00A0₸";
        }
        case Unit::mrp: {
            std::string s = i18n::format_count(x, i18n::CountUnit::mrp, lang);
            std::string t = tenge_of("kz.mrp");
            return t.empty() ? s : s + " (" + t + ")";
        }
        case Unit::mzp: {
            const char* unit = lang == i18n::Lang::kk ? "ЕТЖ" : lang == i18n::Lang::ru ? "МЗП" : "MW";
            std::string s = i18n::format_decimal(x, lang, 3) + "\u00A0" + unit;
            std::string t = tenge_of("kz.mzp");
            return t.empty() ? s : s + " (" + t + ")";
        }
        case Unit::rate: return i18n::format_percent(x, lang, form);
        case Unit::days: return i18n::format_count(x, i18n::CountUnit::days, lang, form);
        case Unit::working_days: return i18n::format_count(x, i18n::CountUnit::working_days, lang, form);
        case Unit::months: return i18n::format_count(x, i18n::CountUnit::months, lang, form);
        case Unit::years: return i18n::format_count(x, i18n::CountUnit::years, lang, form);
        case Unit::count: return i18n::format_number(x, lang, form);
    }
    return i18n::format_decimal(x, lang);
}

std::string form_problem(law::Unit unit, std::string_view form_name, i18n::Lang lang) {
    if (form_name.empty()) return "";
    auto form = i18n::parse_form(form_name, lang);
    if (!form) {
        std::string known;
        for (const auto& n : i18n::form_names(lang)) known += (known.empty() ? "" : ", ") + n;
        return "\"|" + std::string(form_name) + "\" is not a form in " + std::string(i18n::code(lang)) + " (known: " +
               known + ")";
    }
    if (form->age && unit != law::Unit::years)
        return "\"|" + std::string(form_name) + "\" is an age: the parameter must count years, not " +
               std::string(law::unit_name(unit));
    bool money = unit == law::Unit::tenge || unit == law::Unit::mrp || unit == law::Unit::mzp;
    if (lang == i18n::Lang::kk && money && form->grammatical_case != i18n::Case::nom)
        return "\"|" + std::string(form_name) + "\": a Kazakh ending does not go on an amount of " +
               std::string(law::unit_name(unit)) + " (write «… мөлшерінде» after it)";
    return "";
}

std::string render_plain(std::string_view text, i18n::Lang lang, const law::ParameterSet* params, Date as_of,
                         RenderNotes* notes) {
    std::string out;
    for (const auto& run : parse_marks(text)) {
        switch (run.kind) {
            case Run::Kind::plain: out += run.text; break;
            case Run::Kind::term: out += run.text; break;
            case Run::Kind::param: {
                auto v = params ? params->lookup(run.id, as_of) : Result<law::ParameterValue>(Errors{});
                if (!v) {
                    out += "…";
                    if (notes) notes->missing.push_back(run.id);
                    break;
                }
                out += format_parameter(*v, lang, *params, as_of, run.form);
                if (notes && v->value->unconfirmed) notes->unconfirmed.push_back(run.id);
                if (notes && v->may_be_outdated) notes->may_be_outdated.push_back(run.id);
                break;
            }
        }
    }
    return out;
}

std::string strip_marks(std::string_view text) {
    std::string out;
    for (const auto& run : parse_marks(text))
        if (run.kind != Run::Kind::param) out += run.text;
    return out;
}

}  // namespace otbasy::core::guide
