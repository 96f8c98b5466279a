# SPDX-License-Identifier: GPL-3.0-or-later
# The lobby display: the board on a real (temporary) facility, fed by the ChangeFeed, and the spoken call.
file(GLOB BESUK_DISPLAY_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/Display*Test.cpp)
add_executable(besuk_display_tests ${BESUK_DISPLAY_TEST_SOURCES} GuiWait.h)
target_link_libraries(besuk_display_tests PRIVATE besuk_display besuk_ui_common besuk_test_support besuk_gui_test_main)
besuk_precompile_headers(besuk_display_tests GUI_TESTS)
target_compile_definitions(besuk_display_tests PRIVATE
  BESUK_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots"
  BESUK_DEMO_ROSTER="${PROJECT_SOURCE_DIR}/resources/demo/roster.csv"
)

besuk_embed_translations(besuk_display_tests)
catch_discover_tests(besuk_display_tests TEST_PREFIX "gui: " PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")

# The board through a server that stops answering: a PostgreSQL server of the test's own (tests/support/
# OwnPostgres.h). Only where PostgreSQL 15 is installed, like the kiosk's and the gate's.
if(DEFINED ENV{BESUK_TEST_POSTGRES})
  find_package(Qt6 6.4 REQUIRED COMPONENTS Network) # the silent listener
  add_executable(besuk_display_outage_tests OutageDisplayTest.cpp GuiWait.h UiStallWatchdog.h SilentServer.h
                                            ${PROJECT_SOURCE_DIR}/tests/support/OwnPostgres.h)
  target_include_directories(besuk_display_outage_tests PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
  target_link_libraries(besuk_display_outage_tests PRIVATE besuk_display besuk_ui_common besuk_gui_test_main
                                                           Qt6::Network)
  besuk_embed_translations(besuk_display_outage_tests)
  catch_discover_tests(besuk_display_outage_tests TEST_PREFIX "pg gui: "
                       PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endif()
