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

# The console through a server that stops answering: a PostgreSQL server of the test's own (tests/support/
# OwnPostgres.h). Only where PostgreSQL 15 is installed, like the stations'.
if(DEFINED ENV{BESUK_TEST_POSTGRES})
  find_package(Qt6 6.4 REQUIRED COMPONENTS Network) # the silent listener
  add_executable(besuk_staff_outage_tests OutageStaffTest.cpp GuiWait.h UiStallWatchdog.h SilentServer.h
                                          PostgresLockHolder.h
                                          ${PROJECT_SOURCE_DIR}/tests/support/OwnPostgres.h)
  target_include_directories(besuk_staff_outage_tests PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
  target_link_libraries(besuk_staff_outage_tests PRIVATE besuk_staff besuk_ui_common besuk_gui_test_main Qt6::Network)
  besuk_embed_translations(besuk_staff_outage_tests)
  catch_discover_tests(besuk_staff_outage_tests TEST_PREFIX "pg gui: "
                       PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endif()
