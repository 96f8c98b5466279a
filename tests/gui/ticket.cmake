# SPDX-License-Identifier: GPL-3.0-or-later
# The printed ticket: layout on every paper, PDF and system printing, the QR read back with ZXing.
file(GLOB BESUK_TICKET_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/Ticket*Test.cpp)
add_executable(besuk_ticket_tests ${BESUK_TICKET_TEST_SOURCES} TicketTestSupport.h)
target_link_libraries(besuk_ticket_tests PRIVATE besuk_devices besuk_printing besuk_ticket besuk_domain besuk_test_support besuk_gui_test_main)
besuk_precompile_headers(besuk_ticket_tests GUI_TESTS)
target_compile_definitions(besuk_ticket_tests PRIVATE BESUK_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots")
besuk_embed_translations(besuk_ticket_tests) # TicketBlockTest: the ticket in Indonesian
catch_discover_tests(besuk_ticket_tests TEST_PREFIX "gui: " PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
