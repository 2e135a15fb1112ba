// The parts of a .docx (WordprocessingML, ECMA-376) produced from the document model: paragraphs with their
// styles, bold runs, tables for the appendices, Times New Roman 14 pt, an A4 page with court margins. Layer:
// core/documents. Pure text: packing the parts into the zip file is done by the zip library (src/zip).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/documents/model.hpp"

namespace otbasy::core::documents {

struct Part {
    std::string name;  // "word/document.xml"; "[Content_Types].xml" comes first
    std::string data;
};

std::vector<Part> docx_parts(const Document& doc);

// The page and type the .docx and the printable page share: A4, margins 20 mm top and bottom, 30 mm left, 15 mm
// right (twentieths of a point for WordprocessingML), 14 pt text.
struct PageSetup {
    static constexpr int width_twips = 11906, height_twips = 16838;
    static constexpr int margin_top = 1134, margin_bottom = 1134, margin_left = 1701, margin_right = 850;
    static constexpr int text_width = width_twips - margin_left - margin_right;
    static constexpr int font_half_points = 28;
};

}  // namespace otbasy::core::documents
