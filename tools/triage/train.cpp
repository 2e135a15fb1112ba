// triage_train: trains the situation classifier from assets/triage/ and the guide's own texts, deterministically,
// and writes the quantised model; with --report it measures instead (held-out set, k-fold cross-validation, facts,
// the plain search as the baseline, classification time). Built in both trees: natively for the CLI and the tests,
// and to wasm, run under node, for the app's dist/ (the same bytes; a test compares them).
//
//   triage_train --assets DIR --out FILE          train on every training situation; write the model
//   triage_train --assets DIR --report [--folds K] [--time-only [--model FILE]]   (--model: time that asset)
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/guide/checker.hpp"
#include "core/guide/search.hpp"
#include "core/i18n/fold.hpp"
#include "core/triage/corpus.hpp"
#include "core/triage/model.hpp"
#include "core/triage/triage.hpp"
#include "platform/assets_native.hpp"

using namespace otbasy;
using namespace otbasy::core;
using namespace otbasy::core::triage;
using i18n::Lang;

namespace {

// Situations typed in Latin letters: a Cyrillic text as people write it on a Latin keyboard.
std::string to_latin(const std::string& text) {
    static const std::map<std::string, std::string> m = {
        {"а", "a"}, {"ә", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"ғ", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "yo"},
        {"ж", "zh"}, {"з", "z"}, {"и", "i"}, {"й", "i"}, {"к", "k"}, {"қ", "q"}, {"л", "l"}, {"м", "m"}, {"н", "n"},
        {"ң", "n"}, {"о", "o"}, {"ө", "o"}, {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ұ", "u"},
        {"ү", "u"}, {"ф", "f"}, {"х", "h"}, {"һ", "h"}, {"ц", "ts"}, {"ч", "ch"}, {"ш", "sh"}, {"щ", "sh"},
        {"ъ", ""}, {"ы", "y"}, {"і", "i"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"}, {"я", "ya"}};
    std::string lower = i18n::fold(text);  // folded: ә→а etc., which the map also covers
    std::string out;
    for (std::size_t i = 0; i < lower.size();) {
        std::size_t len = 1;
        auto b = static_cast<unsigned char>(lower[i]);
        if (b >= 0xF0) len = 4; else if (b >= 0xE0) len = 3; else if (b >= 0xC0) len = 2;
        std::string cp = lower.substr(i, len);
        auto it = m.find(cp);
        out += it != m.end() ? it->second : cp;
        i += len;
    }
    return out;
}

struct Data {
    Corpus corpus;
    std::vector<CorpusItem> derived;  // from the guide
    Lexicon lexicon;
    guide::Content content;
    Triage triage;
    std::vector<FactCase> facts;
};

std::size_t class_of(const std::vector<std::string>& classes, const std::string& label) {
    return static_cast<std::size_t>(std::find(classes.begin(), classes.end(), label) - classes.begin());
}

// Training examples: the situations (weight 1), the same typed in Latin letters (0.5), the guide's texts (0.5).
std::vector<Example> examples_of(const std::vector<const CorpusItem*>& items, const Data& d) {
    std::vector<Example> out;
    for (const auto* it : items) out.push_back(Example{it->text, class_of(d.corpus.classes, it->label), 1.0f});
    for (const auto* it : items)
        out.push_back(Example{to_latin(it->text), class_of(d.corpus.classes, it->label), 0.5f});
    for (const auto& it : d.derived) out.push_back(Example{it.text, class_of(d.corpus.classes, it.label), 0.5f});
    return out;
}

std::vector<const CorpusItem*> all_of(const std::vector<CorpusItem>& v) {
    std::vector<const CorpusItem*> out;
    for (const auto& x : v) out.push_back(&x);
    return out;
}

bool load(const std::string& dir, Data& d) {
    auto assets = platform::assets_from_dir(dir);
    auto linted = guide::lint(assets, *Date::parse("2026-06-01"));
    if (!linted.content.guide.topics.size()) {
        std::fprintf(stderr, "triage_train: the guide does not load\n");
        return false;
    }
    d.content = std::move(linted.content);
    std::vector<std::string> topics;
    for (const auto& t : d.content.guide.topics) topics.push_back(t.id);
    auto c = load_corpus(assets, topics);
    auto t = Triage::load(assets);
    auto f = load_fact_cases(assets);
    Errors errors;
    for (const auto* e : {&c.errors(), &t.errors(), &f.errors()}) errors.insert(errors.end(), e->begin(), e->end());
    for (const auto& e : errors) std::fprintf(stderr, "error: %s: %s\n", e.path.c_str(), e.message.c_str());
    if (!errors.empty()) return false;
    d.corpus = std::move(c).value();
    d.triage = std::move(t).value();
    d.lexicon = d.triage.lexicon();
    d.facts = std::move(f).value();
    d.derived = guide_examples(d.content.guide);
    return true;
}

// --- measuring -----------------------------------------------------------------------------------------------------

struct Scores {
    std::size_t n = 0, top1 = 0, top3 = 0;
    std::vector<std::vector<std::size_t>> confusion;  // [truth][predicted]
    explicit Scores(std::size_t k = 0) : confusion(k, std::vector<std::size_t>(k, 0)) {}
    void add(std::size_t truth, const std::vector<std::size_t>& ranked) {
        ++n;
        if (!ranked.empty() && ranked[0] == truth) ++top1;
        for (std::size_t i = 0; i < ranked.size() && i < 3; ++i)
            if (ranked[i] == truth) ++top3;
        if (!ranked.empty()) confusion[truth][ranked[0]]++;
    }
    void merge(const Scores& o) {
        n += o.n, top1 += o.top1, top3 += o.top3;
        for (std::size_t a = 0; a < confusion.size(); ++a)
            for (std::size_t b = 0; b < confusion.size(); ++b) confusion[a][b] += o.confusion[a][b];
    }
};

std::vector<std::size_t> rank_model(const Model& m, const Lexicon& lex, const std::string& text) {
    auto p = m.probabilities(featurize(text, &lex, m.dims()));
    std::vector<std::size_t> idx(p.size());
    for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return p[a] > p[b]; });
    return idx;
}

// The plain search as a classifier: the topics of its hits in rank order (glossary hits skipped); no hit → "other".
std::vector<std::size_t> rank_search(const guide::SearchIndex& idx, const std::vector<std::string>& classes,
                                     const std::string& text, Lang lang) {
    std::vector<std::size_t> out;
    for (const auto& h : idx.search(text + " ", lang, 50)) {
        if (h.topic == "glossary") continue;
        std::size_t c = class_of(classes, h.topic);
        if (c < classes.size() && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
    }
    if (out.empty()) out.push_back(class_of(classes, "other"));
    return out;
}

void print_scores(const char* title, const Scores& s, const std::vector<std::string>& classes, bool matrix) {
    std::printf("  %-34s n=%4zu  top-1 %5.1f%%  top-3 %5.1f%%\n", title, s.n, s.n ? 100.0 * s.top1 / s.n : 0.0,
                s.n ? 100.0 * s.top3 / s.n : 0.0);
    if (!matrix) return;
    std::printf("    recall per class:");
    for (std::size_t a = 0; a < classes.size(); ++a) {
        std::size_t total = 0;
        for (auto v : s.confusion[a]) total += v;
        std::printf("%s %s %.0f%%", a ? "," : "", classes[a].c_str(), total ? 100.0 * s.confusion[a][a] / total : 0.0);
    }
    std::printf("\n    confusion (rows: truth, columns: predicted; order as in recall):\n");
    for (std::size_t a = 0; a < classes.size(); ++a) {
        std::printf("    %-18s", classes[a].c_str());
        for (std::size_t b = 0; b < classes.size(); ++b) std::printf(" %3zu", s.confusion[a][b]);
        std::printf("\n");
    }
}

int report(Data& d, const TrainOptions& o, int folds, bool time_only, const std::string& model_path) {
    const auto& classes = d.corpus.classes;
    Model full;
    if (!model_path.empty()) {
        // Timing the build's own asset (as the app loads it) instead of training one again.
        std::ifstream f(model_path, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
        auto m = Model::parse(bytes);
        if (!m) {
            std::fprintf(stderr, "triage_train: %s: %s\n", model_path.c_str(), m.errors()[0].message.c_str());
            return 1;
        }
        full = std::move(m).value();
        std::printf("triage model: %s, %zu bytes, %zu classes, %u buckets\n", model_path.c_str(), bytes.size(),
                    full.classes().size(), full.dims());
    } else {
        auto t0 = std::chrono::steady_clock::now();
        full = train(examples_of(all_of(d.corpus.train), d), classes, &d.lexicon, o);
        double train_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        std::string bytes = full.serialize();
        std::printf("triage model: %zu classes, %u buckets, %zu bytes, temperature %.2f, trained in %.0f ms\n",
                    classes.size(), full.dims(), bytes.size(), full.temperature(), train_ms);
    }
    std::printf("corpus: %zu training situations, %zu held out, %zu derived from the guide\n", d.corpus.train.size(),
                d.corpus.heldout.size(), d.derived.size());

    // The baseline: the guide search itself (ranked, with the lexicon's stop words and synonyms).
    auto search = guide::SearchIndex::build(d.content.guide, &d.content.parameters, *Date::parse("2026-06-01"),
                                            &d.lexicon);

    // Classification time. Each figure is the best of several rounds (the machine may be shared: the quietest round
    // is the closest to the cost of the work itself), per text.
    {
        std::size_t sink = 0;
        auto best_ms = [](int rounds, std::size_t per_round, auto&& work) {
            double best = 1e300;
            for (int r = 0; r < rounds; ++r) {
                auto a = std::chrono::steady_clock::now();
                work();
                double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - a).count();
                best = std::min(best, ms / static_cast<double>(per_round));
            }
            return best;
        };
        const auto& held = d.corpus.heldout;
        double ms = best_ms(8, held.size(), [&] {
            for (const auto& it : held) sink += d.triage.read(it.text, &full).topics.size();
        });
        std::string longest;
        for (const auto& it : held)
            if (it.text.size() > longest.size()) longest = it.text;
        double long_ms = best_ms(10, 20, [&] {
            for (int i = 0; i < 20; ++i) sink += d.triage.read(longest, &full).topics.size();
        });
        // The longest text the app's box takes (1000 bytes): held-out situations one after another.
        std::string box;
        for (const auto& it : held) {
            if (box.size() + it.text.size() + 2 > 1000) break;
            box += it.text + ". ";
        }
        double box_ms = best_ms(10, 10, [&] {
            for (int i = 0; i < 10; ++i) sink += d.triage.read(box, &full).topics.size();
        });
        // The baseline in the same run: the guide search over the same held-out texts.
        double search_ms = best_ms(4, held.size(), [&] {
            for (const auto& it : held) sink += search.search(it.text, it.lang, 8).size();
        });
        std::printf("classification time (read(): safety, facts, features, scores; best of several rounds): mean "
                    "%.4f ms a held-out text, the longest (%zu bytes) %.4f ms, a full box (%zu bytes) %.4f ms; "
                    "budget 5 ms: %s%s\n", ms, longest.size(), long_ms, box.size(), box_ms,
                    std::max(long_ms, box_ms) < 5.0 ? "PASS" : "OVER", sink == 0 ? " (no topics?)" : "");
        std::printf("baseline in the same run: the guide search, mean %.4f ms a text (reading / search: %.2f×)\n",
                    search_ms, search_ms > 0 ? ms / search_ms : 0.0);
    }
    if (time_only) return 0;
    std::printf("\n== held-out set (never seen by the training) ==\n");
    for (Lang lang : {Lang::kk, Lang::ru}) {
        Scores model(classes.size()), base(classes.size());
        for (const auto& it : d.corpus.heldout) {
            if (it.lang != lang) continue;
            std::size_t truth = class_of(classes, it.label);
            model.add(truth, rank_model(full, d.lexicon, it.text));
            base.add(truth, rank_search(search, classes, it.text, lang));
        }
        std::string l(i18n::code(lang));
        print_scores(("model, " + l).c_str(), model, classes, true);
        print_scores(("search baseline, " + l).c_str(), base, classes, true);
    }

    std::printf("\n== %d-fold cross-validation over the training situations (fold = position mod %d) ==\n", folds,
                folds);
    std::vector<Scores> cv_model(2, Scores(classes.size())), cv_base(2, Scores(classes.size()));
    TrainOptions fast = o;
    fast.calibration_folds = 0;
    for (int k = 0; k < folds; ++k) {
        std::vector<const CorpusItem*> tr, te;
        for (std::size_t i = 0; i < d.corpus.train.size(); ++i)
            (static_cast<int>(i % folds) == k ? te : tr).push_back(&d.corpus.train[i]);
        Model m = train(examples_of(tr, d), classes, &d.lexicon, fast);
        for (const auto* it : te) {
            std::size_t li = it->lang == Lang::kk ? 0 : 1, truth = class_of(classes, it->label);
            cv_model[li].add(truth, rank_model(m, d.lexicon, it->text));
            cv_base[li].add(truth, rank_search(search, classes, it->text, it->lang));
        }
    }
    for (std::size_t li = 0; li < 2; ++li) {
        std::string l = li == 0 ? "kk" : "ru";
        print_scores(("model, " + l).c_str(), cv_model[li], classes, true);
        print_scores(("search baseline, " + l).c_str(), cv_base[li], classes, false);
    }

    // Calibration and the confidence bands on the held-out set.
    std::printf("\n== confidence bands on the held-out set (likely ≥ %.2f, maybe ≥ %.2f) ==\n", likely_at, maybe_at);
    for (Lang lang : {Lang::kk, Lang::ru}) {
        std::size_t n[3] = {0, 0, 0}, right[3] = {0, 0, 0};
        for (const auto& it : d.corpus.heldout) {
            if (it.lang != lang) continue;
            auto out = d.triage.read(it.text, &full);
            int band = static_cast<int>(out.confidence);
            n[band]++;
            bool ok = it.label == out_of_scope ? out.confidence == Confidence::unsure
                                               : (!out.topics.empty() && out.topics[0].topic == it.label);
            if (ok) right[band]++;
        }
        std::printf("  %s: likely %zu (right %.0f%%), maybe %zu (right %.0f%%), unsure %zu (right: %.0f%%)\n",
                    std::string(i18n::code(lang)).c_str(), n[0], n[0] ? 100.0 * right[0] / n[0] : 0.0, n[1],
                    n[1] ? 100.0 * right[1] / n[1] : 0.0, n[2], n[2] ? 100.0 * right[2] / n[2] : 0.0);
    }

    // Facts: precision and recall per fact over the annotated cases.
    for (bool independent : {false, true}) {
    std::printf(independent ? "\n== facts, independent set (triage/facts/independent/*.tsv: written from situations "
                              "alone, never tuned on) ==\n"
                            : "\n== facts, development set (triage/facts/*.tsv: the rules were written against it) ==\n");
    for (Lang lang : {Lang::kk, Lang::ru}) {
        std::map<std::string, std::array<std::size_t, 3>> per;  // name → {true positive, predicted, expected}
        std::size_t cases = 0;
        for (const auto& fc : d.facts) {
            if (fc.lang != lang || fc.independent != independent) continue;
            ++cases;
            Facts got = extract_facts(fc.text);
            for (const auto& [k, v] : got) {
                per[k][1]++;
                auto e = fc.expected.find(k);
                if (e != fc.expected.end() && e->second == v) per[k][0]++;
            }
            for (const auto& [k, v] : fc.expected) per[k][2]++;
        }
        std::size_t tp = 0, pred = 0, exp = 0;
        std::printf("  %s (%zu texts):", std::string(i18n::code(lang)).c_str(), cases);
        for (const auto& [k, v] : per) {
            tp += v[0], pred += v[1], exp += v[2];
            std::printf(" %s P %.0f%% R %.0f%%;", k.c_str(), v[1] ? 100.0 * v[0] / v[1] : 100.0,
                        v[2] ? 100.0 * v[0] / v[2] : 100.0);
        }
        std::printf("\n    all facts: precision %.1f%%, recall %.1f%% (%zu right of %zu found, %zu stated)\n",
                    pred ? 100.0 * tp / pred : 100.0, exp ? 100.0 * tp / exp : 100.0, tp, pred, exp);
        if (independent)
            for (const auto& fc : d.facts) {
                if (fc.lang != lang || !fc.independent) continue;
                Facts got = extract_facts(fc.text);
                std::string miss;
                for (const auto& [k, v] : fc.expected)
                    if (got.count(k) == 0 || got[k] != v) miss += " missed " + k + "=" + v + ";";
                for (const auto& [k, v] : got)
                    if (!fc.expected.count(k) || fc.expected.at(k) != v) miss += " extra " + k + "=" + v + ";";
                if (!miss.empty()) std::printf("      %s:%s\n", fc.where.c_str(), miss.c_str());
            }
    }
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::string assets = "assets", out, model_path;
    bool do_report = false, time_only = false;
    int folds = 5;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--assets" && i + 1 < argc) assets = argv[++i];
        else if (a == "--out" && i + 1 < argc) out = argv[++i];
        else if (a == "--report") do_report = true;
        else if (a == "--time-only") time_only = true;
        else if (a == "--model" && i + 1 < argc) model_path = argv[++i];
        else if (a == "--folds" && i + 1 < argc) folds = std::max(2, std::atoi(argv[++i]));
        else {
            std::fprintf(stderr, "usage: triage_train --assets DIR (--out FILE | --report [--folds K] [--time-only [--model FILE]])\n");
            return 2;
        }
    }
    if (out.empty() && !do_report) {
        std::fprintf(stderr, "triage_train: --out FILE or --report\n");
        return 2;
    }
    Data d;
    if (!load(assets, d)) return 1;
    TrainOptions o;
    if (do_report) return report(d, o, folds, time_only, time_only ? model_path : std::string());
    Model m = train(examples_of(all_of(d.corpus.train), d), d.corpus.classes, &d.lexicon, o);
    std::string bytes = m.serialize();
    std::ofstream f(out, std::ios::binary);
    if (!f || !(f << bytes)) {
        std::fprintf(stderr, "triage_train: cannot write %s\n", out.c_str());
        return 1;
    }
    std::printf("triage model: %zu classes, %u buckets, temperature %.2f, %zu bytes → %s\n", m.classes().size(),
                m.dims(), m.temperature(), bytes.size(), out.c_str());
    return 0;
}
