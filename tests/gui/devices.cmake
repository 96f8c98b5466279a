# The gate's and the display's devices: keyboard-wedge scanner, camera frames and image files read as QR codes
# (a ticket video made with GStreamer at test time, played through QMediaPlayer), and the spoken call.
file(GLOB BESUK_DEVICE_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/Device*Test.cpp)
add_executable(besuk_device_tests ${BESUK_DEVICE_TEST_SOURCES} DeviceTestSupport.h)
target_link_libraries(besuk_device_tests PRIVATE besuk_devices besuk_gui_test_main)
target_compile_definitions(besuk_device_tests PRIVATE BESUK_DEVICE_MEDIA_DIR="${CMAKE_CURRENT_BINARY_DIR}/device-media")
catch_discover_tests(besuk_device_tests TEST_PREFIX "gui: " PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
