// From a person's answers to a filled-in document: reads and checks the input (one validation for the CLI and the
// app), takes amounts from the estimator or the arrears schedule, the state duty from the dated parameters, the
// court from the dated list, and renders the template in Kazakh or Russian. Layer: core/documents.
//
// Input (JSON, the same for `otbasy-cli document` and the app's form), by type — see README "otbasy-cli document":
//   every type: "date" (of the document), optional "place", "annexes_off" (ids), "annexes_extra" (texts),
//               "expected_children" (how many children earlier answers gave)
//   court_order         court, claimant, defendant, children, parent_recorded, defendant_abroad, marriage, estimate
//   alimony_claim       court, claimant, defendant, children, claim, marriage, circumstances, estimate
//   divorce_claim       court, claimant, defendant, marriage, children, consent, reasons, arrangement,
//                       agreement_date, residence_claim, alimony, estimate, property, wife_pregnant, wife_consents
//   alimony_agreement   place, recipient, payer, children, agreement, estimate
//   mediated_agreement  place, party1, party2, mediator, children, residence, contact, alimony, other, estimate
//   bailiff_application office, claimant, debtor, children, enforcement, requests, arrears
// A person: {"name", "iin", "birth_date", "address", "phone", "email", "work"}; a child: {"name", "birth_date",
// "iin"}; a court: {"id"} from law/courts.json or {"name", "address"} typed; "estimate": {"income", "payer"} as
// for `otbasy-cli alimony` (the orders come from the document); "arrears": as for `otbasy-cli arrears` without
// "as_of".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/base/json_read.hpp"
#include "core/base/result.hpp"
#include "core/documents/library.hpp"
#include "core/documents/model.hpp"
#include "core/i18n/lang.hpp"
#include "core/law/parameters.hpp"
#include "core/law/sources.hpp"

namespace otbasy::core::documents {

struct BuildEnv {
    const Library& library;
    const law::ParameterSet& params;
    const law::Sources& sources;
    // The estimator's step texts (assets/i18n/alimony/<lang>.json) in the document's language, for the working
    // attached as an annex. Null: the annex lists the steps by their ids.
    const i18n::Catalog* alimony_texts = nullptr;
};

struct Built {
    Document doc;
    // What the document says, as data, for tests and the CLI's JSON: {"type", "lang", "court", "parties",
    // "children", "amounts", "duty", "annexes", "citations"}.
    Json facts;
    // Things the person should know that do not stop the document (a count that differs from earlier answers, an
    // agreement that cannot be checked without the payer's income, a parameter not confirmed): {path, code, message}.
    Errors warnings;
};

// Builds the document. Errors (bad input) carry the input path ("claimant.iin", "children[1].birth_date") and a
// code with a message in every UI language ("documents.error.iin_checksum"; the estimator's own codes for
// "estimate.*" and "arrears.*").
Result<Built> build_document(std::string_view type, i18n::Lang lang, const Json& input, const BuildEnv& env);

// The fields a type's context holds (see template.hpp, "Field schemas"): what the template may read.
Json context_schema(std::string_view type);

// Every input path a type accepts (for the links' prefills and the app's form): "claimant.name", "consent", …
std::vector<std::string> input_paths(std::string_view type);

// The short form of a full name for the signature line: "Асқарова Айгүл Болатқызы" → "Асқарова А.Б.".
std::string short_name(std::string_view full_name);

// Money written in documents: "150 000,00" (no-break spaces between thousands, a decimal comma, no sign).
std::string money_text(Money m);
// A date written in documents: "02.03.2026".
std::string date_text(Date d);

// Whether an input path holds something that identifies a person or their family (a name, ИИН, birth date,
// address, phone, e-mail, workplace, bank account, a registry record, free text about their life).
bool is_personal_path(std::string_view path);

// Personal fields of an input (names, ИИН, addresses, phones, e-mails, workplaces, children's names and birth
// dates): removed from a saved-answers file unless the person asks to keep them.
Json without_personal_data(const Json& input);

}  // namespace otbasy::core::documents
