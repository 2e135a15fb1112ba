// The per-frame semantic tree. Layer: ui.
#include "ui/widgets/semantic_tree.hpp"

#include <nlohmann/json.hpp>

namespace otbasy::ui {

const char* role_name(Role role) {
    switch (role) {
        case Role::screen: return "main";
        case Role::banner: return "banner";
        case Role::heading: return "heading";
        case Role::paragraph: return "paragraph";
        case Role::button: return "button";
        case Role::link: return "link";
        case Role::radio: return "radio";
        case Role::checkbox: return "checkbox";
        case Role::textbox: return "textbox";
        case Role::list: return "list";
        case Role::listitem: return "listitem";
        case Role::table: return "table";
        case Role::row: return "row";
        case Role::cell: return "cell";
        case Role::alert: return "alert";
        case Role::status: return "status";
        case Role::group: return "group";
        case Role::dialog: return "dialog";
        case Role::image: return "img";
        case Role::switcher: return "switch";
        case Role::columnheader: return "columnheader";
    }
    return "group";
}

int SemanticTree::add(SemanticNode node) {
    node.parent = stack_.empty() ? -1 : stack_.back();
    nodes_.push_back(std::move(node));
    return static_cast<int>(nodes_.size()) - 1;
}

SemanticNode* SemanticTree::find(const std::string& id) {
    for (auto& n : nodes_)
        if (n.id == id) return &n;
    return nullptr;
}

const SemanticNode* SemanticTree::find(const std::string& id) const {
    for (auto& n : nodes_)
        if (n.id == id) return &n;
    return nullptr;
}

std::string SemanticTree::to_json() const {
    nlohmann::json out = nlohmann::json::array();
    static constexpr struct {
        StateFlag flag;
        const char* name;
    } flags[] = {{state_checked, "checked"},   {state_selected, "selected"}, {state_disabled, "disabled"},
                 {state_expanded, "expanded"}, {state_invalid, "invalid"},   {state_focused, "focused"},
                 {state_current, "current"}};
    for (const auto& n : nodes_) {
        nlohmann::json state = nlohmann::json::array();
        for (auto& f : flags)
            if (n.state & f.flag) state.push_back(f.name);
        out.push_back({{"id", n.id},
                       {"role", role_name(n.role)},
                       {"label", n.label},
                       {"value", n.value},
                       {"description", n.description},
                       {"state", state},
                       {"parent", n.parent},
                       {"rect", {n.x, n.y, n.w, n.h}}});
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace otbasy::ui
