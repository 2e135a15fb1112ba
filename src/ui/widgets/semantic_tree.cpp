// The per-frame semantic tree. Layer: ui.
#include "ui/widgets/semantic_tree.hpp"

#include <nlohmann/json.hpp>

namespace otbasy::ui {
namespace {

// UTF-16 code units in the first `bytes` bytes of a UTF-8 string (4-byte sequences are surrogate pairs).
int utf16_units(const std::string& s, std::size_t bytes) {
    int units = 0;
    for (std::size_t i = 0; i < bytes && i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
    }
    return units;
}

}  // namespace

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
        case Role::columnheader: return "columnheader";
        case Role::alert: return "alert";
        case Role::status: return "status";
        case Role::note: return "note";
        case Role::group: return "group";
        case Role::radiogroup: return "radiogroup";
        case Role::dialog: return "dialog";
        case Role::image: return "img";
        case Role::switcher: return "switch";
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
                 {state_current, "current"},   {state_collapsed, "collapsed"}};
    for (const auto& n : nodes_) {
        nlohmann::json state = nlohmann::json::array();
        for (auto& f : flags)
            if (n.state & f.flag) state.push_back(f.name);
        nlohmann::json node = {{"id", n.id},
                               {"role", role_name(n.role)},
                               {"label", n.label},
                               {"value", n.value},
                               {"description", n.description},
                               {"state", state},
                               {"parent", n.parent},
                               {"rect", {n.x, n.y, n.w, n.h}}};
        if (n.at >= 0 && n.parent >= 0)
            node["at"] = utf16_units(nodes_[static_cast<std::size_t>(n.parent)].label, static_cast<std::size_t>(n.at));
        if (!n.lang.empty()) node["lang"] = n.lang;
        if (!n.input_mode.empty()) node["inputmode"] = n.input_mode;
        if (n.max_length > 0) node["maxlength"] = n.max_length;
        out.push_back(std::move(node));
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace otbasy::ui
