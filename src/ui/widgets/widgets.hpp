// The semantic widget layer: screens draw only through these. Each widget draws with Dear ImGui and appends a
// node to the frame's semantic tree, and answers actions addressed to its stable id (window.otbasy.act, the
// accessibility DOM, tests). Labels are "visible text###stable_id", so switching language keeps widget state.
// Layer: ui.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ui/app_state.hpp"
#include "ui/content.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/semantic_tree.hpp"

namespace otbasy::ui {

// What every widget needs, passed down explicitly (no statics).
struct Ui {
    AppState& state;
    SemanticTree& tree;
    const Fonts& fonts;
    const Palette& pal;
    const Strings& strings;
    const Content& content;
    const Action* action = nullptr;  // this frame's outside action, if any
    bool action_used = false;

    const std::string& t(std::string_view key) const { return strings.get(state.lang, key); }
    // True (once) when this frame's outside action names `id`.
    bool take_action(const std::string& id, std::string* value = nullptr);
};

enum class ButtonKind { primary, secondary, quiet, danger };

// Containers: push a semantic parent; pair each begin with its end.
void begin_group(Ui& ui, const std::string& id, Role role, const std::string& label = "");
void end_group(Ui& ui);

void heading(Ui& ui, const std::string& id, const std::string& text, int level = 1);
void paragraph(Ui& ui, const std::string& id, const std::string& text, bool muted = false);
// `selected`: the chosen one of several (a guide answer given before, an order type): announced as pressed.
bool button(Ui& ui, const std::string& id, const std::string& label, ButtonKind kind = ButtonKind::secondary,
            float width = 0.0f, bool selected = false);
// A large full-width tile: a title and one line of explanation. Returns true when pressed.
bool tile(Ui& ui, const std::string& id, const std::string& title, const std::string& description);
// One of several options shown side by side (a radio group); returns the index pressed, or -1. `option_langs`:
// each option's language when it differs from the page's (the language switch: ҚАЗ is Kazakh).
int segmented(Ui& ui, const std::string& id, const std::string& label, const std::vector<std::string>& options,
              int selected, const std::vector<std::string>& option_langs = {});
// A square button with a drawn house, for narrow screens; `label` is what a screen reader says.
bool icon_home_button(Ui& ui, const std::string& id, const std::string& label);
// The width a button() with this label takes, and a SameLine() only when a widget that wide still fits the column
// (otherwise the next widget starts a new line): side-by-side buttons wrap on a phone instead of running off.
float button_width(Ui& ui, const std::string& label);
void same_line_if_fits(float next_width);
// A thin rule between sections.
void separator(Ui& ui);
void vspace(float css_px);

}  // namespace otbasy::ui

namespace otbasy::ui {

// [SECTION] Fields. Editing happens in a real <input> that the platform places over the field (mobile keyboards,
// Kazakh layouts, IME, paste, screen readers); the canvas draws the field, its label and its error. Tests and the
// accessibility DOM set the value with act(id, text). Returns true when the text changed this frame.
// A field takes at most `max_length` characters (0: 32 for numbers and dates, 256 for text), in the <input> and
// here, and says so under the field when the limit is reached. `error` is shown only once the person has changed
// or left the field (and not while typing in it); shown errors are listed by error_summary().
enum class InputMode { text, decimal, numeric, date };
bool text_field(Ui& ui, const std::string& id, const std::string& label, std::string& text, InputMode mode,
                const std::string& error = "", const std::string& hint = "", int max_length = 0);
int default_max_length(InputMode mode);

// Where a form cannot give its result yet: the errors shown above, each a link that takes the person to its field;
// or, when nothing is marked, `fill_in` (what to do to see the result) as a calm note.
void error_summary(Ui& ui, const std::string& id, const std::string& fill_in);

bool checkbox(Ui& ui, const std::string& id, const std::string& label, bool& checked);

// [SECTION] Rich text: words flow and wrap; a term run is underlined and opens its card when pressed.
struct TextRun {
    enum class Kind { plain, term, strong } kind = Kind::plain;
    std::string text;
    std::string ref;  // a term id for Kind::term
};
// Draws runs as one wrapped paragraph. Returns the ref of a pressed term, or "".
// `large`: in the heading size (the question of a guide step); `heading_level` > 0: the text is a heading of that
// level for assistive technology (the question is the step's h1).
std::string rich_paragraph(Ui& ui, const std::string& id, const std::vector<TextRun>& runs, bool muted = false,
                           bool large = false, int heading_level = 0);

// A card that opens over the screen (glossary term, citation); returns false when closed.
bool begin_card_popup(Ui& ui, const std::string& id, const std::string& title);
void end_card_popup(Ui& ui);

// A section that opens and closes; returns true while open.
bool disclosure(Ui& ui, const std::string& id, const std::string& label, bool default_open = false);

// [SECTION] Data.
struct TableColumn {
    std::string header;
    bool numeric = false;  // right-aligned
};
void table(Ui& ui, const std::string& id, const std::string& label, const std::vector<TableColumn>& columns,
           const std::vector<std::vector<std::string>>& rows, int highlight_last_rows = 0);

struct Bar {
    std::string label;  // under the bar (short)
    double value = 0;   // drawing only: heights are proportions of the largest bar, never money arithmetic
    std::string value_text;
};
// A bar chart; `summary` is what a screen reader hears.
void bar_chart(Ui& ui, const std::string& id, const std::string& summary, const std::vector<Bar>& bars,
               float height = 180.0f);

// A tinted notice box (status, warning, error) with wrapped text. An error is an alert (announced at once); `live`
// makes the notice the screen's one polite status (announced when it changes: the estimate's total); any other
// notice is read in place.
enum class Tone { info, warning, error, success };
void notice(Ui& ui, const std::string& id, const std::string& text, Tone tone = Tone::info, bool live = false);

// The current content column's width (CSS px).
float column_width();

}  // namespace otbasy::ui
