// The document model, its JSON and its standalone HTML page. Layer: core/documents.
#include "core/documents/model.hpp"

namespace otbasy::core::documents {

namespace {

constexpr std::pair<BlockKind, std::string_view> kind_names[] = {
    {BlockKind::addressee, "addressee"}, {BlockKind::title, "title"},       {BlockKind::subtitle, "subtitle"},
    {BlockKind::paragraph, "paragraph"}, {BlockKind::item, "item"},         {BlockKind::demand, "demand"},
    {BlockKind::heading, "heading"},     {BlockKind::signature, "signature"}, {BlockKind::table, "table"},
};

std::string runs_html(const std::vector<Run>& runs) {
    std::string out;
    for (const auto& r : runs) {
        std::string t = html_escape(r.text);
        out += r.bold ? "<strong>" + t + "</strong>" : t;
    }
    return out;
}

// The runs split at the first tab: the signature line's left and right parts.
std::pair<std::vector<Run>, std::vector<Run>> split_at_tab(const std::vector<Run>& runs) {
    std::pair<std::vector<Run>, std::vector<Run>> out;
    bool right = false;
    for (const auto& r : runs) {
        if (right) {
            out.second.push_back(r);
            continue;
        }
        auto tab = r.text.find('\t');
        if (tab == std::string::npos) {
            out.first.push_back(r);
            continue;
        }
        if (tab > 0) out.first.push_back(Run{r.text.substr(0, tab), r.bold});
        if (tab + 1 < r.text.size()) out.second.push_back(Run{r.text.substr(tab + 1), r.bold});
        right = true;
    }
    return out;
}

const char* page_css = R"css(
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
html { background: #fff; color: #000; }
body { margin: 0; }
.otbasy-doc { font-family: "Times New Roman", "Liberation Serif", "Noto Serif", serif; font-size: 14pt;
  line-height: 1.35; max-width: 165mm; margin: 0 auto; padding: 12mm 0; }
.otbasy-doc p { margin: 0 0 6pt; }
.otbasy-doc .addressee { margin-left: 50%; }
.otbasy-doc .addressee p { margin: 0 0 2pt; text-align: left; }
.otbasy-doc .title { font-size: 14pt; font-weight: bold; text-align: center; margin: 18pt 0 4pt; }
.otbasy-doc .subtitle { text-align: center; margin-bottom: 12pt; }
.otbasy-doc .paragraph { text-align: justify; text-indent: 1.25cm; }
.otbasy-doc .item { text-align: justify; text-indent: 1.25cm; }
.otbasy-doc .demand { text-align: center; font-weight: bold; margin: 12pt 0 6pt; }
.otbasy-doc .heading { font-weight: bold; margin-top: 12pt; }
.otbasy-doc .signature { display: flex; justify-content: space-between; margin-top: 24pt; }
.otbasy-doc table { border-collapse: collapse; width: 100%; font-size: 11pt; margin: 6pt 0; }
.otbasy-doc th, .otbasy-doc td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
.otbasy-doc th { font-weight: bold; text-align: center; }
.otbasy-doc td.num { text-align: right; white-space: nowrap; }
.otbasy-doc tfoot td { font-weight: bold; }
.otbasy-doc .page-break { break-before: page; page-break-before: always; }
)css";

}  // namespace

std::string_view block_kind_name(BlockKind kind) {
    for (const auto& [k, n] : kind_names)
        if (k == kind) return n;
    return "paragraph";
}

std::optional<BlockKind> parse_block_kind(std::string_view name) {
    for (const auto& [k, n] : kind_names)
        if (n == name) return k;
    return std::nullopt;
}

std::string Block::plain() const {
    std::string s = number > 0 ? std::to_string(number) + ". " : "";
    for (const auto& r : runs) s += r.text;
    return s;
}

const Block* Document::find(std::string_view block_id) const {
    for (const auto& b : blocks)
        if (b.id == block_id) return &b;
    return nullptr;
}

std::string Document::plain() const {
    std::string out;
    auto cells = [&out](const std::vector<TableCell>& row) {
        for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "\t" : "") + row[i].text;
        out += '\n';
    };
    for (const auto& b : blocks) {
        if (b.kind == BlockKind::table) {
            cells(b.header);
            for (const auto& r : b.rows) cells(r);
            if (!b.footer.empty()) cells(b.footer);
            continue;
        }
        out += b.plain();
        out += '\n';
    }
    return out;
}

Json to_json(const Document& doc) {
    Json blocks = Json::array();
    auto cells = [](const std::vector<TableCell>& row) {
        Json r = Json::array();
        for (const auto& c : row) r.push_back({{"text", c.text}, {"numeric", c.numeric}});
        return r;
    };
    for (const auto& b : doc.blocks) {
        Json j = {{"id", b.id}, {"kind", std::string(block_kind_name(b.kind))}};
        if (b.kind == BlockKind::table) {
            j["header"] = cells(b.header);
            Json rows = Json::array();
            for (const auto& r : b.rows) rows.push_back(cells(r));
            j["rows"] = std::move(rows);
            if (!b.footer.empty()) j["footer"] = cells(b.footer);
        } else {
            Json runs = Json::array();
            for (const auto& r : b.runs) runs.push_back({{"text", r.text}, {"bold", r.bold}});
            j["runs"] = std::move(runs);
        }
        if (b.number > 0) j["number"] = b.number;
        if (b.page_break) j["page_break"] = true;
        blocks.push_back(std::move(j));
    }
    return {{"type", doc.type},
            {"lang", std::string(i18n::code(doc.lang))},
            {"title", doc.title},
            {"file", doc.file_stem},
            {"date", doc.date.to_string()},
            {"blocks", std::move(blocks)},
            {"citations", doc.citations}};
}

