// The documents' short forms: one description per type, walked either to draw it (and read what was typed) or only
// to build the core's input. Layer: ui. The rules live in core::documents; this file reads text and places messages.
#include "ui/screens/document_form.hpp"

#include <algorithm>
#include <functional>

#include <imgui.h>

#include "core/documents/library.hpp"
#include "ui/screens/input.hpp"
#include "ui/screens/screens.hpp"

namespace otbasy::ui {

namespace {

using core::Json;

enum class Kind { text, date, month, money, integer, share, decimal, choice, flag };

// Sets a dotted path of an object ("claim.mrp"), creating the objects on the way.
void set_path(Json& root, const std::string& path, Json value) {
    Json* node = &root;
    std::size_t start = 0;
    for (;;) {
        std::size_t dot = path.find('.', start);
        std::string key = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (dot == std::string::npos) {
            (*node)[key] = std::move(value);
            return;
        }
        if (!node->contains(key) || !(*node)[key].is_object()) (*node)[key] = Json::object();
        node = &(*node)[key];
        start = dot + 1;
    }
}

// A typed value in the core's form, or an error key; nullopt value with no error = left empty.
struct Converted {
    std::optional<Json> value;
    std::string error;
};

Converted convert(Kind kind, const std::string& text) {
    Converted c;
    auto take = [&c](const auto& parsed, auto to_json) {
        if (parsed.value) c.value = to_json(*parsed.value);
        else if (!parsed.empty) c.error = parsed.error_key;
    };
    switch (kind) {
        case Kind::text:
        case Kind::choice:
            if (text.find_first_not_of(" \t") != std::string::npos) c.value = text;
            break;
        case Kind::flag: c.value = text == "1"; break;
        case Kind::date: take(parse_date_text(text, false), [](core::Date d) { return Json(d.to_string()); }); break;
        case Kind::month: take(parse_month_text(text, false), [](core::YearMonth m) { return Json(m.to_string()); }); break;
        case Kind::money:
            take(parse_money_text(text, false), [](core::Money m) { return Json(m.to_decimal_string()); });
            break;
        case Kind::integer: take(parse_int_text(text, 1, 31, false), [](int n) { return Json(n); }); break;
        case Kind::share: take(parse_share_text(text, false), [](const core::Fraction& f) { return Json(f.to_string()); }); break;
        case Kind::decimal:
            take(parse_decimal_text(text, false), [](const core::Fraction& f) { return Json(f.to_string()); });
            break;
    }
    return c;
}

std::string dotted(const std::string& path) {
    std::string out;
    for (char ch : path) {
        if (ch == '[') out += '.';
        else if (ch != ']') out += ch;
    }
    return out;
}

struct PersonOpts {
    bool birth_date = false;  // a birth date field (when the ИИН may be unknown)
    bool contacts = true;     // phone and e-mail
    bool work = false;        // the workplace (where alimony can be withheld)
};

// Walks one type's form. With `ui` it draws and reads the fields; without, it only builds the input.
class Form {
public:
    Form(const DocumentState& doc, Ui* ui, const FieldMessages* messages) : doc_(doc), ui_(ui), messages_(messages) {}

    Json input = Json::object();
    std::map<std::string, std::string> format_errors;  // field id → catalog key

    const std::string& value(const std::string& path) const {
        static const std::string empty;
        auto it = doc_.fields.find(path);
        return it == doc_.fields.end() ? empty : it->second;
    }

    void section(const std::string& key) {
        if (!ui_) return;
        separator(*ui_);
        heading(*ui_, "doc.section." + key, ui_->t("documents.section." + key), 2);
    }

    void note(const std::string& key) {
        if (ui_) paragraph(*ui_, "doc.note." + key, ui_->t("documents.note." + key), true);
    }

    // A field of `fields` by its input path.
    void field(const std::string& path, Kind kind, std::vector<std::string> choices = {}) {
        const std::string id = field_id(path);
        if (ui_) draw_field(id, "documents.field." + path, kind, choices, path);
        Converted c = convert(kind, ui_ ? ui_->state.document.fields[path] : value(path));
        if (!c.error.empty()) format_errors[id] = c.error;
        if (c.value && !(kind == Kind::flag && !c.value->get<bool>())) set_path(input, path, *c.value);
    }

