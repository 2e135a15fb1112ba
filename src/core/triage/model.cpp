// The situation classifier: deterministic training, quantisation, the asset format. Layer: core/triage.
#include "core/triage/model.hpp"

#include <algorithm>
#include <cmath>

namespace otbasy::core::triage {

namespace {

constexpr char magic[4] = {'O', 'T', 'T', 'C'};
constexpr std::uint8_t format_version = 1;

// A 64-bit generator with a fixed algorithm (SplitMix64): std::shuffle's algorithm is the library's own.
struct SplitMix {
    std::uint64_t s;
    std::uint64_t next() {
        std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

void put_u32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
std::uint32_t get_u32(std::string_view s, std::size_t at) {
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + i])) << (8 * i);
    return v;
}

// log(x) for x > 0 from frexp (exact) and the atanh series: the same bits on every platform.
double det_log(double x) {
    int e = 0;
    double m = std::frexp(x, &e);  // x = m · 2^e, m in [0.5, 1)
    if (m < 0.70710678118654752440) m *= 2, --e;
    double s = (m - 1) / (m + 1), s2 = s * s, term = s, sum = 0;
    for (int k = 1; k <= 31; k += 2) {
        sum += term / k;
        term *= s2;
    }
    return 2 * sum + e * 0.69314718055994530942;
}

double nll_at(const std::vector<std::vector<double>>& logits, const std::vector<std::size_t>& labels, double t) {
    double sum = 0;
    for (std::size_t i = 0; i < logits.size(); ++i) {
        auto p = softmax(logits[i], t);
        sum -= det_log(std::max(p[labels[i]], 1e-12));
    }
    return sum;
}

}  // namespace

double det_exp(double x) {
    if (x > 700.0) x = 700.0;
    if (x < -700.0) return 0.0;
    constexpr double ln2_hi = 6.93147180369123816490e-01, ln2_lo = 1.90821492927058770002e-10;
    constexpr double inv_ln2 = 1.44269504088896338700e+00;
    double k = std::floor(x * inv_ln2 + 0.5);
    double r = (x - k * ln2_hi) - k * ln2_lo;  // |r| ≤ ln2/2
    // Taylor series to the 13th power: the remainder is below 1e-17 for |r| ≤ 0.35.
    double term = 1.0, sum = 1.0;
    for (int n = 1; n <= 13; ++n) {
        term = term * r / n;
        sum += term;
    }
    return std::ldexp(sum, static_cast<int>(k));
}

std::vector<double> softmax(const std::vector<double>& logits, double temperature) {
    std::vector<double> p(logits.size());
    if (logits.empty()) return p;
    double mx = *std::max_element(logits.begin(), logits.end());
    double sum = 0;
    for (std::size_t c = 0; c < logits.size(); ++c) sum += (p[c] = det_exp((logits[c] - mx) / temperature));
    for (auto& v : p) v /= sum;
    return p;
}

std::vector<double> FloatModel::logits(const SparseVector& x) const {
    std::vector<double> out(b);
    for (const auto& [bucket, v] : x)
        for (std::size_t c = 0; c < classes; ++c) out[c] += w[bucket * classes + c] * v;
    return out;
}

FloatModel train_float(const std::vector<SparseVector>& xs, const std::vector<Example>& examples, std::size_t classes,
                       const TrainOptions& o) {
    FloatModel m;
    m.dims = o.dims;
    m.classes = classes;
    m.w.assign(static_cast<std::size_t>(o.dims) * classes, 0.0);
    m.b.assign(classes, 0.0);
    std::vector<double> gw(m.w.size(), 1e-8), gb(classes, 1e-8);  // AdaGrad's sums of squared gradients
    std::vector<std::size_t> order(xs.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    SplitMix rng{o.seed};
    for (int epoch = 0; epoch < o.epochs; ++epoch) {
        for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.below(i)]);  // Fisher–Yates
        for (std::size_t idx : order) {
            const auto& x = xs[idx];
            auto p = softmax(m.logits(x));
            double weight = examples[idx].weight;
            for (std::size_t c = 0; c < classes; ++c) {
                double g = (p[c] - (c == examples[idx].label ? 1.0 : 0.0)) * weight;
                gb[c] += g * g;
                m.b[c] -= o.learning_rate * g / std::sqrt(gb[c]);
                for (const auto& [bucket, v] : x) {
                    std::size_t k = bucket * classes + c;
                    double gk = g * v + o.l2 * m.w[k];
                    gw[k] += gk * gk;
                    m.w[k] -= o.learning_rate * gk / std::sqrt(gw[k]);
                }
            }
        }
    }
    return m;
}

