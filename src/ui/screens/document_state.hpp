// What the person typed for a document, kept as typed (nothing is ever lost on a mistake) and only in memory: never
// in the URL, never in storage; quick exit and "start again" forget it. Layer: ui.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace otbasy::ui {

struct DocPerson {
    std::string name, iin, birth_date, address, phone, email, work;
};

struct DocChild {
    std::string name, birth_date, iin;
};

struct DocPayment {
    std::string date, amount;
};

struct DocumentState {
    std::string type;       // a document type, or "" for the list of documents
    int doc_lang = -1;      // 0 kk, 1 ru; -1: the language of the app (Russian when the app is in English)
    bool preview = false;   // the filled-in document is shown
    bool attempted = false; // the person asked for the document once: from then on, mistakes show under the fields
    std::string from;       // what opened it: a guide result id, "estimator", "arrears", "home"
    std::string date, place;
    std::string court_id;   // a court of the list; "" with court_typed for a court typed by the person
    bool court_typed = false;
    std::string court_name, court_address;
    std::map<std::string, DocPerson> people;     // by role: "claimant", "defendant", "payer", "recipient", …
    std::vector<DocChild> children;
    std::map<std::string, std::string> fields;   // every other answer by its input path ("claim.form", …)
    std::vector<DocPayment> payments;            // bailiff: the payments received (arrears)
    std::set<std::string> annexes_off;           // annexes the person left out
    std::vector<std::string> annexes_extra;      // annexes the person added
    bool keep_personal = false;                  // the saved-answers file keeps names, ИИН and addresses
    std::string message;                         // a catalog key to show once (a file that could not be opened)

    // The templates and the court list arrive when a document is first opened (not on the first visit).
    bool library_requested = false;
};

}  // namespace otbasy::ui
