// The situation box: "Describe your situation in your own words". On the home screen and atop the guide's topics.
// Layer: ui. Reading lives in core::triage (safety words, facts, the classifier, facts → guide answers); the
// wording in assets/i18n/triage/; this file draws and keeps what the person confirmed.
//
// Flow: the first use of the box asks the platform for the classifier (fetched once, kept offline like any file).
// The text is read when typing pauses (a one-off platform timer that comes back as an action, so an idle page draws
// nothing), on Enter and on leaving the box. Safety words bring the help numbers first. Then the likely topic(s)
// with a plain confidence, or, below the threshold, the three closest topics and the whole list, never a silent
// guess; the facts picked up, each one a tick the person can take off; then the guide opens at the step those
// answers lead to (each answer visible and changeable with Back), or the estimator opens with the numbers.
#include <algorithm>
#include <cstdio>
#include <iterator>
#include <string>
#include <vector>

#include "core/base/money.hpp"
#include "core/i18n/format.hpp"
#include "core/triage/triage.hpp"
#include "ui/app.hpp"
#include "ui/screens/screens.hpp"

namespace otbasy::ui {
namespace {

namespace triage = core::triage;
using Model = TriageState::ModelState;

constexpr int read_after_ms = 450;        // a pause in typing this long reads the text
constexpr std::size_t max_text = TriageState::max_text;  // bytes kept of the box; cut at a character

std::string tr(const Ui& ui, const core::i18n::LocalizedText& t) { return t.get(ui.state.lang); }

std::string fill(std::string text, const std::string& name, const std::string& value) {
    const std::string key = "{" + name + "}";
    for (auto at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
        text.replace(at, key.size(), value);
    return text;
}

// Cuts at most `max` bytes without splitting a UTF-8 character.
void clamp_utf8(std::string& s, std::size_t max) {
    if (s.size() <= max) return;
    std::size_t n = max;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    s.resize(n);
}

const core::guide::Topic* topic_of(const Ui& ui, const std::string& id) { return ui.content.guide.topic(id); }

// The facts the person kept (all picked up, less those ticked off).
triage::Facts kept_facts(const TriageState& t) {
    triage::Facts out;
    if (!t.outcome) return out;
    for (const auto& [k, v] : t.outcome->facts)
        if (!t.facts_off.count(k)) out[k] = v;
    return out;
}

// The topic the guide would open: the person's pick, else the best guess when it is not "unsure".
std::string chosen_topic(const TriageState& t) {
    if (!t.topic.empty()) return t.topic;
    if (t.outcome && t.outcome->confidence != triage::Confidence::unsure && !t.outcome->topics.empty())
        return t.outcome->topics[0].topic;
    return "";
}

std::string fact_label(const Ui& ui, const std::string& name, const std::string& value) {
    if (name == "children" || name == "months_unpaid") return fill(ui.t("triage.fact." + name), "n", value);
    if (name == "monthly") {
        auto m = core::Money::parse(value);
        return fill(ui.t("triage.fact.monthly"), "amount",
                    m ? core::i18n::format_money(*m, ui.state.lang, false) : value);
    }
    return ui.t("triage.fact." + name + "." + value);
}

void request_model(Ui& ui) {
    auto& t = ui.state.triage;
    if (t.model != Model::none) return;
    t.model = Model::loading;
    ui.state.effects.push_back(Effect::of(Effect::Kind::fetch_asset, App::triage_model_file));
}

void read_now(Ui& ui) {
    auto& t = ui.state.triage;
    if (t.read == t.text && t.outcome) return;
    t.read = t.text;
    auto o = ui.content.triage.read(t.text, ui.content.triage_model.get());
    // A new reading starts from what it finds: earlier corrections were about other words. The text handed over by
    // the page an update replaced comes with its corrections, which its first reading keeps.
    if (!t.keep_choices) {
        t.facts_off.clear();
        t.topic.clear();
        t.all_topics = false;
    }
    t.keep_choices = false;
    if (o.empty)
        t.outcome.reset();
    else
        t.outcome = std::move(o);
    ui.state.frames_requested = 2;
}

void draw_safety(Ui& ui, const triage::Outcome& o) {
    if (o.safety.empty()) return;
    const auto& safety = ui.content.triage.safety();
    begin_group(ui, "triage.safety", Role::group, ui.t("triage.safety.title"));
    notice(ui, "triage.safety.title", ui.t("triage.safety.title") + "\n" + ui.t("triage.safety.text"), Tone::warning);
    for (const auto& c : safety.contacts()) {
        bool fits = false;
        for (const auto& k : c.kinds)
            for (const auto& found : o.safety) fits = fits || k == found;
        if (!fits) continue;
        const std::string id = "triage.safety." + c.id;
        begin_group(ui, id, Role::group, tr(ui, c.name));
        heading(ui, id + ".name", tr(ui, c.name), 3);
        if (button(ui, id + ".call", fill(ui.t("triage.safety.call"), "phone", c.phone), ButtonKind::primary))
            ui.state.effects.push_back(Effect::of(Effect::Kind::open_url, "tel:" + c.phone));
        paragraph(ui, id + ".when", tr(ui, c.when), true);
        if (c.unconfirmed) paragraph(ui, id + ".unconfirmed", ui.t("triage.safety.unconfirmed"), true);
        if (!c.cite.empty()) citation(ui, id + ".cite", c.cite);
        end_group(ui);
    }
    // dd.mm.yyyy, as every date in the app is shown.
    std::string checked = safety.checked_on();
    if (auto d = core::Date::parse(checked)) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%02d.%02d.%04d", d->day(), d->month(), d->year());
        checked = buf;
    }
    paragraph(ui, "triage.safety.checked", fill(ui.t("triage.safety.checked"), "date", checked), true);
    end_group(ui);
    separator(ui);
}

// One topic as a choice: its title, with the plain confidence where the reading is confident enough.
void topic_choice(Ui& ui, const std::string& id, const std::string& topic, const std::string& prefix) {
    auto& t = ui.state.triage;
    const auto* tp = topic_of(ui, topic);
    if (!tp) return;
    std::string label = prefix.empty() ? tr(ui, tp->title) : prefix + ": " + tr(ui, tp->title);
    bool selected = chosen_topic(t) == topic;
    if (button(ui, id, label, selected ? ButtonKind::primary : ButtonKind::secondary, column_width())) {
        t.topic = topic;
        ui.state.frames_requested = 2;
    }
    if (selected) ui.tree.find(id)->state |= state_selected;
}

void draw_topics(Ui& ui, const triage::Outcome& o) {
    auto& t = ui.state.triage;
    heading(ui, "triage.understood", ui.t("triage.understood"), 2);
    if (o.topics.empty()) return;
    begin_group(ui, "triage.topics", Role::list, ui.t("triage.understood"));
    if (o.confidence == triage::Confidence::unsure) {
        paragraph(ui, "triage.unsure", ui.t("triage.unsure"));
        for (std::size_t i = 0; i < o.topics.size() && i < 3; ++i)
            topic_choice(ui, "triage.topic." + o.topics[i].topic, o.topics[i].topic, "");
    } else {
        // The best guess with its confidence, and the next one when it is close enough to be worth a word.
        const bool likely = o.confidence == triage::Confidence::likely;
        topic_choice(ui, "triage.topic." + o.topics[0].topic, o.topics[0].topic,
                     ui.t(likely ? "triage.likely" : "triage.maybe"));
        for (std::size_t i = 1; i < o.topics.size() && i < 3; ++i)
            if (o.topics[i].score >= triage::maybe_at || t.topic == o.topics[i].topic)
                topic_choice(ui, "triage.topic." + o.topics[i].topic, o.topics[i].topic,
                             o.topics[i].score >= triage::maybe_at ? ui.t("triage.maybe") : "");
        paragraph(ui, "triage.other_topic", ui.t("triage.other_topic"), true);
    }
    end_group(ui);
    // Every topic, for a person whose situation the reading missed.
    if (disclosure(ui, "triage.all_topics", ui.t("triage.all_topics"), o.confidence == triage::Confidence::unsure)) {
        begin_group(ui, "triage.list", Role::list, ui.t("triage.all_topics"));
        for (const auto& topic : ui.content.guide.topics) {
            bool near = false;
            for (std::size_t i = 0; i < o.topics.size() && i < 3; ++i) near = near || o.topics[i].topic == topic.id;
            if (near && o.confidence == triage::Confidence::unsure) continue;  // already offered above
            topic_choice(ui, "triage.list." + topic.id, topic.id, "");
        }
        end_group(ui);
    }
}

void draw_facts(Ui& ui, const triage::Outcome& o) {
    auto& t = ui.state.triage;
    if (o.facts.empty()) {
        paragraph(ui, "triage.no_facts", ui.t("triage.no_facts"), true);
        return;
    }
    heading(ui, "triage.facts.heading", ui.t("triage.facts"), 3);
    begin_group(ui, "triage.facts", Role::list, ui.t("triage.facts"));
    // In the order a person tells it: who, what happened, how many and how much, then the paperwork.
    static const char* const order[] = {"role", "unpaid", "months_unpaid", "children", "monthly", "married",
                                        "consent", "pregnant", "paternity_goal", "document", "bailiff", "work",
                                        "whereabouts", "abroad"};
    std::vector<std::pair<std::string, std::string>> facts;
    for (const char* name : order)
        if (auto it = o.facts.find(name); it != o.facts.end()) facts.emplace_back(it->first, it->second);
    for (const auto& [name, value] : o.facts)  // any fact not in the list above, last
        if (std::find(std::begin(order), std::end(order), name) == std::end(order)) facts.emplace_back(name, value);
    for (const auto& [name, value] : facts) {
        // "unpaid" says the same as a duration or the recipient's role; shown alone only when nothing else says it.
        if (name == "unpaid" && (o.facts.count("months_unpaid") || o.facts.count("role"))) continue;
        bool on = !t.facts_off.count(name);
        if (checkbox(ui, "triage.fact." + name, fact_label(ui, name, value), on)) {
            if (on)
                t.facts_off.erase(name);
            else
                t.facts_off.insert(name);
            ui.state.frames_requested = 2;
            // "unpaid" follows the fact it was hidden behind.
            if (name == "months_unpaid" || name == "role") {
                if (on) t.facts_off.erase("unpaid"); else t.facts_off.insert("unpaid");
            }
        }
    }
    end_group(ui);
}

void draw_next(Ui& ui) {
    auto& t = ui.state.triage;
    const std::string topic = chosen_topic(t);
    if (topic.empty()) {
        paragraph(ui, "triage.choose_first", ui.t("triage.choose_first"), true);
        return;
    }
    auto facts = kept_facts(t);
    auto answers = ui.content.triage.rules().answers(ui.content.guide, topic, facts, &ui.content.params,
                                                     ui.state.today);
    if (!answers.empty())
        paragraph(ui, "triage.answers", fill(ui.t("triage.answers"), "n", std::to_string(answers.size())), true);
    if (button(ui, "triage.open", ui.t(answers.empty() ? "triage.open_topic" : "triage.open_guide"),
               ButtonKind::primary)) {
        auto s = triage::prefilled_session(ui.content.guide, topic, answers);
        if (s.ok()) {
            ui.state.guide = std::move(s).value();
            ui.state.guide_review = false;
            ui.state.guide_preview.clear();
            ui.state.screen = Screen::guide;
            t.prefilled = static_cast<int>(answers.size());
            t.prefilled_topic = topic;
        }
    }
    // The estimator, when the words gave the numbers it needs and the topic is about alimony for children.
    auto prefill = triage::estimator_prefill(facts);
    const bool alimony = topic == "child_alimony" || topic == "unpaid_alimony" || topic == "change_alimony";
    if (!prefill.is_null() && alimony) {
        same_line_if_fits(button_width(ui, ui.t("triage.open_estimator")));
        if (button(ui, "triage.open_estimator", ui.t("triage.open_estimator"), ButtonKind::secondary)) {
            ui.state.pending_prefill = core::Json{{"orders", prefill["orders"]}}.dump();
            if (prefill.contains("income")) {
                IncomeRow row;
                row.amount = std::to_string(prefill["income"]["monthly"].get<long long>());
                row.gross = false;
                ui.state.estimator.income = {row};
            }
            ui.state.screen = Screen::estimator;
        }
    }
}

}  // namespace

void draw_situation_box(Ui& ui) {
    auto& t = ui.state.triage;
    begin_group(ui, "triage", Role::group, ui.t("triage.label"));
    if (text_field(ui, "triage.text", ui.t("triage.label"), t.text, InputMode::text, "", ui.t("triage.hint"))) {
        clamp_utf8(t.text, max_text);
        ++t.token;
        request_model(ui);
        // Read once typing pauses: the platform sends "triage.read" with this change's number.
        Effect e = Effect::of(Effect::Kind::timer, "triage.read");
        e.target = std::to_string(t.token);
        e.after_ms = read_after_ms;
        ui.state.effects.push_back(std::move(e));
    }
    // The first touch of the box starts the download; so does a text handed over by the page an update replaced.
    if (ui.state.editing == "triage.text" || !t.text.empty()) request_model(ui);
    std::string token;
    if (ui.take_action("triage.read", &token) && token == std::to_string(t.token)) read_now(ui);
    // Enter or leaving the box reads at once; so does a text set without the platform's <input> (the accessible
    // mirror's field sends it when the person is done).
    if (ui.state.editing != "triage.text" && (t.was_editing || t.read != t.text))
        read_now(ui);
    t.was_editing = ui.state.editing == "triage.text";
    // The text was read before the classifier arrived: read it again with it (the person's corrections are kept:
    // the classifier adds topics and changes no fact).
    if (t.outcome && t.outcome->topics.empty() && ui.content.triage_model) {
        auto o = ui.content.triage.read(t.read, ui.content.triage_model.get());
        if (!o.topics.empty()) {
            t.outcome->topics = o.topics;
            t.outcome->out_of_scope = o.out_of_scope;
            t.outcome->confidence = o.confidence;
            ui.state.frames_requested = 2;
        }
    }
    if (t.text.empty() && t.outcome) {
        t.outcome.reset();
        t.read.clear();
    }

    if (t.model == Model::loading && !t.text.empty())
        notice(ui, "triage.loading", ui.t("triage.loading"), Tone::info);
    if (t.model == Model::failed) {
        notice(ui, "triage.failed", ui.t("triage.failed"), Tone::warning);
        if (button(ui, "triage.retry", ui.t("triage.retry"), ButtonKind::secondary)) {
            t.model = Model::none;
            request_model(ui);
        }
    }
    if (t.outcome) {
        const triage::Outcome o = *t.outcome;  // a copy: choices below may replace the reading
        draw_safety(ui, o);
        if (!o.topics.empty()) {
            draw_topics(ui, o);
            draw_facts(ui, o);
            vspace(4);
            draw_next(ui);
        } else {
            draw_facts(ui, o);
        }
        if (button(ui, "triage.clear", ui.t("triage.clear"), ButtonKind::quiet)) {
            TriageState fresh;
            fresh.model = t.model;
            t = std::move(fresh);
        }
    }
    if (!t.text.empty()) paragraph(ui, "triage.private", ui.t("triage.private"), true);
    end_group(ui);
}

void draw_situation_note(Ui& ui) {
    auto& t = ui.state.triage;
    if (t.prefilled <= 0 || !ui.state.guide || ui.state.guide->topic().id != t.prefilled_topic) return;
    notice(ui, "triage.prefilled", fill(ui.t("triage.prefilled"), "n", std::to_string(t.prefilled)), Tone::info);
    if (button(ui, "triage.review", ui.t("guide.review"), ButtonKind::quiet)) {
        ui.state.guide_review = true;
        t.prefilled = 0;
    }
}

}  // namespace otbasy::ui
