// The short form of a document: only what that document needs, prefilled from the guide, the estimator or the
// arrears calculator, every answer kept as typed. It turns the typed answers into the core's input (the same JSON as
// `otbasy-cli document`) and shows each mistake under its field in the person's language. Layer: ui.
#pragma once

#include <map>
#include <string>

#include "core/base/json_read.hpp"
#include "ui/widgets/widgets.hpp"

namespace otbasy::ui {

// Messages to show, by field id ("doc.children.1.birth_date"): a catalog key or, for the estimator's codes with
// arguments, a text already rendered.
struct FieldMessages {
    std::map<std::string, std::string> by_field;  // field id → message text
    std::vector<std::string> unplaced;            // messages whose field is not on the form
};

// "children[1].birth_date" → "doc.children.1.birth_date".
std::string field_id(const std::string& input_path);

// Builds the core input from the state without drawing (for the preview, print and .docx). Typing mistakes the form
// would show are returned in `format_errors` (field id → catalog key).
core::Json document_input(const DocumentState& doc, core::Date today, std::map<std::string, std::string>& format_errors);

// The document's state for the session handed over across an update (see ui/handover.hpp): everything typed,
// names and ИИН included (memory to memory only), the court, annexes, the preview flag. Restoring ignores a value
// of the wrong type and leaves the state as it was when the JSON is not a document's.
core::Json document_session_json(const DocumentState& doc);
void document_session_restore(const core::Json& j, DocumentState& doc);

// Draws the form of the state's document type. `messages`: what to show under the fields (empty before the person
// first asks for the document).
void draw_document_form(Ui& ui, const FieldMessages& messages);

}  // namespace otbasy::ui
