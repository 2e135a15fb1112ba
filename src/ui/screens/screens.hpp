// One function per screen; each draws only through the widget layer. Layer: ui.
#pragma once

#include "core/alimony/explain.hpp"
#include "ui/widgets/widgets.hpp"

namespace otbasy::ui {

void draw_home(Ui& ui);
void draw_settings(Ui& ui);
void draw_guide(Ui& ui);
// The search box over the guide and its hits (home screen).
void draw_search(Ui& ui);

// Shared by the screens: a content text with its marks (glossary terms, parameter values) as runs for
// rich_paragraph(), one vector per paragraph; and the glossary card of a pressed term.
std::vector<std::vector<TextRun>> marked_paragraphs(const Ui& ui, const std::string& text);
void marked_text(Ui& ui, const std::string& id, const std::string& text, bool muted = false, bool large = false);
void draw_term_card(Ui& ui);
// A citation id as a disclosure: its label, then the article's title and a link to adilet.
void citation(Ui& ui, const std::string& id, const std::string& cite_id);

void draw_estimator(Ui& ui);
void draw_arrears(Ui& ui);
void draw_about(Ui& ui);
// The offline copy (offline.cpp): "a new version is ready" above every screen; in Settings and About, whether the
// app works offline, what that keeps on the device, and "forget this device".
void draw_update_notice(Ui& ui);
void draw_offline_section(Ui& ui);
// A step of the estimator's working in the reader's language, and the whole working with its articles and warnings.
std::string render_step(const Ui& ui, const core::alimony::Step& step);
void working(Ui& ui, const std::string& id, const core::alimony::Explanation& ex);

}  // namespace otbasy::ui
