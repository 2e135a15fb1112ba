// One person's walk through a topic: answers keyed by question id, the path they produce, and a cursor on it.
// Layer: core/guide. GOV.UK Smart Answers is the model: the path is recomputed from the start by following the
// answers, so going Back and changing an answer can never leave a stale route behind.
//
// - answer(option) answers the current question and moves to the node it leads to.
// - back() moves one step up the path; every answer is kept. Re-choosing the same option keeps the rest of the
//   path as it was; choosing another one routes elsewhere, and the answers to questions no longer on the path stay
//   in memory (they come back if the person returns to that branch) but are not shown in the review.
// - jump(node) moves to any node on the current path (a visited step); restart() forgets everything.
// - to_json/from_json save and resume; from_json rejects unknown topics, nodes and options with errors.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/json_read.hpp"
#include "core/base/result.hpp"
#include "core/guide/model.hpp"

namespace otbasy::core::guide {

struct ReviewItem {
    const Node* question = nullptr;
    const Option* option = nullptr;
};

class Session {
public:
    static constexpr int schema = 1;

    // A new session at the topic's start. Errors: unknown topic ("session.topic"), a topic without a usable start
    // ("session.start").
    static Result<Session> start(const Guide& guide, std::string_view topic_id);

    const Topic& topic() const { return *topic_; }
    // The node ids from the start, following the answers through questions and information nodes, up to the first
    // unanswered question or a result. Never loops, never leaves the topic.
    const std::vector<std::string>& path() const { return path_; }
    // The node the person is on.
    const Node& current() const;
    std::size_t position() const { return cursor_; }  // index of current() in path()
    bool at_result() const { return current().type == NodeType::result; }
    bool can_go_back() const { return cursor_ > 0; }

    // The option chosen for a question, on the path or not ("" when none).
    std::string answer_of(std::string_view question_id) const;
    const std::map<std::string, std::string, std::less<>>& answers() const { return answers_; }

    // Answers the current question. Errors: the current node is not a question ("session.not_question"), no such
    // option ("session.option").
    Result<bool> answer(std::string_view option_id);
    // From an information node to its next node. Errors: not an information node ("session.not_info").
    Result<bool> proceed();
    // One step back along the path; false at the start.
    bool back();
    // To a node on the current path. Error "session.not_visited" otherwise.
    Result<bool> jump(std::string_view node_id);
    void restart();

    // The answered questions on the path, in order, with the options chosen.
    std::vector<ReviewItem> review() const;

    // {"schema":1,"topic":"divorce","answers":{"q_…":"yes"},"current":"q_…"}
    Json to_json() const;
    static Result<Session> from_json(const Guide& guide, const Json& state);
    static Result<Session> from_json_text(const Guide& guide, std::string_view text);

private:
    explicit Session(const Topic& topic) : topic_(&topic) {}
    void recompute();

    const Topic* topic_;  // owned by the Guide, which must outlive the session
    std::map<std::string, std::string, std::less<>> answers_;
    std::vector<std::string> path_;
    std::size_t cursor_ = 0;
};

// Replays answers in order from the topic's start: information nodes are passed through, each answer must be to
// the question the walk has reached ("session.replay" otherwise, naming where the walk is). Trailing information
// nodes are passed through too, so a complete walk ends on a result. Used by path tests and `guide walk`.
struct Answer {
    std::string node;
    std::string option;
};
Result<Session> replay(const Guide& guide, std::string_view topic_id, const std::vector<Answer>& answers);

}  // namespace otbasy::core::guide
