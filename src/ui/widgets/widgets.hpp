// The semantic widget layer: screens draw only through these. Each widget draws with Dear ImGui and appends a
// node to the frame's semantic tree, and answers actions addressed to its stable id (window.otbasy.act, the
// accessibility DOM, tests). Labels are "visible text###stable_id", so switching language keeps widget state.
// Layer: ui.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ui/app_state.hpp"
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
bool button(Ui& ui, const std::string& id, const std::string& label, ButtonKind kind = ButtonKind::secondary,
            float width = 0.0f);
// A large full-width tile: a title and one line of explanation. Returns true when pressed.
bool tile(Ui& ui, const std::string& id, const std::string& title, const std::string& description);
// One of several options shown side by side; returns the index pressed, or -1.
int segmented(Ui& ui, const std::string& id, const std::string& label, const std::vector<std::string>& options,
              int selected);
// A square button with a drawn house, for narrow screens; `label` is what a screen reader says.
bool icon_home_button(Ui& ui, const std::string& id, const std::string& label);
// A thin rule between sections.
void separator(Ui& ui);
void vspace(float css_px);

}  // namespace otbasy::ui
