// Everything the UI shows is a function of this state (hello_imgui's discipline: no statics).
// Layer: ui.
#pragma once

#include <deque>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/base/date.hpp"
#include "core/guide/session.hpp"
#include "core/i18n/lang.hpp"
#include "ui/screens/document_state.hpp"
#include "core/triage/triage.hpp"

namespace otbasy::ui {

using core::i18n::Lang;

enum class Screen { home, guide, estimator, arrears, settings, about, document };
enum class ThemeKind { light, dark, contrast };

// An action from outside the pixel path: the accessibility DOM, window.otbasy.act(), or a test.
struct Action {
    std::string id;     // a semantic node id
    std::string value;  // text for a textbox, "" for a press
};

// A request from the UI to the platform, executed after the frame.
struct Effect {
    // print: the static text version of a topic (value: its path). print_document: the filled-in document (value:
    // its model as JSON) printed through the browser from a print-only page; clear_print removes that page.
    // save_docx: value {"file", "date", "parts": [[name, text], …]} zipped by the lazily loaded zip module.
    // load_documents: fetch the documents' templates and court list, then act("documents.loaded").
    enum class Kind {
        lang_changed, open_url, quick_exit, theme_changed, edit_text, save_file, open_file, print,
        focus,          // move the page's focus to the mirror element of node `value` ("" leaves the mirror)
        title,          // the document's title is `value`
        history_push, history_back,
        apply_update,   // value: the session as JSON, handed over to the new version's page
        forget_device,  // delete the offline copy and the service worker
        print_document, clear_print, save_docx, load_documents,
        fetch_asset,    // value: a file of the site fetched on demand (App::asset_arrived gets its bytes)
        timer,          // after after_ms the platform sends the action `value` with the text `target`
    };
    Kind kind = Kind::lang_changed;
    std::string value;
    // edit_text: where the platform places a real <input> over the field (CSS px), what it holds and how to type.
    std::string target;
    float x = 0, y = 0, w = 0, h = 0;
    std::string input_mode;  // "text" | "decimal" | "numeric" | "date"
    // fetch_asset: `value` names a file of the site fetched on demand; the platform hands its bytes back to
    // App::asset_arrived. timer: after `after_ms` the platform sends the action `value` with the text `target`.
    int after_ms = 0;
    int max_length = 0;      // edit_text: the most characters the field takes
    int serial = 0;          // history_push: the in-memory entry the browser's history entry stands for

