// The template engine: document texts are content (assets/documents/*.json) with conditions and placeholders; this
// file parses them, checks them against the fields a document type fills, and renders them into a Document.
// Layer: core/documents. Pure: a template and a data context in, blocks of runs out.
//
// A text (one per language) may hold, besides plain words:
//   {path}              the value of a field of the context ("{claimant.name}", "{child.birth_date}")
//   {?cond|yes|no}      a choice: the first text when the condition holds, else the second (either may be empty)
//   {cite:id|words}     a citation: shows the words, records the citation id ("{cite:gpk-135|статьи 135 ГПК}")
//   {cite:@path}        a citation whose id is a field's value (the basis of a state duty that changes by date);
//                       shows the words the caller gives for that id (its short label)
//   {w:dict:path}       the word list `dict` of the template's "words" for the field's value ("{w:share:x.share}"),
//                       or the value itself when the list has no entry for it
//   **…**               bold
// A condition: field paths (true when the value is true, a non-empty text or list, a non-zero number), `!`, `&&`,
// `||`, parentheses, and `path == 'value'` / `path != 'value'`.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/json_read.hpp"
#include "core/base/result.hpp"
#include "core/documents/model.hpp"
#include "core/i18n/lang.hpp"

namespace otbasy::core::documents {

// ---- Conditions -------------------------------------------------------------------------------------------------

struct Expr {
    enum class Op { field, equals, not_equals, negate, all, any };
    Op op = Op::field;
    std::string path;     // field, equals, not_equals
    std::string literal;  // equals, not_equals
    std::vector<Expr> args;  // negate (one), all, any
};

// "a && !(b || c.d == 'x')". Errors name the position.
Result<Expr> parse_expr(std::string_view text);
// Every field path the condition reads.
void expr_paths(const Expr& e, std::vector<std::string>& out);

// ---- Texts ------------------------------------------------------------------------------------------------------

struct Piece {
    enum class Kind { text, field, choice, cite, words };
    Kind kind = Kind::text;
    std::string text;  // text: the words; field, words: the path; cite: the id ("@path" for a field's value)
    std::string dict;  // words: the word list's name
    bool bold = false;  // text, field, words: inside **…**
    std::optional<Expr> cond;     // choice
    std::vector<Piece> yes, no;   // choice: the two texts; cite: the words shown
};

Result<std::vector<Piece>> parse_text(std::string_view text);

// ---- Templates --------------------------------------------------------------------------------------------------

using i18n::Lang;

// A text in the two languages documents are filed in.
struct DocText {
    std::string kk, ru;
    const std::string& get(Lang lang) const { return lang == Lang::kk ? kk : ru; }
};

struct Column {
    DocText header;
    DocText cell;
    DocText footer;  // optional: the total row's cell
    bool numeric = false;
};

struct BlockSpec {
    std::string id;
    BlockKind kind = BlockKind::paragraph;
    std::string condition_text;     // as written ("" = always)
    std::optional<Expr> condition;
    std::string each, as;           // repeat for every element of the list field `each`, named `as`
    std::string list;               // item: the numbered list it belongs to ("requests")
    bool page_break = false;
    DocText text;
    std::vector<Column> columns;    // table: one per column; `each`/`as` give the rows
};

struct AnnexSpec {
    std::string id;
    std::string condition_text;
    std::optional<Expr> condition;
    DocText text;
};

struct Template {
    std::string type;  // = the file name: "court_order" (its name in the app: i18n "documents.type.<type>.title")
    DocText file_stem;            // ASCII, for the download's name
    DocText doc_title;            // the title written into the file's properties
    std::map<std::string, std::map<std::string, std::map<std::string, std::string>>> words;  // lang → dict → key → text
    std::vector<BlockSpec> blocks;
    std::vector<AnnexSpec> annexes;
};

// Parses one template file (assets/documents/<type>.json). Errors carry the file and the block.
Result<Template> parse_template(std::string_view json_text, const std::string& file);

// ---- Field schemas ----------------------------------------------------------------------------------------------

// What a document type fills: a JSON object whose leaves are "text", "flag", "number" or "cite", whose objects
// nest, and whose lists are {"[]": {…the fields of one element…}}. The template may read only these.
// Checks a template against the schema: every placeholder, condition, list and citation field exists and has the
// right kind; every citation id resolves (through `cite_exists`); every word list used exists in both languages;
// every text is present in kk and ru. Returns every problem found.
Errors check_template(const Template& t, const Json& schema, const std::string& file,
                      const std::function<bool(std::string_view)>& cite_exists);

// ---- Rendering --------------------------------------------------------------------------------------------------

struct RenderOptions {
    Lang lang = Lang::ru;
    // The words shown for {cite:@path}: the cited act and article in the document's language.
    std::function<std::string(std::string_view cite_id)> cite_label;
};

// Renders the annex list: every annex whose condition holds, except the ids in `off`, then `extra` texts the person
// added. Returns [{"id","text"}, …] for the context's "annexes" field.
Result<Json> render_annexes(const Template& t, const Json& context, const RenderOptions& options,
                            const std::set<std::string>& off, const std::vector<std::string>& extra);

// Renders every block of the template with the context. Errors ("documents.render.*") name the block and the field:
// a missing field, a field of the wrong kind.
Result<Document> render(const Template& t, const Json& context, const RenderOptions& options);

// Truthiness and evaluation, exposed for tests.
bool truthy(const Json* value);
bool evaluate(const Expr& e, const Json& context);

}  // namespace otbasy::core::documents
