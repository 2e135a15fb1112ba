// The per-frame semantic tree: every widget appends a node (role, label, value, state, stable id).
// Layer: ui. It serves the accessibility mirror (a hidden DOM kept in sync by the platform), the tests
// (find and press by role and name) and the JSON snapshot exposed as window.otbasy.snapshot().
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace otbasy::ui {

// `status` is the one polite live region of a screen (what a screen reader announces when it changes, e.g. the
// estimate's total); `note` is a notice that is only read in place; `alert` is an error, announced at once.
enum class Role { screen, banner, heading, paragraph, button, link, radio, checkbox, textbox, list, listitem,
                  table, row, cell, columnheader, alert, status, note, group, radiogroup, dialog, image, switcher };
const char* role_name(Role role);

enum StateFlag : std::uint32_t {
    state_none = 0,
    state_checked = 1u << 0,
    state_selected = 1u << 1,
    state_disabled = 1u << 2,
    state_expanded = 1u << 3,
    state_invalid = 1u << 4,
    state_focused = 1u << 5,
    state_current = 1u << 6,  // the current step or screen
    state_collapsed = 1u << 7,  // a disclosure that can open (state_expanded when open)
};

struct SemanticNode {
    std::string id;           // stable, language-independent ("home.open_guide")
    Role role = Role::group;
    std::string label;        // what a screen reader says (in the current language)
    std::string value;        // the field's value, the heading level, a link's URL
    std::string description;  // help text or an error message tied to the node
    std::uint32_t state = state_none;
    int parent = -1;
    // A run inside a text (a glossary term in a paragraph or heading): its byte offset in the parent's label, which
    // holds the whole text as drawn. The mirror rebuilds the text as text and link elements in this order. -1: none.
    int at = -1;
    std::string lang;  // a BCP 47 code when the label is in another language than the page ("kk" on ҚАЗ)
    // A text field's keyboard ("decimal", "numeric", "date", "text") and longest value in characters, so that the
    // mirror's <input> takes what the field takes. Empty and 0 for other nodes.
    std::string input_mode;
    int max_length = 0;
    float x = 0, y = 0, w = 0, h = 0;  // CSS pixels in the canvas
    bool interactive() const {
        return role == Role::button || role == Role::link || role == Role::radio || role == Role::checkbox ||
               role == Role::textbox || role == Role::switcher;
    }
};

class SemanticTree {
public:
    void clear() { nodes_.clear(); stack_.clear(); }
    int add(SemanticNode node);         // under the current parent; returns its index
    void push(int index) { stack_.push_back(index); }
    void pop() { if (!stack_.empty()) stack_.pop_back(); }
    const std::vector<SemanticNode>& nodes() const { return nodes_; }
    SemanticNode* find(const std::string& id);
    const SemanticNode* find(const std::string& id) const;
    // [{"id","role","label","value","description","state":[...],"parent","rect"}], plus "at" (a run's offset in its
    // parent's label, in UTF-16 code units as JavaScript counts them) and "lang" when set.
    std::string to_json() const;

private:
    std::vector<SemanticNode> nodes_;
    std::vector<int> stack_;
};

}  // namespace otbasy::ui
