// Keyboard focus, its ring, and where each view starts. Layer: ui.
//
// The accessible mirror (web/loader.js) holds the page's real focus: each of its elements stands for a semantic
// node, so Tab, Shift+Tab, Enter and Space are the browser's own, screen readers and keyboards share one focus, and
// focus leaves the app at either end as on any page (also inside an iframe). The platform tells this class which
// node's element has focus and whether the person is using the keyboard; this class draws the ring around that
// node on the canvas and scrolls it into view.
//
// A view is what one screen shows (a screen, a guide step, the review, an open card). When the view changes, the
// new one starts at its top and focus moves to its heading (the question, on a guide step), or to the first field
// that holds something typed wrong, scrolled into view, when the view opens with one; a closed card gives
// focus back to what opened it; a control that disappears (a removed row) passes focus to the one before it.
// Everything happens in one place, after the frame, from the semantic tree: no widget needs to know.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "ui/app_state.hpp"

namespace otbasy::ui {

struct Ui;
class SemanticTree;

enum class ScrollKey { line_up, line_down, page_up, page_down, top, bottom };

class Focus {
public:
    // [SECTION] From the platform.
    // The mirror element of node `id` got focus ("" when focus left the mirror); `visible`: show the ring (the
    // person is using the keyboard, not a pointer).
    void set(std::string id, bool visible);
    void set_visible(bool visible) { visible_ = visible; }
    // A key that scrolls the content (arrows, Page Up/Down, Home/End, Space on a non-control).
    void scroll(ScrollKey key) { key_scroll_ = static_cast<int>(key); }

    // [SECTION] From App::frame, in this order.
    void before_content(AppState& state);  // just before the scrolling content window begins
    void in_content();                     // just after it began
    void end_frame(Ui& ui);                // after every window ended, before rendering

    const std::string& id() const { return id_; }
    bool visible() const { return visible_; }

    // The key of the view the state shows: a change moves focus to the new view's heading.
    static std::string view_key(const AppState& state);
    // The node a new view's focus goes to: the first heading of an open card, else of the screen, else its first
    // node; -1 if the tree has none.
    static int view_heading(const SemanticTree& tree, bool in_card);

private:
    void move_to(Ui& ui, const std::string& id, bool scroll);

    std::string id_;           // the focused node, or ""
    bool visible_ = true;      // keyboard in use: the ring is drawn
    bool scroll_into_view_ = false;
    std::string view_;         // view_key() of the last frame
    bool started_ = false;     // the first view is not a change (focus is not taken on load)
    bool pending_heading_ = false;
    bool scroll_top_ = false;
    std::string popup_;        // the card open in the last frame
    std::string opener_;       // what had focus when the card opened
    std::vector<std::string> before_;  // the interactive nodes before the focused one, nearest first
    std::string before_of_;            // whose they are
    int before_at_ = -1;               // and at which index of the tree
    std::string title_;        // the document title last asked for
    int key_scroll_ = -1;      // a ScrollKey waiting to be applied
    float scroll_to_ = -1.0f;  // a content scroll position to apply in the next frame
    ImVec2 content_min_{0, 0}, content_max_{0, 0};
    float scroll_y_ = 0.0f, scroll_max_ = 0.0f;
};

}  // namespace otbasy::ui