    void court() {
        section("court");
        const auto& d = doc_;
        if (ui_) draw_court();
        if (d.court_typed) {
            Json c = Json::object();
            if (!d.court_name.empty()) c["name"] = d.court_name;
            if (!d.court_address.empty()) c["address"] = d.court_address;
            input["court"] = c;
        } else if (!d.court_id.empty()) {
            input["court"] = {{"id", d.court_id}};
        }
    }

    void office() {
        section("office");
        field("office.name", Kind::text);
        field("office.address", Kind::text);
    }

    void person(const std::string& role, const PersonOpts& o) {
        section(role);
        DocPerson p;
        if (auto it = doc_.people.find(role); it != doc_.people.end()) p = it->second;
        if (ui_) {
            DocPerson& edit = ui_->state.document.people[role];
            begin_group(*ui_, "doc." + role, Role::group, ui_->t("documents.section." + role));
            person_field(role, "name", edit.name, InputMode::text);
            person_field(role, "iin", edit.iin, InputMode::numeric);
            if (o.birth_date) person_field(role, "birth_date", edit.birth_date, InputMode::date);
            person_field(role, "address", edit.address, InputMode::text);
            if (o.work) person_field(role, "work", edit.work, InputMode::text);
            if (o.contacts) {
                person_field(role, "phone", edit.phone, InputMode::text);
                person_field(role, "email", edit.email, InputMode::text);
            }
            end_group(*ui_);
            p = edit;
        }
        Json j = Json::object();
        auto put = [&j](const char* k, const std::string& v) {
            if (v.find_first_not_of(" \t") != std::string::npos) j[k] = v;
        };
        put("name", p.name);
        put("iin", p.iin);
        put("address", p.address);
        if (o.work) put("work", p.work);
        if (o.contacts) {
            put("phone", p.phone);
            put("email", p.email);
        }
        if (o.birth_date) {
            Converted c = convert(Kind::date, p.birth_date);
            if (c.value) j["birth_date"] = *c.value;
            if (!c.error.empty()) format_errors["doc." + role + ".birth_date"] = c.error;
        }
        input[role] = j;
    }

    void children(std::size_t min) {
        section("children");
        if (ui_) draw_children(min);
        Json list = Json::array();
        const auto& rows = ui_ ? ui_->state.document.children : doc_.children;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto& r = rows[i];
            Json c = Json::object();
            if (r.name.find_first_not_of(' ') != std::string::npos) c["name"] = r.name;
            Converted d = convert(Kind::date, r.birth_date);
            if (d.value) c["birth_date"] = *d.value;
            if (!d.error.empty()) format_errors["doc.children." + std::to_string(i) + ".birth_date"] = d.error;
            if (r.iin.find_first_not_of(' ') != std::string::npos) c["iin"] = r.iin;
            list.push_back(c);
        }
        input["children"] = list;
        if (doc_.fields.count("expected_children")) {
            auto n = parse_int_text(doc_.fields.at("expected_children"), 0, 20, false);
            if (n.value) input["expected_children"] = *n.value;
        }
    }

    // The payer's income for the estimate (optional): the amount, net or gross, and the payer's situation.
    void income() {
        section("income");
        note("income");
        field("estimate.income.monthly", Kind::money);
        field("estimate.income.basis", Kind::choice, {"net", "gross"});
        field("estimate.payer", Kind::choice, {"working", "not_working", "prison_not_working", "prison_working"});
        // Without an amount and with a working payer there is nothing to estimate: the document states the share.
        if (!input.contains("estimate")) return;
        Json& e = input["estimate"];
        const std::string payer = e.value("payer", "working");
        if (e.contains("income") && e["income"].contains("monthly")) {
            if (!e["income"].contains("basis")) e["income"]["basis"] = "net";
        } else if (payer == "working" || payer == "prison_working") {
            input.erase("estimate");
        } else if (e.contains("income")) {
            e.erase("income");
        }
    }

