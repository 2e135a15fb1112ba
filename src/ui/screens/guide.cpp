// The guide: choose a topic, answer one question at a time, read the result. Back keeps the answers; a visited step
// can be reopened; the review lists every answer. Layer: ui. Routing lives in core::guide::Session; wording in
// assets; this file only draws.
//
//  [X] topics, questions with big choices, "why we ask", glossary cards, information steps
//  [X] progress, Back, Start again, visited steps, review of answers
//  [X] result: the law in plain words, citations that open to the article and its adilet link, documents with
//      ticks, where to go, time limits and fees from dated parameters, next steps, open in the estimator
#include <string>

#include <imgui.h>

#include "core/guide/marks.hpp"
#include "ui/screens/screens.hpp"

namespace otbasy::ui {
namespace {

using core::guide::Node;
using core::guide::NodeType;

std::string tr(const Ui& ui, const core::i18n::LocalizedText& t) { return t.get(ui.state.lang); }

void draw_topics(Ui& ui) {
    heading(ui, "guide.title", ui.t("guide_screen.title"), 1);
    paragraph(ui, "guide.intro", ui.t("guide_screen.intro"), true);
    if (button(ui, "guide.open_file", ui.t("guide_screen.open_file"), ButtonKind::quiet))
        ui.state.effects.push_back(Effect::of(Effect::Kind::open_file, "guide.load_file"));
    if (!ui.state.load_message.empty()) notice(ui, "guide.load_message", ui.t(ui.state.load_message), Tone::error);
    vspace(4);
    for (const auto& topic : ui.content.guide.topics) {
        if (tile(ui, "guide.topic." + topic.id, tr(ui, topic.title), tr(ui, topic.summary))) {
            auto s = core::guide::Session::start(ui.content.guide, topic.id);
            if (s.ok()) {
                ui.state.guide = std::move(s).value();
                ui.state.guide_review = false;
            }
        }
    }
}

void draw_progress(Ui& ui, core::guide::Session& s) {
    const auto& path = s.path();
    std::string step = ui.t("guide_screen.step");
    step.replace(step.find("{n}"), 3, std::to_string(s.position() + 1));
    paragraph(ui, "guide.progress", tr(ui, s.topic().title) + " · " + step, true);
    if (s.can_go_back()) {
        if (button(ui, "guide.back", ui.t("guide_screen.back"), ButtonKind::secondary)) s.back();
        same_line_if_fits(button_width(ui, ui.t("guide_screen.restart")));
    }
    if (button(ui, "guide.restart", ui.t("guide_screen.restart"), ButtonKind::quiet)) {
        s.restart();
        ui.state.guide_review = false;
    }
    same_line_if_fits(button_width(ui, ui.t("guide_screen.all_topics")));
    if (button(ui, "guide.topics", ui.t("guide_screen.all_topics"), ButtonKind::quiet)) {
        ui.state.guide.reset();
        return;
    }
    if (path.size() > 1 && disclosure(ui, "guide.visited", ui.t("guide_screen.visited"))) {
        ImGui::Indent(30);
        for (std::size_t i = 0; i < path.size(); ++i) {
            const Node* n = s.topic().find(path[i]);
            if (!n) continue;
            std::string label = std::to_string(i + 1) + ". " + core::guide::render_plain(
                tr(ui, n->heading()), ui.state.lang, &ui.content.params, ui.state.today);
            if (i == s.position()) {
                paragraph(ui, "guide.visited." + n->id, label);
            } else if (button(ui, "guide.visited." + n->id, label, ButtonKind::quiet)) {
                (void)s.jump(n->id);
                return;
            }
        }
        ImGui::Unindent(30);
    }
    separator(ui);
}

void draw_question(Ui& ui, core::guide::Session& s, const Node& n) {
    begin_group(ui, "guide.node." + n.id, Role::group);
    marked_text(ui, "guide.question", tr(ui, n.text), false, true);
    if (n.help && disclosure(ui, "guide.why", ui.t("guide.why_we_ask"))) {
        marked_text(ui, "guide.why.text", tr(ui, *n.help), true);
    }
    vspace(4);
    std::string chosen = s.answer_of(n.id);
    for (const auto& o : n.options) {
        std::string label = core::guide::render_plain(tr(ui, o.label), ui.state.lang, &ui.content.params, ui.state.today);
        bool was = o.id == chosen;
        bool pressed = button(ui, "guide.option." + o.id, label, was ? ButtonKind::primary : ButtonKind::secondary,
                              column_width());
        if (was) ui.tree.find("guide.option." + o.id)->state |= state_selected;  // the answer kept from before
        if (pressed) {
            (void)s.answer(o.id);
            ui.state.frames_requested = 2;
        }
    }
    end_group(ui);
}

void draw_info(Ui& ui, core::guide::Session& s, const Node& n) {
    begin_group(ui, "guide.node." + n.id, Role::group);
    marked_text(ui, "guide.info", tr(ui, n.text));
    for (std::size_t i = 0; i < n.citations.size(); ++i) citation(ui, "guide.cite." + std::to_string(i), n.citations[i]);
    vspace(4);
    if (button(ui, "guide.continue", ui.t("guide_screen.continue"), ButtonKind::primary)) (void)s.proceed();
    end_group(ui);
}

void list_section(Ui& ui, const std::string& id, const std::string& title,
                  const std::vector<core::i18n::LocalizedText>& items) {
    if (items.empty()) return;
    heading(ui, id + ".heading", title, 2);
    begin_group(ui, id, Role::list, title);
    for (std::size_t i = 0; i < items.size(); ++i) {
        begin_group(ui, id + "." + std::to_string(i), Role::listitem);
        marked_text(ui, id + "." + std::to_string(i) + ".text", "• " + tr(ui, items[i]));
        end_group(ui);
    }
    end_group(ui);
}

void draw_result(Ui& ui, const Node& n) {
    begin_group(ui, "guide.node." + n.id, Role::group);
    heading(ui, "guide.result.title", core::guide::render_plain(tr(ui, n.title), ui.state.lang, &ui.content.params,
                                                                ui.state.today), 1);
    notice(ui, "guide.estimate_note", ui.t("guide.disclaimer"), Tone::info);

    heading(ui, "guide.law.heading", ui.t("guide.law"), 2);
    marked_text(ui, "guide.law", tr(ui, n.law));

    if (!n.citations.empty()) {
        heading(ui, "guide.cites.heading", ui.t("guide.citations"), 2);
        for (std::size_t i = 0; i < n.citations.size(); ++i)
            citation(ui, "guide.cite." + std::to_string(i), n.citations[i]);
    }

    if (!n.documents.empty()) {
        heading(ui, "guide.docs.heading", ui.t("guide.documents"), 2);
        begin_group(ui, "guide.docs", Role::list, ui.t("guide.documents"));
        for (std::size_t i = 0; i < n.documents.size(); ++i) {
            std::string key = n.id + "#" + std::to_string(i);
            bool ticked = ui.state.ticked_documents.count(key) > 0;
            std::string label = core::guide::render_plain(tr(ui, n.documents[i]), ui.state.lang, &ui.content.params,
                                                          ui.state.today);
            if (checkbox(ui, "guide.doc." + std::to_string(i), label, ticked)) {
                if (ticked)
                    ui.state.ticked_documents.insert(key);
                else
                    ui.state.ticked_documents.erase(key);
            }
        }
        end_group(ui);
    }

    if (n.where) {
        heading(ui, "guide.where.heading", ui.t("guide.where"), 2);
        marked_text(ui, "guide.where", tr(ui, *n.where));
    }
    list_section(ui, "guide.terms", ui.t("guide.terms"), n.terms);
    list_section(ui, "guide.next", ui.t("guide.next_steps"), n.next_steps);

    // Parameter values that are unconfirmed or may be out of date are said so, next to the result.
    core::guide::RenderNotes notes;
    auto note_text = [&](const core::i18n::LocalizedText& t) {
        (void)core::guide::render_plain(tr(ui, t), ui.state.lang, &ui.content.params, ui.state.today, &notes);
    };
    note_text(n.law);
    for (const auto& t : n.terms) note_text(t);
    if (n.where) note_text(*n.where);
    if (!notes.unconfirmed.empty()) notice(ui, "guide.unconfirmed", ui.t("guide_screen.unconfirmed"), Tone::warning);
    if (!notes.may_be_outdated.empty()) notice(ui, "guide.outdated", ui.t("guide_screen.outdated"), Tone::warning);

    for (std::size_t i = 0; i < n.actions.size(); ++i) {
        const auto& a = n.actions[i];
        bool arrears = a.type == "arrears";
        if (button(ui, "guide.action." + std::to_string(i),
                   ui.t(arrears ? "guide_screen.open_arrears" : "guide_screen.open_estimator"), ButtonKind::primary)) {
            ui.state.pending_prefill = a.prefill.is_null() ? "" : a.prefill.dump();
            ui.state.screen = arrears ? Screen::arrears : Screen::estimator;
        }
    }
    vspace(8);
    if (button(ui, "guide.review_open", ui.t("guide.review"), ButtonKind::secondary)) ui.state.guide_review = true;
    end_group(ui);
}

void draw_review(Ui& ui, core::guide::Session& s) {
    heading(ui, "guide.review.title", ui.t("guide.review"), 1);
    auto items = s.review();
    if (items.empty()) paragraph(ui, "guide.review.empty", ui.t("guide_screen.review_empty"), true);
    begin_group(ui, "guide.review", Role::list, ui.t("guide.review"));
    for (const auto& item : items) {
        const std::string& qid = item.question->id;
        begin_group(ui, "guide.review." + qid, Role::listitem);
        paragraph(ui, "guide.review." + qid + ".q", core::guide::render_plain(
            tr(ui, item.question->text), ui.state.lang, &ui.content.params, ui.state.today));
        paragraph(ui, "guide.review." + qid + ".a", "→ " + tr(ui, item.option->label), false);
        if (button(ui, "guide.review." + qid + ".change", ui.t("guide_screen.change"), ButtonKind::quiet)) {
            (void)s.jump(qid);
            ui.state.guide_review = false;
        }
        end_group(ui);
    }
    end_group(ui);
    // Save and resume without an account: a file the person keeps; nothing is stored unless they choose it.
    paragraph(ui, "guide.save.note", ui.t("guide_screen.save_note"), true);
    if (button(ui, "guide.save", ui.t("guide_screen.save"), ButtonKind::secondary)) {
        Effect e = Effect::of(Effect::Kind::save_file, s.to_json().dump(2));
        e.target = "otbasy-" + s.topic().id + ".json";
        ui.state.effects.push_back(std::move(e));
    }
    same_line_if_fits(button_width(ui, ui.t("guide_screen.print")));
    if (button(ui, "guide.print", ui.t("guide_screen.print"), ButtonKind::quiet))
        ui.state.effects.push_back(Effect::of(Effect::Kind::print, std::string("guide/") +
                                   std::string(core::i18n::code(ui.state.lang)) + "/" + s.topic().id + ".html"));
    if (button(ui, "guide.review.close", ui.t("guide_screen.back_to_result"), ButtonKind::secondary))
        ui.state.guide_review = false;
}

}  // namespace

void draw_search(Ui& ui) {
    text_field(ui, "home.search", ui.t("home.search_label"), ui.state.search_query, InputMode::text, "",
               ui.t("home.search_hint"));
    if (ui.state.search_query.find_first_not_of(' ') == std::string::npos) return;
    auto hits = ui.content.search.search(ui.state.search_query, ui.state.lang, 8);
    if (hits.empty()) {
        paragraph(ui, "home.search.none", ui.t("home.search_none"), true);
        return;
    }
    begin_group(ui, "home.search.hits", Role::list, ui.t("home.search_label"));
    for (const auto& h : hits) {
        if (!button(ui, "home.search.hit." + h.id, h.title, ButtonKind::quiet, column_width())) continue;
        if (h.topic == "glossary") {
            ui.state.open_popup = "term:" + h.id;
        } else if (ui.content.guide.topic(h.id)) {
            auto s = core::guide::Session::start(ui.content.guide, h.id);
            if (s.ok()) ui.state.guide = std::move(s).value();
            ui.state.guide_preview.clear();
            ui.state.screen = Screen::guide;
        } else {
            ui.state.guide.reset();
            ui.state.guide_preview = h.id;
            ui.state.screen = Screen::guide;
        }
    }
    end_group(ui);
    draw_term_card(ui);
}

void draw_guide(Ui& ui) {
    if (!ui.state.guide_preview.empty()) {
        // A result opened from search: shown on its own, with a way into its topic from the start.
        const core::guide::Topic* topic = nullptr;
        const Node* n = ui.content.guide.node(ui.state.guide_preview, &topic);
        if (!n || !topic) {
            ui.state.guide_preview.clear();
        } else {
            if (button(ui, "guide.preview.topic", ui.t("guide_screen.all_topics"), ButtonKind::quiet)) {
                ui.state.guide_preview.clear();
                return;
            }
            same_line_if_fits(button_width(ui, ui.t("guide_screen.start_topic")));
            if (button(ui, "guide.preview.start", ui.t("guide_screen.start_topic"), ButtonKind::secondary)) {
                auto s = core::guide::Session::start(ui.content.guide, topic->id);
                if (s.ok()) ui.state.guide = std::move(s).value();
                ui.state.guide_preview.clear();
                return;
            }
            if (n->type == NodeType::result)
                draw_result(ui, *n);
            else
                marked_text(ui, "guide.preview.text", tr(ui, n->text));
            draw_term_card(ui);
            return;
        }
    }
    if (!ui.state.guide) {
        draw_topics(ui);
        draw_term_card(ui);
        return;
    }
    auto& s = *ui.state.guide;
    if (ui.state.guide_review) {
        draw_review(ui, s);
        return;
    }
    draw_progress(ui, s);
    if (!ui.state.guide) return;  // "all topics" was pressed
    const Node& n = s.current();
    switch (n.type) {
        case NodeType::question: draw_question(ui, s, n); break;
        case NodeType::info: draw_info(ui, s, n); break;
        case NodeType::result: draw_result(ui, n); break;
    }
    draw_term_card(ui);
}

}  // namespace otbasy::ui
