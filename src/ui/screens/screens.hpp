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
// "Describe your situation in your own words" (home screen, atop the guide's topics), and the note atop a guide
// step that the box opened with answers chosen (triage.cpp).
void draw_situation_box(Ui& ui);
void draw_situation_note(Ui& ui);

// Shared by the screens: a content text with its marks (glossary terms, parameter values) as runs for
// rich_paragraph(), one vector per paragraph; and the glossary card of a pressed term.
// `heading_level` > 0: the text is a heading for assistive technology (a guide step's question).
std::vector<std::vector<TextRun>> marked_paragraphs(const Ui& ui, const std::string& text);
void marked_text(Ui& ui, const std::string& id, const std::string& text, bool muted = false, bool large = false,
                 int heading_level = 0);
void draw_term_card(Ui& ui);
// A citation id as a disclosure: its label, then the article's title and a link to adilet.
void citation(Ui& ui, const std::string& id, const std::string& cite_id);
// What a citation is called on screen, in the reader's language: "КоБС, ст. 139, п. 1"; for the app's own
// conventions, whose "articles" are named rather than numbered, the act and the convention's title.
std::string citation_label(const Ui& ui, const core::law::Citation& c);

void draw_estimator(Ui& ui);
void draw_arrears(Ui& ui);
void draw_about(Ui& ui);
// Documents: the list, the short form, the preview with print and .docx (document.cpp).
void draw_document(Ui& ui);
// "Prepare the document" buttons under a guide result ("r_…"), the estimator ("estimator") or the arrears
// ("arrears"), for the documents that lead from there.
void document_offers(Ui& ui, const std::string& from);
// The offline copy (offline.cpp): above every screen, "a new version is ready" and "the chosen language could not be
// downloaded"; in Settings and About, whether the app works offline, what that keeps on the device, and "forget this
// device".
void draw_notices_above_screen(Ui& ui);
void draw_offline_section(Ui& ui);
// A step of the estimator's working in the reader's language, and the whole working with its articles and warnings.
std::string render_step(const Ui& ui, const core::alimony::Step& step);
void working(Ui& ui, const std::string& id, const core::alimony::Explanation& ex);

}  // namespace otbasy::ui
