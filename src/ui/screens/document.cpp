// Documents: the list of the six, the short form, the preview, Print / Save as PDF, Download .docx, saving the answers
// to a file, and "Prepare the document" under guide results and calculators. Layer: ui. The law and the texts live
// in core::documents and assets/documents; printing and zipping are the platform's (effects).
//
//  [X] opened from a guide result, the estimator or the arrears calculator, prefilled (visible and changeable)
//  [X] the templates and the court list fetched only when a document is first opened
//  [X] mistakes under their fields in the person's language, nothing typed lost
//  [X] the document in kk or ru whatever the app's language; annexes can be left out or added
//  [X] names, ИИН and addresses in memory only; a saved-answers file keeps them only if the person ticks it
#include <algorithm>

#include <imgui.h>

#include "core/documents/build.hpp"
#include "core/documents/model.hpp"
#include "ui/screens/document_form.hpp"
#include "ui/screens/input.hpp"
#include "ui/screens/screens.hpp"

namespace otbasy::ui {

namespace {

using core::Json;
namespace docs = core::documents;
using core::i18n::Lang;

Lang document_lang(const AppState& st) {
    if (st.document.doc_lang == 0) return Lang::kk;
    if (st.document.doc_lang == 1) return Lang::ru;
    return st.lang == Lang::kk ? Lang::kk : Lang::ru;
}

// What the documents' engine answered: the document with its facts and warnings, or the mistakes.
struct Built {
    docs::Document doc;
    Json facts;
    core::Errors warnings;
    Json parts;  // the .docx parts, when asked for
};

struct Outcome {
    std::optional<Built> built;
    core::Errors errors;
    std::map<std::string, std::string> format_errors;
};

core::Errors errors_of(const Json& list) {
    core::Errors out;
    if (list.is_array())
        for (const auto& e : list)
            if (e.is_object()) out.push_back(core::make_error(e.value("field", ""), e.value("code", ""), e.value("message", "")));
    return out;
}

Outcome build(const Ui& ui, const DocumentState& doc, bool docx = false) {
    Outcome o;
    Json request = {{"type", doc.type},
                    {"lang", std::string(core::i18n::code(document_lang(ui.state)))},
                    {"input", document_input(doc, ui.state.today, o.format_errors)},
                    {"docx", docx}};
    auto reply = core::parse_json(ui.content.documents_call(request.dump()));
    if (!reply.ok() || !reply->is_object()) {
        o.errors.push_back(core::make_error("", "documents.error.invalid", "the documents' engine did not answer"));
        return o;
    }
    if (!reply->value("ok", false)) {
        o.errors = errors_of((*reply)["errors"]);
        return o;
    }
    auto model = docs::document_from_json((*reply)["document"]);
    if (!model) {
        o.errors.push_back(core::make_error("", "documents.error.invalid", "no document in the answer"));
        return o;
    }
    o.built = Built{std::move(*model), (*reply)["facts"], errors_of((*reply)["warnings"]),
                    reply->contains("parts") ? (*reply)["parts"] : Json::array()};
    return o;
}

std::string message_for(const Ui& ui, const core::Error& e) {
    if (const std::string* m = ui.strings.catalog(ui.state.lang).find(e.code)) return *m;
    return ui.t("documents.error.invalid");
}

FieldMessages messages_of(const Ui& ui, const Outcome& o) {
    FieldMessages m;
    for (const auto& e : o.errors) {
        const std::string id = field_id(e.path);
        if (o.format_errors.count(id) || m.by_field.count(id)) continue;
        m.by_field[id] = message_for(ui, e);
    }
    return m;
}

// ---- Opening a document, prefilled ---------------------------------------------------------------------------

void set_if_empty(DocumentState& d, const std::string& path, const std::string& value) {
    if (!value.empty() && d.fields[path].empty()) d.fields[path] = value;
}

const char* const payer_names[] = {"working", "not_working", "prison_not_working", "prison_working"};

void prefill_from_estimator(const AppState& st, DocumentState& d) {
    const auto& e = st.estimator;
    if (!e.income.empty() && !e.income[0].amount.empty()) {
        set_if_empty(d, "estimate.income.monthly", e.income[0].amount);
        set_if_empty(d, "estimate.income.basis", e.income[0].gross ? "gross" : "net");
    }
    if (e.payer > 0 && e.payer < 4) set_if_empty(d, "estimate.payer", payer_names[e.payer]);
    if (e.orders.empty()) return;
    const OrderRow& o = e.orders[0];
    const std::string claim = d.type == "divorce_claim" ? "alimony" : "claim";
    if (o.kind == 0 || o.kind == 3) set_if_empty(d, "expected_children", o.children);
    if (d.type == "alimony_claim" || d.type == "divorce_claim") {
        if (o.kind == 1) set_if_empty(d, claim + ".form", "fixed"), set_if_empty(d, claim + ".mrp", o.mrp);
        if (o.kind == 3) set_if_empty(d, claim + ".form", "mixed"), set_if_empty(d, claim + ".mrp", o.mrp);
        if (o.kind == 0) set_if_empty(d, claim + ".form", "share");
    }
}

void prefill_from_arrears(const AppState& st, DocumentState& d) {
    const auto& a = st.arrears;
    set_if_empty(d, "requests.arrears", "1");
    set_if_empty(d, "arrears.from", a.from);
    set_if_empty(d, "arrears.monthly_due", a.monthly_due);
    set_if_empty(d, "arrears.due_day", a.due_day);
    if (d.payments.empty())
        for (const auto& p : a.payments) d.payments.push_back({p.date, p.amount});
}

void open_document(AppState& st, const std::string& type, const std::string& from, const Json& prefill) {
    auto& d = st.document;
    if (d.type != type) {
        // The parties and the children typed for another document stay: they are the same people.
        d.preview = false;
        d.attempted = false;
        d.annexes_off.clear();
    }
    d.type = type;
    d.from = from;
    for (auto it = prefill.begin(); it != prefill.end(); ++it) {
        const Json& v = it.value();
        set_if_empty(d, it.key(), v.is_boolean() ? (v.get<bool>() ? "1" : "") : v.is_string() ? v.get<std::string>() : v.dump());
    }
    if (from != "arrears") prefill_from_estimator(st, d);
    else prefill_from_arrears(st, d);
    auto n = parse_int_text(d.fields["expected_children"], 0, 20, false);
    if (n.value && d.children.empty()) d.children.resize(static_cast<std::size_t>(*n.value));
    st.screen = Screen::document;
    st.frames_requested = 2;
}

// The children a guide result speaks of (its estimator prefill: "orders": [{"type": "share", "children": 2}]).
Json guide_prefill(const Ui& ui, const std::string& result_id, Json prefill) {
    const auto* node = ui.content.guide.node(result_id);
    if (!node) return prefill;
    for (const auto& a : node->actions) {
        if (a.prefill.is_object() && a.prefill.contains("orders") && a.prefill["orders"].is_array() &&
            !a.prefill["orders"].empty()) {
            const Json& o = a.prefill["orders"][0];
            if (o.is_object() && o.contains("children") && !prefill.contains("expected_children"))
                prefill["expected_children"] = o["children"];
        }
    }
    return prefill;
}

// ---- Saving and opening the answers --------------------------------------------------------------------------

Json state_to_json(const DocumentState& d, bool personal) {
    Json fields = Json::object();
    for (const auto& [path, v] : d.fields)
        if (!v.empty() && (personal || !docs::is_personal_path(path))) fields[path] = v;
    Json people = Json::object();
    if (personal)
        for (const auto& [role, p] : d.people)
            people[role] = {{"name", p.name},       {"iin", p.iin},     {"birth_date", p.birth_date},
                            {"address", p.address}, {"phone", p.phone}, {"email", p.email},
                            {"work", p.work}};
    Json children = Json::array();
    for (const auto& c : d.children)
        children.push_back(personal ? Json{{"name", c.name}, {"birth_date", c.birth_date}, {"iin", c.iin}} : Json::object());
    Json payments = Json::array();
    for (const auto& p : d.payments) payments.push_back({{"date", p.date}, {"amount", p.amount}});
    Json court = {{"id", d.court_id}, {"typed", d.court_typed}, {"name", d.court_name}, {"address", d.court_address}};
    return {{"schema", 1},           {"kind", "otbasy-document"}, {"type", d.type},        {"doc_lang", d.doc_lang},
            {"personal", personal},  {"fields", fields},          {"people", people},      {"children", children},
            {"payments", payments},  {"court", court},            {"place", personal ? d.place : ""},
            {"annexes_off", std::vector<std::string>(d.annexes_off.begin(), d.annexes_off.end())},
            {"annexes_extra", d.annexes_extra}};
}

std::string str(const Json& o, const char* k) {
    return o.is_object() && o.contains(k) && o[k].is_string() ? o[k].get<std::string>() : "";
}
bool yes(const Json& o, const char* k) { return o.is_object() && o.contains(k) && o[k].is_boolean() && o[k].get<bool>(); }

// A file the person picked or a handed-over session: anything may be in it, so every value's type is checked
// before it is read.
bool state_from_value(const Json& j, DocumentState& out) {
    if (!j.is_object() || str(j, "kind") != "otbasy-document") return false;
    const std::string type = str(j, "type");
    if (!docs::is_document_type(type)) return false;
    DocumentState d;
    d.type = type;
    d.doc_lang = j.contains("doc_lang") && j["doc_lang"].is_number_integer() ? std::clamp(j["doc_lang"].get<int>(), -1, 1) : -1;
    d.keep_personal = yes(j, "personal");
    if (j.contains("fields") && j["fields"].is_object())
        for (auto it = j["fields"].begin(); it != j["fields"].end(); ++it)
            if (it.value().is_string()) d.fields[it.key()] = it.value().get<std::string>();
    if (j.contains("people") && j["people"].is_object())
        for (auto it = j["people"].begin(); it != j["people"].end(); ++it) {
            const Json& p = it.value();
            d.people[it.key()] = {str(p, "name"), str(p, "iin"), str(p, "birth_date"), str(p, "address"),
                                  str(p, "phone"), str(p, "email"), str(p, "work")};
        }
    if (j.contains("children") && j["children"].is_array())
        for (const auto& c : j["children"]) d.children.push_back({str(c, "name"), str(c, "birth_date"), str(c, "iin")});
    if (j.contains("payments") && j["payments"].is_array())
        for (const auto& p : j["payments"]) d.payments.push_back({str(p, "date"), str(p, "amount")});
    if (j.contains("court")) {
        d.court_id = str(j["court"], "id");
        d.court_typed = yes(j["court"], "typed");
        d.court_name = str(j["court"], "name");
        d.court_address = str(j["court"], "address");
    }
    d.place = str(j, "place");
    if (j.contains("annexes_off") && j["annexes_off"].is_array())
        for (const auto& a : j["annexes_off"])
            if (a.is_string()) d.annexes_off.insert(a.get<std::string>());
    if (j.contains("annexes_extra") && j["annexes_extra"].is_array())
        for (const auto& a : j["annexes_extra"])
            if (a.is_string()) d.annexes_extra.push_back(a.get<std::string>());
    d.library_requested = out.library_requested;
    out = std::move(d);
    return true;
}

bool state_from_json(const std::string& text, DocumentState& out) {
    auto parsed = core::parse_json(text);
    return parsed.ok() && state_from_value(*parsed, out);
}

void start_again(Ui& ui) {
    const bool requested = ui.state.document.library_requested;
    ui.state.document = DocumentState{};
    ui.state.document.library_requested = requested;
    ui.state.effects.push_back(Effect::of(Effect::Kind::clear_print));
}

// ---- Drawing ---------------------------------------------------------------------------------------------------

std::string type_text(const Ui& ui, const std::string& type, const char* part) {
    return ui.t("documents.type." + type + "." + part);
}

void draw_lang_switch(Ui& ui) {
    const int current = document_lang(ui.state) == Lang::kk ? 0 : 1;
    int l = segmented(ui, "doc.lang", ui.t("documents.lang"), {"Қазақша", "Русский"}, current);
    if (l >= 0) ui.state.document.doc_lang = l;
    if (ui.state.lang == Lang::en) paragraph(ui, "doc.lang.note", ui.t("documents.lang_note_en"), true);
}

void draw_chooser(Ui& ui) {
    heading(ui, "doc.title", ui.t("documents.title"), 1);
    paragraph(ui, "doc.intro", ui.t("documents.intro"));
    notice(ui, "doc.privacy", ui.t("documents.privacy"), Tone::success);
    for (auto type : docs::document_types) {
        const std::string t(type);
        if (tile(ui, "doc.type." + t, type_text(ui, t, "title"), type_text(ui, t, "summary")))
            open_document(ui.state, t, "home", Json::object());
    }
    if (button(ui, "doc.open_file", ui.t("documents.open_file"), ButtonKind::quiet))
        ui.state.effects.push_back(Effect::of(Effect::Kind::open_file, "documents.load_file"));
}

void draw_block(Ui& ui, const docs::Block& b) {
    const std::string id = "doc.preview." + b.id;
    std::vector<TextRun> runs;
    if (b.number > 0) runs.push_back({TextRun::Kind::plain, std::to_string(b.number) + ". ", ""});
    for (const auto& r : b.runs) {
        std::string text = r.text;
        std::replace(text.begin(), text.end(), '\t', ' ');
        runs.push_back({r.bold ? TextRun::Kind::strong : TextRun::Kind::plain, text, ""});
    }
    switch (b.kind) {
        case docs::BlockKind::title: heading(ui, id, b.plain(), 2); return;
        case docs::BlockKind::heading:
            if (b.page_break) separator(ui);
            rich_paragraph(ui, id, {{TextRun::Kind::strong, b.plain(), ""}});
            return;
        case docs::BlockKind::demand: rich_paragraph(ui, id, {{TextRun::Kind::strong, b.plain(), ""}}); return;
        case docs::BlockKind::addressee: {
            const float indent = column_width() * 0.35f;
            ImGui::Indent(indent);
            rich_paragraph(ui, id, runs);
            ImGui::Unindent(indent);
            return;
        }
        case docs::BlockKind::table: {
            if (b.page_break) separator(ui);
            std::vector<TableColumn> cols;
            for (const auto& h : b.header) cols.push_back({h.text, false});
            for (std::size_t i = 0; i < cols.size() && !b.rows.empty(); ++i) cols[i].numeric = b.rows[0][i].numeric;
            std::vector<std::vector<std::string>> rows;
            for (const auto& r : b.rows) {
                rows.emplace_back();
                for (const auto& c : r) rows.back().push_back(c.text);
            }
            if (!b.footer.empty()) {
                rows.emplace_back();
                for (const auto& c : b.footer) rows.back().push_back(c.text);
            }
            table(ui, id, b.plain(), cols, rows, b.footer.empty() ? 0 : 1);
            return;
        }
        default: rich_paragraph(ui, id, runs); return;
    }
}

void draw_annex_choices(Ui& ui) {
    // Every annex the document can list (none left out), each a checkbox; and the person's own.
    DocumentState all = ui.state.document;
    all.annexes_off.clear();
    all.annexes_extra.clear();
    Outcome o = build(ui, all);
    if (!o.built) return;
    const Json ids = o.built->facts.value("annexes", Json::array());
    if (ids.empty() && ui.state.document.annexes_extra.empty()) return;
    heading(ui, "doc.annexes.heading", ui.t("documents.section.annexes"), 2);
    paragraph(ui, "doc.annexes.note", ui.t("documents.note.annexes"), true);
    auto& d = ui.state.document;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::string aid = ids[i].get<std::string>();
        const docs::Block* b = o.built->doc.find("annex." + std::to_string(i + 1));
        std::string text;
        if (b)
            for (const auto& r : b->runs) text += r.text;
        bool on = d.annexes_off.count(aid) == 0;
        if (checkbox(ui, "doc.annex." + aid, text, on)) {
            if (on) d.annexes_off.erase(aid);
            else d.annexes_off.insert(aid);
        }
    }
    for (std::size_t i = 0; i < d.annexes_extra.size(); ++i) {
        const std::string id = "doc.annex.extra." + std::to_string(i);
        text_field(ui, id, ui.t("documents.annex.extra"), d.annexes_extra[i], InputMode::text);
        if (button(ui, id + ".remove", ui.t("estimator.remove"), ButtonKind::quiet)) {
            d.annexes_extra.erase(d.annexes_extra.begin() + static_cast<long>(i));
            return;
        }
    }
    if (d.annexes_extra.size() < 30 && button(ui, "doc.annex.add", ui.t("documents.annex.add"), ButtonKind::quiet))
        d.annexes_extra.push_back(ui.t("documents.annex.extra_default"));
}

void draw_warnings(Ui& ui, const Built& b) {
    for (std::size_t i = 0; i < b.warnings.size(); ++i) {
        const auto& w = b.warnings[i];
        const std::string* m = ui.strings.catalog(ui.state.lang).find(w.code);
        notice(ui, "doc.warning." + std::to_string(i), m ? *m : w.message, Tone::warning);
    }
}

void draw_actions(Ui& ui, const Built& b) {
    auto& d = ui.state.document;
    if (button(ui, "doc.print", ui.t("documents.print"), ButtonKind::primary))
        ui.state.effects.push_back(Effect::of(Effect::Kind::print_document, docs::to_json(b.doc).dump()));
    same_line_if_fits(button_width(ui, ui.t("documents.docx")));
    if (button(ui, "doc.docx", ui.t("documents.docx"), ButtonKind::secondary)) {
        Outcome with_parts = build(ui, d, true);
        if (with_parts.built) {
            const auto& date = with_parts.built->doc.date;
            Json pkg = {{"file", with_parts.built->doc.file_stem + ".docx"},
                        {"date", {date.year(), date.month(), date.day()}},
                        {"parts", with_parts.built->parts}};
            ui.state.effects.push_back(Effect::of(Effect::Kind::save_docx, pkg.dump()));
        }
    }
    paragraph(ui, "doc.print.note", ui.t("documents.print_note"), true);
    if (button(ui, "doc.edit", ui.t("documents.back_to_form"), ButtonKind::secondary)) d.preview = false;
    separator(ui);
    checkbox(ui, "doc.keep_personal", ui.t("documents.keep_personal"), d.keep_personal);
    if (button(ui, "doc.save", ui.t("documents.save"), ButtonKind::quiet)) {
        Effect e = Effect::of(Effect::Kind::save_file, state_to_json(d, d.keep_personal).dump(2));
        e.target = "otbasy-" + d.type + ".json";
        ui.state.effects.push_back(std::move(e));
    }
}

void draw_preview(Ui& ui, const Outcome& o) {
    const Built& b = *o.built;
    heading(ui, "doc.title", type_text(ui, ui.state.document.type, "title"), 1);
    draw_lang_switch(ui);
    notice(ui, "doc.draft", ui.t("documents.draft_note"), Tone::info);
    draw_warnings(ui, b);
    draw_actions(ui, b);
    draw_annex_choices(ui);
    separator(ui);
    begin_group(ui, "doc.preview", Role::group, b.doc.title);
    for (const auto& block : b.doc.blocks) draw_block(ui, block);
    end_group(ui);
    vspace(8);
    if (button(ui, "doc.start_again", ui.t("documents.start_again"), ButtonKind::danger)) start_again(ui);
}

void draw_form(Ui& ui) {
    auto& d = ui.state.document;
    Outcome o = build(ui, d);
    FieldMessages messages;
    if (d.attempted) messages = messages_of(ui, o);
    heading(ui, "doc.title", type_text(ui, d.type, "title"), 1);
    paragraph(ui, "doc.summary", type_text(ui, d.type, "summary"), true);
    if (button(ui, "doc.all", ui.t("documents.all"), ButtonKind::quiet)) {
        d.type.clear();
        return;
    }
    notice(ui, "doc.privacy", ui.t("documents.privacy"), Tone::success);
    draw_lang_switch(ui);
    const std::size_t problems = d.attempted ? o.errors.size() + o.format_errors.size() : 0;
    if (problems > 0) {
        std::string text = ui.t("documents.fix");
        if (auto at = text.find("{n}"); at != std::string::npos) text.replace(at, 3, std::to_string(problems));
        notice(ui, "doc.fix", text, Tone::error);
    }
    draw_document_form(ui, messages);
    // Mistakes whose field is not on the form (a rule about the whole document) are said here.
    if (d.attempted) {
        std::size_t k = 0;
        for (const auto& [id, text] : messages.by_field)
            if (!ui.tree.find(id) && !ui.tree.find(id + ".error"))
                notice(ui, "doc.problem." + std::to_string(k++), text, Tone::error);
    }
    if (o.built && d.attempted) draw_warnings(ui, *o.built);
    separator(ui);
    if (button(ui, "doc.show", ui.t("documents.show"), ButtonKind::primary)) {
        d.attempted = true;
        if (o.built) d.preview = true;
        ui.state.frames_requested = 2;
    }
    vspace(8);
    if (button(ui, "doc.start_again", ui.t("documents.start_again"), ButtonKind::danger)) start_again(ui);
}

}  // namespace