Model train(const std::vector<Example>& examples, const std::vector<std::string>& classes, const Lexicon* lexicon,
            const TrainOptions& o) {
    std::vector<SparseVector> xs;
    xs.reserve(examples.size());
    for (const auto& e : examples) xs.push_back(featurize(e.text, lexicon, o.dims));
    FloatModel f = train_float(xs, examples, classes.size(), o);

    // Calibration: out-of-fold logits (fold = position mod k) → the temperature with the least log-loss.
    double temperature = 1.0;
    if (o.calibration_folds > 1 && examples.size() >= static_cast<std::size_t>(o.calibration_folds) * 2) {
        std::vector<std::vector<double>> oof(examples.size());
        std::vector<std::size_t> labels(examples.size());
        for (int k = 0; k < o.calibration_folds; ++k) {
            std::vector<SparseVector> tx;
            std::vector<Example> te;
            for (std::size_t i = 0; i < examples.size(); ++i)
                if (static_cast<int>(i % o.calibration_folds) != k) tx.push_back(xs[i]), te.push_back(examples[i]);
            FloatModel fk = train_float(tx, te, classes.size(), o);
            for (std::size_t i = 0; i < examples.size(); ++i)
                if (static_cast<int>(i % o.calibration_folds) == k) oof[i] = fk.logits(xs[i]);
        }
        for (std::size_t i = 0; i < examples.size(); ++i) labels[i] = examples[i].label;
        double best = 0;
        for (int t20 = 10; t20 <= 80; ++t20) {  // 0.50 … 4.00 by 0.05
            double t = t20 / 20.0, nll = nll_at(oof, labels, t);
            if (t20 == 10 || nll < best) best = nll, temperature = t;
        }
    }

    Model m;
    m.classes_ = classes;
    m.dims_ = o.dims;
    double mx = 0;
    for (double v : f.w) mx = std::max(mx, std::fabs(v));
    double scale = mx > 0 ? mx / 127.0 : 1.0;
    m.scale_micro_ = static_cast<std::uint32_t>(std::max(1.0, std::floor(scale * 1e6 + 0.5)));
    double s = m.scale_micro_ / 1e6;
    m.weights_.resize(f.w.size());
    for (std::size_t i = 0; i < f.w.size(); ++i) {
        double q = std::floor(f.w[i] / s + 0.5);
        m.weights_[i] = static_cast<std::int8_t>(std::clamp(q, -127.0, 127.0));
    }
    m.bias_.resize(classes.size());
    for (std::size_t c = 0; c < classes.size(); ++c)
        m.bias_[c] = static_cast<std::int32_t>(std::floor(f.b[c] / s + 0.5));
    m.temperature_milli_ = static_cast<std::uint32_t>(std::floor(temperature * 1000 + 0.5));
    return m;
}

std::vector<double> Model::logits(const SparseVector& x) const {
    const std::size_t n = classes_.size();
    std::vector<std::int64_t> acc(n, 0);
    std::vector<double> out(n, 0.0);
    for (const auto& [bucket, v] : x) {
        if (bucket >= dims_) continue;
        const std::int8_t* row = &weights_[static_cast<std::size_t>(bucket) * n];
        for (std::size_t c = 0; c < n; ++c) out[c] += static_cast<double>(row[c]) * v;
    }
    double s = scale_micro_ / 1e6;
    for (std::size_t c = 0; c < n; ++c) out[c] = (out[c] + bias_[c]) * s;
    return out;
}

std::vector<double> Model::probabilities(const SparseVector& x) const { return softmax(logits(x), temperature()); }

std::string Model::serialize() const {
    std::string out(magic, 4);
    out.push_back(static_cast<char>(format_version));
    out.push_back(8);
    out.push_back(static_cast<char>(classes_.size()));
    out.push_back(0);
    put_u32(out, dims_);
    put_u32(out, feature_version);
    put_u32(out, scale_micro_);
    put_u32(out, temperature_milli_);
    for (const auto& c : classes_) {
        out.push_back(static_cast<char>(c.size()));
        out += c;
    }
    for (auto b : bias_) put_u32(out, static_cast<std::uint32_t>(b));
    out.append(reinterpret_cast<const char*>(weights_.data()), weights_.size());
    put_u32(out, fnv1a(out));
    return out;
}

Result<Model> Model::parse(std::string_view s) {
    auto bad = [](const char* code, const char* msg) { return make_error("triage model", code, msg); };
    if (s.size() < 28 || s.compare(0, 4, std::string_view(magic, 4)) != 0) return bad("model.format", "not a model");
    if (get_u32(s, s.size() - 4) != fnv1a(s.substr(0, s.size() - 4)))
        return bad("model.checksum", "the file is damaged");
    if (static_cast<std::uint8_t>(s[4]) != format_version || s[5] != 8)
        return bad("model.version", "a model of another format version");
    Model m;
    std::size_t n = static_cast<unsigned char>(s[6]);
    m.dims_ = get_u32(s, 8);
    if (get_u32(s, 12) != feature_version)
        return bad("model.features", "trained on other features: rebuild the model");
    m.scale_micro_ = get_u32(s, 16);
    m.temperature_milli_ = get_u32(s, 20);
    if (n < 2 || m.dims_ == 0 || (m.dims_ & (m.dims_ - 1)) != 0 || m.dims_ > (1u << 20) || m.temperature_milli_ == 0)
        return bad("model.format", "impossible header");
    std::size_t at = 24;
    for (std::size_t c = 0; c < n; ++c) {
        if (at >= s.size()) return bad("model.format", "truncated");
        std::size_t len = static_cast<unsigned char>(s[at++]);
        if (at + len > s.size()) return bad("model.format", "truncated");
        m.classes_.emplace_back(s.substr(at, len));
        at += len;
    }
    std::size_t need = n * 4 + static_cast<std::size_t>(m.dims_) * n + 4;
    if (s.size() - at != need) return bad("model.format", "wrong size");
    for (std::size_t c = 0; c < n; ++c, at += 4) m.bias_.push_back(static_cast<std::int32_t>(get_u32(s, at)));
    m.weights_.resize(static_cast<std::size_t>(m.dims_) * n);
    for (std::size_t i = 0; i < m.weights_.size(); ++i) m.weights_[i] = static_cast<std::int8_t>(s[at + i]);
    return m;
}

}  // namespace otbasy::core::triage
