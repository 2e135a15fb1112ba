// A filled-in document as data: blocks of runs (heading block, title, body, requests, annexes, signature, tables),
// from which the preview, the printable page, the .docx and the HTML are all produced. Layer: core/documents.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/base/date.hpp"
#include "core/base/json_read.hpp"
#include "core/i18n/lang.hpp"

namespace otbasy::core::documents {

struct Run {
    std::string text;
    bool bold = false;
};

// How a block is laid out. Every output (preview, print, .docx, HTML) maps each kind to the same appearance.
enum class BlockKind {
    addressee,  // the heading block: to which court or office, from whom, against whom (right half of the page)
    title,      // the document's name: centred, bold, capitals as written
    subtitle,   // under the title: centred
    paragraph,  // body text: justified, first line indented
    item,       // a numbered item (requests, clauses, annexes): "1. …"
    demand,     // «ПРОШУ:» / «СҰРАЙМЫН:»: centred, bold
    heading,    // a section heading inside the body or an appendix: bold, left
    signature,  // a line with a left part (date) and a right part (signature); split at the first tab
    table,      // an appendix table (the arrears schedule)
};
std::string_view block_kind_name(BlockKind kind);
std::optional<BlockKind> parse_block_kind(std::string_view name);

struct TableCell {
    std::string text;
    bool numeric = false;  // right-aligned
};

struct Block {
    std::string id;  // the template block's id; repeated blocks get ".1", ".2", … ("child.2")
    BlockKind kind = BlockKind::paragraph;
    std::vector<Run> runs;
    int number = 0;         // item: its number within its list (1, 2, …)
    bool page_break = false;  // starts on a new page (appendices)
    // table
    std::vector<TableCell> header;
    std::vector<std::vector<TableCell>> rows;
    std::vector<TableCell> footer;

    std::string plain() const;  // the runs' text, with the item number ("2. …") when numbered
};

struct Document {
    std::string type;  // "court_order", …
    i18n::Lang lang = i18n::Lang::ru;
    Date date;              // the document's date (also the date written on the .docx's parts)
    std::string title;      // the document's title as plain text (the file's title)
    std::string file_stem;  // "sudebnyj-prikaz-2026-03-02": the download name without extension (ASCII)
    std::vector<Block> blocks;
    std::vector<std::string> citations;  // every citation id the text cites, in order of first appearance

    const Block* find(std::string_view block_id) const;
    std::string plain() const;  // every block's plain text, one per line; tables row by row, cells tab-separated
};

// {"type","lang","title","file","blocks":[{"id","kind","runs":[{"text","bold"}],"number","page_break","header",
// "rows","footer"}],"citations"}: what the platform's print view and the tests read.
Json to_json(const Document& doc);

// The model read back from to_json() (the app reads the document the documents module returns). Lenient about
// what is absent; nullopt when it is not a document at all.
std::optional<Document> document_from_json(const Json& j);

// A whole HTML page (its own styles, A4 print rules, no scripts, nothing fetched): what `otbasy-cli document
// --format html` writes. Every text is escaped.
std::string to_html(const Document& doc);

std::string html_escape(std::string_view text);
std::string xml_escape(std::string_view text);

}  // namespace otbasy::core::documents