    void payments() {
        if (ui_) draw_payments();
        Json list = Json::array();
        const auto& rows = ui_ ? ui_->state.document.payments : doc_.payments;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            Converted d = convert(Kind::date, rows[i].date), a = convert(Kind::money, rows[i].amount);
            const std::string id = "doc.arrears.payments." + std::to_string(i);
            if (!d.error.empty()) format_errors[id + ".date"] = d.error;
            if (!a.error.empty()) format_errors[id + ".tenge"] = a.error;
            Json p = Json::object();
            if (d.value) p["date"] = *d.value;
            if (a.value) p["tenge"] = *a.value;
            list.push_back(p);
        }
        if (!list.empty()) set_path(input, "arrears.payments", list);
    }

    bool is(const std::string& path, std::initializer_list<const char*> values) const {
        const std::string& v = ui_ ? ui_->state.document.fields[path] : value(path);
        for (const char* x : values)
            if (v == x) return true;
        return false;
    }

private:
    std::string message(const std::string& id) const {
        if (auto it = format_errors.find(id); it != format_errors.end()) return ui_->t(it->second);
        if (!messages_) return "";
        auto it = messages_->by_field.find(id);
        return it == messages_->by_field.end() ? "" : it->second;
    }

    std::string hint(const std::string& key) const {
        const std::string* h = ui_->strings.catalog(ui_->state.lang).find(key);
        return h ? *h : "";
    }

    void draw_field(const std::string& id, const std::string& label_key, Kind kind, const std::vector<std::string>& choices,
                    const std::string& path) {
        Ui& ui = *ui_;
        std::string& text = ui.state.document.fields[path];
        const std::string hint_key = "documents.hint." + path;
        if (kind == Kind::flag) {
            bool on = text == "1";
            if (checkbox(ui, id, ui.t(label_key), on)) text = on ? "1" : "";
            std::string m = message(id);
            if (!m.empty()) notice(ui, id + ".error", m, Tone::error);
            return;
        }
        if (kind == Kind::choice) {
            begin_group(ui, id, Role::group, ui.t(label_key));
            paragraph(ui, id + ".label", ui.t(label_key));
            for (std::size_t k = 0; k < choices.size(); ++k) {
                const std::string label = ui.t("documents.choice." + path + "." + choices[k]);
                const bool on = text == choices[k];
                if (button(ui, id + "." + choices[k], label, on ? ButtonKind::primary : ButtonKind::secondary))
                    text = on ? "" : choices[k];
                if (on) ui.tree.find(id + "." + choices[k])->state |= state_selected;
                if (k + 1 < choices.size())
                    same_line_if_fits(button_width(ui, ui.t("documents.choice." + path + "." + choices[k + 1])));
            }
            std::string m = message(id);
            if (!m.empty()) notice(ui, id + ".error", m, Tone::error);
            end_group(ui);
            return;
        }
        InputMode mode = kind == Kind::date ? InputMode::date
                         : kind == Kind::money || kind == Kind::decimal ? InputMode::decimal
                         : kind == Kind::integer ? InputMode::numeric : InputMode::text;
        // Read the format error of what is typed now, so that the message follows the text at once.
        Converted c = convert(kind, text);
        if (!c.error.empty()) format_errors[id] = c.error;
        else format_errors.erase(id);
        text_field(ui, id, ui.t(label_key), text, mode, message(id), hint(hint_key));
    }

    void person_field(const std::string& role, const char* what, std::string& text, InputMode mode) {
        const std::string id = "doc." + role + "." + what;
        if (std::string(what) == "birth_date") {
            Converted c = convert(Kind::date, text);
            if (!c.error.empty()) format_errors[id] = c.error;
        }
        text_field(*ui_, id, ui_->t(std::string("documents.person.") + what), text, mode, message(id),
                   hint(std::string("documents.hint.person.") + what));
    }

