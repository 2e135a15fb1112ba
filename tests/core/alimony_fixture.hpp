// Shared by the estimator's tests: the real parameter files, loaded once, and short literals for dates and amounts.
#pragma once

#include <gtest/gtest.h>

#include "core/base/date.hpp"
#include "core/base/money.hpp"
#include "core/law/parameters.hpp"
#include "platform/assets_native.hpp"

namespace otbasy::test {

inline const core::law::ParameterSet& params() {
    static const core::law::ParameterSet set = [] {  // loaded once per test binary; read-only afterwards
        auto r = core::law::ParameterSet::load(platform::assets_from_dir(OTBASY_ASSETS_DIR));
        EXPECT_TRUE(r.ok());
        return r.ok() ? r.value() : core::law::ParameterSet();
    }();
    return set;
}

inline core::Date d(const char* s) { return *core::Date::parse(s); }
inline core::Money tenge(const char* s) { return *core::Money::parse(s); }
inline core::YearMonth ym(const char* s) { return *core::YearMonth::parse(s); }

}  // namespace otbasy::test
