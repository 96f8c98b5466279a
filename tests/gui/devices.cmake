# SPDX-License-Identifier: GPL-3.0-or-later
# The gate's and the display's devices: keyboard-wedge scanner, camera frames and image files read as QR codes
# (a ticket video made with GStreamer at test time, played through QMediaPlayer), and the spoken call. ESC/POS
# ticket printers against a test printer (TCP on 127.0.0.1, a pty for the device file), and the kiosk with one.
file(GLOB BESUK_DEVICE_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/Device*Test.cpp)
add_executable(besuk_device_tests ${BESUK_DEVICE_TEST_SOURCES} DeviceTestSupport.h
  EscPosTestPrinter.cpp EscPosTestPrinter.h)
target_link_libraries(besuk_device_tests PRIVATE besuk_devices besuk_printing besuk_printer besuk_ticket besuk_kiosk besuk_ui_common
                                                 besuk_test_support besuk_gui_test_main)
besuk_precompile_headers(besuk_device_tests GUI_TESTS)
target_compile_definitions(besuk_device_tests PRIVATE
  BESUK_DEVICE_MEDIA_DIR="${CMAKE_CURRENT_BINARY_DIR}/device-media"
  BESUK_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots"
  BESUK_DEMO_ROSTER="${PROJECT_SOURCE_DIR}/resources/demo/roster.csv"
  BESUK_CLI_PATH="$<TARGET_FILE:besuk-cli>"
)
add_dependencies(besuk_device_tests besuk-cli) # DeviceEscPosCliTest
besuk_embed_translations(besuk_device_tests)
catch_discover_tests(besuk_device_tests TEST_PREFIX "gui: " PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