    void draw_court() {
        Ui& ui = *ui_;
        auto& d = ui.state.document;
        const auto* lib = ui.content.courts ? &*ui.content.courts : nullptr;
        const std::string id = "doc.court";
        if (!d.court_typed) {
            const core::documents::Court* court = lib ? lib->find(d.court_id) : nullptr;
            // The court as the document will name it (the document's language follows the app's until chosen).
            const auto lang = d.doc_lang == 0 || (d.doc_lang < 0 && ui.state.lang == core::i18n::Lang::kk)
                                  ? core::i18n::Lang::kk : core::i18n::Lang::ru;
            if (court) {
                paragraph(ui, id + ".chosen", court->name.get(lang));
                if (court->address) paragraph(ui, id + ".address", court->address->get(lang), true);
                if (court->unconfirmed) notice(ui, id + ".unconfirmed", ui.t("documents.court.unconfirmed"), Tone::warning);
            }
            const std::string m = message(id);
            if (!m.empty()) notice(ui, id + ".error", m, Tone::error);
            if (lib && disclosure(ui, id + ".list", ui.t(court ? "documents.court.change" : "documents.court.choose"), !court)) {
                for (const auto& c : lib->courts) {
                    const bool on = c.id == d.court_id;
                    if (button(ui, id + "." + c.id, c.region.get(ui.state.lang), on ? ButtonKind::primary : ButtonKind::quiet,
                               column_width()))
                        d.court_id = c.id;
                }
            }
            if (button(ui, id + ".type", ui.t("documents.court.other"), ButtonKind::quiet)) d.court_typed = true;
            paragraph(ui, id + ".list_date", ui.t("documents.court.list_note") + " " +
                                                (lib ? format_date(lib->checked_on) : std::string()), true);
            return;
        }
        text_field(ui, id + ".name", ui.t("documents.court.name"), d.court_name, InputMode::text, message(id + ".name"),
                   ui.t("documents.court.name_hint"));
        text_field(ui, id + ".address", ui.t("documents.court.address"), d.court_address, InputMode::text);
        if (button(ui, id + ".choose", ui.t("documents.court.from_list"), ButtonKind::quiet)) d.court_typed = false;
    }

    void draw_children(std::size_t min) {
        Ui& ui = *ui_;
        auto& rows = ui.state.document.children;
        while (rows.size() < min) rows.push_back(DocChild{});
        const std::string m = message("doc.children");
        if (!m.empty()) notice(ui, "doc.children.error", m, Tone::error);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const std::string id = "doc.children." + std::to_string(i);
            std::string n = ui.t("documents.child.n");
            if (auto at = n.find("{n}"); at != std::string::npos) n.replace(at, 3, std::to_string(i + 1));
            begin_group(ui, id, Role::group, n);
            paragraph(ui, id + ".title", n);
            text_field(ui, id + ".name", ui.t("documents.child.name"), rows[i].name, InputMode::text, message(id + ".name"));
            Converted c = convert(Kind::date, rows[i].birth_date);
            if (!c.error.empty()) format_errors[id + ".birth_date"] = c.error;
            text_field(ui, id + ".birth_date", ui.t("documents.child.birth_date"), rows[i].birth_date, InputMode::date,
                       message(id + ".birth_date"));
            text_field(ui, id + ".iin", ui.t("documents.child.iin"), rows[i].iin, InputMode::numeric, message(id + ".iin"),
                       ui.t("documents.hint.child.iin"));
            bool remove = rows.size() > min && button(ui, id + ".remove", ui.t("documents.child.remove"), ButtonKind::quiet);
            end_group(ui);
            if (remove) {
                rows.erase(rows.begin() + static_cast<long>(i));
                return;
            }
        }
        if (rows.size() < 20 && button(ui, "doc.children.add", ui.t("documents.child.add"), ButtonKind::secondary))
            rows.push_back(DocChild{});
    }

    void draw_payments() {
        Ui& ui = *ui_;
        auto& rows = ui.state.document.payments;
        paragraph(ui, "doc.arrears.payments.label", ui.t("documents.field.arrears.payments"));
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const std::string id = "doc.arrears.payments." + std::to_string(i);
            begin_group(ui, id, Role::group);
            Converted d = convert(Kind::date, rows[i].date), a = convert(Kind::money, rows[i].amount);
            if (!d.error.empty()) format_errors[id + ".date"] = d.error;
            if (!a.error.empty()) format_errors[id + ".tenge"] = a.error;
            text_field(ui, id + ".date", ui.t("arrears.payment_date") + " " + std::to_string(i + 1), rows[i].date,
                       InputMode::date, message(id + ".date"));
            text_field(ui, id + ".tenge", ui.t("arrears.payment_amount") + " " + std::to_string(i + 1), rows[i].amount,
                       InputMode::decimal, message(id + ".tenge"));
            bool remove = button(ui, id + ".remove", ui.t("estimator.remove"), ButtonKind::quiet);
            end_group(ui);
            if (remove) {
                rows.erase(rows.begin() + static_cast<long>(i));
                return;
            }
        }
        if (rows.size() < 400 && button(ui, "doc.arrears.payments.add", ui.t("arrears.payment_add"), ButtonKind::quiet))
            rows.push_back(DocPayment{});
    }

    const DocumentState& doc_;
    Ui* ui_;
    const FieldMessages* messages_;
};

