// A walk through a topic. Layer: core/guide.
#include "core/guide/session.hpp"

#include <algorithm>
#include <set>

namespace otbasy::core::guide {

Result<Session> Session::start(const Guide& guide, std::string_view topic_id) {
    const Topic* t = guide.topic(topic_id);
    if (!t) return make_error("topic", "session.topic", "no topic \"" + std::string(topic_id) + "\"");
    if (!t->start_node()) return make_error("topic", "session.start", "topic \"" + t->id + "\" has no start node");
    Session s(*t);
    s.recompute();
    return s;
}

void Session::recompute() {
    path_.clear();
    std::set<std::string, std::less<>> seen;
    const Node* n = topic_->start_node();
    while (n && seen.insert(n->id).second) {
        path_.push_back(n->id);
        const std::string* next = nullptr;
        if (n->type == NodeType::question) {
            auto a = answers_.find(n->id);
            const Option* o = a == answers_.end() ? nullptr : n->option(a->second);
            if (o) next = &o->next;
        } else if (n->type == NodeType::info) {
            next = &n->next;
        }
        n = next ? topic_->find(*next) : nullptr;
    }
    if (path_.empty()) path_.push_back(topic_->start);  // unreachable: start() checked the start node
    if (cursor_ >= path_.size()) cursor_ = path_.size() - 1;
}

const Node& Session::current() const {
    const Node* n = topic_->find(path_[cursor_]);
    return n ? *n : topic_->nodes.front();
}

std::string Session::answer_of(std::string_view question_id) const {
    auto it = answers_.find(question_id);
    return it == answers_.end() ? std::string() : it->second;
}

Result<bool> Session::answer(std::string_view option_id) {
    const Node& n = current();
    if (n.type != NodeType::question)
        return make_error(n.id, "session.not_question", "the current node is not a question");
    if (!n.option(option_id))
        return make_error(n.id, "session.option", "no option \"" + std::string(option_id) + "\"");
    answers_[n.id] = std::string(option_id);
    recompute();
    if (cursor_ + 1 < path_.size()) ++cursor_;
    return true;
}

Result<bool> Session::proceed() {
    const Node& n = current();
    if (n.type != NodeType::info) return make_error(n.id, "session.not_info", "the current node is not information");
    if (cursor_ + 1 < path_.size()) ++cursor_;
    return true;
}

bool Session::back() {
    if (cursor_ == 0) return false;
    --cursor_;
    return true;
}

Result<bool> Session::jump(std::string_view node_id) {
    auto it = std::find(path_.begin(), path_.end(), node_id);
    if (it == path_.end())
        return make_error(std::string(node_id), "session.not_visited", "is not a step on the current path");
    cursor_ = static_cast<std::size_t>(it - path_.begin());
    return true;
}

void Session::restart() {
    answers_.clear();
    cursor_ = 0;
    recompute();
}

std::vector<ReviewItem> Session::review() const {
    std::vector<ReviewItem> out;
    for (const auto& id : path_) {
        const Node* n = topic_->find(id);
        if (!n || n->type != NodeType::question) continue;
        auto a = answers_.find(id);
        if (a == answers_.end()) continue;
        if (const Option* o = n->option(a->second)) out.push_back(ReviewItem{n, o});
    }
    return out;
}

Json Session::to_json() const {
    Json answers = Json::object();
    for (const auto& [q, o] : answers_) answers[q] = o;
    return Json{{"schema", schema}, {"topic", topic_->id}, {"answers", answers}, {"current", path_[cursor_]}};
}

Result<Session> Session::from_json(const Guide& guide, const Json& state) {
    Errors errors;
    if (!state.is_object()) return make_error("", "type", "a saved session must be a JSON object");
    JsonReader r(state, "", errors);
    r.check_schema(schema);
    auto topic_id = r.string("topic");
    auto current = r.string("current", false);
    auto answers = r.object("answers");
    if (!errors.empty() || !topic_id) return errors;
    auto s = start(guide, *topic_id);
    if (!s) return s.errors();
    Session session = std::move(s).value();
    for (auto& [q, o] : answers->node().items()) {
        std::string path = "answers." + q;
        const Node* n = session.topic_->find(q);
        if (!n || n->type != NodeType::question) {
            errors.push_back(make_error(path, "session.node",
                                        "no question \"" + q + "\" in topic \"" + session.topic_->id + "\""));
            continue;
        }
        if (!o.is_string() || !n->option(o.get<std::string>())) {
            errors.push_back(make_error(path, "session.option", "not an option of question \"" + q + "\""));
            continue;
        }
        session.answers_[q] = o.get<std::string>();
    }
    if (!errors.empty()) return errors;
    session.recompute();
    if (current) {
        auto j = session.jump(*current);
        if (!j) return make_error("current", "session.not_visited", "\"" + *current + "\" is not on the saved path");
    } else {
        session.cursor_ = session.path_.size() - 1;
    }
    return session;
}

Result<Session> Session::from_json_text(const Guide& guide, std::string_view text) {
    auto j = parse_json(text, "");
    if (!j) return j.errors();
    return from_json(guide, *j);
}

namespace {
// Passes information nodes until a question or a result (or the end of what the answers reach).
void pass_info(Session& s) {
    while (s.current().type == NodeType::info) {
        std::size_t before = s.position();
        s.proceed();
        if (s.position() == before) break;
    }
}
}  // namespace

Result<Session> replay(const Guide& guide, std::string_view topic_id, const std::vector<Answer>& answers) {
    auto started = Session::start(guide, topic_id);
    if (!started) return started.errors();
    Session s = std::move(started).value();
    for (std::size_t i = 0; i < answers.size(); ++i) {
        pass_info(s);
        const std::string where = "answers[" + std::to_string(i) + "]";
        if (s.current().id != answers[i].node)
            return make_error(where, "session.replay",
                              "answers \"" + answers[i].node + "\" but the walk is at \"" + s.current().id + "\"");
        auto r = s.answer(answers[i].option);
        if (!r) return make_error(where, r.errors()[0].code, answers[i].node + ": " + r.errors()[0].message);
    }
    pass_info(s);
    return s;
}

}  // namespace otbasy::core::guide
