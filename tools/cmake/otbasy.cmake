# Helpers for the top-level CMakeLists.txt: warnings, sanitizers, third-party targets, the web app and dist/.
include_guard(GLOBAL)

# Warnings as errors for our code only (not ImGui's), sanitizers in the native preset.
function(otbasy_our_code target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
  if(OTBASY_SANITIZE AND NOT EMSCRIPTEN)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(${target} PUBLIC -fsanitize=address,undefined)
  endif()
  if(EMSCRIPTEN)
    # Exceptions off in the browser: core never throws (errors are values) and nlohmann is told so.
    target_compile_options(${target} PRIVATE -fno-exceptions)
  endif()
endfunction()

function(otbasy_nlohmann_json)
  if(TARGET nlohmann_json::nlohmann_json)
    return()
  endif()
  if(EMSCRIPTEN)
    # Adding /usr/include to an Emscripten include path drags glibc headers in: expose only nlohmann/.
    set(dir "${CMAKE_BINARY_DIR}/third_party_include")
    file(MAKE_DIRECTORY "${dir}")
    if(NOT EXISTS "${dir}/nlohmann")
      file(CREATE_LINK /usr/include/nlohmann "${dir}/nlohmann" SYMBOLIC)
    endif()
    add_library(nlohmann_json INTERFACE)
    target_include_directories(nlohmann_json SYSTEM INTERFACE "${dir}")
    target_compile_definitions(nlohmann_json INTERFACE JSON_NOEXCEPTION=1)
    add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
  else()
    find_package(nlohmann_json 3.11 REQUIRED)
  endif()
endfunction()

function(otbasy_imgui)
  if(NOT EXISTS "${OTBASY_IMGUI_DIR}/imgui.cpp")
    message(FATAL_ERROR "Dear ImGui sources not found in ${OTBASY_IMGUI_DIR}: run tools/setup.sh first")
  endif()
  set(src imgui.cpp imgui_draw.cpp imgui_tables.cpp imgui_widgets.cpp)
  list(TRANSFORM src PREPEND "${OTBASY_IMGUI_DIR}/")
  if(EMSCRIPTEN)
    list(APPEND src "${OTBASY_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
  endif()
  add_library(imgui STATIC ${src} "${PROJECT_SOURCE_DIR}/src/ui/imgui_config.cpp")
  target_include_directories(imgui SYSTEM PUBLIC "${OTBASY_IMGUI_DIR}" "${OTBASY_IMGUI_DIR}/backends")
  target_include_directories(imgui PRIVATE "${PROJECT_SOURCE_DIR}/src")
  # Our config: asserts reach a handler (the headless UI test fails on them), no obsolete API.
  target_compile_definitions(imgui PUBLIC IMGUI_USER_CONFIG="ui/imgui_config.hpp" IMGUI_DISABLE_OBSOLETE_FUNCTIONS
                                          IMGUI_DISABLE_OBSOLETE_KEYIO)
  target_include_directories(imgui PUBLIC "${PROJECT_SOURCE_DIR}/src")
  if(EMSCRIPTEN)
    target_compile_options(imgui PRIVATE -fno-exceptions)
  endif()
  if(OTBASY_SANITIZE AND NOT EMSCRIPTEN)
    target_compile_options(imgui PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
  endif()
endfunction()

# The font: Noto Sans from Debian, cut down at build time to the characters the app can show; the few it lacks
# (minus sign, arrows, ≤ ≥, ✓ ✕ ▸ ▾, ⟦ ⟧) come from Noto Sans Math and Noto Sans Symbols 2 (tools/make_font.py).
# Keep this list and glyph_ranges in src/ui/theme.cpp together: tools/check_glyphs.py then fails the build, with
# the list, when any string of assets/ or any literal of src/ui and src/core uses a character outside either.
function(otbasy_font_subset out_var)
  set(unicodes "U+0020-007E,U+00A0-00BB,U+00D7,U+00F7,U+0400-045F,U+0492-0493,U+049A-049B,U+04A2-04A3,U+04AE-04B1,U+04BA-04BB,U+04D8-04D9,U+04E8-04E9,U+2009,U+2010-2014,U+2018-201E,U+2022,U+2026,U+202F,U+2039-203A,U+20B8,U+2116,U+2190-2193,U+2212,U+2264-2265,U+2713,U+2715,U+25B8,U+25BE,U+27E6-27E7")
  set(noto /usr/share/fonts/truetype/noto)
  set(extras "${noto}/NotoSansMath-Regular.ttf" "${noto}/NotoSansSymbols2-Regular.ttf")
  set(files "")
  foreach(weight Regular Bold)
    set(in "${noto}/NotoSans-${weight}.ttf")
    set(out "${CMAKE_BINARY_DIR}/fonts/otbasy-sans-${weight}.ttf")
    add_custom_command(OUTPUT "${out}"
      COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/fonts"
      COMMAND /usr/bin/python3 "${PROJECT_SOURCE_DIR}/tools/make_font.py" --base "${in}"
              --extra "${noto}/NotoSansMath-Regular.ttf" --extra "${noto}/NotoSansSymbols2-Regular.ttf"
              "--unicodes=${unicodes}" --out "${out}"
      DEPENDS "${in}" ${extras} "${PROJECT_SOURCE_DIR}/tools/make_font.py"
      COMMENT "Subsetting NotoSans-${weight}" VERBATIM)
    list(APPEND files "${out}")
  endforeach()
  # Every character the content and the UI can draw is in both fonts and in ImGui's glyph ranges.
  file(GLOB_RECURSE glyph_assets CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/assets/*.json")
  file(GLOB_RECURSE glyph_sources CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/src/ui/*.[ch]pp"
                                                    "${PROJECT_SOURCE_DIR}/src/core/*.[ch]pp")
  set(stamp "${CMAKE_BINARY_DIR}/fonts/glyphs-checked.txt")
  add_custom_command(OUTPUT "${stamp}"
    COMMAND /usr/bin/python3 "${PROJECT_SOURCE_DIR}/tools/check_glyphs.py" --assets "${PROJECT_SOURCE_DIR}/assets"
            --sources "${PROJECT_SOURCE_DIR}/src" --ranges "${PROJECT_SOURCE_DIR}/src/ui/theme.cpp" --stamp "${stamp}"
            ${files}
    DEPENDS ${files} ${glyph_assets} ${glyph_sources} "${PROJECT_SOURCE_DIR}/tools/check_glyphs.py"
    COMMENT "Checking that the font has every character the app draws" VERBATIM)
  add_custom_target(otbasy_fonts ALL DEPENDS ${files} "${stamp}")
  set(${out_var} "${files}" PARENT_SCOPE)
endfunction()

# Link flags of the browser app: no threads, no ASYNCIFY, no eval (runs under a strict CSP), no file system
# (assets arrive as one bundle fetched by the loader), WebGL2 only. 16 MiB of memory to start with, as Dear ImGui's
# own demo: walking every topic and making an estimate fits in it (tests/bench/web_first_visit.mjs measures it);
# what needs more (a large font atlas on a dense screen with large text, the documents) grows it.
function(otbasy_web_app target)
  target_link_options(${target} PRIVATE
    -sENVIRONMENT=web -sWASM=1 -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=16777216
    -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sNO_FILESYSTEM=1 -sDYNAMIC_EXECUTION=0
    -sMALLOC=emmalloc -sEXIT_RUNTIME=0 -sINVOKE_RUN=0
    "-sEXPORTED_FUNCTIONS=['_main','_malloc','_free']"
    "-sEXPORTED_RUNTIME_METHODS=['callMain','UTF8ToString','stringToUTF8','lengthBytesUTF8']")
  set_target_properties(${target} PROPERTIES SUFFIX ".js")
endfunction()

# What makes app.wasm smaller (each measured by tests/bench/web_first_visit.mjs and tools/wasm_sizes.py): link-time
# optimisation across our code, Dear ImGui and libc++ (about 12 KB less gzip; the link takes longer), and no RTTI
# (nothing asks for a type at run time). Not for the wasm unit tests, which need neither.
function(otbasy_web_size app)
  foreach(t ${ARGN})
    target_compile_options(${t} PRIVATE -flto -fno-rtti)
  endforeach()
  target_compile_options(${app} PRIVATE -flto -fno-rtti)
  # app.js.symbols beside app.js (not in dist/): the function names tools/wasm_sizes.py reports sizes by.
  target_link_options(${app} PRIVATE -flto --emit-symbol-map)
endfunction()

# dist/: the static site — web/ shell + app.js + app.wasm + the asset bundles + the fonts + the static text guide
# (written by the native otbasy-cli, which the web build therefore needs first: tools/build.sh web builds it) + the
# on-demand modules (documents' engine, zip), all but the entry points under content-hashed names, with .gz and .br
# copies (tools/make_dist.py). Further arguments are files the app fetches on demand (the triage model), hashed like
# the rest and named in index.html's file map.
set(OTBASY_CLI "${PROJECT_SOURCE_DIR}/build/native/otbasy-cli" CACHE FILEPATH "The native otbasy-cli that writes dist/guide")
function(otbasy_dist target fonts modules)
  set(extra_files ${ARGN})
  set(dist "${CMAKE_BINARY_DIR}/dist")
  set(module_files "")
  foreach(m ${modules})
    get_target_property(name ${m} OUTPUT_NAME)
    list(APPEND module_files "$<TARGET_FILE:${m}>" "$<TARGET_FILE_DIR:${m}>/${name}.wasm")
  endforeach()
  # The date the static guide's values are shown for: tools/build.sh writes it, and rewrites it only when the day
  # changed, so that dist/ is rebuilt once a day and not on every build.
  set(as_of "${CMAKE_BINARY_DIR}/as-of.txt")
  if(NOT EXISTS "${as_of}")
    string(TIMESTAMP today "%Y-%m-%d" UTC)
    file(WRITE "${as_of}" "${today}\n")
  endif()
  file(GLOB_RECURSE asset_files CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/assets/*.json")
  file(GLOB_RECURSE web_files CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/web/*")
  add_custom_command(OUTPUT "${dist}/.stamp"
    COMMAND python3 "${PROJECT_SOURCE_DIR}/tools/make_dist.py"
            --web "${PROJECT_SOURCE_DIR}/web" --assets "${PROJECT_SOURCE_DIR}/assets"
            --app-js "$<TARGET_FILE:${target}>" --out "${dist}" --fonts ${fonts}
            --version "${PROJECT_VERSION}" --cli "${OTBASY_CLI}" --as-of-file "${as_of}"
            --extra ${module_files} ${extra_files}
    COMMAND ${CMAKE_COMMAND} -E touch "${dist}/.stamp"
    DEPENDS ${target} ${modules} ${asset_files} ${web_files} ${fonts} ${extra_files} "${PROJECT_SOURCE_DIR}/tools/make_dist.py"
            "${as_of}" "${OTBASY_CLI}"
    COMMENT "Assembling dist/" VERBATIM)
  add_custom_target(dist ALL DEPENDS "${dist}/.stamp")
endfunction()

# The core tests compiled to wasm and run under node (wasm32: 32-bit long and size_t).
function(otbasy_wasm_tests)
  set(gt /usr/src/googletest/googletest)
  add_library(gtest_wasm STATIC "${gt}/src/gtest-all.cc" "${gt}/src/gtest_main.cc")
  target_include_directories(gtest_wasm SYSTEM PUBLIC "${gt}/include" PRIVATE "${gt}")
  target_compile_definitions(gtest_wasm PUBLIC GTEST_HAS_PTHREAD=0)
  file(GLOB tests CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tests/core/*_test.cpp")
  add_executable(core_tests ${tests} "${PROJECT_SOURCE_DIR}/src/platform/assets_native.cpp")
  target_link_libraries(core_tests PRIVATE otbasy_core gtest_wasm)
  add_dependencies(core_tests triage_model)
  target_compile_definitions(core_tests PRIVATE OTBASY_ASSETS_DIR="${OTBASY_ASSETS_DIR}"
                                                OTBASY_TRIAGE_MODEL="${CMAKE_BINARY_DIR}/triage/triage-model.bin"
                                                OTBASY_TEST_CASES_DIR="${PROJECT_SOURCE_DIR}/tests/cases")
  target_compile_options(core_tests PRIVATE -fno-exceptions)
  target_compile_options(gtest_wasm PRIVATE -fno-exceptions)
  # Node's real file system: assets and test cases are read from the source tree, as natively.
  target_link_options(core_tests PRIVATE -sNODERAWFS=1 -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1)
  set_target_properties(core_tests PROPERTIES SUFFIX ".js")
endfunction()

# zlib's deflate and its contrib/minizip from Debian's zlib source package (tools/setup.sh unpacks it into .deps/):
# the CLI's .docx writer (native) and the browser's lazily loaded zip module (Emscripten) build the same sources.
set(OTBASY_ZLIB_DIR "${PROJECT_SOURCE_DIR}/.deps/zlib" CACHE PATH "Unpacked zlib 1.3.1 sources with contrib/minizip (tools/setup.sh)")
function(otbasy_minizip)
  if(TARGET otbasy_minizip)
    return()
  endif()
  if(NOT EXISTS "${OTBASY_ZLIB_DIR}/deflate.c" OR NOT EXISTS "${OTBASY_ZLIB_DIR}/contrib/minizip/zip.c")
    message(FATAL_ERROR "zlib sources not found in ${OTBASY_ZLIB_DIR}: run tools/setup.sh first")
  endif()
  # Only what writing needs: deflate, the checksums, and minizip's writer with its I/O interface.
  set(src adler32.c crc32.c deflate.c trees.c zutil.c contrib/minizip/zip.c contrib/minizip/ioapi.c)
  list(TRANSFORM src PREPEND "${OTBASY_ZLIB_DIR}/")
  add_library(otbasy_minizip STATIC ${src})
  target_include_directories(otbasy_minizip SYSTEM PUBLIC "${OTBASY_ZLIB_DIR}" "${OTBASY_ZLIB_DIR}/contrib/minizip")
  # No encryption; plain fopen in the (unused) file I/O so that Emscripten links without a file system.
  target_compile_definitions(otbasy_minizip PUBLIC NOCRYPT NOUNCRYPT IOAPI_NO_64)
  target_compile_options(otbasy_minizip PRIVATE -w)
  set_target_properties(otbasy_minizip PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()

# A module the page loads on demand (the zip module, the documents' engine): NAME.js + NAME.wasm exposing a factory
# EXPORT_NAME(); no file system, no eval (the strict CSP), the listed C functions exported.
function(otbasy_lazy_module target name export_name functions)
  list(TRANSFORM functions PREPEND "'_")
  list(TRANSFORM functions APPEND "'")
  list(JOIN functions "," exported)
  target_link_options(${target} PRIVATE
    -sENVIRONMENT=web,node -sWASM=1 -sMODULARIZE=1 -sEXPORT_NAME=${export_name} -sALLOW_MEMORY_GROWTH=1
    -sNO_FILESYSTEM=1 -sDYNAMIC_EXECUTION=0 -sMALLOC=emmalloc -sEXIT_RUNTIME=0
    "-sEXPORTED_FUNCTIONS=['_malloc','_free',${exported}]"
    "-sEXPORTED_RUNTIME_METHODS=['HEAPU8','stringToUTF8','lengthBytesUTF8','UTF8ToString']")
  set_target_properties(${target} PROPERTIES SUFFIX ".js" OUTPUT_NAME "${name}")
endfunction()

# The baseline of the page benchmark (tests/bench/web_first_visit.mjs): Dear ImGui 1.90.1's own
# examples/example_glfw_opengl3 with imgui_demo.cpp, built exactly as its Makefile.emscripten does (-Os, GLFW,
# ASSERTIONS=1, no file system), from the same unpacked sources and the same Emscripten. Only the two files the
# Debian source tarball lacks are written here: the ten-line main-loop stub (examples/libs/emscripten) and a minimal
# page around the canvas. Built on demand (`--target imgui_demo`), never part of dist/.
function(otbasy_imgui_demo)
  set(im "${OTBASY_IMGUI_DIR}")
  set(gen "${CMAKE_BINARY_DIR}/imgui_demo_gen")
  set(out "${CMAKE_BINARY_DIR}/imgui_demo")
  # main.cpp includes "../libs/emscripten/emscripten_mainloop_stub.h": an include dir whose ../libs holds the stub.
  file(MAKE_DIRECTORY "${gen}/include/here" "${gen}/include/libs/emscripten" "${out}")
  file(WRITE "${gen}/include/libs/emscripten/emscripten_mainloop_stub.h" [=[
// The main-loop shim of Dear ImGui's examples (examples/libs/emscripten), which the Debian tarball omits.
#pragma once
#include <functional>
#include <emscripten.h>
static std::function<void()> MainLoopForEmscriptenP;
static void MainLoopForEmscripten() { MainLoopForEmscriptenP(); }
#define EMSCRIPTEN_MAINLOOP_BEGIN MainLoopForEmscriptenP = [&]()
#define EMSCRIPTEN_MAINLOOP_END ; emscripten_set_main_loop(MainLoopForEmscripten, 0, true)
]=])
  file(WRITE "${out}/index.html" [=[
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dear ImGui demo</title>
<style>html,body{margin:0;padding:0;height:100%;overflow:hidden;background:#000}
#canvas{position:absolute;top:0;left:0;width:100%;height:100%;display:block}</style></head>
<body><canvas id="canvas" oncontextmenu="event.preventDefault()"></canvas>
<script>var Module = { canvas: document.getElementById("canvas") };</script>
<script async src="index.js"></script></body></html>
]=])
  add_executable(imgui_demo EXCLUDE_FROM_ALL
    "${im}/examples/example_glfw_opengl3/main.cpp" "${im}/imgui.cpp" "${im}/imgui_demo.cpp" "${im}/imgui_draw.cpp"
    "${im}/imgui_tables.cpp" "${im}/imgui_widgets.cpp" "${im}/backends/imgui_impl_glfw.cpp"
    "${im}/backends/imgui_impl_opengl3.cpp")
  target_include_directories(imgui_demo PRIVATE "${im}" "${im}/backends" "${gen}/include/here")
  target_compile_definitions(imgui_demo PRIVATE IMGUI_DISABLE_FILE_FUNCTIONS)
  target_compile_options(imgui_demo PRIVATE -Os -sDISABLE_EXCEPTION_CATCHING=1)
  target_link_options(imgui_demo PRIVATE -Os -sDISABLE_EXCEPTION_CATCHING=1 -sUSE_GLFW=3 -sWASM=1
    -sALLOW_MEMORY_GROWTH=1 -sNO_EXIT_RUNTIME=0 -sASSERTIONS=1 -sNO_FILESYSTEM=1)
  set_target_properties(imgui_demo PROPERTIES OUTPUT_NAME index SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${out}")
  # The same precompressed copies dist/ has (zopfli .gz; tools/make_dist.py), so that the benchmark compares
  # bytes compressed the same way on both sides.
  add_custom_command(TARGET imgui_demo POST_BUILD
    COMMAND zopfli --i15 index.js index.wasm index.html
    WORKING_DIRECTORY "${out}" VERBATIM)
endfunction()