// ---- The forms ---------------------------------------------------------------------------------------------------

void alimony_form(Form& f, const std::string& o, bool past) {
    f.field(o + ".form", Kind::choice, {"share", "fixed", "mixed"});
    if (f.is(o + ".form", {"fixed", "mixed"})) {
        f.field(o + ".mrp", Kind::decimal);
        f.field(o + ".fixed_reason", Kind::choice, {"irregular", "in_kind", "no_income", "interests"});
    }
    if (past) {
        f.field(o + ".past_from", Kind::date);
        if (!f.value(o + ".past_from").empty()) f.field(o + ".past_efforts", Kind::text);
    }
}

void agreement_form(Form& f, const std::string& o) {
    f.field(o + ".form", Kind::choice, {"share", "fixed_tenge", "fixed_mrp", "mixed"});
    if (f.is(o + ".form", {"share", "mixed"})) f.field(o + ".share", Kind::share);
    if (f.is(o + ".form", {"fixed_tenge"})) {
        f.field(o + ".tenge", Kind::money);
        f.field(o + ".indexation", Kind::flag);
    }
    if (f.is(o + ".form", {"fixed_mrp", "mixed"})) f.field(o + ".mrp", Kind::decimal);
    f.field(o + ".pay_day", Kind::integer);
    f.field(o + ".method", Kind::choice, {"bank", "cash", "employer"});
    if (f.is(o + ".method", {"bank"})) f.field(o + ".account", Kind::text);
}