    static Effect of(Kind kind, std::string value = "") {
        Effect e;
        e.kind = kind;
        e.value = std::move(value);
        return e;
    }
};

// The estimator's inputs exactly as typed: nothing typed is ever lost, even when it does not parse.
struct IncomeRow {
    std::string amount;
    bool gross = false;
};
struct OrderRow {
    int kind = 0;  // index into estimator order kinds: share, fixed_mrp, fixed_tenge, mixed, student, spouse, disabled_child
    std::string children = "1";
    std::string custom_share;  // a share the court set ("1/5"), optional
    std::string mrp;
    std::string tenge;
    std::string set_on;
};
struct EstimatorState {
    std::vector<IncomeRow> income{IncomeRow{}};
    int payer = 0;  // working, not_working, prison_not_working, prison_working
    std::vector<OrderRow> orders{OrderRow{}};
    std::string compare_mrp = "10";  // the fixed sum shown beside a share, in МРП
};

// The arrears calculator's inputs as typed.
struct PaymentRow {
    std::string date;
    std::string amount;
};
struct ArrearsState {
    std::string from;         // first month due, "MM.YYYY" or "YYYY-MM"; or the day it runs from, "DD.MM.YYYY"
    std::string ends_on;      // optional: the day alimony stopped (e.g. the child's 18th birthday)
    int mode = 0;             // what is due each month: 0 a sum in tenge, 1 a share of income, 2 a sum in МРП
    std::string monthly_due;  // mode 0: tenge a month
    std::string children = "1";  // mode 1
    std::string income;          // mode 1: the payer's monthly income
    bool income_gross = false;   // mode 1: before taxes
    std::string mrp;             // mode 2: a number of МРП
    std::string due_day = "10";
    int due_in = 0;              // 0: by due_day of the next month; 1: of the same month
    std::string presented_on;    // optional: the day the writ or agreement was presented
    bool wanted = false;         // the payer was on the wanted list
    bool penalty = true;         // count the 0.1 %-a-day penalty (only when the debt is the payer's fault)
    std::vector<PaymentRow> payments;
};

// The situation box ("Describe your situation in your own words"): what was typed and what the app read from it.
// Nothing here is stored or sent anywhere; the quick exit throws the page away with it.
struct TriageState {
    static constexpr std::size_t max_text = 1000;  // bytes the box keeps (a situation, not a letter)
    std::string text;               // as typed
    std::string read;               // the text the outcome below is of
    int token = 0;                  // counts changes: the debounce timer's action carries the count it was set for
    bool was_editing = false;       // the box was being edited last frame (Enter or leaving it reads at once)
    enum class ModelState { none, loading, ready, failed } model = ModelState::none;
    std::optional<core::triage::Outcome> outcome;
    std::set<std::string> facts_off;  // facts the person said are wrong
    std::string topic;                // a topic the person picked instead of the best guess, or ""
    bool all_topics = false;          // the whole topic list is open
    int prefilled = 0;                // answers the guide was opened with from the box (said atop the guide)
    std::string prefilled_topic;      // … in this topic
    bool keep_choices = false;        // the next reading keeps facts_off and topic (handed over with the text)
};

// What the platform tells the UI about the page (App::platform_event): the offline copy and a waiting new version.
enum class OfflineState { unknown, unavailable, preparing, ready, failed, forgotten };
struct PlatformStatus {
    OfflineState offline = OfflineState::unknown;
    bool update_ready = false;  // a new version is installed and waits for the person's go-ahead
    // A language the person chose whose texts could not be downloaded (offline, and not in the offline copy): said
    // above every screen while that language is chosen, with a way to try again. "" when none.
    std::string lang_missing;
};

// Where the person is, as the browser's Back button sees it: one entry per screen, guide step, review or preview.
// Kept in memory only; the history entry carries nothing but a serial number.
struct Location {
    Screen screen = Screen::home;
    std::string topic;    // the guide topic being walked ("" when none)
    std::string node;     // its current step
    bool review = false;
    std::string preview;  // a result opened from search
    bool operator==(const Location& o) const {
        return screen == o.screen && topic == o.topic && node == o.node && review == o.review && preview == o.preview;
    }
    bool operator!=(const Location& o) const { return !(*this == o); }
};

// A problem the platform met while doing what the person asked (a popup or a download the embedding page blocks).
struct PlatformNotice {
    std::string key;     // catalog key of the message, "" when none
    std::string detail;  // e.g. the address that could not be opened
};

// A field whose value has a message this frame: the error summary lists them and links to each.
struct FieldError {
    std::string id, label, message;
};

struct AppState {
    Lang lang = Lang::kk;
    Screen screen = Screen::home;
    ThemeKind theme = ThemeKind::light;
    int text_scale_percent = 100;  // 100, 115, 130, 150

    // Today's date, from the platform: the date parameters are read for. Core never reads a clock.
    core::Date today = *core::Date::from_ymd(2026, 1, 1);

    // [SECTION] Guide
    std::optional<core::guide::Session> guide;  // the topic being walked, if any
    std::set<std::string> ticked_documents;      // "<result id>#<index>"
    bool guide_review = false;                   // showing the review of answers
    std::string guide_preview;                   // a result opened from search, shown on its own
    std::string guide_pending;                   // a topic chosen before the content had arrived: opened then
    std::string search_query;
    std::string load_message;     // a catalog key when a saved file could not be opened
    std::string pending_prefill;  // an estimator input (JSON) a guide result asked to open the estimator with

    TriageState triage;
    EstimatorState estimator;
    ArrearsState arrears;
    DocumentState document;  // names, ИИН, addresses: memory only

    PlatformStatus platform;

    std::deque<Action> actions;  // consumed by the widgets they name, one frame at a time
    std::string editing;         // id of the text field being edited in the platform's <input>, or ""
    std::set<std::string> touched;  // fields the person has changed or left: only these show their errors
    std::string reveal_field;       // a field to scroll into view (and edit) next frame, from the error summary
    bool reveal_editing = false;    // scroll the field being edited into the visible area (keyboard, resize)
    // The part of the canvas the person can see (CSS px), narrower than the canvas while an on-screen keyboard
    // covers it or the page is pinch-zoomed.
    float visible_top = 0.0f, visible_bottom = 1e9f;
    std::vector<FieldError> field_errors;  // filled by the fields drawn this frame
    PlatformNotice platform_notice;
    // The embedding page (if any) told us what its sandbox allows; unknown otherwise.
    bool downloads_blocked = false;
    std::string open_popup;      // id of the open glossary/citation card, or ""
    std::vector<Effect> effects;
    int frames_requested = 0;    // extra frames the UI wants (settling after a change)
};

inline constexpr int text_scales[] = {100, 115, 130, 150};

}  // namespace otbasy::ui
