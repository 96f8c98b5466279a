# SPDX-License-Identifier: GPL-3.0-or-later
# The gate: the real GateWindow driven with QTest on a real (temporary) facility; camera frames come from a
# GStreamer-made video through QMediaPlayer.
file(GLOB BESUK_GATE_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/Gate*Test.cpp)
add_executable(besuk_gate_tests ${BESUK_GATE_TEST_SOURCES} GateTestSupport.h DeviceTestSupport.h GuiWait.h)
target_link_libraries(besuk_gate_tests PRIVATE besuk_gate besuk_ui_common besuk_ticket besuk_test_support besuk_gui_test_main)
besuk_precompile_headers(besuk_gate_tests GUI_TESTS)
target_compile_definitions(besuk_gate_tests PRIVATE
  BESUK_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots"
  BESUK_DEMO_ROSTER="${PROJECT_SOURCE_DIR}/resources/demo/roster.csv"
)
besuk_embed_translations(besuk_gate_tests)
catch_discover_tests(besuk_gate_tests TEST_PREFIX "gui: " PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")

# The gate through a real outage: a PostgreSQL server of the test's own, stopped and started (tests/support/
# OwnPostgres.h); only where PostgreSQL 15 is installed, like the other PostgreSQL tests.
if(DEFINED ENV{BESUK_TEST_POSTGRES})
  add_executable(besuk_gate_outage_tests OutageGateTest.cpp GuiWait.h JournalPeek.h
                                         ${PROJECT_SOURCE_DIR}/tests/support/OwnPostgres.h)
  target_include_directories(besuk_gate_outage_tests PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
  target_link_libraries(besuk_gate_outage_tests PRIVATE besuk_gate besuk_ui_common besuk_gui_test_main)
  besuk_precompile_headers(besuk_gate_outage_tests GUI_TESTS)
  target_compile_definitions(besuk_gate_outage_tests PRIVATE BESUK_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots")
  besuk_embed_translations(besuk_gate_outage_tests)
  catch_discover_tests(besuk_gate_outage_tests TEST_PREFIX "pg gui: " PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endif()