Json document_session_json(const DocumentState& d) {
    // Everything typed, personal data included: the handover goes from page to page in memory, never to storage.
    Json j = state_to_json(d, true);
    j["personal"] = d.keep_personal;
    j["place"] = d.place;
    j["date"] = d.date;
    j["from"] = d.from;
    j["preview"] = d.preview;
    j["attempted"] = d.attempted;
    return j;
}

void document_session_restore(const Json& j, DocumentState& d) {
    if (!state_from_value(j, d)) return;
    d.date = str(j, "date");
    d.from = str(j, "from");
    d.preview = yes(j, "preview");
    d.attempted = yes(j, "attempted");
}

void document_offers(Ui& ui, const std::string& from) {
    const auto& links = ui.content.document_links;
    const bool tool = from == "estimator" || from == "arrears";
    const auto& map = tool ? links.tools : links.results;
    auto it = map.find(from);
    if (it == map.end()) return;
    heading(ui, "doc.offer.heading", ui.t("documents.offer_heading"), 2);
    paragraph(ui, "doc.offer.note", ui.t("documents.offer_note"), true);
    for (const auto& type : it->second.documents) {
        if (button(ui, "doc.offer." + type, type_text(ui, type, "title"), ButtonKind::secondary, column_width()))
            open_document(ui.state, type, from, tool ? it->second.prefill : guide_prefill(ui, from, it->second.prefill));
    }
}