void walk(Form& f, const std::string& type) {
    f.section("date");
    f.field("date", Kind::date);
    if (type == "court_order") {
        f.court();
        f.person("claimant", {false, true, false});
        f.person("defendant", {true, true, true});
        f.children(1);
        f.section("details");
        f.field("parent_recorded", Kind::flag);
        f.field("defendant_abroad", Kind::flag);
        f.field("marriage.status", Kind::choice, {"married", "divorced", "never"});
        if (f.is("marriage.status", {"married"})) f.field("marriage.date", Kind::date);
        if (f.is("marriage.status", {"divorced"})) f.field("marriage.dissolved_on", Kind::date);
        f.income();
    } else if (type == "alimony_claim") {
        f.court();
        f.person("claimant", {false, true, false});
        f.person("defendant", {true, true, true});
        f.children(1);
        f.section("claim");
        alimony_form(f, "claim", true);
        f.field("marriage.status", Kind::choice, {"married", "divorced", "never"});
        f.field("circumstances", Kind::text);
        f.income();
    } else if (type == "divorce_claim") {
        f.court();
        f.person("claimant", {false, true, false});
        f.person("defendant", {true, true, true});
        f.section("marriage");
        f.field("marriage.date", Kind::date);
        f.field("marriage.registry", Kind::text);
        f.field("marriage.record", Kind::text);
        f.children(0);
        f.section("details");
        f.field("consent", Kind::choice, {"agrees", "objects", "unknown"});
        f.field("reasons", Kind::text);
        f.field("property", Kind::choice, {"none", "separately"});
        f.field("wife_pregnant", Kind::flag);
        f.field("wife_consents", Kind::flag);
        if (!f.input["children"].empty()) {
            f.section("arrangement");
            f.field("arrangement", Kind::choice, {"agreement", "claims"});
            if (f.is("arrangement", {"agreement"})) f.field("agreement_date", Kind::date);
            if (f.is("arrangement", {"claims"})) {
                f.field("residence_claim", Kind::flag);
                f.field("alimony_asked", Kind::flag);
                if (f.is("alimony_asked", {"1"})) {
                    alimony_form(f, "alimony", false);
                    f.income();
                }
            }
        }
        f.input.erase("alimony_asked");
    } else if (type == "alimony_agreement") {
        f.field("place", Kind::text);
        f.person("payer", {false, false, false});
        f.person("recipient", {false, false, false});
        f.children(1);
        f.section("agreement");
        agreement_form(f, "agreement");
        f.income();
    } else if (type == "mediated_agreement") {
        f.field("place", Kind::text);
        f.person("party1", {false, false, false});
        f.person("party2", {false, false, false});
        f.section("mediator");
        f.field("mediator.name", Kind::text);
        f.field("mediator.kind", Kind::choice, {"professional", "non_professional"});
        f.field("mediator.registry", Kind::text);
        f.field("mediation_from", Kind::date);
        f.children(0);
        f.section("agreed");
        if (!f.input["children"].empty()) {
            f.field("residence", Kind::choice, {"party1", "party2"});
            f.field("contact", Kind::text);
            f.field("alimony.payer", Kind::choice, {"party1", "party2"});
            if (!f.value("alimony.payer").empty()) {
                agreement_form(f, "alimony");
                f.income();
            }
        }
        f.field("other", Kind::text);
    } else if (type == "bailiff_application") {
        f.office();
        f.person("claimant", {false, true, false});
        f.person("debtor", {true, false, true});
        f.children(0);
        f.section("enforcement");
        f.field("enforcement.kind", Kind::choice, {"court_order", "writ", "agreement"});
        f.field("enforcement.issued_by", Kind::text);
        f.field("enforcement.date", Kind::date);
        f.field("enforcement.number", Kind::text);
        f.field("enforcement.proceeding", Kind::text);
        f.section("requests");
        for (const char* r : {"requests.arrears", "requests.search", "requests.travel_ban", "requests.register",
                              "requests.licences"})
            f.field(r, Kind::flag);
        if (f.is("requests.arrears", {"1"})) {
            f.section("arrears");
            f.field("arrears.from", Kind::month);
            f.field("arrears.monthly_due", Kind::money);
            f.field("arrears.due_day", Kind::integer);
            f.field("arrears.presented_on", Kind::date);
            f.field("arrears.wanted", Kind::flag);
            f.payments();
        }
        // The requests object is always there (an empty one is the core's "ask for something").
        if (!f.input.contains("requests")) f.input["requests"] = Json::object();
    }
}

void finish_input(Json& input, const DocumentState& doc, core::Date today) {
    if (!input.contains("date")) input["date"] = today.to_string();
    if (!doc.annexes_off.empty()) input["annexes_off"] = Json(std::vector<std::string>(doc.annexes_off.begin(), doc.annexes_off.end()));
    if (!doc.annexes_extra.empty()) input["annexes_extra"] = doc.annexes_extra;
    if (input.contains("arrears") && !input["arrears"].contains("payments")) input["arrears"]["payments"] = Json::array();
    if (input.contains("arrears") && input["arrears"].contains("monthly_due") && !input["arrears"].contains("due_day"))
        input["arrears"]["due_day"] = 10;
    if (input.contains("arrears") && input["arrears"].contains("wanted") && !input["arrears"]["wanted"].get<bool>())
        input["arrears"].erase("wanted");
}

}  // namespace

std::string field_id(const std::string& input_path) { return "doc." + dotted(input_path); }

Json document_input(const DocumentState& doc, core::Date today, std::map<std::string, std::string>& format_errors) {
    Form f(doc, nullptr, nullptr);
    walk(f, doc.type);
    finish_input(f.input, doc, today);
    format_errors = std::move(f.format_errors);
    return std::move(f.input);
}

void draw_document_form(Ui& ui, const FieldMessages& messages) {
    Form f(ui.state.document, &ui, &messages);
    walk(f, ui.state.document.type);
}

}  // namespace otbasy::ui
