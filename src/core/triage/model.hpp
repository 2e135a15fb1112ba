// The situation classifier: multinomial logistic regression over hashed features (text.hpp), trained
// deterministically and shipped as quantised integer weights. Layer: core/triage.
//
// Training (train()): examples in a fixed order, shuffled each epoch by our own generator from a fixed seed,
// AdaGrad steps with L2 regularisation, a fixed number of epochs; every operation is IEEE +, −, ×, ÷, sqrt or our
// own exp (no library transcendental function whose last bit could differ between the native and the wasm build),
// so the same corpus gives the same bytes everywhere. The scores are calibrated by a temperature fitted on
// out-of-fold predictions (k-fold inside the training set), so that "0.8" means about eight in ten.
//
// The asset (little-endian): "OTTC", format version (u8), bits per weight (u8, 8), class count (u8), 0 (u8),
// dims (u32), feature_version (u32), weight scale (u32, millionths), temperature (u32, thousandths), the class
// ids (u8 length + ASCII), the biases (i32 each, in units of the scale), the weights (int8, bucket-major: the
// classes of one bucket side by side) and an FNV-1a checksum (u32) of everything before it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.hpp"
#include "core/triage/text.hpp"

namespace otbasy::core::triage {

// exp(x) from +, ×, and an exact power of two: the same bits on every platform (|relative error| < 1e-15).
double det_exp(double x);

class Model {
public:
    // Parses the asset; errors: "model.format", "model.version", "model.features", "model.checksum".
    static Result<Model> parse(std::string_view bytes);
    std::string serialize() const;

    const std::vector<std::string>& classes() const { return classes_; }
    std::uint32_t dims() const { return dims_; }
    double temperature() const { return temperature_milli_ / 1000.0; }

    // Raw scores per class (before the temperature), and calibrated probabilities (they sum to 1).
    std::vector<double> logits(const SparseVector& x) const;
    std::vector<double> probabilities(const SparseVector& x) const;

    // Built by train().
    std::vector<std::string> classes_;
    std::uint32_t dims_ = 0;
    std::uint32_t scale_micro_ = 1;         // weight = q × scale
    std::uint32_t temperature_milli_ = 1000;
    std::vector<std::int32_t> bias_;        // per class, in units of the scale
    std::vector<std::int8_t> weights_;      // dims × classes
};

// Softmax of logits / temperature, with det_exp.
std::vector<double> softmax(const std::vector<double>& logits, double temperature = 1.0);

struct Example {
    std::string text;
    std::size_t label = 0;  // index into the class list
    float weight = 1.0f;
};

struct TrainOptions {
    std::uint32_t dims = 1u << 12;
    int epochs = 16;
    double learning_rate = 0.6;
    double l2 = 2e-5;
    std::uint64_t seed = 20260101;
    int calibration_folds = 5;  // 0: no calibration (temperature 1)
};

// Trains and quantises. `classes` names the labels of `examples`.
Model train(const std::vector<Example>& examples, const std::vector<std::string>& classes, const Lexicon* lexicon,
            const TrainOptions& options);

// The float weights before quantisation (used by train() and by the benchmark's cross-validation).
struct FloatModel {
    std::uint32_t dims = 0;
    std::size_t classes = 0;
    std::vector<double> w;  // dims × classes
    std::vector<double> b;
    std::vector<double> logits(const SparseVector& x) const;
};
FloatModel train_float(const std::vector<SparseVector>& xs, const std::vector<Example>& examples, std::size_t classes,
                       const TrainOptions& options);

}  // namespace otbasy::core::triage
