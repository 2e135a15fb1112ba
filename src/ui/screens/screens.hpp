// One function per screen; each draws only through the widget layer. Layer: ui.
#pragma once

#include "ui/widgets/widgets.hpp"

namespace otbasy::ui {

void draw_home(Ui& ui);
void draw_settings(Ui& ui);

}  // namespace otbasy::ui
