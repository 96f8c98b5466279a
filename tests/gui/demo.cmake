# SPDX-License-Identifier: GPL-3.0-or-later
# `besuk --demo`: the demo facility's ticket folder, the notice that names it on screen, and the program itself.
add_executable(besuk_demo_tests DemoTest.cpp LayoutChecks.h)
target_link_libraries(besuk_demo_tests PRIVATE besuk_demo besuk_ui_common besuk_printing besuk_ticket besuk_domain
  besuk_gui_test_main)
besuk_precompile_headers(besuk_demo_tests GUI_TESTS)
target_compile_definitions(besuk_demo_tests PRIVATE
  BESUK_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots"
  BESUK_PATH="$<TARGET_FILE:besuk>"
)
add_dependencies(besuk_demo_tests besuk)
besuk_embed_translations(besuk_demo_tests)
catch_discover_tests(besuk_demo_tests TEST_PREFIX "gui: " PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