void draw_document(Ui& ui) {
    auto& d = ui.state.document;
    std::string loaded;
    if (ui.take_action("documents.load_file", &loaded)) {
        if (!state_from_json(loaded, d)) d.message = "documents.open_file_error";
        else d.message.clear();
    }
    if (!ui.content.documents_ready()) {
        // The templates, the court list and the engine come with the first document opened, not with the first visit.
        heading(ui, "doc.title", ui.t("documents.title"), 1);
        if (!ui.content.documents_errors.empty()) {
            notice(ui, "doc.load_error", ui.t("documents.load_error"), Tone::error);
        } else {
            notice(ui, "doc.loading", ui.t("documents.loading"), Tone::info);
        }
        if (!d.library_requested) {
            d.library_requested = true;
            ui.state.effects.push_back(Effect::of(Effect::Kind::load_documents));
        }
        return;
    }
    if (!d.message.empty()) notice(ui, "doc.message", ui.t(d.message), Tone::error);
    if (d.type.empty()) {
        draw_chooser(ui);
        return;
    }
    if (d.preview) {
        Outcome o = build(ui, d);
        if (o.built) {
            draw_preview(ui, o);
            return;
        }
        d.preview = false;  // an answer changed elsewhere and the document no longer builds: back to the form
    }
    draw_form(ui);
}

}  // namespace otbasy::ui