std::optional<Document> document_from_json(const Json& j) {
    if (!j.is_object() || !j.contains("blocks") || !j["blocks"].is_array()) return std::nullopt;
    auto str = [](const Json& o, const char* k) {
        return o.is_object() && o.contains(k) && o[k].is_string() ? o[k].get<std::string>() : std::string();
    };
    auto flag = [](const Json& o, const char* k) {
        return o.is_object() && o.contains(k) && o[k].is_boolean() && o[k].get<bool>();
    };
    auto cells = [&str, &flag](const Json& row) {
        std::vector<TableCell> out;
        if (row.is_array())
            for (const auto& c : row) out.push_back({str(c, "text"), flag(c, "numeric")});
        return out;
    };
    Document doc;
    doc.type = str(j, "type");
    doc.lang = i18n::parse_lang(str(j, "lang")).value_or(i18n::Lang::ru);
    doc.title = str(j, "title");
    doc.file_stem = str(j, "file");
    if (auto d = Date::parse(str(j, "date"))) doc.date = *d;
    for (const auto& b : j["blocks"]) {
        Block block;
        block.id = str(b, "id");
        block.kind = parse_block_kind(str(b, "kind")).value_or(BlockKind::paragraph);
        block.number = b.is_object() && b.contains("number") && b["number"].is_number_integer() ? b["number"].get<int>() : 0;
        block.page_break = flag(b, "page_break");
        if (b.is_object() && b.contains("runs") && b["runs"].is_array())
            for (const auto& r : b["runs"]) block.runs.push_back({str(r, "text"), flag(r, "bold")});
        if (b.is_object() && b.contains("header")) block.header = cells(b["header"]);
        if (b.is_object() && b.contains("rows") && b["rows"].is_array())
            for (const auto& row : b["rows"]) block.rows.push_back(cells(row));
        if (b.is_object() && b.contains("footer")) block.footer = cells(b["footer"]);
        doc.blocks.push_back(std::move(block));
    }
    if (j.contains("citations") && j["citations"].is_array())
        for (const auto& c : j["citations"])
            if (c.is_string()) doc.citations.push_back(c.get<std::string>());
    return doc;
}

std::string to_html(const Document& doc) {
    std::string out = "<!doctype html>\n<html lang=\"" + std::string(i18n::code(doc.lang)) +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
                      "initial-scale=1\">\n<title>" + html_escape(doc.title) + "</title>\n<style>" + page_css +
                      "</style>\n</head>\n<body>\n<article class=\"otbasy-doc\">\n";
    bool in_addressee = false;
    for (const auto& b : doc.blocks) {
        if (in_addressee && b.kind != BlockKind::addressee) {
            out += "</div>\n";
            in_addressee = false;
        }
        const std::string brk = b.page_break ? " page-break" : "";
        const std::string id = " data-block=\"" + html_escape(b.id) + "\"";
        switch (b.kind) {
            case BlockKind::addressee:
                if (!in_addressee) out += "<div class=\"addressee\">\n";
                in_addressee = true;
                out += "<p" + id + ">" + runs_html(b.runs) + "</p>\n";
                break;
            case BlockKind::title:
                out += "<h1 class=\"title" + brk + "\"" + id + ">" + runs_html(b.runs) + "</h1>\n";
                break;
            case BlockKind::heading:
                out += "<h2 class=\"heading" + brk + "\"" + id + ">" + runs_html(b.runs) + "</h2>\n";
                break;
            case BlockKind::signature: {
                auto [left, right] = split_at_tab(b.runs);
                out += "<p class=\"signature" + brk + "\"" + id + "><span>" + runs_html(left) + "</span><span>" +
                       runs_html(right) + "</span></p>\n";
                break;
            }
            case BlockKind::table: {
                out += "<table class=\"" + std::string(b.page_break ? "page-break" : "") + "\"" + id + ">\n<thead><tr>";
                for (const auto& c : b.header) out += "<th>" + html_escape(c.text) + "</th>";
                out += "</tr></thead>\n<tbody>\n";
                for (const auto& row : b.rows) {
                    out += "<tr>";
                    for (const auto& c : row)
                        out += std::string(c.numeric ? "<td class=\"num\">" : "<td>") + html_escape(c.text) + "</td>";
                    out += "</tr>\n";
                }
                out += "</tbody>\n";
                if (!b.footer.empty()) {
                    out += "<tfoot><tr>";
                    for (const auto& c : b.footer)
                        out += std::string(c.numeric ? "<td class=\"num\">" : "<td>") + html_escape(c.text) + "</td>";
                    out += "</tr></tfoot>\n";
                }
                out += "</table>\n";
                break;
            }
            default: {
                std::string num = b.number > 0 ? std::to_string(b.number) + ". " : "";
                out += "<p class=\"" + std::string(block_kind_name(b.kind)) + brk + "\"" + id + ">" + html_escape(num) +
                       runs_html(b.runs) + "</p>\n";
            }
        }
    }
    if (in_addressee) out += "</div>\n";
    out += "</article>\n</body>\n</html>\n";
    return out;
}

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default:
                // XML 1.0 forbids most control characters; a tab or newline stays, the rest is dropped.
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
                out += static_cast<char>(c);
        }
    }
    return out;
}

}  // namespace otbasy::core::documents
