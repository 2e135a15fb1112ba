// WordprocessingML parts from the document model. Layer: core/documents.
#include "core/documents/docx.hpp"

namespace otbasy::core::documents {

namespace {

const char* const xml_head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char* const ns_w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

std::string lang_tag(i18n::Lang lang) { return lang == i18n::Lang::kk ? "kk-KZ" : lang == i18n::Lang::ru ? "ru-RU" : "en-GB"; }

// One run; tabs and line breaks inside the text become their own elements.
std::string run_xml(const std::string& text, bool bold) {
    std::string props = bold ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : "";
    std::string out;
    std::string chunk;
    auto flush = [&]() {
        if (chunk.empty()) return;
        out += "<w:r>" + props + "<w:t xml:space=\"preserve\">" + xml_escape(chunk) + "</w:t></w:r>";
        chunk.clear();
    };
    for (char c : text) {
        if (c == '\t') {
            flush();
            out += "<w:r>" + props + "<w:tab/></w:r>";
        } else if (c == '\n') {
            flush();
            out += "<w:r>" + props + "<w:br/></w:r>";
        } else {
            chunk += c;
        }
    }
    flush();
    return out;
}

std::string style_id(BlockKind k) {
    switch (k) {
        case BlockKind::addressee: return "OtbasyAddressee";
        case BlockKind::title: return "OtbasyTitle";
        case BlockKind::subtitle: return "OtbasySubtitle";
        case BlockKind::paragraph: return "OtbasyBody";
        case BlockKind::item: return "OtbasyItem";
        case BlockKind::demand: return "OtbasyDemand";
        case BlockKind::heading: return "OtbasyHeading";
        case BlockKind::signature: return "OtbasySignature";
        case BlockKind::table: return "OtbasyTable";
    }
    return "OtbasyBody";
}

std::string paragraph_xml(const Block& b) {
    std::string p = "<w:p><w:pPr><w:pStyle w:val=\"" + style_id(b.kind) + "\"/>";
    if (b.page_break) p += "<w:pageBreakBefore/>";
    p += "</w:pPr>";
    if (b.number > 0) p += run_xml(std::to_string(b.number) + ". ", false);
    for (const auto& r : b.runs) p += run_xml(r.text, r.bold);
    return p + "</w:p>";
}

std::string cell_xml(const TableCell& c, int width, bool bold) {
    return "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle "
           "w:val=\"OtbasyTable\"/>" + std::string(c.numeric ? "<w:jc w:val=\"right\"/>" : "") + "</w:pPr>" +
           run_xml(c.text, bold) + "</w:p></w:tc>";
}

std::string table_xml(const Block& b) {
    std::string out;
    if (b.page_break) out += "<w:p><w:pPr><w:pageBreakBefore/></w:pPr></w:p>";
    const int n = b.header.empty() ? 1 : static_cast<int>(b.header.size());
    const int width = PageSetup::text_width / n;
    out += "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>";
    for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"})
        out += std::string("<w:") + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
    out += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right "
           "w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>";
    for (int i = 0; i < n; ++i) out += "<w:gridCol w:w=\"" + std::to_string(width) + "\"/>";
    out += "</w:tblGrid>";
    out += "<w:tr><w:trPr><w:tblHeader/></w:trPr>";
    for (const auto& c : b.header) {
        TableCell h = c;
        h.numeric = false;
        out += cell_xml(h, width, true);
    }
    out += "</w:tr>";
    for (const auto& row : b.rows) {
        out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
        for (const auto& c : row) out += cell_xml(c, width, false);
        out += "</w:tr>";
    }
    if (!b.footer.empty()) {
        out += "<w:tr>";
        for (const auto& c : b.footer) out += cell_xml(c, width, true);
        out += "</w:tr>";
    }
    return out + "</w:tbl>";
}

std::string document_xml(const Document& doc) {
    std::string body;
    for (const auto& b : doc.blocks) body += b.kind == BlockKind::table ? table_xml(b) : paragraph_xml(b);
    return std::string(xml_head) + "<w:document xmlns:w=\"" + ns_w +
           "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>" + body +
           "<w:sectPr><w:pgSz w:w=\"" + std::to_string(PageSetup::width_twips) + "\" w:h=\"" +
           std::to_string(PageSetup::height_twips) + "\"/><w:pgMar w:top=\"" + std::to_string(PageSetup::margin_top) +
           "\" w:right=\"" + std::to_string(PageSetup::margin_right) + "\" w:bottom=\"" +
           std::to_string(PageSetup::margin_bottom) + "\" w:left=\"" + std::to_string(PageSetup::margin_left) +
           "\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
}

std::string para_style(const std::string& id, const std::string& name, const std::string& ppr, const std::string& rpr = "") {
    return "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name +
           "\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>" + ppr + "</w:pPr>" +
           (rpr.empty() ? "" : "<w:rPr>" + rpr + "</w:rPr>") + "</w:style>";
}

std::string styles_xml(i18n::Lang lang) {
    const std::string font = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New "
                             "Roman\" w:eastAsia=\"Times New Roman\"/>";
    const std::string size = "<w:sz w:val=\"" + std::to_string(PageSetup::font_half_points) + "\"/><w:szCs w:val=\"" +
                             std::to_string(PageSetup::font_half_points) + "\"/>";
    const std::string half = std::to_string(PageSetup::text_width / 2);
    const std::string right_tab = std::to_string(PageSetup::text_width);
    return std::string(xml_head) + "<w:styles xmlns:w=\"" + ns_w + "\"><w:docDefaults><w:rPrDefault><w:rPr>" + font +
           size + "<w:lang w:val=\"" + lang_tag(lang) + "\" w:eastAsia=\"" + lang_tag(lang) + "\" w:bidi=\"" +
           lang_tag(lang) + "\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"276\" "
           "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
           "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:rPr>" +
           font + size + "</w:rPr></w:style>" +
           para_style("OtbasyAddressee", "Otbasy Addressee", "<w:spacing w:after=\"40\"/><w:ind w:left=\"" + half + "\"/>") +
           para_style("OtbasyTitle", "Otbasy Title", "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"60\"/><w:jc w:val=\"center\"/>",
                      "<w:b/><w:bCs/>") +
           para_style("OtbasySubtitle", "Otbasy Subtitle", "<w:keepNext/><w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/>") +
           para_style("OtbasyBody", "Otbasy Body", "<w:spacing w:after=\"120\"/><w:ind w:firstLine=\"709\"/><w:jc w:val=\"both\"/>") +
           para_style("OtbasyItem", "Otbasy Item", "<w:spacing w:after=\"80\"/><w:ind w:firstLine=\"709\"/><w:jc w:val=\"both\"/>") +
           para_style("OtbasyDemand", "Otbasy Demand", "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"center\"/>",
                      "<w:b/><w:bCs/>") +
           para_style("OtbasyHeading", "Otbasy Heading", "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>",
                      "<w:b/><w:bCs/>") +
           para_style("OtbasySignature", "Otbasy Signature",
                      "<w:tabs><w:tab w:val=\"right\" w:pos=\"" + right_tab + "\"/></w:tabs><w:spacing w:before=\"480\"/>") +
           para_style("OtbasyTable", "Otbasy Table", "<w:spacing w:after=\"0\"/>", "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>") +
           "</w:styles>";
}

}  // namespace

std::vector<Part> docx_parts(const Document& doc) {
    std::vector<Part> parts;
    parts.push_back({"[Content_Types].xml",
                     std::string(xml_head) +
                         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                         "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                         "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                         "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
                         "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                         "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
                         "</Types>"});
    parts.push_back({"_rels/.rels",
                     std::string(xml_head) +
                         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                         "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                         "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
                         "</Relationships>"});
    parts.push_back({"word/_rels/document.xml.rels",
                     std::string(xml_head) +
                         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                         "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
                         "</Relationships>"});
    parts.push_back({"word/document.xml", document_xml(doc)});
    parts.push_back({"word/styles.xml", styles_xml(doc.lang)});
    parts.push_back({"word/settings.xml", std::string(xml_head) + "<w:settings xmlns:w=\"" + ns_w +
                                              "\"><w:defaultTabStop w:val=\"709\"/><w:characterSpacingControl "
                                              "w:val=\"doNotCompress\"/><w:themeFontLang w:val=\"" + lang_tag(doc.lang) +
                                              "\"/></w:settings>"});
    // The file's properties name the document, never the person: no author, no names.
    parts.push_back({"docProps/core.xml",
                     std::string(xml_head) +
                         "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>" + xml_escape(doc.title) +
                         "</dc:title><dc:language>" + lang_tag(doc.lang) + "</dc:language></cp:coreProperties>"});
    parts.push_back({"docProps/app.xml",
                     std::string(xml_head) +
                         "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                         "<Application>Otbasy Komek</Application></Properties>"});
    return parts;
}

}  // namespace otbasy::core::documents
