// The question-and-answer guide as data: topics of nodes (questions, information, results), the glossary, and the
// loader that reads them from assets/guide/. Layer: core/guide. Nodes route; wording lives in the assets; the
// checker (checker.hpp) proves the routes sound before anyone sees them.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/assets.hpp"
#include "core/base/json_read.hpp"
#include "core/base/result.hpp"
#include "core/i18n/lang.hpp"

namespace otbasy::core::guide {

using i18n::LocalizedText;

// One problem found in the content: which file, which node (or glossary term), which field, what. The checker and
// the loader report these; `to_error()` gives the core Error ("guide/divorce.json: nodes[3].options[1].next").
struct Issue {
    std::string file;     // "guide/divorce.json"
    std::string node;     // "q_divorce_children", a glossary term id, or "" for the file itself
    std::string field;    // "nodes[3].options[1].next"
    std::string code;     // stable id: "guide.next", "guide.cycle", "cite.article", …
    std::string message;  // English, for the CLI and the logs
    Error to_error() const;
    std::string to_string() const;  // "guide/divorce.json: q_divorce_children: nodes[3]…: message [code]"
};
using Issues = std::vector<Issue>;

enum class NodeType { question, info, result };
std::string_view type_name(NodeType t);

struct Option {
    std::string id;  // unique within its question: "yes", "court"
    LocalizedText label;
    std::string next;
};

// An action a result offers: open the estimator (optionally prefilled with an estimator input) or the arrears tool.
struct Action {
    std::string type;  // "estimator" | "arrears"
    Json prefill;      // null when absent; otherwise the object given in the content
};

struct Node {
    std::string id;
    NodeType type = NodeType::question;
    std::size_t index = 0;  // position in the topic file's "nodes" (for messages)

    // question and info
    LocalizedText text;
    std::optional<LocalizedText> help;  // question: "why we ask"
    std::vector<Option> options;        // question
    std::string next;                   // info

    // result
    LocalizedText title;
    LocalizedText law;
    std::optional<LocalizedText> where;
    std::vector<LocalizedText> documents;
    std::vector<LocalizedText> terms;
    std::vector<LocalizedText> next_steps;
    std::vector<Action> actions;

    std::vector<std::string> citations;  // info and result

    const Option* option(std::string_view id) const;
    // The text a list or a search hit shows for the node: the question, the information, the result's title.
    const LocalizedText& heading() const { return type == NodeType::result ? title : text; }
};

struct Topic {
    std::string id;    // "divorce" (= the file name)
    std::string file;  // "guide/divorce.json"
    int order = 0;
    LocalizedText title;
    LocalizedText summary;
    std::string start;
    std::vector<Node> nodes;  // as in the file

    const Node* find(std::string_view node_id) const;
    const Node* start_node() const { return find(start); }

    // Rebuilds the id → index map (after nodes change).
    void reindex();

private:
    std::map<std::string, std::size_t, std::less<>> index_;
};

struct GlossaryTerm {
    std::string id;  // "alimony"
    std::size_t index = 0;
    LocalizedText term;
    LocalizedText definition;
    std::vector<std::string> citations;
};

struct Glossary {
    std::vector<GlossaryTerm> terms;  // as in glossary.json
    const GlossaryTerm* find(std::string_view id) const;
    void reindex();

private:
    std::map<std::string, std::size_t, std::less<>> index_;
};

struct Guide {
    std::vector<Topic> topics;  // in topics.json order
    Glossary glossary;
    std::vector<std::string> listed;  // topic ids as listed in topics.json (incl. ones whose file failed)

    const Topic* topic(std::string_view id) const;
    // The node with this id in any topic, and the topic that holds it.
    const Node* node(std::string_view id, const Topic** topic_out = nullptr) const;
    void reindex();

private:
    std::map<std::string, std::pair<std::size_t, std::size_t>, std::less<>> node_index_;  // id → (topic, node)
};

inline constexpr const char* guide_dir = "guide/";
inline constexpr const char* topics_file = "guide/topics.json";
inline constexpr const char* glossary_file = "guide/glossary.json";

// Parsing one file. Shape errors are appended to `issues` (with file and node id); whatever could be read is
// returned, so that the checker can go on and report every other problem too. Nodes without a usable id and
// type are dropped (with an issue).
std::optional<Topic> parse_topic(std::string_view json_text, const std::string& file, Issues& issues);
std::optional<Glossary> parse_glossary(std::string_view json_text, const std::string& file, Issues& issues);
// topics.json → the topic ids in order.
std::vector<std::string> parse_topic_list(std::string_view json_text, const std::string& file, Issues& issues);

// Reads topics.json, every topic it lists and glossary.json. Returns what it could read, and every issue.
struct LoadedGuide {
    Guide guide;
    Issues issues;
};
LoadedGuide load_guide_partial(const AssetReader& assets);

// The app's loader: the guide, or every issue as errors.
Result<Guide> load_guide(const AssetReader& assets);

Errors to_errors(const Issues& issues);

}  // namespace otbasy::core::guide
