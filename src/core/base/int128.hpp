// A 128-bit integer for exact intermediate products (amount × share numerator) before rounding back to int64.
// Layer: core/base. GCC and Clang (native and wasm32) both provide __int128; __extension__ keeps -Wpedantic quiet.
#pragma once

namespace otbasy::core {
__extension__ typedef __int128 i128;
}  // namespace otbasy::core
