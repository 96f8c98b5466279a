# SPDX-License-Identifier: GPL-3.0-or-later
# The lobby kiosk: the real widgets driven with QTest on a real (temporary) facility.
file(GLOB BESUK_KIOSK_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/Kiosk*Test.cpp)
add_executable(besuk_kiosk_tests ${BESUK_KIOSK_TEST_SOURCES} KioskTest.h GuiWait.h)
target_link_libraries(besuk_kiosk_tests PRIVATE besuk_kiosk besuk_ui_common besuk_test_support besuk_gui_test_main
                                          besuk_ktp_cards) # besuk_ktp_cards: KioskKtpScanTest
besuk_precompile_headers(besuk_kiosk_tests GUI_TESTS)
target_compile_definitions(besuk_kiosk_tests PRIVATE
  BESUK_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots"
  BESUK_DEMO_ROSTER="${PROJECT_SOURCE_DIR}/resources/demo/roster.csv"
)

besuk_embed_translations(besuk_kiosk_tests)
catch_discover_tests(besuk_kiosk_tests TEST_PREFIX "gui: " PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")

# The kiosk through a real outage: a PostgreSQL server of the test's own, stopped and started (tests/support/
# OwnPostgres.h). Only where PostgreSQL 15 is installed, like the gate's.
if(DEFINED ENV{BESUK_TEST_POSTGRES})
  add_executable(besuk_kiosk_outage_tests OutageKioskTest.cpp GuiWait.h JournalPeek.h
                                          ${PROJECT_SOURCE_DIR}/tests/support/OwnPostgres.h)
  target_include_directories(besuk_kiosk_outage_tests PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
  target_link_libraries(besuk_kiosk_outage_tests PRIVATE besuk_kiosk besuk_ui_common besuk_gui_test_main)
  besuk_precompile_headers(besuk_kiosk_outage_tests GUI_TESTS)
  target_compile_definitions(besuk_kiosk_outage_tests PRIVATE BESUK_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots")
  besuk_embed_translations(besuk_kiosk_outage_tests)
  catch_discover_tests(besuk_kiosk_outage_tests TEST_PREFIX "pg gui: " PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endif()
