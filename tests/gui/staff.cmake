# SPDX-License-Identifier: GPL-3.0-or-later
# The staff console: the real StaffWindow and its pages driven with QTest on a real (temporary) facility.
file(GLOB BESUK_STAFF_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/Staff*Test.cpp)
add_executable(besuk_staff_tests ${BESUK_STAFF_TEST_SOURCES} StaffTestSupport.h GuiWait.h LayoutChecks.h)
# The station settings page is checked against the stations' own KioskSettings/GateSettings/DisplaySettings::load.
target_link_libraries(besuk_staff_tests PRIVATE besuk_staff besuk_ui_common besuk_test_support besuk_gui_test_main)
besuk_precompile_headers(besuk_staff_tests GUI_TESTS)
target_compile_definitions(besuk_staff_tests PRIVATE
  BESUK_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots"
  BESUK_DEMO_ROSTER="${PROJECT_SOURCE_DIR}/resources/demo/roster.csv"
)
besuk_embed_translations(besuk_staff_tests)
catch_discover_tests(besuk_staff_tests TEST_PREFIX "gui: " PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
