// Content texts on screen: marks become glossary links and parameter values; citations open to their article.
// Layer: ui.
#include <imgui.h>

#include "core/guide/marks.hpp"
#include "ui/screens/screens.hpp"

namespace otbasy::ui {

std::vector<std::vector<TextRun>> marked_paragraphs(const Ui& ui, const std::string& text) {
    std::vector<std::vector<TextRun>> paragraphs(1);
    for (const auto& run : core::guide::parse_marks(text)) {
        if (run.kind == core::guide::Run::Kind::param) {
            std::string value = "…";
            auto v = ui.content.params.lookup(run.id, ui.state.today);
            if (v.ok())
                value = core::guide::format_parameter(*v, ui.state.lang, ui.content.params, ui.state.today, run.form);
            paragraphs.back().push_back({TextRun::Kind::strong, value, ""});
            continue;
        }
        if (run.kind == core::guide::Run::Kind::term) {
            paragraphs.back().push_back({TextRun::Kind::term, run.text, run.id});
            continue;
        }
        // Plain text: a blank line starts a new paragraph.
        std::size_t start = 0;
        while (start <= run.text.size()) {
            std::size_t brk = run.text.find("\n\n", start);
            std::string piece = run.text.substr(start, brk == std::string::npos ? std::string::npos : brk - start);
            for (auto& c : piece)
                if (c == '\n') c = ' ';
            if (!piece.empty()) paragraphs.back().push_back({TextRun::Kind::plain, piece, ""});
            if (brk == std::string::npos) break;
            paragraphs.emplace_back();
            start = brk + 2;
        }
    }
    return paragraphs;
}

void marked_text(Ui& ui, const std::string& id, const std::string& text, bool muted, bool large) {
    auto paragraphs = marked_paragraphs(ui, text);
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        if (paragraphs[i].empty()) continue;
        std::string pressed = rich_paragraph(ui, paragraphs.size() == 1 ? id : id + "." + std::to_string(i),
                                             paragraphs[i], muted, large);
        if (!pressed.empty()) ui.state.open_popup = "term:" + pressed;
    }
}

void draw_term_card(Ui& ui) {
    const std::string& open = ui.state.open_popup;
    if (open.rfind("term:", 0) != 0) return;
    const auto* term = ui.content.guide.glossary.find(open.substr(5));
    if (!term) {
        ui.state.open_popup.clear();
        return;
    }
    if (!begin_card_popup(ui, open, term->term.get(ui.state.lang))) return;
    marked_text(ui, "card.definition", term->definition.get(ui.state.lang));
    for (std::size_t i = 0; i < term->citations.size(); ++i) {
        auto c = ui.content.sources.resolve(term->citations[i]);
        if (c.ok()) paragraph(ui, "card.cite." + std::to_string(i), c->label(ui.state.lang), true);
    }
    end_card_popup(ui);
}

void citation(Ui& ui, const std::string& id, const std::string& cite_id) {
    auto c = ui.content.sources.resolve(cite_id);
    if (!c.ok()) return;  // the checker guarantees every citation resolves; never show a broken one
    if (disclosure(ui, id, c->label(ui.state.lang))) {
        ImGui::Indent(30);
        paragraph(ui, id + ".title", c->title(ui.state.lang));
        if (button(ui, id + ".open", ui.t("guide_screen.open_on_adilet"), ButtonKind::quiet))
            ui.state.effects.push_back(Effect::of(Effect::Kind::open_url, c->url(ui.state.lang)));
        ImGui::Unindent(30);
    }
}

}  // namespace otbasy::ui
