# SPDX-License-Identifier: GPL-3.0-or-later
# Real key events through a real X server (tests/x11): the gate on Qt's xcb platform inside Xvfb, a USB
# keyboard-wedge scanner played by xdotool (XTest). Each test case is one CTest test run by run-under-xvfb.sh, which
# reports it as skipped (exit 77) where no X server can start.
add_executable(besuk_x11_tests ${PROJECT_SOURCE_DIR}/tests/x11/X11GateScannerTest.cpp GateTestSupport.h
  ${PROJECT_SOURCE_DIR}/tests/x11/X11KioskBookedTest.cpp KioskTest.h)
target_include_directories(besuk_x11_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(besuk_x11_tests PRIVATE besuk_gate besuk_kiosk besuk_ui_common besuk_ticket besuk_test_support
  besuk_gui_test_main)
besuk_precompile_headers(besuk_x11_tests GUI_TESTS)
target_compile_definitions(besuk_x11_tests PRIVATE
  BESUK_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots"
  BESUK_DEMO_ROSTER="${PROJECT_SOURCE_DIR}/resources/demo/roster.csv"
)
besuk_embed_translations(besuk_x11_tests)
foreach(name IN ITEMS
    "x11: 20 wedge-scanner bursts with Shift capitals in a row each give the valid verdict"
    "x11: every common scanner set-up gives the valid verdict"
    "x11: a guard typing a queue number by hand still types into the field"
    "x11: a booked QR read by a wedge scanner at the kiosk shows the booking and one click prints the ticket"
    "x11: a booking code typed by hand at the kiosk lands in the code field"
    "x11: the last ticket read by a wedge scanner at the kiosk offers a visit again and one click prints the new ticket"
    "x11: a name typed past 100 characters at the kiosk stops there and says so")
  add_test(NAME "gui ${name}"
    COMMAND ${PROJECT_SOURCE_DIR}/tests/x11/run-under-xvfb.sh $<TARGET_FILE:besuk_x11_tests> "${name}")
  set_tests_properties("gui ${name}" PROPERTIES SKIP_RETURN_CODE 77)
  # A scan is told from typing by the gaps between key events, and Xvfb stamps XTest keys when it gets round to
  # them (a real scanner's keys carry the kernel's time): beside other tests on a loaded machine Xvfb's own delays
  # split a burst. These tests bring their own load (two busy loops), so they run alone.
  if(name MATCHES "scanner")
    set_tests_properties("gui ${name}" PROPERTIES RUN_SERIAL TRUE)
  endif()
endforeach()
