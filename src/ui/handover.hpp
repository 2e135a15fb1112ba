// The person's session as JSON, handed from a page to the page of the new version that replaces it (an update
// applied from "a new version is ready"): guide answers, ticked documents, the estimator's and the arrears
// calculator's inputs as typed, the screen, language, theme and text size. Memory to memory only: the platform
// carries the text across the reload; it is never stored. Layer: ui.
#pragma once

#include <string>
#include <string_view>

#include "core/guide/model.hpp"
#include "ui/app_state.hpp"

namespace otbasy::ui {

std::string session_to_json(const AppState& state);
// Restores what the text holds into `state`. Unknown fields are ignored and missing ones keep their value, so an
// older or newer version's session is read as far as it goes. Returns false when the guide answers could not be
// carried over (the content changed); everything else that was valid is restored even then.
bool session_from_json(AppState& state, const core::guide::Guide& guide, std::string_view text);

}  // namespace otbasy::ui
